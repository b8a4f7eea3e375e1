import type { NodeKind } from "../../core";

/** Each node kind as the studio names it to designers (canvas, inspector, preview). */
export const NODE_KIND_NAMES: Readonly<Record<NodeKind, string>> = {
  scene: "Scene",
  decision: "Decision",
  condition: "Condition",
  reflection: "Reflection",
  ending: "Ending",
  note: "Note",
};
