import type { NodeKind } from "../schema/nodes";
import { emptyRichText } from "../schema/rich-text";
import { createId } from "./create-id";

/** What a freshly dropped node holds, so it validates and a decision already shows two replies. */
export function defaultNodeData(kind: NodeKind): Record<string, unknown> {
  switch (kind) {
    case "scene":
    case "note":
      return { text: emptyRichText() };
    case "decision":
      return {
        prompt: emptyRichText(),
        options: [1, 2].map((n) => ({
          id: createId("opt"),
          text: `Option ${n}`,
          quality: "mixed",
          feedback: emptyRichText(),
        })),
      };
    case "condition":
      return { rules: [] };
    case "reflection":
      return { phase: "mid", reflectionKind: "confidence", prompt: emptyRichText() };
    case "ending":
      return { outcome: "success", title: "Ending", debrief: emptyRichText() };
  }
}
