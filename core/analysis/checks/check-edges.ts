import type { Check } from "../check";
import { diagnostic } from "../diagnostic";

/** Edges whose ends do not resolve: the player cannot follow them. */
export const checkEdges: Check = (ix, out) => {
  ix.scenario.edges.forEach((edge, e) => {
    const s = ix.edgeSource[e]!;
    const t = ix.edgeTarget[e]!;
    if (s >= 0 && t >= 0 && ix.edgePort[e]! >= 0 && ix.nodes[t]!.kind !== "note") return;
    const at = { edgeId: edge.id, nodeId: edge.source };
    if (s < 0) {
      out.push(
        diagnostic(
          "edge-source-missing",
          `Edge "${edge.id}" starts at "${edge.source}", which does not exist: delete the edge.`,
          { edgeId: edge.id },
        ),
      );
      return;
    }
    if (ix.edgePort[e]! < 0) {
      const ports = ix.portName.slice(ix.portStart[s]!, ix.portStart[s + 1]!);
      const has =
        ports.length > 0
          ? `its ports are ${ports.map((p) => `"${p}"`).join(", ")}`
          : "it has no ports";
      out.push(
        diagnostic(
          "edge-unknown-port",
          `Edge "${edge.id}" leaves "${edge.source}" from port "${edge.sourcePort}", which that node does not have (${has}): reconnect it from an existing port or delete it.`,
          at,
        ),
      );
    }
    if (t < 0) {
      out.push(
        diagnostic(
          "edge-target-missing",
          `Edge "${edge.id}" points to "${edge.target}", which does not exist: reconnect it to an existing node or delete it.`,
          at,
        ),
      );
    } else if (ix.nodes[t]!.kind === "note") {
      out.push(
        diagnostic(
          "edge-to-note",
          `Edge "${edge.id}" points to the note "${edge.target}", which learners never see: reconnect it to a scene, decision, condition, reflection or ending.`,
          at,
        ),
      );
    }
  });
};
