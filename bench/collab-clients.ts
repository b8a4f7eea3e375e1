import WebSocket from "ws";
import { Awareness } from "y-protocols/awareness";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";

export interface BenchClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  destroy(): void;
}

/**
 * The stock provider with `ws`. Presence is switched off (a null local
 * awareness state sends nothing), so only document updates are measured and
 * 500 clients do not flood each other with 250,000 presence messages.
 */
export async function connectBenchClient(wsUrl: string, room: string): Promise<BenchClient> {
  const doc = new Y.Doc();
  const awareness = new Awareness(doc);
  awareness.setLocalState(null);
  const provider = new WebsocketProvider(`${wsUrl}/collab`, room, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    awareness,
  });
  await new Promise<void>((resolve) => {
    if (provider.synced) resolve();
    else provider.once("sync", () => resolve());
  });
  return {
    doc,
    provider,
    destroy() {
      provider.destroy();
      awareness.destroy();
      doc.destroy();
    },
  };
}

/** Connects `n` clients a batch at a time (a real crowd does not arrive in one tick either). */
export async function connectMany(
  wsUrl: string,
  room: string,
  n: number,
  batch = 50,
): Promise<BenchClient[]> {
  const clients: BenchClient[] = [];
  for (let i = 0; i < n; i += batch) {
    const size = Math.min(batch, n - i);
    clients.push(
      ...(await Promise.all(Array.from({ length: size }, () => connectBenchClient(wsUrl, room)))),
    );
  }
  return clients;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] as number;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
