import pg from "pg";
import type { AssetSweepStore } from "./asset-sweep-store";
import {
  type DocumentRef,
  type DocumentStore,
  type NewAsset,
  type NewScenario,
  type ScenarioListing,
  type ScenarioQuery,
  type ScenarioRecord,
  type StoredAsset,
  type StoredDocument,
  type StoredUpdate,
  UnknownDocumentError,
} from "./document-store";
import type { ExportJobStore } from "./export-job-record";
import { postgresAssetSweep } from "./postgres-asset-sweep";
import { postgresExportJobs } from "./postgres-export-jobs";
import { postgresSchemaSql } from "./postgres-schema";
import { scenarioSearchText } from "./scenario-search-text";

interface ScenarioRow {
  id: string;
  title: string;
  summary: string;
  tags: string[];
  node_count: number;
  template: string | null;
  created_at: Date;
  updated_at: Date;
  deleted_at: Date | null;
}

const toRecord = (row: ScenarioRow): ScenarioRecord => ({
  id: row.id,
  title: row.title,
  summary: row.summary,
  tags: row.tags,
  nodeCount: row.node_count,
  template: row.template,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  deletedAt: row.deleted_at,
});

const bytes = (b: Buffer): Uint8Array => new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
const buffer = (u: Uint8Array): Buffer => Buffer.from(u.buffer, u.byteOffset, u.byteLength);

const SORT_COLUMN = {
  updated: "updated_at",
  created: "created_at",
  title: "lower(title)",
} as const;

/**
 * The scale-out store: the same tables as the embedded one, in a PostgreSQL
 * schema. A commit is durable once it returns (synchronous_commit on, the
 * default). Appends to one document take its row lock, so sequence numbers
 * stay contiguous when several server instances write the same document.
 */
export class PostgresDocumentStore implements DocumentStore {
  readonly kind = "postgres";
  readonly #pool: pg.Pool;
  readonly #s: string;
  readonly #schema: string;
  readonly exportJobs: ExportJobStore;
  readonly assetSweep: AssetSweepStore;

  constructor(connectionString: string, schema: string) {
    if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new Error(`invalid schema name "${schema}"`);
    this.#pool = new pg.Pool({ connectionString, max: 10 });
    this.#pool.on("error", () => {
      // An idle client lost its connection; the pool replaces it on next use.
    });
    this.#schema = schema;
    this.#s = `"${schema}"`;
    this.exportJobs = postgresExportJobs(this.#pool, this.#s);
    this.assetSweep = postgresAssetSweep(this.#pool, this.#s);
  }

  async #transaction<T>(run: (client: pg.PoolClient) => Promise<T>, begin = "BEGIN"): Promise<T> {
    const client = await this.#pool.connect();
    try {
      await client.query(begin);
      const result = await run(client);
      await client.query("COMMIT");
      return result;
    } catch (error) {
      await client.query("ROLLBACK").catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  }

  async open(): Promise<{ firstStart: boolean }> {
    return this.#transaction(async (c) => {
      // Instances starting together must not race each other creating the tables.
      await c.query("SELECT pg_advisory_xact_lock(hashtext($1))", [
        `forkline-schema:${this.#schema}`,
      ]);
      await c.query(postgresSchemaSql(this.#schema));
      const inserted = await c.query(
        `INSERT INTO ${this.#s}.settings (key, value) VALUES ('first_started_at', $1)
         ON CONFLICT (key) DO NOTHING RETURNING key`,
        [new Date().toISOString()],
      );
      return { firstStart: inserted.rowCount === 1 };
    });
  }

  async close(): Promise<void> {
    await this.#pool.end();
  }

  async createScenario(
    scenario: NewScenario,
    initial: { scenario: Uint8Array; comments?: Uint8Array },
  ): Promise<ScenarioRecord> {
    const row = await this.#transaction(async (c) => {
      const now = new Date();
      const inserted = await c.query<ScenarioRow>(
        `INSERT INTO ${this.#s}.scenarios
           (id, title, summary, tags, node_count, template, search, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) RETURNING *`,
        [
          scenario.id,
          scenario.title,
          scenario.summary,
          JSON.stringify(scenario.tags),
          scenario.nodeCount,
          scenario.template,
          scenarioSearchText(scenario),
          now,
        ],
      );
      await c.query(
        `INSERT INTO ${this.#s}.documents (scenario_id, kind, snapshot)
         VALUES ($1, 'scenario', $2), ($1, 'comments', $3)`,
        [scenario.id, buffer(initial.scenario), initial.comments ? buffer(initial.comments) : null],
      );
      return inserted.rows[0] as ScenarioRow;
    });
    return toRecord(row);
  }

  async getScenario(id: string): Promise<ScenarioRecord | null> {
    const res = await this.#pool.query<ScenarioRow>(
      `SELECT * FROM ${this.#s}.scenarios WHERE id = $1`,
      [id],
    );
    return res.rows[0] ? toRecord(res.rows[0]) : null;
  }

  async listScenarios(
    query: ScenarioQuery,
  ): Promise<{ scenarios: ScenarioRecord[]; total: number }> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (query.deleted === "exclude") where.push("deleted_at IS NULL");
    if (query.deleted === "only") where.push("deleted_at IS NOT NULL");
    if (query.q) {
      params.push(query.q.toLocaleLowerCase("en"));
      where.push(`position($${params.length} in search) > 0`);
    }
    const clause = where.length ? `WHERE ${where.join(" AND ")}` : "";
    const order = query.order === "asc" ? "ASC" : "DESC";
    const rows = await this.#pool.query<ScenarioRow>(
      `SELECT * FROM ${this.#s}.scenarios ${clause}
       ORDER BY ${SORT_COLUMN[query.sort]} ${order}, id ${order}
       LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, query.limit, query.offset],
    );
    const count = await this.#pool.query<{ n: string }>(
      `SELECT count(*) AS n FROM ${this.#s}.scenarios ${clause}`,
      params,
    );
    return { scenarios: rows.rows.map(toRecord), total: Number(count.rows[0]?.n ?? 0) };
  }

  async updateListing(
    id: string,
    listing: Partial<ScenarioListing>,
    updatedAt: Date,
  ): Promise<ScenarioRecord | null> {
    const current = await this.getScenario(id);
    if (!current) return null;
    const next = { ...current, ...listing };
    const res = await this.#pool.query<ScenarioRow>(
      `UPDATE ${this.#s}.scenarios SET title = $2, summary = $3, tags = $4, node_count = $5,
         search = $6, updated_at = greatest(updated_at, $7) WHERE id = $1 RETURNING *`,
      [
        id,
        next.title,
        next.summary,
        JSON.stringify(next.tags),
        next.nodeCount,
        scenarioSearchText(next),
        updatedAt,
      ],
    );
    return res.rows[0] ? toRecord(res.rows[0]) : null;
  }

  async setDeleted(id: string, deletedAt: Date | null): Promise<ScenarioRecord | null> {
    const res = await this.#pool.query<ScenarioRow>(
      `UPDATE ${this.#s}.scenarios SET deleted_at = $2 WHERE id = $1 RETURNING *`,
      [id, deletedAt],
    );
    return res.rows[0] ? toRecord(res.rows[0]) : null;
  }

  async loadDocument(ref: DocumentRef): Promise<StoredDocument | null> {
    return this.#transaction(async (c) => {
      const doc = await c.query<{ snapshot: Buffer | null; snapshot_seq: string }>(
        `SELECT snapshot, snapshot_seq FROM ${this.#s}.documents WHERE scenario_id = $1 AND kind = $2`,
        [ref.scenarioId, ref.kind],
      );
      const row = doc.rows[0];
      if (!row) return null;
      const snapshotSeq = Number(row.snapshot_seq);
      return {
        snapshot: row.snapshot ? bytes(row.snapshot) : null,
        snapshotSeq,
        updates: await this.#updatesAfter(c, ref, snapshotSeq),
      };
    }, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
  }

  async loadUpdatesSince(ref: DocumentRef, afterSeq: number): Promise<StoredUpdate[]> {
    return this.#updatesAfter(this.#pool, ref, afterSeq);
  }

  async #updatesAfter(
    c: pg.Pool | pg.PoolClient,
    ref: DocumentRef,
    afterSeq: number,
  ): Promise<StoredUpdate[]> {
    const res = await c.query<{ seq: string; data: Buffer }>(
      `SELECT seq, data FROM ${this.#s}.updates
       WHERE scenario_id = $1 AND kind = $2 AND seq > $3 ORDER BY seq`,
      [ref.scenarioId, ref.kind, afterSeq],
    );
    return res.rows.map((r) => ({ seq: Number(r.seq), data: bytes(r.data) }));
  }

  async appendUpdates(ref: DocumentRef, updates: readonly Uint8Array[]): Promise<number> {
    if (updates.length === 0) throw new Error("nothing to append");
    return this.#transaction(async (c) => {
      const res = await c.query<{ last_seq: string }>(
        `UPDATE ${this.#s}.documents SET last_seq = last_seq + $3
         WHERE scenario_id = $1 AND kind = $2 RETURNING last_seq`,
        [ref.scenarioId, ref.kind, updates.length],
      );
      const row = res.rows[0];
      if (!row) throw new UnknownDocumentError(ref);
      const last = Number(row.last_seq);
      const seqs = updates.map((_, i) => last - updates.length + 1 + i);
      await c.query(
        `INSERT INTO ${this.#s}.updates (scenario_id, kind, seq, data)
         SELECT $1, $2, s, d FROM unnest($3::bigint[], $4::bytea[]) AS t(s, d)`,
        [ref.scenarioId, ref.kind, seqs, updates.map(buffer)],
      );
      return last;
    });
  }

  async compact(ref: DocumentRef, state: Uint8Array, throughSeq: number): Promise<void> {
    await this.#transaction(async (c) => {
      // An instance that is behind must not replace a newer snapshot with an older one.
      const res = await c.query(
        `UPDATE ${this.#s}.documents SET snapshot = $3, snapshot_seq = $4
         WHERE scenario_id = $1 AND kind = $2 AND snapshot_seq < $4 AND last_seq >= $4`,
        [ref.scenarioId, ref.kind, buffer(state), throughSeq],
      );
      if (res.rowCount !== 1) return;
      await c.query(
        `DELETE FROM ${this.#s}.updates WHERE scenario_id = $1 AND kind = $2 AND seq <= $3`,
        [ref.scenarioId, ref.kind, throughSeq],
      );
    });
  }

  async putAsset(asset: NewAsset): Promise<void> {
    // Uploaded again: someone means to use it, so a sweep must not take it.
    await this.#pool.query(
      `WITH unmarked AS (DELETE FROM ${this.#s}.asset_orphans WHERE id = $1)
       INSERT INTO ${this.#s}.assets (id, mime_type, bytes, data, created_at)
       VALUES ($1, $2, $3, $4, now()) ON CONFLICT (id) DO NOTHING`,
      [asset.id, asset.mimeType, asset.bytes, buffer(asset.data)],
    );
  }

  async getAsset(id: string): Promise<StoredAsset | null> {
    const res = await this.#pool.query<{ mime_type: string; data: Buffer }>(
      `SELECT mime_type, data FROM ${this.#s}.assets WHERE id = $1`,
      [id],
    );
    const row = res.rows[0];
    return row ? { mimeType: row.mime_type, data: bytes(row.data) } : null;
  }
}
