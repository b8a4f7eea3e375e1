import type * as Y from "yjs";
import type { Edge, ScenarioNode } from "../schema/nodes";
import { portsOf } from "../schema/nodes";
import { docMap, type EdgeValue } from "../ydoc/layout";

/** Every edge in the document as plain data (malformed entries skipped). */
export function listEdges(doc: Y.Doc): Edge[] {
  const out: Edge[] = [];
  docMap(doc, "edges").forEach((value, id) => {
    const v = value as Partial<EdgeValue> | null;
    if (
      v &&
      typeof v.source === "string" &&
      typeof v.sourcePort === "string" &&
      typeof v.target === "string"
    ) {
      out.push({ id, source: v.source, sourcePort: v.sourcePort, target: v.target });
    }
  });
  return out;
}

/** Deletes edges leaving `nodeId` from ports it no longer has; returns their ids. Call inside a transaction. */
export function pruneDanglingPorts(doc: Y.Doc, node: ScenarioNode): string[] {
  const ports = new Set(portsOf(node));
  const removed: string[] = [];
  const edges = docMap(doc, "edges");
  for (const edge of listEdges(doc)) {
    if (edge.source === node.id && !ports.has(edge.sourcePort)) {
      edges.delete(edge.id);
      removed.push(edge.id);
    }
  }
  return removed;
}
