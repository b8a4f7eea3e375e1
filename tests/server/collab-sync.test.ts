import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { type CollabClient, connectClient, waitFor } from "./support/collab-client";
import { type InProcessServer, startInProcess } from "./support/in-process-server";
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
