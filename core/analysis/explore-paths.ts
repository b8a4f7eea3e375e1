import type { Difficulty, Outcome } from "../schema/nodes";
import type { Scenario } from "../schema/scenario";
import type { VariableValue } from "../schema/variables";
import { type AnalysisIndex, analysisIndexOf } from "./analysis-index";
import {
  type Branch,
  branchesOf,
  type ExploreSettings,
  type ExploreState,
  exploreContext,
  follow,
  startState,
  stateKey,
} from "./explore-step";

export interface ExploreOptions extends ExploreSettings {
  /** Most search states to expand (each arrival at a node is one). */
  budget: number;
  /** Longest path to follow, in nodes (default: twice the node count, at least 64). */
  maxDepth?: number;
}

export interface ExploredPath {
  /** Option ids chosen, with "timeout" where the timer ran out. */
  choices: string[];
  /** Every node passed, start first and the ending last (condition nodes included). */
  nodeIds: string[];
  endingId: string;
  outcome: Outcome;
  /** Points per rubric dimension (every dimension, 0 when untouched). */
  scores: Record<string, number>;
  /** Distinct skills, in the order first met. */
  skillsPractised: string[];
  skillsMissed: string[];
  /** Variables on arrival at the ending. */
  vars: Record<string, VariableValue>;
  /** The level at the ending (it moves with adaptive difficulty). */
  difficulty: Difficulty;
}

export interface ExploreResult {
  paths: ExploredPath[];
  /** The search ran out of budget with ways still unexplored: there are more paths than listed. */
  stoppedAtBudget: boolean;
  statesVisited: number;
  /** Paths cut at maxDepth (loops that keep changing variables end up here). */
  cutAtDepth: number;
  /** Nodes where some reached state had no way on (no visible option, or a port leading nowhere). */
  stuckNodeIds: string[];
}

interface Frame {
  state: ExploreState;
  /** Set only for nodes on a cycle: elsewhere a path cannot come back to the same state. */
  key: string | null;
  via: Branch | null;
  scores: Float64Array;
  branches: Branch[] | null;
  next: number;
}

/**
 * Lists concrete playthroughs from the start to an ending, depth first with
 * options in display order (then the timeout), so the order is the same on
 * every run. Plays as the player does: show-conditions and advanced options at
 * the current level, condition rules in order, effects with clamping, timers,
 * adaptive difficulty. A path never returns to a state it already passed
 * through (same node, variables and, where it matters, level), which stops
 * loops that change nothing; loops that keep changing variables stop at
 * maxDepth. Stops after `budget` expansions and says so.
 */
export function explorePaths(
  input: Scenario | AnalysisIndex,
  options: ExploreOptions,
): ExploreResult {
  const ix = analysisIndexOf(input);
  const ctx = exploreContext(ix, options);
  const { comp, cyclic } = ix.components();
  const maxDepth = options.maxDepth ?? Math.max(64, 2 * ix.n);
  const dimensions = ix.scenario.rubric.dimensions;
  const column = new Map(dimensions.map((d, i) => [d.id, i]));
  const result: ExploreResult = {
    paths: [],
    stoppedAtBudget: false,
    statesVisited: 0,
    cutAtDepth: 0,
    stuckNodeIds: [],
  };
  const stuck = new Set<number>();
  const start = startState(ctx);
  if (!start) return result;

  const onPath = new Set<string>();
  const keyFor = (s: ExploreState) => (cyclic[comp[s.node]!] ? stateKey(ctx, s) : null);
  const stack: Frame[] = [];
  const push = (state: ExploreState, via: Branch | null, scores: Float64Array): void => {
    const key = keyFor(state);
    if (key !== null) {
      if (onPath.has(key)) return;
      onPath.add(key);
    }
    stack.push({ state, key, via, scores, branches: null, next: 0 });
  };
  push(start, null, new Float64Array(dimensions.length));

  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    if (top.branches === null) {
      if (result.statesVisited >= options.budget) {
        result.stoppedAtBudget = true;
        break;
      }
      result.statesVisited++;
      const node = ix.nodes[top.state.node]!;
      if (node.kind === "ending") {
        result.paths.push(record(ix, stack, column));
        top.branches = [];
      } else if (stack.length >= maxDepth) {
        result.cutAtDepth++;
        top.branches = [];
      } else {
        top.branches = branchesOf(ctx, top.state);
        if (top.branches.length === 0) stuck.add(top.state.node);
      }
    }
    if (top.next < top.branches.length) {
      const branch = top.branches[top.next++]!;
      let scores = top.scores;
      if (branch.points) {
        scores = scores.slice();
        for (const id in branch.points) {
          const d = column.get(id);
          if (d !== undefined) scores[d]! += branch.points[id]!;
        }
      }
      push(follow(ctx, top.state, branch), branch, scores);
      continue;
    }
    if (top.key !== null) onPath.delete(top.key);
    stack.pop();
  }
  result.stuckNodeIds = [...stuck].sort((a, b) => a - b).map((v) => ix.nodeId(v));
  return result;
}

function record(
  ix: AnalysisIndex,
  stack: readonly Frame[],
  column: ReadonlyMap<string, number>,
): ExploredPath {
  const last = stack[stack.length - 1]!;
  const ending = ix.nodes[last.state.node]!;
  const choices: string[] = [];
  const practised = new Set<string>();
  const missed = new Set<string>();
  for (const frame of stack) {
    const via = frame.via;
    if (!via) continue;
    if (via.choice !== null) choices.push(via.choice);
    for (const s of via.practised) practised.add(s);
    for (const s of via.missed) missed.add(s);
  }
  const scores: Record<string, number> = {};
  for (const [id, d] of column) scores[id] = last.scores[d]!;
  return {
    choices,
    nodeIds: stack.map((f) => ix.nodeId(f.state.node)),
    endingId: ending.id,
    outcome: ending.kind === "ending" ? ending.outcome : "failure",
    scores,
    skillsPractised: [...practised],
    skillsMissed: [...missed],
    vars: { ...last.state.vars },
    difficulty: last.state.difficulty,
  };
}
