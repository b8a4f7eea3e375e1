import { type Check, describeNode } from "../check";
import { diagnostic } from "../diagnostic";

/**
 * A node with no edge from any of its ports. Its unconnected ports are not
 * reported one by one as well: one finding per node is easier to act on.
 */
export const checkDeadEnds: Check = (ix, out) => {
  for (let v = 0; v < ix.n; v++) {
    const node = ix.nodes[v]!;
    if (node.kind === "ending" || node.kind === "note" || hasAnyEdge(ix, v)) continue;
    out.push(
      diagnostic(
        "dead-end",
        `${capital(describeNode(node))} leads nowhere: connect its ports to the next node, or make it an ending.`,
        { nodeId: node.id },
      ),
    );
  }
};

export function hasAnyEdge(
  ix: { portStart: Int32Array; portEdgeCount: Int32Array },
  v: number,
): boolean {
  for (let p = ix.portStart[v]!; p < ix.portStart[v + 1]!; p++)
    if (ix.portEdgeCount[p]! > 0) return true;
  return false;
}

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
