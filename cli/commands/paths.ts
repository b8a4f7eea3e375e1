import {
  countPaths,
  DIFFICULTIES,
  type Difficulty,
  type ExploredPath,
  explorePaths,
  type Scenario,
  type ScoreRange,
  scoreRanges,
} from "../../core";
import { type CliCommand, CliError, EXIT_OK } from "../cli-command";
import { formatTable, plural } from "../format-table";
import { requireScenario } from "../read-scenario-file";

const DEFAULT_LIMIT = 20;
const DEFAULT_BUDGET = 100_000;

function wholeNumber(
  value: string | boolean | undefined,
  name: string,
  fallback: number,
  min: number,
): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min)
    throw new CliError(
      `--${name} must be a whole number of at least ${min}, got "${String(value)}"`,
    );
  return n;
}

/** JSON has no infinity: an unbounded end is null, and `unbounded` says so. */
function rangeJson(range: ScoreRange) {
  const finite = (n: number) => (Number.isFinite(n) ? n : null);
  return { min: finite(range.min), max: finite(range.max), unbounded: range.unbounded };
}

function rangeText(range: ScoreRange): string {
  const end = (n: number) => (n === Infinity ? "+inf" : n === -Infinity ? "-inf" : String(n));
  if (range.min === -Infinity && range.max === Infinity) return "no ending reachable";
  return `${end(range.min)} .. ${end(range.max)}`;
}

function pathRow(scenario: Scenario, path: ExploredPath, i: number): string[] {
  const scores = scenario.rubric.dimensions
    .map((d) => `${d.id} ${path.scores[d.id] ?? 0}`)
    .join(", ");
  return [
    `${i + 1}.`,
    path.outcome,
    path.endingId,
    scores,
    path.choices.join(" > ") || "(no choices)",
  ];
}

export const pathsCommand: CliCommand = {
  name: "paths",
  summary: "count start-to-ending paths, score ranges, and list concrete paths",
  usage: "<file> [--limit N] [--budget N] [--difficulty <level>] [--json]",
  details: [
    "The path count is exact (dynamic programming over the graph, never by listing);",
    "with loops on the way it counts the paths that take no loop-back edge and says so.",
    "Score ranges give the lowest and highest total per rubric dimension over all routes.",
    "Listed paths come from playing the scenario as the player does (show-conditions,",
    "variables, timers), depth first, up to --budget explored states (default 100,000);",
    `--limit caps how many are printed (default ${DEFAULT_LIMIT}).`,
    "",
    "Exit codes: 0 done, 1 the scenario does not pass the schema, 2 usage error or unreadable file.",
  ],
  options: {
    limit: { type: "string" },
    budget: { type: "string" },
    difficulty: { type: "string" },
    json: { type: "boolean" },
  },
  positionals: { min: 1, max: 1, names: ["file"] },

  async run({ positionals, values, cwd, out }) {
    const file = positionals[0]!;
    const limit = wholeNumber(values.limit, "limit", DEFAULT_LIMIT, 0);
    const budget = wholeNumber(values.budget, "budget", DEFAULT_BUDGET, 1);
    const difficulty = values.difficulty as Difficulty | undefined;
    if (difficulty !== undefined && !DIFFICULTIES.includes(difficulty))
      throw new CliError(
        `--difficulty must be one of ${DIFFICULTIES.join(", ")}, got "${String(difficulty)}"`,
      );
    const scenario = await requireScenario(file, cwd);
    const count = countPaths(scenario);
    const ranges = scoreRanges(scenario);
    const explored = explorePaths(scenario, { budget, ...(difficulty ? { difficulty } : {}) });
    const listed = explored.paths.slice(0, limit);

    if (values.json) {
      const report = {
        file,
        pathCount: {
          count: count.count.toString(),
          cyclic: count.cyclic,
          cycleNodeIds: count.cycleNodeIds,
        },
        scoreRanges: Object.fromEntries(
          scenario.rubric.dimensions.map((d) => [
            d.id,
            rangeJson(ranges[d.id] ?? { min: 0, max: 0, unbounded: false }),
          ]),
        ),
        explored: {
          found: explored.paths.length,
          listed: listed.length,
          stoppedAtBudget: explored.stoppedAtBudget,
          statesVisited: explored.statesVisited,
          cutAtDepth: explored.cutAtDepth,
          stuckNodeIds: explored.stuckNodeIds,
        },
        paths: listed,
      };
      out(JSON.stringify(report, null, 2));
      return EXIT_OK;
    }

    out(`${file}: "${scenario.meta.title}"`);
    const loops = count.cyclic
      ? `; loops on the way (${count.cycleNodeIds.slice(0, 8).join(", ")}${count.cycleNodeIds.length > 8 ? ", ..." : ""}) allow more walks, counted without loop-backs`
      : "";
    out(
      `Graph paths from start to an ending: ${count.count.toLocaleString("en-US")} (exact, over the edges; conditions not evaluated${loops})`,
    );
    if (scenario.rubric.dimensions.length > 0) {
      out("Score ranges:");
      for (const line of formatTable(
        scenario.rubric.dimensions.map((d) => {
          const range = ranges[d.id];
          return [d.label, range ? rangeText(range) : "-", `full marks at ${d.maxPoints}`];
        }),
      ))
        out(line);
    }
    const more = explored.stoppedAtBudget
      ? "the explorer stopped at its budget, so there are more"
      : "all found";
    out(
      `Playable paths (variables and show-conditions applied): ${listed.length} listed of ${explored.paths.length.toLocaleString("en-US")} found (${more}; ${plural(explored.statesVisited, "state")} explored)`,
    );
    for (const line of formatTable(listed.map((p, i) => pathRow(scenario, p, i)))) out(line);
    if (explored.cutAtDepth > 0) out(`Paths cut at the depth limit: ${explored.cutAtDepth}`);
    if (explored.stuckNodeIds.length > 0)
      out(`Stuck at (no way on): ${explored.stuckNodeIds.join(", ")}`);
    return EXIT_OK;
  },
};
