import type { Scenario } from "../schema/scenario";
import { type AnalysisIndex, analysisIndexOf } from "./analysis-index";

export interface ScoreRange {
  /** Lowest total on this dimension over start-to-ending routes; -Infinity when a loop can lower it without end. */
  min: number;
  /** Highest total; Infinity when a loop with a positive gain lies on a route. */
  max: number;
  /** Either end is infinite. */
  unbounded: boolean;
}

interface RouteGraph {
  /** Components on some start-to-ending route, sources first. */
  comps: Int32Array;
  /** Nodes grouped by component: members of comps[i] at memberStart[c] .. memberStart[c + 1]. */
  memberStart: Int32Array;
  members: Int32Array;
  onRoute: Uint8Array;
}

function routeGraph(ix: AnalysisIndex): RouteGraph {
  return ix.memo("routeGraph", () => {
    const { comp, count } = ix.components();
    const reachable = ix.reachable();
    const toEnding = ix.leadsToEnding();
    const onRoute = new Uint8Array(ix.n);
    const memberStart = new Int32Array(count + 1);
    for (let v = 0; v < ix.n; v++)
      if (reachable[v] && toEnding[v]) {
        onRoute[v] = 1;
        memberStart[comp[v]! + 1]!++;
      }
    for (let c = 0; c < count; c++) memberStart[c + 1]! += memberStart[c]!;
    const fill = memberStart.slice(0, count);
    const members = new Int32Array(memberStart[count]!);
    for (let v = 0; v < ix.n; v++) if (onRoute[v]) members[fill[comp[v]!]!++] = v;
    const comps: number[] = [];
    // Tarjan numbers sinks first, so counting down visits sources first.
    for (let c = count - 1; c >= 0; c--) if (memberStart[c + 1]! > memberStart[c]!) comps.push(c);
    return { comps: Int32Array.from(comps), memberStart, members, onRoute };
  });
}

/**
 * The range of totals each rubric dimension can reach over start-to-ending
 * routes, walking loops as often as the graph allows. Structural: it follows
 * every edge whatever the show-conditions, so it bounds what a learner can
 * score. No route (no start, or no ending reachable) gives 0 to 0.
 *
 * Dynamic programming over the condensation in topological order. Inside a
 * component with a cycle: all gains non-negative with one positive means a
 * positive cycle (unbounded); all gains non-positive, a longest-walk Dijkstra;
 * mixed signs, Bellman-Ford with a predecessor-cycle test, which costs up to
 * size x edges of that component.
 */
export function scoreRanges(input: Scenario | AnalysisIndex): Record<string, ScoreRange> {
  const ix = analysisIndexOf(input);
  return ix.memo("scoreRanges", () => {
    const ranges: Record<string, ScoreRange> = {};
    const graph = routeGraph(ix);
    const dimensions = ix.scenario.rubric.dimensions;
    const slotGains = gainsBySlot(ix);
    const gains = new Float64Array(ix.outTarget.length);
    for (let d = 0; d < dimensions.length; d++) {
      const dimension = dimensions[d]!;
      for (let k = 0; k < gains.length; k++) gains[k] = slotGains[k * dimensions.length + d]!;
      const max = longestWalk(ix, graph, gains);
      for (let k = 0; k < gains.length; k++) gains[k] = -gains[k]!;
      const min = 0 - longestWalk(ix, graph, gains);
      const none = max === -Infinity;
      ranges[dimension.id] = {
        min: none ? 0 : min,
        max: none ? 0 : max,
        unbounded: !none && (!Number.isFinite(min) || !Number.isFinite(max)),
      };
    }
    return ranges;
  });
}

/** Points per followed edge and dimension, flat (slot-major): one pass over the options' point records. */
function gainsBySlot(ix: AnalysisIndex): Float64Array {
  const dimensions = ix.scenario.rubric.dimensions;
  const column = new Map(dimensions.map((d, i) => [d.id, i]));
  const gains = new Float64Array(ix.outTarget.length * dimensions.length);
  for (let k = 0; k < ix.outTarget.length; k++) {
    const option = ix.portOption[ix.outPort[k]!];
    if (!option) continue;
    for (const id in option.points) {
      const d = column.get(id);
      if (d !== undefined) gains[k * dimensions.length + d] = option.points[id]!;
    }
  }
  return gains;
}

/** The largest total gain of a walk from the start to an ending; -Infinity when there is none. */
function longestWalk(ix: AnalysisIndex, g: RouteGraph, gain: Float64Array): number {
  if (ix.start < 0 || !g.onRoute[ix.start]) return -Infinity;
  const { comp, cyclic } = ix.components();
  const best = new Float64Array(ix.n).fill(-Infinity);
  best[ix.start] = 0;
  let result = -Infinity;
  for (let i = 0; i < g.comps.length; i++) {
    const c = g.comps[i]!;
    const from = g.memberStart[c]!;
    const to = g.memberStart[c + 1]!;
    if (cyclic[c]) settleComponent(ix, g, c, gain, best);
    for (let m = from; m < to; m++) {
      const v = g.members[m]!;
      const here = best[v]!;
      if (here === -Infinity) continue;
      if (ix.isEnding(v) && here > result) result = here;
      for (let k = ix.outStart[v]!; k < ix.outStart[v + 1]!; k++) {
        const t = ix.outTarget[k]!;
        if (!g.onRoute[t] || comp[t] === c) continue;
        const value = here + gain[k]!;
        if (value > best[t]!) best[t] = value;
      }
    }
  }
  return result;
}

/** Raises `best` inside component c to the best walk ending at each member, given the values it was entered with. */
function settleComponent(
  ix: AnalysisIndex,
  g: RouteGraph,
  c: number,
  gain: Float64Array,
  best: Float64Array,
): void {
  const { comp } = ix.components();
  const from = g.memberStart[c]!;
  const to = g.memberStart[c + 1]!;
  let positive = false;
  let negative = false;
  let edges = 0;
  for (let m = from; m < to; m++) {
    const v = g.members[m]!;
    for (let k = ix.outStart[v]!; k < ix.outStart[v + 1]!; k++) {
      if (comp[ix.outTarget[k]!] !== c) continue;
      edges++;
      if (gain[k]! > 0) positive = true;
      else if (gain[k]! < 0) negative = true;
    }
  }
  if (positive && !negative) {
    // Every edge of a component lies on a cycle, so one positive gain makes a positive cycle.
    for (let m = from; m < to; m++) best[g.members[m]!] = Infinity;
    return;
  }
  if (!positive) dijkstraWithin(ix, g, c, gain, best);
  else if (bellmanFordWithin(ix, g, c, gain, best, (to - from) * (edges + 1)))
    for (let m = from; m < to; m++) best[g.members[m]!] = Infinity;
}

/** Gains are all <= 0 here: a max-first Dijkstra from every member at once. */
function dijkstraWithin(
  ix: AnalysisIndex,
  g: RouteGraph,
  c: number,
  gain: Float64Array,
  best: Float64Array,
): void {
  const { comp } = ix.components();
  const heapValue: number[] = [];
  const heapNode: number[] = [];
  const push = (value: number, v: number) => {
    let i = heapValue.length;
    heapValue.push(value);
    heapNode.push(v);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (heapValue[parent]! >= value) break;
      heapValue[i] = heapValue[parent]!;
      heapNode[i] = heapNode[parent]!;
      i = parent;
    }
    heapValue[i] = value;
    heapNode[i] = v;
  };
  const pop = (): number => {
    const top = heapNode[0]!;
    const lastValue = heapValue.pop()!;
    const lastNode = heapNode.pop()!;
    const size = heapValue.length;
    if (size > 0) {
      let i = 0;
      for (;;) {
        let child = 2 * i + 1;
        if (child >= size) break;
        if (child + 1 < size && heapValue[child + 1]! > heapValue[child]!) child++;
        if (heapValue[child]! <= lastValue) break;
        heapValue[i] = heapValue[child]!;
        heapNode[i] = heapNode[child]!;
        i = child;
      }
      heapValue[i] = lastValue;
      heapNode[i] = lastNode;
    }
    return top;
  };
  for (let m = g.memberStart[c]!; m < g.memberStart[c + 1]!; m++) {
    const v = g.members[m]!;
    if (best[v]! > -Infinity) push(best[v]!, v);
  }
  const done = new Set<number>();
  while (heapValue.length > 0) {
    const value = heapValue[0]!;
    const v = pop();
    if (done.has(v) || value < best[v]!) continue;
    done.add(v);
    for (let k = ix.outStart[v]!; k < ix.outStart[v + 1]!; k++) {
      const t = ix.outTarget[k]!;
      if (comp[t] !== c) continue;
      const next = value + gain[k]!;
      if (next > best[t]!) {
        best[t] = next;
        push(next, t);
      }
    }
  }
}

/**
 * Queue-based Bellman-Ford over the component's edges. Every `size`
 * relaxations it looks for a cycle among the predecessor links: such a cycle
 * always has a positive gain, so a positive cycle is caught long before the
 * classic size x edges bound. Returns true when one exists.
 */
function bellmanFordWithin(
  ix: AnalysisIndex,
  g: RouteGraph,
  c: number,
  gain: Float64Array,
  best: Float64Array,
  maxRelaxations: number,
): boolean {
  const { comp } = ix.components();
  const from = g.memberStart[c]!;
  const size = g.memberStart[c + 1]! - from;
  const pred = new Map<number, number>();
  const queue: number[] = [];
  const queued = new Set<number>();
  for (let m = from; m < from + size; m++) {
    const v = g.members[m]!;
    if (best[v]! > -Infinity) {
      queue.push(v);
      queued.add(v);
    }
  }
  let relaxations = 0;
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head]!;
    queued.delete(v);
    for (let k = ix.outStart[v]!; k < ix.outStart[v + 1]!; k++) {
      const t = ix.outTarget[k]!;
      if (comp[t] !== c) continue;
      const next = best[v]! + gain[k]!;
      if (next <= best[t]!) continue;
      best[t] = next;
      pred.set(t, v);
      if (++relaxations % size === 0 && predecessorsCycle(pred)) return true;
      // Past the classic bound only a positive cycle keeps improving values.
      if (relaxations > maxRelaxations) return true;
      if (!queued.has(t)) {
        queued.add(t);
        queue.push(t);
      }
    }
    if (head > 4096 && head * 2 > queue.length) {
      queue.splice(0, head + 1);
      head = -1;
    }
  }
  return false;
}

function predecessorsCycle(pred: ReadonlyMap<number, number>): boolean {
  const state = new Map<number, number>();
  let walk = 0;
  for (const startNode of pred.keys()) {
    if (state.has(startNode)) continue;
    walk++;
    let v: number | undefined = startNode;
    while (v !== undefined && !state.has(v)) {
      state.set(v, walk);
      v = pred.get(v);
    }
    if (v !== undefined && state.get(v) === walk) return true;
  }
  return false;
}
