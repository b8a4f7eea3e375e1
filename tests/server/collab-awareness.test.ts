import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CollabClient, connectClient, waitFor } from "./support/collab-client";
import { type InProcessServer, startInProcess } from "./support/in-process-server";
import { seedScenario } from "./support/seed-scenario";

let s: InProcessServer;
const clients: CollabClient[] = [];
const client = (room: string) => {
  const c = connectClient(s.wsUrl, room);
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

describe("awareness (presence)", () => {
  it("a client's state reaches the others, and a newcomer gets everyone's", async () => {
    const id = await seedScenario(s.server);
    const a = client(id);
    const b = client(id);
    await Promise.all([a.synced, b.synced]);
    a.provider.awareness.setLocalStateField("user", { name: "Ana", color: "#f00" });
    await waitFor(
      () => b.provider.awareness.getStates().get(a.doc.clientID)?.user?.name === "Ana",
      "Ana's presence at b",
    );
    const c = client(id);
    await c.synced;
    await waitFor(
      () => c.provider.awareness.getStates().get(a.doc.clientID)?.user?.name === "Ana",
      "Ana's presence at the newcomer",
    );
  });

  it("a closed connection's states are removed for everyone else", async () => {
    const id = await seedScenario(s.server);
    const a = client(id);
    const b = client(id);
    await Promise.all([a.synced, b.synced]);
    a.provider.awareness.setLocalStateField("user", { name: "Ana" });
    await waitFor(() => b.provider.awareness.getStates().has(a.doc.clientID), "Ana at b");
    // Terminate the socket without a goodbye, as a crashed tab would.
    (a.provider.ws as unknown as { terminate(): void }).terminate();
    a.provider.shouldConnect = false;
    await waitFor(() => !b.provider.awareness.getStates().has(a.doc.clientID), "Ana removed at b");
    const room = s.server.rooms.peek({ scenarioId: id, kind: "scenario" });
    expect(room?.awareness.getStates().has(a.doc.clientID)).toBe(false);
  });
});
