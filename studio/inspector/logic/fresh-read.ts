import type * as Y from "yjs";
import { type NodeKind, type Option, readNode, type ScenarioNode } from "../../../core";

/**
 * The node as the document holds it now. Patches that carry a whole list or
 * record (effects, cards, points, variants) are built from this, not from
 * what the form last rendered, so a peer's change in between is not undone.
 */
export function freshNode<K extends NodeKind>(
  doc: Y.Doc,
  id: string,
  kind: K,
): Extract<ScenarioNode, { kind: K }> | null {
  const node = readNode(doc, id);
  return node && node.kind === kind ? (node as Extract<ScenarioNode, { kind: K }>) : null;
}

export function freshOption(doc: Y.Doc, nodeId: string, optionId: string): Option | null {
  return freshNode(doc, nodeId, "decision")?.options.find((o) => o.id === optionId) ?? null;
}
