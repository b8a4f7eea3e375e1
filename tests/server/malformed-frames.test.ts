import * as encoding from "lib0/encoding";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { type CollabClient, connectClient, waitFor } from "./support/collab-client";
import { type InProcessServer, startInProcess } from "./support/in-process-server";
import { openRawSocket, updateFrame } from "./support/raw-socket";
import { seedScenario } from "./support/seed-scenario";

let s: InProcessServer;
let id: string;
let a: CollabClient;
let b: CollabClient;
let typed = 0;

beforeAll(async () => {
  s = await startInProcess({ env: { FORKLINE_MAX_MESSAGE_BYTES: "65536" } });
  id = await seedScenario(s.server);
  a = connectClient(s.wsUrl, id);
  b = connectClient(s.wsUrl, id);
  await Promise.all([a.synced, b.synced]);
});
afterAll(async () => {
  a.destroy();
  b.destroy();
  await s.close();
});

/** a keeps typing while the offender misbehaves; b must keep receiving, and neither may be dropped. */
async function whileEditing(misbehave: () => Promise<void>): Promise<void> {
  const text = a.doc.getText("t");
  let running = true;
  const typing = (async () => {
    while (running) {
      text.insert(text.length, "x");
      typed++;
      await new Promise((r) => setTimeout(r, 5));
    }
  })();
  await misbehave();
  running = false;
  await typing;
  await waitFor(() => b.doc.getText("t").length === typed, "b to have every keystroke");
  expect(a.closes).toEqual([]);
  expect(b.closes).toEqual([]);
  expect(a.provider.wsconnected && b.provider.wsconnected).toBe(true);
}

const syncFrame = (step: number, payload: Uint8Array) => {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 0);
  encoding.writeVarUint(e, step);
  encoding.writeVarUint8Array(e, payload);
  return encoding.toUint8Array(e);
};

describe("bad frames close only the connection that sent them", () => {
  it("random garbage closes with 1003 or 1007", async () => {
    await whileEditing(async () => {
      for (const garbage of [
        Uint8Array.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]),
        Uint8Array.from([7, 1, 2, 3]),
        Uint8Array.from([0, 9, 1, 0]),
        new Uint8Array(0),
        syncFrame(2, Uint8Array.from([200, 200, 200, 1, 2, 3, 4, 5])),
        syncFrame(0, Uint8Array.from([5, 1])),
      ]) {
        const raw = await openRawSocket(s.wsUrl, id);
        raw.ws.send(garbage);
        const closed = await raw.closed;
        expect([1003, 1007]).toContain(closed.code);
      }
    });
  });

  it("a truncated update closes with 1007 and is not stored", async () => {
    const good = updateFrame("truncated", "value that never arrives whole");
    const before = (await s.server.store.loadUpdatesSince({ scenarioId: id, kind: "scenario" }, 0))
      .length;
    await whileEditing(async () => {
      for (const cut of [good.length - 1, good.length - 5, 6]) {
        const raw = await openRawSocket(s.wsUrl, id);
        // Re-frame the cut payload so the outer length is consistent and only the update is short.
        raw.ws.send(syncFrame(2, good.slice(3, cut)));
        expect((await raw.closed).code).toBe(1007);
      }
    });
    const room = s.server.rooms.peek({ scenarioId: id, kind: "scenario" });
    expect(room?.doc.getMap("probe").has("truncated")).toBe(false);
    const stored = await s.server.store.loadUpdatesSince({ scenarioId: id, kind: "scenario" }, 0);
    for (const u of stored.slice(before)) expect(() => Y.decodeUpdate(u.data)).not.toThrow();
  });

  it("an oversized frame closes with 1009", async () => {
    await whileEditing(async () => {
      const raw = await openRawSocket(s.wsUrl, id);
      raw.ws.send(new Uint8Array(100_000));
      expect((await raw.closed).code).toBe(1009);
    });
  });

  it("a text frame closes with 1003; a malformed awareness update with 1007", async () => {
    await whileEditing(async () => {
      const text = await openRawSocket(s.wsUrl, id);
      text.ws.send("hello");
      expect((await text.closed).code).toBe(1003);
      const awareness = await openRawSocket(s.wsUrl, id);
      const e = encoding.createEncoder();
      encoding.writeVarUint(e, 1);
      const inner = encoding.createEncoder();
      encoding.writeVarUint(inner, 1);
      encoding.writeVarUint(inner, 42);
      encoding.writeVarUint(inner, 1);
      encoding.writeVarString(inner, "{not json");
      encoding.writeVarUint8Array(e, encoding.toUint8Array(inner));
      awareness.ws.send(encoding.toUint8Array(e));
      expect((await awareness.closed).code).toBe(1007);
    });
  });

  it("a well-formed update from a raw client is stored and reaches the others", async () => {
    const raw = await openRawSocket(s.wsUrl, id);
    raw.ws.send(updateFrame("raw", "ok"));
    await waitFor(() => b.doc.getMap("probe").get("raw") === "ok", "the raw client's update");
    raw.ws.close();
  });
});
