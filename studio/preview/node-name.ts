import type { CanvasModel } from "../canvas/canvas-model";
import { excerpt } from "../canvas/excerpt";
import type { NodeView } from "../canvas/node-view";
import { NODE_KIND_NAMES } from "../ui/node-kind-names";

function textOf(view: NodeView): string {
  switch (view.kind) {
    case "scene":
      return view.line;
    case "decision":
    case "reflection":
      return view.prompt;
    case "ending":
      return view.title;
    case "condition":
      return view.rules[0]?.text ?? "";
    case "note":
      return view.text;
  }
}

/** A short name for a node as the panels list it: its kind, then its label or the start of its text. */
export function nodeNameOf(model: CanvasModel, nodeId: string): string {
  const node = model.nodeById(nodeId);
  if (!node) return nodeId;
  const text = node.data.label || textOf(node.data);
  return `${NODE_KIND_NAMES[node.data.kind]}: ${text ? excerpt(text, 60) : nodeId}`;
}
