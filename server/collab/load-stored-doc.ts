import * as Y from "yjs";
import type { Logger } from "../logging/logger";
import {
  type DocumentRef,
  type DocumentStore,
  documentKey,
  UnknownDocumentError,
} from "../storage/document-store";

/** Origin of the updates applied while loading (never broadcast). */
export const LOAD_ORIGIN = Symbol("forkline.load");

/**
 * Reads a document's snapshot and every logged update into a fresh Y.Doc. A
 * snapshot that does not apply fails the load, and nothing is written. A
 * single log entry that does not apply is skipped and reported: intake decodes
 * every update before storing it, so this is a stored-by-an-older-build case,
 * and the rest of the document is still good.
 */
export async function loadStoredDoc(
  store: DocumentStore,
  ref: DocumentRef,
  logger: Logger,
): Promise<{
  doc: Y.Doc;
  seq: number;
  snapshotSeq: number;
  logLength: number;
  /** The stored bytes when they alone are the whole document (a snapshot and no log). */
  wholeState: Uint8Array | null;
}> {
  const stored = await store.loadDocument(ref);
  if (!stored) throw new UnknownDocumentError(ref);
  const doc = new Y.Doc();
  try {
    if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot, LOAD_ORIGIN);
  } catch (error) {
    doc.destroy();
    throw error;
  }
  for (const entry of stored.updates) {
    try {
      Y.applyUpdate(doc, entry.data, LOAD_ORIGIN);
    } catch (error) {
      logger.error("skipped a stored update that does not apply", {
        doc: documentKey(ref),
        seq: entry.seq,
        error,
      });
    }
  }
  return {
    doc,
    seq: stored.updates.at(-1)?.seq ?? stored.snapshotSeq,
    snapshotSeq: stored.snapshotSeq,
    logLength: stored.updates.length,
    wholeState: stored.updates.length === 0 ? stored.snapshot : null,
  };
}
