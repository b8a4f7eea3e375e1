import * as encoding from "lib0/encoding";
import WebSocket from "ws";
import * as Y from "yjs";

/** A bare WebSocket to the collaboration endpoint, for frames the stock provider would never send. */
export async function openRawSocket(
  wsUrl: string,
  room: string,
  headers: Record<string, string> = {},
): Promise<{
  ws: WebSocket;
  closed: Promise<{ code: number; reason: string }>;
  received: Uint8Array[];
}> {
  const ws = new WebSocket(`${wsUrl}/collab/${room}`, { headers });
  const received: Uint8Array[] = [];
  ws.on("message", (data) => received.push(new Uint8Array(data as Buffer)));
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    ws.once("close", (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  await new Promise<void>((resolve, reject) => {
    ws.once("open", () => resolve());
    ws.once("error", reject);
  });
  return { ws, closed, received };
}

/** Tries to open a socket and reports the HTTP status of a refused upgrade. */
export function upgradeStatus(
  wsUrl: string,
  room: string,
  headers: Record<string, string> = {},
): Promise<number> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${wsUrl}/collab/${room}`, { headers });
    ws.on("unexpected-response", (_req, res) => {
      resolve(res.statusCode ?? 0);
      ws.terminate();
    });
    ws.on("open", () => {
      ws.close();
      resolve(101);
    });
    ws.on("error", (error) => {
      if (!String(error.message).includes("Unexpected server response")) reject(error);
    });
  });
}

/** A well-formed update message carrying one map entry. */
export function updateFrame(key: string, value: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getMap("probe").set(key, value);
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, 2);
  encoding.writeVarUint8Array(encoder, Y.encodeStateAsUpdate(doc));
  return encoding.toUint8Array(encoder);
}
