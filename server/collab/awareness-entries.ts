import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import { CLOSE, ProtocolError } from "./close-codes";

/** One client's presence inside an awareness update. `state` null means the client left. */
export interface AwarenessEntry {
  clientId: number;
  clock: number;
  state: string;
}

/** Presence is small (a name, a colour, a cursor, a selection); anything larger is abuse. */
const MAX_STATE_CHARS = 64 * 1024;

/**
 * Decodes an awareness update and checks each state is a JSON object or null,
 * so `applyAwarenessUpdate` cannot throw halfway through and the states other
 * clients receive are well formed.
 */
export function decodeAwarenessEntries(update: Uint8Array): AwarenessEntry[] {
  try {
    const decoder = decoding.createDecoder(update);
    const count = decoding.readVarUint(decoder);
    const entries: AwarenessEntry[] = [];
    for (let i = 0; i < count; i++) {
      const clientId = decoding.readVarUint(decoder);
      const clock = decoding.readVarUint(decoder);
      const state = decoding.readVarString(decoder);
      if (state.length > MAX_STATE_CHARS) throw new Error("awareness state too large");
      const parsed: unknown = JSON.parse(state);
      if (parsed !== null && (typeof parsed !== "object" || Array.isArray(parsed))) {
        throw new Error("awareness state is not an object");
      }
      entries.push({ clientId, clock, state });
    }
    return entries;
  } catch {
    throw new ProtocolError(CLOSE.invalidPayload, "malformed awareness update");
  }
}

export function encodeAwarenessEntries(entries: readonly AwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const entry of entries) {
    encoding.writeVarUint(encoder, entry.clientId);
    encoding.writeVarUint(encoder, entry.clock);
    encoding.writeVarString(encoder, entry.state);
  }
  return encoding.toUint8Array(encoder);
}
