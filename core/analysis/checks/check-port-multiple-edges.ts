import type { Check } from "../check";
import { diagnostic } from "../diagnostic";

/** Reported on every edge after the first: the player follows the first edge of a port in file order. */
export const checkPortMultipleEdges: Check = (ix, out) => {
  ix.scenario.edges.forEach((edge, e) => {
    const p = ix.edgePort[e]!;
    if (p < 0 || ix.portEdgeCount[p]! < 2 || ix.portFirstEdge[p] === e) return;
    const first = ix.scenario.edges[ix.portFirstEdge[p]!]!;
    const at: { nodeId: string; edgeId: string; optionId?: string } = {
      nodeId: edge.source,
      edgeId: edge.id,
    };
    if (ix.portOption[p]) at.optionId = edge.sourcePort;
    out.push(
      diagnostic(
        "port-multiple-edges",
        `Port "${edge.sourcePort}" of "${edge.source}" has several edges; learners only follow "${first.id}" (to "${first.target}"), so "${edge.id}" (to "${edge.target}") is never taken: delete one, or add an option or rule for the other route.`,
        at,
      ),
    );
  });
};
