import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { type CollabClient, connectClient, waitFor } from "./support/collab-client";
import { type InProcessServer, startInProcess } from "./support/in-process-server";
import { openRawSocket } from "./support/raw-socket";
import { seedScenario } from "./support/seed-scenario";

let s: InProcessServer;
const clients: CollabClient[] = [];
const client = (room: string, doc?: Y.Doc) => {
  const c = connectClient(s.wsUrl, room, { doc });
  clients.push(c);
  return c;
};

beforeAll(async () => {
  s = await startInProcess();
});
afterAll(async () => {
  for (const c of clients) c.destroy();
  await s.close();
});

describe("sync with the stock y-websocket provider", () => {
  it("two providers editing the same text at once converge", async () => {
    const id = await seedScenario(s.server);
    const a = client(id);
    const b = client(id);
    await Promise.all([a.synced, b.synced]);
    const ta = a.doc.getText("line");
    const tb = b.doc.getText("line");
    for (let i = 0; i < 40; i++) {
      ta.insert(ta.length, "a");
      tb.insert(0, "b");
    }
    await waitFor(() => ta.toString() === tb.toString() && ta.length === 80, "convergence");
    expect(ta.toString().replaceAll("a", "").length).toBe(40);
  });

  it("a late joiner receives the whole document, stored before anyone left", async () => {
    const id = await seedScenario(s.server);
    const a = client(id);
    await a.synced;
    const map = a.doc.getMap("nodes");
    for (let i = 0; i < 25; i++) map.set(`n${i}`, { x: i });
    a.doc.getText("t").insert(0, "hello");
    const expected = Y.encodeStateVector(a.doc);
    const room = s.server.rooms.peek({ scenarioId: id, kind: "scenario" });
    await waitFor(
      () => room !== undefined && Y.encodeStateVector(room.doc).toString() === expected.toString(),
      "the server to hold every update",
    );
    a.provider.disconnect();
    const late = client(id);
    await late.synced;
    expect(late.doc.getMap("nodes").size).toBe(25);
    expect(late.doc.getText("t").toString()).toBe("hello");
  });

  it("a client's offline edits reach the server and others on reconnect", async () => {
    const id = await seedScenario(s.server);
    const a = client(id);
    const b = client(id);
    await Promise.all([a.synced, b.synced]);
    a.provider.disconnect();
    a.doc.getMap("m").set("offline", true);
    b.doc.getMap("m").set("online", true);
    a.provider.connect();
    await waitFor(
      () => b.doc.getMap("m").get("offline") === true && a.doc.getMap("m").get("online") === true,
      "offline edits to merge",
    );
  });

  it("rooms are separate: an edit in one scenario does not reach another", async () => {
    const one = await seedScenario(s.server);
    const two = await seedScenario(s.server);
    const a = client(one);
    const b = client(two);
    const c = client(one);
    await Promise.all([a.synced, b.synced, c.synced]);
    a.doc.getMap("m").set("k", 1);
    await waitFor(() => c.doc.getMap("m").get("k") === 1, "same-room delivery");
    expect(b.doc.getMap("m").has("k")).toBe(false);
  });
});

/** The first sync step 2 a bare socket receives after asking with an empty state vector. */
async function fullSyncAnswer(room: string, query: string): Promise<Uint8Array> {
  const { ws, received } = await openRawSocket(s.wsUrl, `${room}${query}`);
  const ask = encoding.createEncoder();
  encoding.writeVarUint(ask, 0);
  encoding.writeVarUint(ask, 0);
  encoding.writeVarUint8Array(ask, new Uint8Array([0]));
  ws.send(encoding.toUint8Array(ask));
  let answer: Uint8Array | null = null;
  await waitFor(() => {
    for (const frame of received) {
      const d = decoding.createDecoder(frame);
      if (decoding.readVarUint(d) === 0 && decoding.readVarUint(d) === 1) {
        answer = decoding.readVarUint8Array(d);
        return true;
      }
    }
    return false;
  }, "a sync step 2");
  ws.close();
  return answer!;
}

describe("sync answers in the v2 encoding", () => {
  it("answers ?sync=v2 in v2 and everyone else in v1, with the same document", async () => {
    const id = await seedScenario(s.server);
    const a = client(id);
    await a.synced;
    a.doc.getMap("nodes").set("n1", { label: "one" });
    a.doc.getText("t").insert(0, "hello");
    const room = s.server.rooms.peek({ scenarioId: id, kind: "scenario" });
    const expected = Y.encodeStateVector(a.doc).toString();
    await waitFor(
      () => room !== undefined && Y.encodeStateVector(room.doc).toString() === expected,
      "the server to hold the edits",
    );
    const v2 = await fullSyncAnswer(id, "?sync=v2");
    const v1 = await fullSyncAnswer(id, "");
    const fromV2 = new Y.Doc();
    Y.applyUpdateV2(fromV2, v2);
    const fromV1 = new Y.Doc();
    Y.applyUpdate(fromV1, v1);
    for (const doc of [fromV1, fromV2]) {
      expect(doc.getMap("nodes").get("n1")).toEqual({ label: "one" });
      expect(doc.getText("t").toString()).toBe("hello");
    }
    // Each really is in its own encoding: read the other way, neither gives the document.
    const crossed = new Y.Doc();
    try {
      Y.applyUpdate(crossed, v2);
    } catch {
      // A v2 update may not even decode as v1.
    }
    expect(crossed.getText("t").toString()).not.toBe("hello");
  });

  it("answers ?sync=v2-parts with the whole document in v2 parts, then a v2 step 2 with the rest", async () => {
    const id = await seedScenario(s.server);
    const a = client(id);
    await a.synced;
    // Thousands of separate structs: one map entry each.
    a.doc.transact(() => {
      for (let i = 0; i < 6000; i++) a.doc.getMap("many").set(`k${i}`, i);
    });
    a.doc.getText("t").insert(0, "hello");
    a.doc.getMap("many").delete("k5");
    const room = s.server.rooms.peek({ scenarioId: id, kind: "scenario" });
    const expected = Y.encodeStateVector(a.doc).toString();
    await waitFor(
      () => room !== undefined && Y.encodeStateVector(room.doc).toString() === expected,
      "the server to hold the edits",
    );
    const { ws, received } = await openRawSocket(s.wsUrl, `${id}?sync=v2-parts`);
    const ask = encoding.createEncoder();
    encoding.writeVarUint(ask, 0);
    encoding.writeVarUint(ask, 0);
    encoding.writeVarUint8Array(ask, new Uint8Array([0]));
    ws.send(encoding.toUint8Array(ask));
    const copy = new Y.Doc();
    let parts = 0;
    let done = false;
    await waitFor(() => {
      while (received.length > 0 && !done) {
        const d = decoding.createDecoder(received.shift()!);
        const message = decoding.readVarUint(d);
        if (message === 100) {
          Y.applyUpdateV2(copy, decoding.readVarUint8Array(d));
          parts++;
        } else if (message === 0 && decoding.readVarUint(d) === 1) {
          Y.applyUpdateV2(copy, decoding.readVarUint8Array(d));
          done = true;
        }
      }
      return done;
    }, "the last part");
    ws.close();
    expect(parts).toBeGreaterThanOrEqual(2);
    expect(copy.getMap("many").size).toBe(5999);
    expect(copy.getText("t").toString()).toBe("hello");
    expect(Y.encodeStateVector(copy)).toEqual(Y.encodeStateVector(room!.doc));
  });
});
