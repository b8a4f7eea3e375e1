import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import type { DocumentStore } from "../../server";
import { assetIdOf, PostgresDocumentStore, SqliteDocumentStore } from "../../server";
import { DATABASE_URL, dropSchema, testSchemaName } from "./support/postgres";

const update = (key: string) => {
  const doc = new Y.Doc();
  doc.getMap("m").set(key, key);
  return Y.encodeStateAsUpdate(doc);
};
const listing = { summary: "", tags: [] as string[], nodeCount: 0, template: null };

const assetOf = (data: Uint8Array, mimeType: string) => ({
  id: assetIdOf(data),
  mimeType,
  bytes: data.length,
  data,
});

interface StoreLocation {
  create(): DocumentStore;
  /** Runs SQL straight on the location's database, as an older build or an operator would. */
  exec(sql: string): Promise<void>;
  cleanup(): Promise<void>;
}

/** Each entry makes stores on one fresh location (a temp dir, a schema of its own). */
const stores: { name: string; make(): StoreLocation }[] = [
  {
    name: "SQLite",
    make() {
      const dir = mkdtempSync(join(tmpdir(), "forkline-store-"));
      return {
        create: () => new SqliteDocumentStore(dir),
        async exec(sql) {
          const db = new Database(join(dir, "forkline.sqlite"));
          try {
            db.exec(sql);
          } finally {
            db.close();
          }
        },
        cleanup: async () => rmSync(dir, { recursive: true, force: true }),
      };
    },
  },
  {
    name: "PostgreSQL",
    make() {
      const schema = testSchemaName();
      return {
        create: () => new PostgresDocumentStore(DATABASE_URL, schema),
        async exec(sql) {
          const client = new pg.Client({ connectionString: DATABASE_URL });
          await client.connect();
          try {
            await client.query(`SET search_path TO "${schema}"`);
            await client.query(sql);
          } finally {
            await client.end();
          }
        },
        cleanup: () => dropSchema(schema),
      };
    },
  },
];

describe.each(stores)("DocumentStore contract: $name", ({ make }) => {
  const location = make();
  let store: DocumentStore;
  const ref = (scenarioId: string) => ({ scenarioId, kind: "scenario" as const });

  beforeAll(async () => {
    const first = location.create();
    expect((await first.open()).firstStart).toBe(true);
    await first.close();
    store = location.create();
    expect((await store.open()).firstStart).toBe(false);
  });
  afterAll(async () => {
    await store.close();
    await location.cleanup();
  });

  it("creates scenarios with their documents and lists them", async () => {
    const a = await store.createScenario(
      { id: "s-a", title: "Alpha café", ...listing },
      { scenario: update("a0") },
    );
    expect(a).toMatchObject({ id: "s-a", title: "Alpha café", deletedAt: null });
    await store.createScenario(
      { id: "s-b", title: "beta", ...listing, tags: ["Refund"] },
      { scenario: update("b0") },
    );
    const all = await store.listScenarios({
      sort: "title",
      order: "asc",
      deleted: "exclude",
      limit: 10,
      offset: 0,
    });
    expect(all.scenarios.map((s) => s.id)).toEqual(["s-a", "s-b"]);
    const q = await store.listScenarios({
      q: "REFUND",
      sort: "updated",
      order: "desc",
      deleted: "exclude",
      limit: 10,
      offset: 0,
    });
    expect(q.scenarios.map((s) => s.id)).toEqual(["s-b"]);
    await expect(
      store.createScenario({ id: "s-a", title: "dup", ...listing }, { scenario: update("x") }),
    ).rejects.toThrow();
  });

  it("appends with contiguous sequence numbers and loads snapshot plus log", async () => {
    expect(await store.appendUpdates(ref("s-a"), [update("a1"), update("a2")])).toBe(2);
    expect(await store.appendUpdates(ref("s-a"), [update("a3")])).toBe(3);
    const loaded = await store.loadDocument(ref("s-a"));
    expect(loaded?.snapshotSeq).toBe(0);
    expect(loaded?.updates.map((u) => u.seq)).toEqual([1, 2, 3]);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, loaded?.snapshot as Uint8Array);
    for (const u of loaded?.updates ?? []) Y.applyUpdate(doc, u.data);
    expect([...doc.getMap("m").keys()].sort()).toEqual(["a0", "a1", "a2", "a3"]);
    expect((await store.loadUpdatesSince(ref("s-a"), 2)).map((u) => u.seq)).toEqual([3]);
    await expect(store.appendUpdates(ref("nope"), [update("x")])).rejects.toThrow();
    expect(await store.loadDocument(ref("nope"))).toBeNull();
  });

  it("compacts in one step, and never over a newer snapshot", async () => {
    const doc = new Y.Doc();
    const loaded = await store.loadDocument(ref("s-a"));
    Y.applyUpdate(doc, loaded?.snapshot as Uint8Array);
    for (const u of loaded?.updates ?? []) Y.applyUpdate(doc, u.data);
    await store.compact(ref("s-a"), Y.encodeStateAsUpdate(doc), 3);
    const after = await store.loadDocument(ref("s-a"));
    expect(after?.snapshotSeq).toBe(3);
    expect(after?.updates).toEqual([]);
    // An instance that is behind tries to compact through 2 with less content: ignored.
    await store.compact(ref("s-a"), update("stale"), 2);
    const still = await store.loadDocument(ref("s-a"));
    expect(still?.snapshotSeq).toBe(3);
    const check = new Y.Doc();
    Y.applyUpdate(check, still?.snapshot as Uint8Array);
    expect(check.getMap("m").has("a3")).toBe(true);
    expect(await store.appendUpdates(ref("s-a"), [update("a4")])).toBe(4);
  });

  it("keeps the comments document apart", async () => {
    const comments = { scenarioId: "s-b", kind: "comments" as const };
    expect(await store.appendUpdates(comments, [update("c1")])).toBe(1);
    expect((await store.loadDocument(comments))?.snapshot).toBeNull();
    expect((await store.loadDocument(ref("s-b")))?.updates).toEqual([]);
  });

  it("takes other writes while appends are in flight, and numbers every append", async () => {
    const appends = Array.from({ length: 40 }, (_, i) =>
      store.appendUpdates(ref("s-a"), [update(`busy${i}`)]),
    );
    const created = await Promise.all(
      ["s-c", "s-d", "s-e"].map((id) =>
        store.createScenario({ id, title: id, ...listing }, { scenario: update("c0") }),
      ),
    );
    const seqs = (await Promise.all(appends)).sort((a, b) => a - b);
    expect(created.map((c) => c.id)).toEqual(["s-c", "s-d", "s-e"]);
    expect(seqs).toEqual(seqs.map((_, i) => (seqs[0] as number) + i));
    const loaded = await store.loadDocument(ref("s-a"));
    expect(loaded?.updates.slice(-seqs.length).map((u) => u.seq)).toEqual(seqs);
  });

  it("soft-deletes, restores and refreshes the listing", async () => {
    const deleted = await store.setDeleted("s-b", new Date());
    expect(deleted?.deletedAt).toBeInstanceOf(Date);
    const only = await store.listScenarios({
      sort: "updated",
      order: "desc",
      deleted: "only",
      limit: 10,
      offset: 0,
    });
    expect(only.scenarios.map((s) => s.id)).toEqual(["s-b"]);
    expect((await store.setDeleted("s-b", null))?.deletedAt).toBeNull();
    const later = new Date(Date.now() + 60_000);
    const renamed = await store.updateListing("s-b", { title: "Gamma", nodeCount: 7 }, later);
    expect(renamed).toMatchObject({ title: "Gamma", nodeCount: 7, tags: ["Refund"] });
    expect(renamed?.updatedAt.getTime()).toBe(later.getTime());
    // The updated time never moves backwards.
    const older = await store.updateListing("s-b", { title: "Gamma 2" }, new Date(0));
    expect(older?.updatedAt.getTime()).toBe(later.getTime());
    expect(await store.updateListing("nope", { title: "x" }, new Date())).toBeNull();
  });

  it("stores an asset once by id and reads back the exact bytes, from any connection", async () => {
    const data = Uint8Array.from({ length: 70_000 }, (_, i) => (i * 7 + (i >> 8)) % 256);
    const asset = assetOf(data, "audio/ogg");
    expect(await store.getAsset(asset.id)).toBeNull();
    await store.putAsset(asset);
    // Same id again (another upload of the same file): the first copy stays as it was.
    await store.putAsset({ ...asset, mimeType: "video/ogg" });
    const other = location.create();
    await other.open();
    try {
      const read = await other.getAsset(asset.id);
      expect(read?.mimeType).toBe("audio/ogg");
      expect(Buffer.from(read?.data ?? []).equals(Buffer.from(data))).toBe(true);
    } finally {
      await other.close();
    }
    expect(await store.getAsset(`sha256-${"0".repeat(64)}`)).toBeNull();
  });

  it("marks unused files, deletes only those still marked past the cut-off, and unmarks on upload", async () => {
    const files = [1, 2, 3].map((n) => assetOf(Uint8Array.from([n, n, n]), "image/png"));
    for (const f of files) await store.putAsset(f);
    const [a, b, c] = files.map((f) => f.id) as [string, string, string];
    const listed = await store.assetSweep.listAssets();
    expect(listed.filter((l) => [a, b, c].includes(l.id)).map((l) => l.bytes)).toEqual([3, 3, 3]);
    await store.assetSweep.markAssetOrphans([a, b, c], new Date(1_000));
    // A second mark keeps the first date.
    await store.assetSweep.markAssetOrphans([a], new Date(9_000));
    expect((await store.assetSweep.assetOrphanMarks()).get(a)).toEqual(new Date(1_000));
    await store.assetSweep.clearAssetOrphanMarks([b]);
    // Uploaded again: the mark goes.
    await store.putAsset(files[2] as (typeof files)[number]);
    const marks = await store.assetSweep.assetOrphanMarks();
    expect([a, b, c].filter((id) => marks.has(id))).toEqual([a]);
    // Only a file still marked from before the cut-off goes.
    expect(await store.assetSweep.deleteOrphanAssets([a, b, c], new Date(500))).toEqual([]);
    expect(await store.assetSweep.deleteOrphanAssets([a, b, c], new Date(2_000))).toEqual([a]);
    expect(await store.getAsset(a)).toBeNull();
    expect(await store.getAsset(b)).not.toBeNull();
    expect(await store.getAsset(c)).not.toBeNull();
    expect((await store.assetSweep.assetOrphanMarks()).has(a)).toBe(false);
  });

  it("keeps export jobs with their package, updates them in place and expires finished ones", async () => {
    const job = (id: string, finishedAt: Date | null) => ({
      id,
      scenarioId: "s-a",
      format: "json",
      userId: "u-1",
      status: finishedAt ? ("done" as const) : ("running" as const),
      progress: finishedAt ? 1 : 0.5,
      message: finishedAt ? "ready to download" : "writing",
      diagnostics: [
        { code: "W1", severity: "warning" as const, message: "long path", nodeId: "n1" },
      ],
      error: null,
      createdAt: new Date(1_000_000),
      finishedAt,
      output: finishedAt
        ? { fileName: `${id}.json`, mimeType: "application/json", bytes: 3 }
        : null,
    });
    expect(await store.exportJobs.getExportJob("j-none")).toBeNull();
    await store.exportJobs.saveExportJob(job("j-1", null));
    expect(await store.exportJobs.getExportJob("j-1")).toEqual(job("j-1", null));
    expect(await store.exportJobs.getExportOutput("j-1")).toBeNull();
    await store.exportJobs.saveExportJob(
      job("j-1", new Date(2_000_000)),
      Uint8Array.from([7, 8, 9]),
    );
    expect(await store.exportJobs.getExportJob("j-1")).toEqual(job("j-1", new Date(2_000_000)));
    expect(Array.from((await store.exportJobs.getExportOutput("j-1")) ?? [])).toEqual([7, 8, 9]);
    // A later write without bytes (a status refresh) keeps the package.
    await store.exportJobs.saveExportJob({ ...job("j-1", new Date(2_000_000)), message: "again" });
    expect(Array.from((await store.exportJobs.getExportOutput("j-1")) ?? [])).toEqual([7, 8, 9]);

    await store.exportJobs.saveExportJob(job("j-2", new Date(3_000_000)), Uint8Array.from([1]));
    await store.exportJobs.saveExportJob(job("j-3", new Date(4_000_000)), Uint8Array.from([2]));
    await store.exportJobs.saveExportJob(job("j-running", null));
    // Older than the cut-off: j-1; beyond the newest two finished: j-1 as well.
    await store.exportJobs.deleteFinishedExportJobs(new Date(2_500_000), 2);
    expect(await store.exportJobs.getExportJob("j-1")).toBeNull();
    expect((await store.exportJobs.getExportJob("j-2"))?.id).toBe("j-2");
    await store.exportJobs.deleteFinishedExportJobs(new Date(0), 1);
    expect(await store.exportJobs.getExportJob("j-2")).toBeNull();
    expect((await store.exportJobs.getExportJob("j-3"))?.status).toBe("done");
    expect((await store.exportJobs.getExportJob("j-running"))?.status).toBe("running");
  });

  it("adds the assets table to a database made before it existed, keeping the rest", async () => {
    await store.close();
    await location.exec("DROP TABLE assets");
    store = location.create();
    expect((await store.open()).firstStart).toBe(false);
    expect((await store.getScenario("s-a"))?.id).toBe("s-a");
    const asset = assetOf(Uint8Array.from([1, 2, 3]), "image/png");
    await store.putAsset(asset);
    expect(Array.from((await store.getAsset(asset.id))?.data ?? [])).toEqual([1, 2, 3]);
  });
});
