import { type Check, describeNode } from "../check";
import { diagnostic } from "../diagnostic";

export const checkDecisionOptions: Check = (ix, out) => {
  for (const node of ix.nodes) {
    if (node.kind !== "decision" || node.options.length >= 2) continue;
    const what = node.options.length === 0 ? "has no options" : "has only one option";
    out.push(
      diagnostic(
        "decision-too-few-options",
        `The ${describeNode(node)} ${what}: a decision needs at least two options (use a scene for a single way on).`,
        { nodeId: node.id },
      ),
    );
  }
};
