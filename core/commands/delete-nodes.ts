import type * as Y from "yjs";
import { docMap } from "../ydoc/layout";
import { deletePositions } from "../ydoc/positions";
import { CommandError } from "./command-error";
import { listEdges } from "./node-edges";

export interface DeleteNodesArgs {
  ids: readonly string[];
}

/** Deletes nodes with every edge into or out of them; clears the start node if it was one of them. */
export function deleteNodes(
  doc: Y.Doc,
  args: DeleteNodesArgs,
  origin?: unknown,
): { nodeIds: string[]; edgeIds: string[] } {
  const nodes = docMap(doc, "nodes");
  const ids = new Set(args.ids);
  for (const id of ids) {
    if (!nodes.has(id)) throw new CommandError("deleteNodes", `unknown node "${id}"`);
  }
  const edgeIds = listEdges(doc)
    .filter((e) => ids.has(e.source) || ids.has(e.target))
    .map((e) => e.id);
  if (ids.size === 0) return { nodeIds: [], edgeIds: [] };
  doc.transact(() => {
    const edges = docMap(doc, "edges");
    for (const id of edgeIds) edges.delete(id);
    for (const id of ids) nodes.delete(id);
    deletePositions(doc, ids);
    const settings = docMap(doc, "settings");
    const start = settings.get("startNodeId");
    if (typeof start === "string" && ids.has(start)) settings.set("startNodeId", null);
  }, origin);
  return { nodeIds: [...ids], edgeIds };
}
