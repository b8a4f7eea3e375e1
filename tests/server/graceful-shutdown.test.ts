import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ServerProcess, startServerProcess } from "../support/server-process";
import { api } from "./support/api";
import { type CollabClient, connectClient, waitFor } from "./support/collab-client";

let server: ServerProcess;

beforeAll(async () => {
  server = await startServerProcess();
});
afterAll(async () => {
  await server.stop();
});

describe("SIGTERM", () => {
  it("closes every connection with 1012, exits 0, and keeps what was sent", async () => {
    const id = (await api(server.url).post("/api/scenarios", { title: "Shutdown" })).body
      .id as string;
    const clients: CollabClient[] = [0, 1, 2].map(() => connectClient(server.wsUrl, id));
    await Promise.all(clients.map((c) => c.synced));
    clients.forEach((c, i) => {
      for (let k = 0; k < 50; k++) c.doc.getMap(`c${i}`).set(`k${k}`, k);
    });
    const watcher = clients[0] as CollabClient;
    await waitFor(
      () => [1, 2].every((i) => watcher.doc.getMap(`c${i}`).size === 50),
      "the edits to go round",
    );
    const result = await server.kill("SIGTERM");
    expect(result.code).toBe(0);
    await waitFor(() => clients.every((c) => c.closes.some((e) => e.code === 1012)), "1012 closes");
    for (const c of clients) c.destroy();

    await server.restart();
    const reader = connectClient(server.wsUrl, id);
    await reader.synced;
    for (const i of [0, 1, 2]) expect(reader.doc.getMap(`c${i}`).size).toBe(50);
    expect(reader.doc.getMap("meta").get("title")).toBe("Shutdown");
    reader.destroy();
  });

  it("clients reconnect by themselves after the restart and carry on", async () => {
    const id = (await api(server.url).post("/api/scenarios", { title: "Reconnect" })).body
      .id as string;
    const a = connectClient(server.wsUrl, id);
    const b = connectClient(server.wsUrl, id);
    await Promise.all([a.synced, b.synced]);
    await server.restart();
    await waitFor(() => a.provider.synced && b.provider.synced, "both to resync", 20_000);
    a.doc.getMap("m").set("after-restart", true);
    await waitFor(
      () => b.doc.getMap("m").get("after-restart") === true,
      "an edit after the restart",
    );
    a.destroy();
    b.destroy();
  });
});
