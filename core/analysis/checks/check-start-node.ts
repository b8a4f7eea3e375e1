import type { Check } from "../check";
import { diagnostic } from "../diagnostic";

export const checkStartNode: Check = (ix, out) => {
  const id = ix.scenario.settings.startNodeId;
  if (id === null) {
    out.push(
      diagnostic(
        "no-start-node",
        "No start node is set: choose the node learners begin at in the scenario settings.",
      ),
    );
    return;
  }
  const v = ix.nodeIndex.get(id);
  if (v === undefined) {
    out.push(
      diagnostic(
        "start-node-missing",
        `The start node "${id}" does not exist: pick an existing node as the start.`,
      ),
    );
  } else if (ix.nodes[v]!.kind === "note") {
    out.push(
      diagnostic(
        "start-node-not-playable",
        `The start node "${id}" is a note, which learners never see: start at a scene, decision or reflection.`,
        { nodeId: id },
      ),
    );
  }
};
