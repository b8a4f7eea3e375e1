import type Database from "better-sqlite3";
import { type DocumentRef, UnknownDocumentError } from "./document-store";

/** The writes of a document's update log: appending, and folding it into a snapshot. */
export interface SqliteLogWrites {
  /** Appends in one transaction; returns the sequence number of the last one. */
  append(ref: DocumentRef, updates: readonly Uint8Array[]): number;
  compact(ref: DocumentRef, state: Uint8Array, throughSeq: number): void;
}

/**
 * Prepares the log writes on `db` (a connection opened with `synchronous=FULL`).
 *
 * An append only inserts: the next sequence number is read from the end of the
 * log, so each commit writes one page and waits for one fsync. `last_seq` in
 * `documents` is a floor, raised when compaction empties the log, so numbers
 * never go back.
 */
export function prepareLogWrites(db: Database.Database): SqliteLogWrites {
  const lastSeqOf = db.prepare(
    `SELECT max(d.last_seq, coalesce(
       (SELECT max(u.seq) FROM updates u WHERE u.scenario_id = d.scenario_id AND u.kind = d.kind), 0
     )) AS last_seq
     FROM documents d WHERE d.scenario_id = ? AND d.kind = ?`,
  );
  const insert = db.prepare(
    "INSERT INTO updates (scenario_id, kind, seq, data) VALUES (?, ?, ?, ?)",
  );
  // Never replace a newer snapshot with an older one.
  const advanceSnapshotSeq = db.prepare(
    `UPDATE documents SET snapshot_seq = ?, last_seq = max(last_seq, ?)
     WHERE scenario_id = ? AND kind = ? AND snapshot_seq < ?`,
  );
  const putSnapshot = db.prepare(
    `INSERT INTO snapshots (scenario_id, kind, data) VALUES (?, ?, ?)
     ON CONFLICT (scenario_id, kind) DO UPDATE SET data = excluded.data`,
  );
  const dropLog = db.prepare("DELETE FROM updates WHERE scenario_id = ? AND kind = ? AND seq <= ?");

  const lastSeq = (ref: DocumentRef): number | null => {
    const row = lastSeqOf.get(ref.scenarioId, ref.kind) as { last_seq: number } | undefined;
    return row ? row.last_seq : null;
  };

  const append = db.transaction((ref: DocumentRef, updates: readonly Uint8Array[]): number => {
    let seq = lastSeq(ref);
    if (seq === null) throw new UnknownDocumentError(ref);
    for (const update of updates) insert.run(ref.scenarioId, ref.kind, ++seq, update);
    return seq;
  });

  const compact = db.transaction((ref: DocumentRef, state: Uint8Array, throughSeq: number) => {
    const last = lastSeq(ref);
    // A snapshot claiming updates the log never had would hide the ones that come next.
    if (last === null || throughSeq > last) return;
    const result = advanceSnapshotSeq.run(
      throughSeq,
      throughSeq,
      ref.scenarioId,
      ref.kind,
      throughSeq,
    );
    if (result.changes !== 1) return;
    putSnapshot.run(ref.scenarioId, ref.kind, state);
    dropLog.run(ref.scenarioId, ref.kind, throughSeq);
  });

  return {
    append: (ref, updates) => append(ref, updates),
    compact: (ref, state, throughSeq) => compact(ref, state, throughSeq),
  };
}
