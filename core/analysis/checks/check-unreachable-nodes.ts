import { type Check, describeNode } from "../check";
import { diagnostic } from "../diagnostic";

/** Without a usable start everything would be unreachable; the start checks say why instead. */
export const checkUnreachableNodes: Check = (ix, out) => {
  if (ix.start < 0) return;
  const reachable = ix.reachable();
  for (let v = 0; v < ix.n; v++) {
    const node = ix.nodes[v]!;
    if (reachable[v] || node.kind === "note") continue;
    out.push(
      diagnostic(
        "unreachable-node",
        `No route from the start reaches ${describeNode(node)}: connect an edge to it or delete it.`,
        { nodeId: node.id },
      ),
    );
  }
};
