import WebSocket from "ws";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";

export interface CollabClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** Resolves once the provider has received the server's state. */
  synced: Promise<void>;
  /** Close events the provider saw, in order. */
  closes: { code: number; reason: string }[];
  destroy(): void;
}

/**
 * The stock y-websocket provider in Node, with `ws` as its WebSocket. The
 * BroadcastChannel path is off: clients in one process would otherwise sync
 * through it and hide what the server does.
 */
export function connectClient(
  wsUrl: string,
  room: string,
  options: {
    doc?: Y.Doc;
    connect?: boolean;
    maxBackoffTime?: number;
    params?: Record<string, string>;
  } = {},
): CollabClient {
  const doc = options.doc ?? new Y.Doc();
  const provider = new WebsocketProvider(`${wsUrl}/collab`, room, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    connect: options.connect ?? true,
    maxBackoffTime: options.maxBackoffTime ?? 300,
    params: options.params ?? {},
  });
  const closes: { code: number; reason: string }[] = [];
  provider.on("connection-close", (event) => {
    if (event) closes.push({ code: event.code, reason: event.reason });
  });
  const synced = new Promise<void>((resolve) => {
    if (provider.synced) resolve();
    else provider.once("sync", (state: boolean) => state && resolve());
  });
  return {
    doc,
    provider,
    synced,
    closes,
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
}

/** Polls `predicate` until it holds, failing with `message` after `timeoutMs`. */
export async function waitFor(
  predicate: () => boolean,
  message = "condition",
  timeoutMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${message}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
