import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
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

/** True when `doc` holds every struct of `update` (edits here only insert, so structs say it all). */
function contains(doc: Y.Doc, update: Uint8Array): boolean {
  const missing = Y.diffUpdate(update, Y.encodeStateVector(doc));
  return Y.decodeUpdate(missing).structs.length === 0;
}

describe("SIGKILL in the middle of edits", () => {
  it("keeps every update any client had seen broadcast", async () => {
    const created = await api(server.url).post("/api/scenarios", { title: "Crash test" });
    const id = created.body.id as string;
    const writers: CollabClient[] = [];
    const seen: Uint8Array[] = [];
    const pid = server.pid as number;
    let killed = false;
    for (let w = 0; w < 4; w++) {
      const c = connectClient(server.wsUrl, id);
      // The provider applies what the server broadcasts with itself as the origin.
      c.doc.on("update", (update: Uint8Array, origin: unknown) => {
        if (origin !== c.provider || killed) return;
        seen.push(update);
        // Kill the moment a broadcast is seen, so the server has had no time to do anything after sending it.
        if (seen.length >= 300) {
          killed = true;
          process.kill(pid, "SIGKILL");
        }
      });
      writers.push(c);
    }
    await Promise.all(writers.map((c) => c.synced));

    let running = true;
    const typing = writers.map(async (c, w) => {
      const list = c.doc.getArray<string>(`writer-${w}`);
      for (let i = 0; running; i++) {
        list.push([`${w}:${i}`]);
        await new Promise((r) => setTimeout(r, 2 + w));
      }
    });
    await waitFor(() => killed, "a few hundred broadcasts", 30_000);
    const result = await server.kill("SIGKILL");
    running = false;
    await Promise.all(typing);
    expect(result.signal).toBe("SIGKILL");
    // The clients must not re-send their local state to the new process: that would hide a loss.
    for (const c of writers) c.destroy();
    const seenCount = seen.length;

    await server.restart();
    const reader = connectClient(server.wsUrl, id);
    await reader.synced;
    const missing = seen.filter((u) => !contains(reader.doc, u));
    expect(missing.length).toBe(0);
    // And by value: every item anyone saw is in the reloaded document.
    const seenValues = new Set<string>();
    for (const u of seen) {
      const probe = new Y.Doc();
      Y.applyUpdate(probe, u);
      for (let w = 0; w < 4; w++) {
        for (const v of probe.getArray<string>(`writer-${w}`).toArray()) seenValues.add(v);
      }
      probe.destroy();
    }
    const reloaded = new Set<string>();
    for (let w = 0; w < 4; w++) {
      for (const v of reader.doc.getArray<string>(`writer-${w}`).toArray()) reloaded.add(v);
    }
    for (const v of seenValues) expect(reloaded.has(v)).toBe(true);
    expect(seenCount).toBe(300);
    reader.destroy();
  });
});
