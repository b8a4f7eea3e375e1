import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { SqliteDocumentStore } from "../../server";

/** The tables a version 1 data file had, as that build wrote them. */
const VERSION_1_SCHEMA = `
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE scenarios (
  id TEXT PRIMARY KEY, title TEXT NOT NULL, summary TEXT NOT NULL DEFAULT '',
  tags TEXT NOT NULL DEFAULT '[]', node_count INTEGER NOT NULL DEFAULT 0, template TEXT,
  search TEXT NOT NULL DEFAULT '', created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
  deleted_at INTEGER
);
CREATE TABLE documents (
  scenario_id TEXT NOT NULL REFERENCES scenarios(id),
  kind TEXT NOT NULL CHECK (kind IN ('scenario', 'comments')),
  snapshot BLOB, snapshot_seq INTEGER NOT NULL DEFAULT 0, last_seq INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (scenario_id, kind)
) WITHOUT ROWID;
CREATE TABLE updates (
  scenario_id TEXT NOT NULL, kind TEXT NOT NULL, seq INTEGER NOT NULL, data BLOB NOT NULL,
  PRIMARY KEY (scenario_id, kind, seq)
) WITHOUT ROWID;
PRAGMA user_version = 1;
`;

const updateSetting = (key: string) => {
  const doc = new Y.Doc();
  doc.getMap("m").set(key, key);
  return Y.encodeStateAsUpdate(doc);
};

function keysOf(loaded: { snapshot: Uint8Array | null; updates: { data: Uint8Array }[] }) {
  const doc = new Y.Doc();
  if (loaded.snapshot) Y.applyUpdate(doc, loaded.snapshot);
  for (const u of loaded.updates) Y.applyUpdate(doc, u.data);
  return [...doc.getMap("m").keys()].sort();
}

describe("SQLite store schema migrations", () => {
  let dir = "";
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("moves version 1 snapshots into their own table and keeps the log and sequence", async () => {
    dir = mkdtempSync(join(tmpdir(), "forkline-migrate-"));
    const file = join(dir, "forkline.sqlite");
    const old = new Database(file);
    old.exec(VERSION_1_SCHEMA);
    old
      .prepare("INSERT INTO settings (key, value) VALUES ('first_started_at', '2026-01-01')")
      .run();
    old
      .prepare(
        "INSERT INTO scenarios (id, title, created_at, updated_at) VALUES ('s-1', 'Old one', 1, 1)",
      )
      .run();
    old
      .prepare(
        "INSERT INTO documents (scenario_id, kind, snapshot, snapshot_seq, last_seq) VALUES ('s-1', 'scenario', ?, 2, 3)",
      )
      .run(updateSetting("from-snapshot"));
    old.prepare("INSERT INTO documents (scenario_id, kind) VALUES ('s-1', 'comments')").run();
    old
      .prepare(
        "INSERT INTO updates (scenario_id, kind, seq, data) VALUES ('s-1', 'scenario', 3, ?)",
      )
      .run(updateSetting("from-log"));
    old.close();

    const store = new SqliteDocumentStore(dir);
    expect((await store.open()).firstStart).toBe(false);
    const ref = { scenarioId: "s-1", kind: "scenario" as const };
    const loaded = await store.loadDocument(ref);
    expect(loaded?.snapshotSeq).toBe(2);
    expect(loaded && keysOf(loaded)).toEqual(["from-log", "from-snapshot"]);
    expect(
      (await store.loadDocument({ scenarioId: "s-1", kind: "comments" }))?.snapshot,
    ).toBeNull();
    expect(await store.appendUpdates(ref, [updateSetting("after")])).toBe(4);
    await store.compact(ref, updateSetting("compacted"), 4);
    const compacted = await store.loadDocument(ref);
    expect(compacted && keysOf(compacted)).toEqual(["compacted"]);
    await store.close();

    const check = new Database(file, { readonly: true });
    try {
      expect(check.pragma("user_version", { simple: true })).toBe(2);
      const columns = check.prepare("SELECT name FROM pragma_table_info('documents')").all();
      expect(columns.map((c) => (c as { name: string }).name)).not.toContain("snapshot");
    } finally {
      check.close();
    }
  });

  it("refuses a data file from a newer build and leaves it untouched", async () => {
    dir = mkdtempSync(join(tmpdir(), "forkline-migrate-"));
    const file = join(dir, "forkline.sqlite");
    const newer = new Database(file);
    newer.exec("CREATE TABLE future (x INTEGER); PRAGMA user_version = 99;");
    newer.close();
    await expect(new SqliteDocumentStore(dir).open()).rejects.toThrow(/newer Forkline/);
    const check = new Database(file, { readonly: true });
    try {
      expect(check.pragma("user_version", { simple: true })).toBe(99);
      expect(check.prepare("SELECT name FROM sqlite_master WHERE name = 'scenarios'").get()).toBe(
        undefined,
      );
    } finally {
      check.close();
    }
  });
});
