import { ELSE_PORT, NEXT_PORT, TIMEOUT_PORT } from "../../schema/nodes";
import { type Check, describeNode } from "../check";
import { diagnostic } from "../diagnostic";
import { hasAnyEdge } from "./check-dead-ends";

/** Ports with no edge at all, on nodes that have some edge (fully unconnected nodes are dead ends). */
export const checkUnconnectedPorts: Check = (ix, out) => {
  for (let v = 0; v < ix.n; v++) {
    if (!hasAnyEdge(ix, v)) continue;
    const node = ix.nodes[v]!;
    for (let p = ix.portStart[v]!; p < ix.portStart[v + 1]!; p++) {
      if (ix.portEdgeCount[p]! > 0) continue;
      const port = ix.portName[p]!;
      if (port === TIMEOUT_PORT) {
        out.push(
          diagnostic(
            "timer-without-timeout-port",
            `The ${describeNode(node)} has a timer but its timeout port is not connected: connect it to where a learner goes when time runs out, or remove the timer.`,
            { nodeId: node.id },
          ),
        );
      } else if (port === NEXT_PORT || port === ELSE_PORT) {
        out.push(
          diagnostic(
            "unconnected-port",
            `The "${port}" port of ${describeNode(node)} is not connected: draw an edge from it to the next node.`,
            { nodeId: node.id },
          ),
        );
      } else if (ix.portOption[p]) {
        out.push(
          diagnostic(
            "unconnected-port",
            `Option "${port}" of ${describeNode(node)} leads nowhere: connect it to the node that follows this choice.`,
            { nodeId: node.id, optionId: port },
          ),
        );
      } else {
        out.push(
          diagnostic(
            "unconnected-port",
            `Rule "${port}" of ${describeNode(node)} is not connected: connect it to where learners go when the rule holds.`,
            { nodeId: node.id },
          ),
        );
      }
    }
  }
};
