import type { Scenario } from "../schema/scenario";
import { type AnalysisIndex, analysisIndexOf } from "./analysis-index";

export interface PathCount {
  /** Number of distinct start-to-ending paths that take no loop-back edge (see countPaths). */
  count: bigint;
  /** Some cycle lies on a route from the start to an ending. */
  cyclic: boolean;
  /** Nodes on such cycles, in file order. */
  cycleNodeIds: string[];
}

/**
 * A depth-first search from the start over the followed graph, each node's
 * edges in port order. Returns the nodes in reverse postorder (a topological
 * order once back edges are dropped) and, per out-slot, whether it is a back
 * edge (to a node still on the search stack). Iterative: graphs are deep.
 */
export function depthFirstFromStart(ix: AnalysisIndex): { order: Int32Array; back: Uint8Array } {
  return ix.memo("depthFirstFromStart", () => {
    const back = new Uint8Array(ix.outTarget.length);
    const color = new Uint8Array(ix.n);
    const post = new Int32Array(ix.n);
    let postLen = 0;
    if (ix.start >= 0) {
      const stackNode = new Int32Array(ix.n);
      const stackPos = new Int32Array(ix.n);
      let sp = 0;
      color[ix.start] = 1;
      stackNode[sp] = ix.start;
      stackPos[sp++] = ix.outStart[ix.start]!;
      while (sp > 0) {
        const v = stackNode[sp - 1]!;
        const k = stackPos[sp - 1]!;
        if (k < ix.outStart[v + 1]!) {
          stackPos[sp - 1] = k + 1;
          const t = ix.outTarget[k]!;
          if (color[t] === 1) back[k] = 1;
          else if (color[t] === 0) {
            color[t] = 1;
            stackNode[sp] = t;
            stackPos[sp++] = ix.outStart[t]!;
          }
          continue;
        }
        color[v] = 2;
        post[postLen++] = v;
        sp--;
      }
    }
    const order = new Int32Array(postLen);
    for (let i = 0; i < postLen; i++) order[i] = post[postLen - 1 - i]!;
    return { order, back };
  });
}

/**
 * Counts start-to-ending paths exactly, by dynamic programming in topological
 * order; paths are never listed, so the count may have hundreds of digits.
 *
 * A path is a sequence of followed edges from the start node to an ending (a
 * decision's options and its timeout are separate edges; the followed edge of
 * a port is its first one). Without cycles on a start-to-ending route every
 * such path is counted, and `cyclic` is false.
 *
 * With such cycles there are infinitely many walks, so what is counted is the
 * paths that take no loop-back edge, where the loop-back edges are the back
 * edges of a depth-first search from the start that tries each node's ports in
 * order. Dropping them leaves a DAG whose topological order refines the
 * condensation's; every counted path is simple, and every start-to-ending
 * path that never jumps back to a node it is still "inside" is counted.
 * `cyclic` is true and `cycleNodeIds` lists the nodes of the strongly
 * connected components with a cycle that lie between the start and an ending.
 */
export function countPaths(input: Scenario | AnalysisIndex): PathCount {
  const ix = analysisIndexOf(input);
  if (ix.start < 0) return { count: 0n, cyclic: false, cycleNodeIds: [] };
  const { order, back } = depthFirstFromStart(ix);
  const paths: bigint[] = new Array(ix.n).fill(0n);
  paths[ix.start] = 1n;
  let count = 0n;
  for (let i = 0; i < order.length; i++) {
    const v = order[i]!;
    const here = paths[v]!;
    if (here === 0n) continue;
    if (ix.isEnding(v)) {
      count += here;
      continue;
    }
    for (let k = ix.outStart[v]!; k < ix.outStart[v + 1]!; k++) {
      if (back[k]) continue;
      const t = ix.outTarget[k]!;
      paths[t] = paths[t]! + here;
    }
  }
  const cycleNodeIds = cycleNodesOnRoutes(ix);
  return { count, cyclic: cycleNodeIds.length > 0, cycleNodeIds };
}

/** Nodes of cyclic components that the start reaches and that reach an ending. */
export function cycleNodesOnRoutes(ix: AnalysisIndex): string[] {
  const { comp, cyclic } = ix.components();
  const reachable = ix.reachable();
  const toEnding = ix.leadsToEnding();
  const ids: string[] = [];
  for (let v = 0; v < ix.n; v++)
    if (cyclic[comp[v]!] && reachable[v] && toEnding[v]) ids.push(ix.nodeId(v));
  return ids;
}
