import type { Check } from "../check";
import { diagnostic } from "../diagnostic";

export const checkEndingReachable: Check = (ix, out) => {
  if (!ix.nodes.some((node) => node.kind === "ending")) {
    out.push(
      diagnostic(
        "no-ending-reachable",
        "The scenario has no ending: add at least one ending node and connect routes to it.",
      ),
    );
    return;
  }
  if (ix.start < 0) return;
  const toEnding = ix.leadsToEnding();
  if (toEnding[ix.start]) return;
  out.push(
    diagnostic(
      "no-ending-reachable",
      `No ending can be reached from the start node "${ix.nodeId(ix.start)}": connect the routes from the start to an ending.`,
      { nodeId: ix.nodeId(ix.start) },
    ),
  );
};
