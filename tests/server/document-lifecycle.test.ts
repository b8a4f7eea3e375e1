import { afterEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import type { DocumentRef, DocumentStore, StoredDocument } from "../../server";
import { type CollabClient, connectClient, waitFor } from "./support/collab-client";
import { type InProcessServer, startInProcess } from "./support/in-process-server";
import { seedScenario } from "./support/seed-scenario";

let s: InProcessServer | null = null;
const clients: CollabClient[] = [];
const client = (room: string) => {
  const c = connectClient((s as InProcessServer).wsUrl, room);
  clients.push(c);
  return c;
};

afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  await s?.close();
  s = null;
});

const ref = (scenarioId: string): DocumentRef => ({ scenarioId, kind: "scenario" });

/** Delegates to the real store, with hooks around loading. */
function wrap(
  store: DocumentStore,
  load: (
    ref: DocumentRef,
    real: () => Promise<StoredDocument | null>,
  ) => Promise<StoredDocument | null>,
): DocumentStore {
  return new Proxy(store, {
    get(target, key, receiver) {
      if (key === "loadDocument") return (r: DocumentRef) => load(r, () => target.loadDocument(r));
      const value = Reflect.get(target, key, receiver);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

describe("idle documents", () => {
  it("are compacted and unloaded when nobody is connected, and load again intact", async () => {
    s = await startInProcess({ env: { FORKLINE_IDLE_MS: "100", FORKLINE_UNLOAD_AFTER_MS: "300" } });
    const id = await seedScenario(s.server);
    const a = client(id);
    await a.synced;
    for (let i = 0; i < 30; i++) a.doc.getMap("m").set(`k${i}`, i);
    a.doc.getText("t").insert(0, "kept");
    await waitFor(() => s?.server.rooms.peek(ref(id))?.doc.getMap("m").size === 30, "the edits");
    expect((await s.server.store.loadUpdatesSince(ref(id), 0)).length).toBeGreaterThan(0);
    a.provider.disconnect();
    await waitFor(() => s?.server.rooms.peek(ref(id)) === undefined, "the room to unload", 10_000);
    const stored = await s.server.store.loadDocument(ref(id));
    expect(stored?.updates).toEqual([]);
    expect(stored?.snapshotSeq).toBeGreaterThan(0);
    const b = client(id);
    await b.synced;
    expect(b.doc.getMap("m").size).toBe(30);
    expect(b.doc.getText("t").toString()).toBe("kept");
  });

  it("stay loaded while someone is connected, even when idle", async () => {
    s = await startInProcess({ env: { FORKLINE_IDLE_MS: "50", FORKLINE_UNLOAD_AFTER_MS: "100" } });
    const id = await seedScenario(s.server);
    const a = client(id);
    await a.synced;
    a.doc.getMap("m").set("x", 1);
    await new Promise((r) => setTimeout(r, 600));
    expect(s.server.rooms.peek(ref(id))).toBeDefined();
    expect(a.closes).toEqual([]);
    // Idle maintenance still ran: the log was folded into the snapshot.
    expect((await s.server.store.loadDocument(ref(id)))?.updates).toEqual([]);
  });

  it("refresh the listing from the live document when they go idle", async () => {
    s = await startInProcess({ env: { FORKLINE_IDLE_MS: "100" } });
    const created = await fetch(`${s.url}/api/scenarios`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ title: "Before" }),
    }).then((r) => r.json() as Promise<{ id: string }>);
    const createdAt = (await s.server.store.getScenario(created.id))?.updatedAt.getTime() ?? 0;
    const a = client(created.id);
    await a.synced;
    await new Promise((r) => setTimeout(r, 20));
    a.doc.getMap("meta").set("title", "Typed in the studio");
    const deadline = Date.now() + 10_000;
    let title = "Before";
    while (title !== "Typed in the studio" && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
      title = (await s.server.store.getScenario(created.id))?.title ?? "";
    }
    expect(title).toBe("Typed in the studio");
    const updated = (await s.server.store.getScenario(created.id))?.updatedAt.getTime() ?? 0;
    expect(updated).toBeGreaterThan(createdAt);
  });
});

describe("compaction", () => {
  it("folds the log after N updates and keeps every change", async () => {
    s = await startInProcess({ env: { FORKLINE_COMPACT_AFTER: "10", FORKLINE_IDLE_MS: "60000" } });
    const id = await seedScenario(s.server);
    const a = client(id);
    await a.synced;
    const text = a.doc.getText("t");
    for (let i = 0; i < 57; i++) {
      text.insert(text.length, String(i % 10));
      if (i % 7 === 0) text.delete(0, 1);
      await new Promise((r) => setTimeout(r, 3));
    }
    const expected = text.toString();
    await waitFor(
      () => s?.server.rooms.peek(ref(id))?.doc.getText("t").toString() === expected,
      "the server",
    );
    const stored = await s.server.store.loadDocument(ref(id));
    expect(stored?.snapshotSeq).toBeGreaterThanOrEqual(10);
    expect(stored?.updates.length).toBeLessThan(57);
    const replay = new Y.Doc();
    if (stored?.snapshot) Y.applyUpdate(replay, stored.snapshot);
    for (const u of stored?.updates ?? []) Y.applyUpdate(replay, u.data);
    expect(replay.getText("t").toString()).toBe(expected);
  });
});

describe("loading", () => {
  it("concurrent connections wait for one complete load before any sync answer", async () => {
    let loads = 0;
    s = await startInProcess({
      wrapStore: (store) =>
        wrap(store, async (r, real) => {
          if (r.kind === "scenario") loads++;
          await new Promise((done) => setTimeout(done, 400));
          return real();
        }),
    });
    const seed = new Y.Doc();
    for (let i = 0; i < 100; i++) seed.getMap("m").set(`k${i}`, i);
    const id = await seedScenario(s.server, seed);
    const many = [client(id), client(id), client(id)];
    // What each client holds the moment its first sync reply has been applied.
    const sizesAtSync = many.map(
      (c) =>
        new Promise<number>((resolve) =>
          c.provider.once("sync", () => resolve(c.doc.getMap("m").size)),
        ),
    );
    // One of them has a local edit it will push as soon as it is connected.
    (many[0] as CollabClient).doc.getMap("m").set("local", true);
    const sizes = await Promise.all(sizesAtSync);
    expect(loads).toBe(1);
    for (const size of sizes) expect(size).toBeGreaterThanOrEqual(100);
    await waitFor(
      () => many.every((c) => c.doc.getMap("m").get("local") === true),
      "the local edit",
    );
  });

  it("a failed load answers with 1011, writes nothing, and the retry gets the real data", async () => {
    let failures = 0;
    s = await startInProcess({
      // The failure below is logged as an error on purpose; keep the test output clean.
      env: { FORKLINE_LOG_LEVEL: "silent" },
      wrapStore: (store) =>
        wrap(store, async (r, real) => {
          if (r.kind === "scenario" && failures > 0) {
            failures--;
            throw new Error("disk hiccup");
          }
          return real();
        }),
    });
    const seed = new Y.Doc();
    seed.getText("t").insert(0, "precious");
    const id = await seedScenario(s.server, seed);
    const before = await s.server.store.loadDocument(ref(id));
    failures = 1;
    const a = client(id);
    await waitFor(() => a.closes.some((e) => e.code === 1011), "the 1011 close");
    await a.synced;
    expect(a.doc.getText("t").toString()).toBe("precious");
    const after = await s.server.store.loadDocument(ref(id));
    expect(after?.snapshot).toEqual(before?.snapshot);
    expect(after?.updates).toEqual([]);
  });
});

describe("warming", () => {
  it("starts loading a scenario's document when its editor page is asked for", async () => {
    s = await startInProcess({ env: { FORKLINE_UNLOAD_AFTER_MS: "300", FORKLINE_IDLE_MS: "100" } });
    const server = s.server;
    const id = await seedScenario(server);
    expect(server.rooms.peek(ref(id))).toBeUndefined();
    const page = await fetch(`${s.url}/s/${id}`);
    expect(page.status).toBe(200);
    await waitFor(() => server.rooms.peek(ref(id)) !== undefined, "the room to load");
    // Nobody connected: it leaves again like any idle room.
    await waitFor(() => server.rooms.peek(ref(id)) === undefined, "the room to unload", 10_000);
  });

  it("loads nothing for a deleted, unknown or malformed scenario, and still serves the page", async () => {
    s = await startInProcess();
    const server = s.server;
    const deleted = await seedScenario(server);
    await server.store.setDeleted(deleted, new Date());
    for (const path of [`/s/${deleted}`, "/s/t_nothere", "/s/%E0%A4%A", "/s/a%2Fb"]) {
      expect((await fetch(`${s.url}${path}`)).status).toBe(200);
    }
    // Give a warm-up that should not happen the time to happen.
    await new Promise((r) => setTimeout(r, 200));
    expect(server.rooms.peek(ref(deleted))).toBeUndefined();
    expect(server.rooms.peek(ref("t_nothere"))).toBeUndefined();
    expect(server.rooms.rooms).toEqual([]);
  });
});
