import * as decoding from "lib0/decoding";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type WebSocket from "ws";
import * as Y from "yjs";
import type { DocumentRef, DocumentStore } from "../../server";
import { waitFor } from "./support/collab-client";
import { type InProcessServer, startInProcess } from "./support/in-process-server";
import { openRawSocket, updateFrame } from "./support/raw-socket";
import { seedScenario } from "./support/seed-scenario";

let s: InProcessServer;
/** Sizes of the batches handed to the store, in order. */
const appended: number[] = [];
/** While set, appends wait for it: the commit is "in progress". */
let gate: Promise<void> | null = null;

/** Delegates to the real store, recording each append and holding it while the gate is shut. */
function holdAppends(store: DocumentStore): DocumentStore {
  return new Proxy(store, {
    get(target, key, receiver) {
      if (key === "appendUpdates") {
        return async (ref: DocumentRef, updates: readonly Uint8Array[]) => {
          appended.push(updates.length);
          if (gate) await gate;
          return target.appendUpdates(ref, updates);
        };
      }
      const value = Reflect.get(target, key, receiver);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

beforeAll(async () => {
  s = await startInProcess({ wrapStore: holdAppends });
});
afterAll(async () => {
  await s.close();
});

/** The Yjs payloads of the sync update frames among `frames`. */
function updatesIn(frames: readonly Uint8Array[]): Uint8Array[] {
  return frames.flatMap((frame) => {
    const decoder = decoding.createDecoder(frame);
    if (decoding.readVarUint(decoder) !== 0 || decoding.readVarUint(decoder) !== 2) return [];
    return [decoding.readVarUint8Array(decoder)];
  });
}

const keysOf = (update: Uint8Array): string[] => {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, update);
  return [...doc.getMap("probe").keys()].sort();
};

/** Resolves once the server has handled everything `ws` sent before (it answers in order). */
async function handled(ws: WebSocket, received: Uint8Array[]): Promise<void> {
  const before = received.length;
  ws.send(Uint8Array.of(3));
  await waitFor(() => received.slice(before).some((f) => f[0] === 1), "the awareness answer");
}

describe("group commit", () => {
  it("stores updates that arrive during a commit together, after it, and sends each client one frame for them", async () => {
    const id = await seedScenario(s.server);
    const a = await openRawSocket(s.wsUrl, id);
    const b = await openRawSocket(s.wsUrl, id);
    const observer = await openRawSocket(s.wsUrl, id);
    await Promise.all([a, b, observer].map((c) => handled(c.ws, c.received)));
    appended.length = 0;

    let open: () => void = () => {};
    gate = new Promise((resolve) => {
      open = resolve;
    });
    a.ws.send(updateFrame("a1", "1"));
    await waitFor(() => appended.length === 1, "the first commit to start");
    a.ws.send(updateFrame("a2", "2"));
    b.ws.send(updateFrame("b1", "3"));
    await Promise.all([handled(a.ws, a.received), handled(b.ws, b.received)]);
    // Durable before broadcast: nothing goes out while the commit is held.
    expect(updatesIn(observer.received)).toEqual([]);

    gate = null;
    open();
    await waitFor(
      () => updatesIn(observer.received).length >= 2,
      "both commits to reach the observer",
    );
    await s.server.rooms.peek({ scenarioId: id, kind: "scenario" })?.settle();
    expect(appended).toEqual([1, 2]);
    expect(updatesIn(observer.received).map(keysOf)).toEqual([["a1"], ["a2", "b1"]]);
    // A commit with one sender is not sent back to it; one with several goes to everyone.
    expect(updatesIn(a.received).map(keysOf)).toEqual([["a2", "b1"]]);
    expect(updatesIn(b.received).map(keysOf)).toEqual([["a1"], ["a2", "b1"]]);
    const stored = await s.server.store.loadDocument({ scenarioId: id, kind: "scenario" });
    expect(stored?.updates.map((u) => u.seq)).toEqual([1, 2, 3]);
    for (const c of [a, b, observer]) c.ws.close();
  });
});
