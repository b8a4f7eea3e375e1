import { type Check, describeNode } from "../check";
import { diagnostic } from "../diagnostic";

/**
 * A strongly connected component with a cycle, no followed edge leaving it and
 * no ending in it: once inside, a learner can never finish. One finding per
 * component, on its first node in file order.
 */
export const checkClosedCycles: Check = (ix, out) => {
  const { comp, count, cyclic } = ix.components();
  const leaves = new Uint8Array(count);
  for (let v = 0; v < ix.n; v++) {
    if (ix.isEnding(v)) leaves[comp[v]!] = 1;
    for (let k = ix.outStart[v]!; k < ix.outStart[v + 1]!; k++)
      if (comp[ix.outTarget[k]!] !== comp[v]) leaves[comp[v]!] = 1;
  }
  const members = new Map<number, number[]>();
  for (let v = 0; v < ix.n; v++) {
    const c = comp[v]!;
    if (!cyclic[c] || leaves[c]) continue;
    const list = members.get(c);
    if (list) list.push(v);
    else members.set(c, [v]);
  }
  for (const list of members.values()) {
    const ids = list.map((v) => `"${ix.nodeId(v)}"`);
    const shown =
      ids.length > 6 ? `${ids.slice(0, 6).join(", ")} and ${ids.length - 6} more` : ids.join(", ");
    const first = ix.nodes[list[0]!]!;
    out.push(
      diagnostic(
        "cycle-without-exit",
        `The loop through ${shown} has no way out and no ending, so learners who enter it can never finish: add an edge from ${describeNode(first)} or another node of the loop to a node outside it.`,
        { nodeId: first.id },
      ),
    );
  }
};
