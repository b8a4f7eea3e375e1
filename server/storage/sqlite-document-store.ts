import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import type { AssetSweepStore } from "./asset-sweep-store";
import type {
  DocumentRef,
  DocumentStore,
  NewAsset,
  NewScenario,
  ScenarioListing,
  ScenarioQuery,
  ScenarioRecord,
  StoredAsset,
  StoredDocument,
  StoredUpdate,
} from "./document-store";
import type { ExportJobStore } from "./export-job-record";
import { migrateSqliteSchema } from "./migrate-sqlite-schema";
import { scenarioSearchText } from "./scenario-search-text";
import { sqliteAssetSweep } from "./sqlite-asset-sweep";
import { sqliteExportJobs } from "./sqlite-export-jobs";
import { prepareLogWrites, type SqliteLogWrites } from "./sqlite-log-writes";
import { SQLITE_SCHEMA_VERSION } from "./sqlite-schema";

interface ScenarioRow {
  id: string;
  title: string;
  summary: string;
  tags: string;
  node_count: number;
  template: string | null;
  created_at: number;
  updated_at: number;
  deleted_at: number | null;
}

const toRecord = (row: ScenarioRow): ScenarioRecord => ({
  id: row.id,
  title: row.title,
  summary: row.summary,
  tags: JSON.parse(row.tags) as string[],
  nodeCount: row.node_count,
  template: row.template,
  createdAt: new Date(row.created_at),
  updatedAt: new Date(row.updated_at),
  deletedAt: row.deleted_at === null ? null : new Date(row.deleted_at),
});

/** better-sqlite3 hands back Buffers; Yjs wants plain bytes. */
const bytes = (b: Buffer): Uint8Array => new Uint8Array(b.buffer, b.byteOffset, b.byteLength);

const SORT_COLUMN = {
  updated: "updated_at",
  created: "created_at",
  title: "title COLLATE NOCASE",
} as const;

/**
 * The embedded store: one SQLite file in WAL mode with `synchronous=FULL`, so a
 * committed append has been fsynced and survives a power cut, not only a crash.
 * better-sqlite3 is synchronous, and the update log is appended on this
 * thread: an append is one small fsynced transaction per batch of updates
 * (the commit queue groups what arrived together). Handing appends to a worker
 * thread was measured and dropped: the hop cost more than the fsync it hid
 * (`bench/collab.bench.ts`, one writer to one observer, p50 +0.4 to +0.7 ms).
 */
export class SqliteDocumentStore implements DocumentStore {
  readonly kind = "sqlite";
  readonly file: string;
  #db: Database.Database | null = null;

  constructor(dataDir: string) {
    mkdirSync(dataDir, { recursive: true });
    this.file = join(dataDir, "forkline.sqlite");
  }

  #statements = new Map<string, Database.Statement>();
  #writer: SqliteLogWrites | null = null;

  readonly exportJobs: ExportJobStore = sqliteExportJobs((text) => this.#sql(text));
  readonly assetSweep: AssetSweepStore = sqliteAssetSweep(
    () => this.#conn,
    (text) => this.#sql(text),
  );

  get #conn(): Database.Database {
    if (!this.#db) throw new Error("the store is not open");
    return this.#db;
  }

  /** Prepared once per SQL text: preparing costs more than running a small statement. */
  #sql(sql: string): Database.Statement {
    let statement = this.#statements.get(sql);
    if (!statement) {
      statement = this.#conn.prepare(sql);
      this.#statements.set(sql, statement);
    }
    return statement;
  }

  async open(): Promise<{ firstStart: boolean }> {
    const existed = existsSync(this.file);
    const db = new Database(this.file);
    db.pragma("journal_mode = WAL");
    db.pragma("synchronous = FULL");
    db.pragma("foreign_keys = ON");
    db.pragma("busy_timeout = 5000");
    const version = db.pragma("user_version", { simple: true }) as number;
    if (version > SQLITE_SCHEMA_VERSION) {
      db.close();
      throw new Error(
        `${this.file} was written by a newer Forkline (schema ${version}); this build reads up to ${SQLITE_SCHEMA_VERSION}`,
      );
    }
    migrateSqliteSchema(db, version);
    const started = db.prepare("SELECT value FROM settings WHERE key = 'first_started_at'").get();
    if (!started) {
      db.prepare("INSERT INTO settings (key, value) VALUES ('first_started_at', ?)").run(
        new Date().toISOString(),
      );
    }
    this.#writer = prepareLogWrites(db);
    this.#db = db;
    return { firstStart: !existed || !started };
  }

  get #log(): SqliteLogWrites {
    if (!this.#writer) throw new Error("the store is not open");
    return this.#writer;
  }

  async close(): Promise<void> {
    this.#writer = null;
    this.#statements.clear();
    this.#db?.close();
    this.#db = null;
  }

  async createScenario(
    scenario: NewScenario,
    initial: { scenario: Uint8Array; comments?: Uint8Array },
  ): Promise<ScenarioRecord> {
    const db = this.#conn;
    const now = Date.now();
    db.transaction(() => {
      this.#sql(
        `INSERT INTO scenarios (id, title, summary, tags, node_count, template, search, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        scenario.id,
        scenario.title,
        scenario.summary,
        JSON.stringify(scenario.tags),
        scenario.nodeCount,
        scenario.template,
        scenarioSearchText(scenario),
        now,
        now,
      );
      const insertDoc = this.#sql("INSERT INTO documents (scenario_id, kind) VALUES (?, ?)");
      const insertSnapshot = this.#sql(
        "INSERT INTO snapshots (scenario_id, kind, data) VALUES (?, ?, ?)",
      );
      for (const [kind, snapshot] of [
        ["scenario", initial.scenario],
        ["comments", initial.comments ?? null],
      ] as const) {
        insertDoc.run(scenario.id, kind);
        if (snapshot) insertSnapshot.run(scenario.id, kind, snapshot);
      }
    })();
    return (await this.getScenario(scenario.id)) as ScenarioRecord;
  }

  async getScenario(id: string): Promise<ScenarioRecord | null> {
    const row = this.#sql("SELECT * FROM scenarios WHERE id = ?").get(id) as
      | ScenarioRow
      | undefined;
    return row ? toRecord(row) : null;
  }

  async listScenarios(
    query: ScenarioQuery,
  ): Promise<{ scenarios: ScenarioRecord[]; total: number }> {
    const where: string[] = [];
    const params: (string | number)[] = [];
    if (query.deleted === "exclude") where.push("deleted_at IS NULL");
    if (query.deleted === "only") where.push("deleted_at IS NOT NULL");
    if (query.q) {
      where.push("instr(search, ?) > 0");
      params.push(query.q.toLocaleLowerCase("en"));
    }
    const clause = where.length ? `WHERE ${where.join(" AND ")}` : "";
    const order = query.order === "asc" ? "ASC" : "DESC";
    const rows = this.#sql(
      `SELECT * FROM scenarios ${clause} ORDER BY ${SORT_COLUMN[query.sort]} ${order}, id ${order} LIMIT ? OFFSET ?`,
    ).all(...params, query.limit, query.offset) as ScenarioRow[];
    const { n } = this.#sql(`SELECT count(*) AS n FROM scenarios ${clause}`).get(...params) as {
      n: number;
    };
    return { scenarios: rows.map(toRecord), total: n };
  }

  async updateListing(
    id: string,
    listing: Partial<ScenarioListing>,
    updatedAt: Date,
  ): Promise<ScenarioRecord | null> {
    const current = await this.getScenario(id);
    if (!current) return null;
    const next = { ...current, ...listing };
    this.#sql(
      "UPDATE scenarios SET title = ?, summary = ?, tags = ?, node_count = ?, search = ?, updated_at = max(updated_at, ?) WHERE id = ?",
    ).run(
      next.title,
      next.summary,
      JSON.stringify(next.tags),
      next.nodeCount,
      scenarioSearchText(next),
      updatedAt.getTime(),
      id,
    );
    return this.getScenario(id);
  }

  async setDeleted(id: string, deletedAt: Date | null): Promise<ScenarioRecord | null> {
    this.#sql("UPDATE scenarios SET deleted_at = ? WHERE id = ?").run(
      deletedAt ? deletedAt.getTime() : null,
      id,
    );
    return this.getScenario(id);
  }

  async loadDocument(ref: DocumentRef): Promise<StoredDocument | null> {
    const db = this.#conn;
    return db.transaction(() => {
      const doc = this.#sql(
        `SELECT s.data AS snapshot, d.snapshot_seq FROM documents d
         LEFT JOIN snapshots s USING (scenario_id, kind)
         WHERE d.scenario_id = ? AND d.kind = ?`,
      ).get(ref.scenarioId, ref.kind) as
        | { snapshot: Buffer | null; snapshot_seq: number }
        | undefined;
      if (!doc) return null;
      return {
        snapshot: doc.snapshot ? bytes(doc.snapshot) : null,
        snapshotSeq: doc.snapshot_seq,
        updates: this.#updatesAfter(ref, doc.snapshot_seq),
      };
    })();
  }

  async loadUpdatesSince(ref: DocumentRef, afterSeq: number): Promise<StoredUpdate[]> {
    return this.#updatesAfter(ref, afterSeq);
  }

  #updatesAfter(ref: DocumentRef, afterSeq: number): StoredUpdate[] {
    const rows = this.#sql(
      "SELECT seq, data FROM updates WHERE scenario_id = ? AND kind = ? AND seq > ? ORDER BY seq",
    ).all(ref.scenarioId, ref.kind, afterSeq) as { seq: number; data: Buffer }[];
    return rows.map((r) => ({ seq: r.seq, data: bytes(r.data) }));
  }

  async appendUpdates(ref: DocumentRef, updates: readonly Uint8Array[]): Promise<number> {
    if (updates.length === 0) throw new Error("nothing to append");
    return this.#log.append(ref, updates);
  }

  async compact(ref: DocumentRef, state: Uint8Array, throughSeq: number): Promise<void> {
    await this.#log.compact(ref, state, throughSeq);
  }

  async putAsset(asset: NewAsset): Promise<void> {
    this.#conn.transaction(() => {
      this.#sql(
        `INSERT INTO assets (id, mime_type, bytes, data, created_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (id) DO NOTHING`,
      ).run(asset.id, asset.mimeType, asset.bytes, asset.data, Date.now());
      // Uploaded again: someone means to use it, so a sweep must not take it.
      this.#sql("DELETE FROM asset_orphans WHERE id = ?").run(asset.id);
    })();
  }

  async getAsset(id: string): Promise<StoredAsset | null> {
    const row = this.#sql("SELECT mime_type, data FROM assets WHERE id = ?").get(id) as
      | { mime_type: string; data: Buffer }
      | undefined;
    return row ? { mimeType: row.mime_type, data: bytes(row.data) } : null;
  }
}
