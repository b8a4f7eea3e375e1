import type { Scenario } from "../schema/scenario";
import { type AnalysisIndex, analysisIndexOf } from "./analysis-index";
import {
  branchesOf,
  type ExploreSettings,
  type ExploreState,
  exploreContext,
  follow,
  startState,
  stateKey,
} from "./explore-step";

export interface CoverageOptions extends ExploreSettings {
  /** Most distinct states to expand (default 100,000). */
  budget?: number;
}

export interface OptionRef {
  nodeId: string;
  optionId: string;
}

export interface Coverage {
  /** Every reachable state was expanded: the lists below are exact, not just "not found within budget". */
  complete: boolean;
  statesVisited: number;
  /** Nodes (notes aside) that no play reaches once conditions are honoured, in file order. */
  unreachedNodeIds: string[];
  /** Options never offered with a way on in any reached state (hidden by conditions or level, or on unreached nodes). */
  unreachedOptions: OptionRef[];
  /** Weak options that are taken somewhere, after which no success ending can be reached any more. */
  weakWithoutSuccessRoute: OptionRef[];
  /** Nodes where some reached state has no way on. */
  stuckNodeIds: string[];
}

/**
 * What plays can reach, by breadth-first search over distinct states (node,
 * variables and, where it matters, level and streaks), each expanded once:
 * far cheaper than listing paths, so it settles coverage for graphs whose
 * paths are too many to list. Same rules as explorePaths.
 *
 * Weak options: from the states after each weak choice, can a success ending
 * still be reached? States left unexpanded at the budget count as "maybe", so
 * a weak option is only listed when the search proves there is no way back.
 */
export function coverage(input: Scenario | AnalysisIndex, options: CoverageOptions = {}): Coverage {
  const ix = analysisIndexOf(input);
  const ctx = exploreContext(ix, options);
  const budget = options.budget ?? 100_000;
  const states: ExploreState[] = [];
  const ids = new Map<string, number>();
  const reached = new Uint8Array(ix.n);
  const stuck = new Set<number>();
  const taken = new Set<string>();
  const transFrom: number[] = [];
  const transTo: number[] = [];
  const transWeakOption: (string | null)[] = [];
  const intern = (s: ExploreState): number => {
    const key = stateKey(ctx, s);
    let id = ids.get(key);
    if (id === undefined) {
      id = states.length;
      states.push(s);
      ids.set(key, id);
      reached[s.node] = 1;
    }
    return id;
  };
  const start = startState(ctx);
  if (start) intern(start);
  let expanded = 0;
  while (expanded < states.length && expanded < budget) {
    const from = expanded++;
    const state = states[from]!;
    if (ix.nodes[state.node]!.kind === "ending") continue;
    const branches = branchesOf(ctx, state);
    if (branches.length === 0) stuck.add(state.node);
    for (const branch of branches) {
      if (branch.choice !== null) taken.add(branch.choice);
      transFrom.push(from);
      transTo.push(intern(follow(ctx, state, branch)));
      transWeakOption.push(
        branch.quality === "weak" && branch.choice !== null ? branch.choice : null,
      );
    }
  }
  const complete = expanded === states.length;
  const canSucceed = successReach(ix, states, expanded, transFrom, transTo);

  const unreachedNodeIds: string[] = [];
  const unreachedOptions: OptionRef[] = [];
  const weakWithoutSuccessRoute: OptionRef[] = [];
  const weakSucceeds = new Set<string>();
  for (let t = 0; t < transFrom.length; t++) {
    const option = transWeakOption[t];
    if (option !== null && option !== undefined && canSucceed[transTo[t]!])
      weakSucceeds.add(option);
  }
  const anySuccess = states.length > 0 && canSucceed[0] === 1;
  ix.nodes.forEach((node, v) => {
    if (node.kind !== "note" && !reached[v]) unreachedNodeIds.push(node.id);
    if (node.kind !== "decision") return;
    for (const o of node.options) {
      const ref = { nodeId: node.id, optionId: o.id };
      if (!taken.has(o.id)) unreachedOptions.push(ref);
      else if (anySuccess && o.quality === "weak" && !weakSucceeds.has(o.id))
        weakWithoutSuccessRoute.push(ref);
    }
  });
  return {
    complete,
    statesVisited: expanded,
    unreachedNodeIds,
    unreachedOptions,
    weakWithoutSuccessRoute,
    stuckNodeIds: [...stuck].sort((a, b) => a - b).map((v) => ix.nodeId(v)),
  };
}

/** 1 for states from which a success ending may be reached; unexpanded states count as maybe. */
function successReach(
  ix: AnalysisIndex,
  states: readonly ExploreState[],
  expanded: number,
  transFrom: readonly number[],
  transTo: readonly number[],
): Uint8Array {
  const count = states.length;
  const inStart = new Int32Array(count + 1);
  for (const to of transTo) inStart[to + 1]!++;
  for (let i = 0; i < count; i++) inStart[i + 1]! += inStart[i]!;
  const fill = inStart.slice(0, count);
  const inFrom = new Int32Array(transTo.length);
  for (let t = 0; t < transTo.length; t++) inFrom[fill[transTo[t]!]!++] = transFrom[t]!;
  const yes = new Uint8Array(count);
  const queue: number[] = [];
  states.forEach((s, i) => {
    const node = ix.nodes[s.node]!;
    if ((node.kind === "ending" && node.outcome === "success") || i >= expanded) {
      yes[i] = 1;
      queue.push(i);
    }
  });
  for (let head = 0; head < queue.length; head++) {
    const i = queue[head]!;
    for (let k = inStart[i]!; k < inStart[i + 1]!; k++) {
      const from = inFrom[k]!;
      if (!yes[from]) {
        yes[from] = 1;
        queue.push(from);
      }
    }
  }
  return yes;
}
