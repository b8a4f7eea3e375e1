import type { DocumentKind } from "../auth/authorization";
import type { AssetSweepStore } from "./asset-sweep-store";
import type { ExportJobStore } from "./export-job-record";

/** A live document: a scenario's own Y.Doc, or the Y.Doc holding its comments. */
export interface DocumentRef {
  scenarioId: string;
  kind: DocumentKind;
}

export const documentKey = (ref: DocumentRef): string =>
  ref.kind === "scenario" ? ref.scenarioId : `${ref.scenarioId}.comments`;

/** What the listing shows; derived from the live document and refreshed when it goes idle. */
export interface ScenarioListing {
  title: string;
  summary: string;
  tags: string[];
  nodeCount: number;
}

export interface ScenarioRecord extends ScenarioListing {
  id: string;
  /** The built-in template it was created from, if any. */
  template: string | null;
  createdAt: Date;
  updatedAt: Date;
  deletedAt: Date | null;
}

export interface NewScenario extends ScenarioListing {
  id: string;
  template: string | null;
}

export interface ScenarioQuery {
  /** Case-insensitive substring of the title, summary or tags. */
  q?: string;
  sort: "updated" | "created" | "title";
  order: "asc" | "desc";
  deleted: "only" | "include" | "exclude";
  limit: number;
  offset: number;
}

export interface StoredUpdate {
  /** Per-document sequence number, contiguous from 1. */
  seq: number;
  data: Uint8Array;
}

export interface StoredDocument {
  /** Yjs update holding the whole document as of `snapshotSeq`; null before the first compaction. */
  snapshot: Uint8Array | null;
  snapshotSeq: number;
  /** Updates after the snapshot, in order. */
  updates: StoredUpdate[];
}

/** A media file as uploaded; `id` is `sha256-` and the hex digest of `data`. */
export interface NewAsset {
  id: string;
  mimeType: string;
  bytes: number;
  data: Uint8Array;
}

export interface StoredAsset {
  mimeType: string;
  data: Uint8Array;
}

/**
 * Durable storage of scenarios: a row of listing metadata per scenario, and per
 * live document an append-only log of Yjs updates folded now and then into a
 * snapshot. Every method is async so a networked database fits behind it.
 *
 * Contract the collaboration server relies on:
 * - `appendUpdates` resolves only once the updates are durable (fsynced), and
 *   assigns them consecutive sequence numbers.
 * - `compact` replaces the snapshot and drops the log up to `throughSeq` in one
 *   transaction; the caller guarantees `state` contains every update up to it.
 *   It does nothing if the stored snapshot is already that recent (another
 *   instance got there first).
 * - Nothing here ever writes a document the caller did not hand it.
 * - Assets are content-addressed: `putAsset` keeps the first copy of an id and
 *   never changes it, so a file served as immutable stays what it was.
 * - Export jobs live here too, so every instance can report on and serve them.
 */
export interface DocumentStore {
  readonly kind: "sqlite" | "postgres";
  /** Opens (and on first use creates) the store. `firstStart` is true the first time. */
  open(): Promise<{ firstStart: boolean }>;
  close(): Promise<void>;

  /** Inserts the row and the initial state of its documents in one transaction. */
  createScenario(
    scenario: NewScenario,
    initial: { scenario: Uint8Array; comments?: Uint8Array },
  ): Promise<ScenarioRecord>;
  getScenario(id: string): Promise<ScenarioRecord | null>;
  listScenarios(query: ScenarioQuery): Promise<{ scenarios: ScenarioRecord[]; total: number }>;
  /** Refreshes the listing; `updatedAt` is when the content last changed (never moves backwards). */
  updateListing(
    id: string,
    listing: Partial<ScenarioListing>,
    updatedAt: Date,
  ): Promise<ScenarioRecord | null>;
  /** Soft delete (a date) or restore (null). */
  setDeleted(id: string, deletedAt: Date | null): Promise<ScenarioRecord | null>;

  /** Null when the document does not exist. */
  loadDocument(ref: DocumentRef): Promise<StoredDocument | null>;
  /** Updates with a sequence number above `afterSeq`, in order (to fill a gap in a fan-out stream). */
  loadUpdatesSince(ref: DocumentRef, afterSeq: number): Promise<StoredUpdate[]>;
  /** Appends in one durable transaction; resolves with the sequence number of the last one. */
  appendUpdates(ref: DocumentRef, updates: readonly Uint8Array[]): Promise<number>;
  compact(ref: DocumentRef, state: Uint8Array, throughSeq: number): Promise<void>;

  /** Stores the file unless one with this id is already there; either way clears its unused mark. */
  putAsset(asset: NewAsset): Promise<void>;
  /** Null when no file has this id. */
  getAsset(id: string): Promise<StoredAsset | null>;

  readonly exportJobs: ExportJobStore;
  readonly assetSweep: AssetSweepStore;
}

export class UnknownDocumentError extends Error {
  constructor(ref: DocumentRef) {
    super(`no document ${documentKey(ref)}`);
  }
}
