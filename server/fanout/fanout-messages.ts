import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";

/** A batch of committed updates as one stream entry: their first sequence number, then each update. */
export function encodeUpdateBatch(updates: readonly Uint8Array[]): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, updates.length);
  for (const u of updates) encoding.writeVarUint8Array(e, u);
  return encoding.toUint8Array(e);
}

export function decodeUpdateBatch(data: Uint8Array): Uint8Array[] {
  const d = decoding.createDecoder(data);
  const n = decoding.readVarUint(d);
  const updates: Uint8Array[] = [];
  for (let i = 0; i < n; i++) updates.push(decoding.readVarUint8Array(d));
  return updates;
}

/** An awareness update on pub/sub, tagged with the instance that sent it (so it ignores its own). */
export function encodeAwarenessMessage(instance: string, update: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarString(e, instance);
  encoding.writeVarUint8Array(e, update);
  return encoding.toUint8Array(e);
}

export function decodeAwarenessMessage(data: Uint8Array): { instance: string; update: Uint8Array } {
  const d = decoding.createDecoder(data);
  return { instance: decoding.readVarString(d), update: decoding.readVarUint8Array(d) };
}
