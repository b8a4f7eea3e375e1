import * as Y from "yjs";

/**
 * What `change` does to `doc`, as one update, without touching `doc`: it runs
 * against a copy. Null when it changed nothing.
 */
export function changeAsUpdate(doc: Y.Doc, change: (doc: Y.Doc) => void): Uint8Array | null {
  const scratch = new Y.Doc();
  Y.applyUpdate(scratch, Y.encodeStateAsUpdate(doc));
  const updates: Uint8Array[] = [];
  scratch.on("update", (u: Uint8Array) => updates.push(u));
  change(scratch);
  scratch.destroy();
  if (updates.length === 0) return null;
  return updates.length === 1 ? (updates[0] as Uint8Array) : Y.mergeUpdates(updates);
}
