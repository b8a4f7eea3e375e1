import type Database from "better-sqlite3";
import { type DocumentRef, UnknownDocumentError } from "./document-store";

/** The writes of a document's update log: appending, and folding it into a snapshot. */
export interface SqliteLogWrites {
  /** Appends in one transaction; returns the sequence number of the last one. */
  append(ref: DocumentRef, updates: readonly Uint8Array[]): number;
  compact(ref: DocumentRef, state: Uint8Array, throughSeq: number): void;
}

/** Prepares the log writes on `db` (a connection opened with `synchronous=FULL`). */
export function prepareLogWrites(db: Database.Database): SqliteLogWrites {
  const bumpSeq = db.prepare(
    "UPDATE documents SET last_seq = last_seq + ? WHERE scenario_id = ? AND kind = ? RETURNING last_seq",
  );
  const insert = db.prepare(
    "INSERT INTO updates (scenario_id, kind, seq, data) VALUES (?, ?, ?, ?)",
  );
  // Never replace a newer snapshot with an older one.
  const replaceSnapshot = db.prepare(
    `UPDATE documents SET snapshot = ?, snapshot_seq = ?
     WHERE scenario_id = ? AND kind = ? AND snapshot_seq < ? AND last_seq >= ?`,
  );
  const dropLog = db.prepare("DELETE FROM updates WHERE scenario_id = ? AND kind = ? AND seq <= ?");

  const append = db.transaction((ref: DocumentRef, updates: readonly Uint8Array[]): number => {
    const row = bumpSeq.get(updates.length, ref.scenarioId, ref.kind) as
      | { last_seq: number }
      | undefined;
    if (!row) throw new UnknownDocumentError(ref);
    let seq = row.last_seq - updates.length;
    for (const update of updates) insert.run(ref.scenarioId, ref.kind, ++seq, update);
    return row.last_seq;
  });

  const compact = db.transaction((ref: DocumentRef, state: Uint8Array, throughSeq: number) => {
    const result = replaceSnapshot.run(
      state,
      throughSeq,
      ref.scenarioId,
      ref.kind,
      throughSeq,
      throughSeq,
    );
    if (result.changes === 1) dropLog.run(ref.scenarioId, ref.kind, throughSeq);
  });

  return {
    append: (ref, updates) => append(ref, updates),
    compact: (ref, state, throughSeq) => compact(ref, state, throughSeq),
  };
}
