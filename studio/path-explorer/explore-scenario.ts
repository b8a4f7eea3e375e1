import {
  AnalysisIndex,
  countPaths,
  coverage,
  type Difficulty,
  explorePaths,
  type Scenario,
  scoreRanges,
} from "../../core";
import type {
  CoverageReport,
  ExplorerSettings,
  PathsListing,
  PathsSummary,
} from "./explorer-protocol";
import { edgesOfExploredPath, routeIndexOf } from "./route-edges";

/**
 * Paths sent to the page at most; beyond this only their number is kept.
 * Receiving and checking a path of a hundred nodes costs the page about a
 * tenth of a millisecond, so a thousand would be a long task; nobody reads
 * further than this down a list anyway.
 */
export const LISTED_PATHS_LIMIT = 200;
/** Distinct states coverage may expand: it settles reachability for graphs whose paths are far too many to list. */
export const COVERAGE_BUDGET = 50_000;

const finiteOrNull = (x: number) => (Number.isFinite(x) ? x : null);

/** One index per analysed scenario: the three analyses share its memoised graph work. */
export function analysisIndex(scenario: Scenario): AnalysisIndex {
  return new AnalysisIndex(scenario);
}

/** The exact path count, cycles and score range per rubric dimension, with the labels the panel shows. */
export function summarizePaths(scenario: Scenario, ix: AnalysisIndex): PathsSummary {
  const count = countPaths(ix);
  const ranges = scoreRanges(ix);
  return {
    count: count.count,
    cyclic: count.cyclic,
    cycleNodeIds: count.cycleNodeIds,
    dimensions: scenario.rubric.dimensions.map((d) => {
      const range = ranges[d.id] ?? { min: 0, max: 0 };
      return {
        id: d.id,
        label: d.label,
        maxPoints: d.maxPoints,
        min: finiteOrNull(range.min),
        max: finiteOrNull(range.max),
      };
    }),
    skills: Object.fromEntries(scenario.skills.map((s) => [s.id, s.label])),
  };
}

function settingsOf(difficulty: Difficulty | null) {
  return difficulty === null ? {} : { difficulty };
}

/** Concrete playthroughs, depth first, within the budget; each with the edges it takes. */
export function listPaths(
  scenario: Scenario,
  ix: AnalysisIndex,
  settings: ExplorerSettings,
): PathsListing {
  const result = explorePaths(ix, { budget: settings.budget, ...settingsOf(settings.difficulty) });
  const route = routeIndexOf(scenario);
  const titles = new Map(
    scenario.nodes.flatMap((n) => (n.kind === "ending" ? [[n.id, n.title] as const] : [])),
  );
  return {
    paths: result.paths.slice(0, LISTED_PATHS_LIMIT).map((p) => ({
      choices: p.choices,
      nodeIds: p.nodeIds,
      edgeIds: edgesOfExploredPath(route, p.nodeIds, p.choices),
      endingId: p.endingId,
      endingTitle: titles.get(p.endingId) ?? p.endingId,
      outcome: p.outcome,
      scores: p.scores,
      skillsPractised: p.skillsPractised,
      skillsMissed: p.skillsMissed,
      difficulty: p.difficulty,
    })),
    found: result.paths.length,
    stoppedAtBudget: result.stoppedAtBudget,
    statesVisited: result.statesVisited,
    cutAtDepth: result.cutAtDepth,
    budget: settings.budget,
    stuckNodeIds: result.stuckNodeIds,
  };
}

/** What no play can reach once conditions are honoured, and weak choices with no way back to success. */
export function coverageOf(
  scenario: Scenario,
  ix: AnalysisIndex,
  settings: ExplorerSettings,
): CoverageReport {
  const found = coverage(ix, { budget: COVERAGE_BUDGET, ...settingsOf(settings.difficulty) });
  const options = new Map<string, string>();
  for (const node of scenario.nodes)
    if (node.kind === "decision") for (const o of node.options) options.set(o.id, o.text);
  const withText = (refs: readonly { nodeId: string; optionId: string }[]) =>
    refs.map((r) => ({ ...r, text: options.get(r.optionId) ?? r.optionId }));
  return {
    complete: found.complete,
    statesVisited: found.statesVisited,
    budget: COVERAGE_BUDGET,
    unreachedNodeIds: found.unreachedNodeIds,
    unreachedOptions: withText(found.unreachedOptions),
    weakWithoutSuccessRoute: withText(found.weakWithoutSuccessRoute),
    stuckNodeIds: found.stuckNodeIds,
  };
}
