import * as Y from "yjs";
import { docMap } from "./layout";

/** Where a rich-text field lives, for binding an editor to it. */
export type RichTextLocation =
  | { nodeId: string; field: "text" | "prompt" | "debrief" }
  | { nodeId: string; field: "variants"; variant: "gentle" | "challenge" }
  | { nodeId: string; field: "feedback"; optionId: string }
  | { nodeId: string; field: "timerFeedback" };

/**
 * The Y.XmlFragment behind a rich-text field, to hand to Tiptap's Collaboration
 * extension (`Collaboration.configure({ fragment })`). Null when the node,
 * option, timer or variant does not exist (a variant left at null falls back to
 * the standard text; set it with setNodeData first).
 */
export function richTextFragmentOf(doc: Y.Doc, location: RichTextLocation): Y.XmlFragment | null {
  const node = docMap(doc, "nodes").get(location.nodeId);
  if (!(node instanceof Y.Map)) return null;
  let value: unknown;
  switch (location.field) {
    case "variants": {
      const variants = node.get("variants");
      value = variants instanceof Y.Map ? variants.get(location.variant) : undefined;
      break;
    }
    case "feedback": {
      const options = node.get("options");
      const option = options instanceof Y.Map ? options.get(location.optionId) : undefined;
      value = option instanceof Y.Map ? option.get("feedback") : undefined;
      break;
    }
    case "timerFeedback": {
      const timer = node.get("timer");
      value = timer instanceof Y.Map ? timer.get("feedback") : undefined;
      break;
    }
    default:
      value = node.get(location.field);
  }
  return value instanceof Y.XmlFragment ? value : null;
}
