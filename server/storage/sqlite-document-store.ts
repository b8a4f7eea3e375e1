import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import {
  type DocumentRef,
  type DocumentStore,
  type NewScenario,
  type ScenarioListing,
  type ScenarioQuery,
  type ScenarioRecord,
  type StoredDocument,
  type StoredUpdate,
  UnknownDocumentError,
} from "./document-store";
import { scenarioSearchText } from "./scenario-search-text";
import { SQLITE_SCHEMA, SQLITE_SCHEMA_VERSION } from "./sqlite-schema";

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
 * better-sqlite3 is synchronous; the async methods keep the interface shared
 * with networked stores.
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
  #appendTransaction: ((ref: DocumentRef, updates: readonly Uint8Array[]) => number) | null = null;

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
    db.exec(SQLITE_SCHEMA);
    db.pragma(`user_version = ${SQLITE_SCHEMA_VERSION}`);
    const started = db.prepare("SELECT value FROM settings WHERE key = 'first_started_at'").get();
    if (!started) {
      db.prepare("INSERT INTO settings (key, value) VALUES ('first_started_at', ?)").run(
        new Date().toISOString(),
      );
    }
    this.#db = db;
    return { firstStart: !existed || !started };
  }

  async close(): Promise<void> {
    this.#statements.clear();
    this.#appendTransaction = null;
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
      const insertDoc = this.#sql(
        "INSERT INTO documents (scenario_id, kind, snapshot) VALUES (?, ?, ?)",
      );
      insertDoc.run(scenario.id, "scenario", initial.scenario);
      insertDoc.run(scenario.id, "comments", initial.comments ?? null);
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
        "SELECT snapshot, snapshot_seq FROM documents WHERE scenario_id = ? AND kind = ?",
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

  #append = (ref: DocumentRef, updates: readonly Uint8Array[]): number => {
    const row = this.#sql(
      "UPDATE documents SET last_seq = last_seq + ? WHERE scenario_id = ? AND kind = ? RETURNING last_seq",
    ).get(updates.length, ref.scenarioId, ref.kind) as { last_seq: number } | undefined;
    if (!row) throw new UnknownDocumentError(ref);
    const insert = this.#sql(
      "INSERT INTO updates (scenario_id, kind, seq, data) VALUES (?, ?, ?, ?)",
    );
    let seq = row.last_seq - updates.length;
    for (const update of updates) insert.run(ref.scenarioId, ref.kind, ++seq, update);
    return row.last_seq;
  };

  async appendUpdates(ref: DocumentRef, updates: readonly Uint8Array[]): Promise<number> {
    if (updates.length === 0) throw new Error("nothing to append");
    this.#appendTransaction ??= this.#conn.transaction(this.#append);
    return this.#appendTransaction(ref, updates);
  }

  async compact(ref: DocumentRef, state: Uint8Array, throughSeq: number): Promise<void> {
    this.#conn.transaction(() => {
      // Never replace a newer snapshot with an older one.
      const result = this.#sql(
        `UPDATE documents SET snapshot = ?, snapshot_seq = ?
         WHERE scenario_id = ? AND kind = ? AND snapshot_seq < ? AND last_seq >= ?`,
      ).run(state, throughSeq, ref.scenarioId, ref.kind, throughSeq, throughSeq);
      if (result.changes !== 1) return;
      this.#sql("DELETE FROM updates WHERE scenario_id = ? AND kind = ? AND seq <= ?").run(
        ref.scenarioId,
        ref.kind,
        throughSeq,
      );
    })();
  }
}
