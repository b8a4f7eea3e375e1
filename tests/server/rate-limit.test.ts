import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CollabClient, connectClient, waitFor } from "./support/collab-client";
import { type InProcessServer, startInProcess } from "./support/in-process-server";
import { openRawSocket, updateFrame } from "./support/raw-socket";
import { seedScenario } from "./support/seed-scenario";

let s: InProcessServer;

beforeAll(async () => {
  s = await startInProcess({ env: { FORKLINE_RATE_LIMIT: "20", FORKLINE_RATE_BURST: "40" } });
});
afterAll(async () => {
  await s.close();
});

describe("per-connection rate limit", () => {
  it("a flood closes the flooder with 1008, while a client within the limit carries on", async () => {
    const id = await seedScenario(s.server);
    const calm: CollabClient = connectClient(s.wsUrl, id);
    await calm.synced;
    const flooder = await openRawSocket(s.wsUrl, id);
    for (let i = 0; i < 200; i++) flooder.ws.send(updateFrame(`k${i}`, "v"));
    const closed = await flooder.closed;
    expect(closed.code).toBe(1008);
    expect(closed.reason).toBe("rate limit exceeded");
    // The calm client edits at 10 per second, inside the limit, and is never closed.
    for (let i = 0; i < 10; i++) {
      calm.doc.getMap("calm").set(`k${i}`, i);
      await new Promise((r) => setTimeout(r, 100));
    }
    const room = s.server.rooms.peek({ scenarioId: id, kind: "scenario" });
    await waitFor(() => room?.doc.getMap("calm").size === 10, "the calm client's edits");
    expect(calm.closes).toEqual([]);
    // Whatever the flooder got in before the limit is stored; nothing after it.
    const flooded = room?.doc.getMap("probe").size ?? 0;
    expect(flooded).toBeGreaterThan(0);
    expect(flooded).toBeLessThanOrEqual(41);
    calm.destroy();
  });
});
