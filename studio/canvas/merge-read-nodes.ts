import type { Position, ScenarioNode } from "../../core";
import type { FlowNode } from "./flow-types";

export interface ReadNodesMerge {
  /** The canvas's nodes now, and where each id sits in them. */
  nodes: FlowNode[];
  nodeAt: ReadonlyMap<string, number>;
  /** The nodes a change touched, as read now (a missing id was deleted). */
  read: ReadonlyMap<string, ScenarioNode>;
  touched: Iterable<string>;
  /** Positions that moved without anything else about their node changing (null: gone). */
  moved: ReadonlyMap<string, Position | null>;
  rebuild(existing: FlowNode | undefined, node: ScenarioNode): FlowNode;
  withPosition(node: FlowNode, position: Position): FlowNode;
}

/**
 * The canvas's nodes after a change to some of them: new nodes last, deleted
 * ones out, every untouched node the same object. `nodes` is the same array
 * when nothing visible changed (a new one costs React Flow a pass over every
 * node); `structural` when nodes came or went; `restyled` are the nodes whose
 * drawing changed (their edges may need recolouring).
 */
export function mergeReadNodes(m: ReadNodesMerge): {
  nodes: FlowNode[];
  structural: boolean;
  restyled: Set<string>;
} {
  let structural = false;
  const restyled = new Set<string>();
  const touched = new Set(m.touched);
  const next: (FlowNode | null)[] = m.nodes.slice();
  for (const id of touched) {
    const node = m.read.get(id);
    const at = m.nodeAt.get(id);
    if (!node) {
      if (at !== undefined) {
        next[at] = null;
        structural = true;
      }
      continue;
    }
    if (at === undefined) {
      next.push(m.rebuild(undefined, node));
      structural = true;
    } else {
      const rebuilt = m.rebuild(next[at]!, node);
      if (rebuilt !== next[at]) {
        next[at] = rebuilt;
        restyled.add(id);
      }
    }
  }
  for (const [id, position] of m.moved) {
    if (!position || touched.has(id)) continue;
    const at = m.nodeAt.get(id);
    if (at === undefined) continue;
    next[at] = m.withPosition(next[at]!, position);
  }
  if (structural) {
    return { nodes: next.filter((n): n is FlowNode => n !== null), structural, restyled };
  }
  const changed = next.some((node, i) => node !== m.nodes[i]);
  return { nodes: changed ? (next as FlowNode[]) : m.nodes, structural, restyled };
}
