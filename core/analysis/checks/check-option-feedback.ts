import type { RichTextNode } from "../../schema/rich-text";
import { type Check, describeNode } from "../check";
import { diagnostic } from "../diagnostic";

/** Weak choices are where coaching matters most; an empty note leaves the learner guessing why. */
export const checkOptionFeedback: Check = (ix, out) => {
  for (const node of ix.nodes) {
    if (node.kind !== "decision") continue;
    for (const o of node.options) {
      if (o.quality !== "weak" || hasText(o.feedback.content)) continue;
      out.push(
        diagnostic(
          "weak-option-without-feedback",
          `Weak option "${o.id}" on ${describeNode(node)} has no feedback: write a line of coaching on why it falls short and what would work better.`,
          { nodeId: node.id, optionId: o.id },
        ),
      );
    }
  }
};

/** Stops at the first visible character instead of building the plain text of every feedback. */
function hasText(content: readonly RichTextNode[] | undefined): boolean {
  if (!content) return false;
  for (const node of content) {
    if (node.type === "text" && node.text && node.text.trim() !== "") return true;
    if (hasText(node.content)) return true;
  }
  return false;
}
