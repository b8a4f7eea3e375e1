import type * as Y from "yjs";
import { docMap } from "../ydoc/layout";
import { CommandError } from "./command-error";
import { listEdges } from "./node-edges";
import { requireNode } from "./require-node";

export type DisconnectArgs = { edgeIds: string[] } | { source: string; sourcePort: string };

/** Removes edges by id, or whatever leaves one port. Returns the removed edge ids. */
export function disconnect(
  doc: Y.Doc,
  args: DisconnectArgs,
  origin?: unknown,
): { removed: string[] } {
  const edges = docMap(doc, "edges");
  let removed: string[];
  if ("edgeIds" in args) {
    if (!Array.isArray(args.edgeIds))
      throw new CommandError("disconnect", "edgeIds must be a list");
    for (const id of args.edgeIds) {
      if (!edges.has(id)) throw new CommandError("disconnect", `unknown edge "${id}"`);
    }
    removed = [...new Set(args.edgeIds)];
  } else {
    requireNode(doc, "disconnect", args.source);
    removed = listEdges(doc)
      .filter((e) => e.source === args.source && e.sourcePort === args.sourcePort)
      .map((e) => e.id);
  }
  if (removed.length) {
    doc.transact(() => {
      for (const id of removed) edges.delete(id);
    }, origin);
  }
  return { removed };
}
