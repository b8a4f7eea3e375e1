import * as decoding from "lib0/decoding";
import * as Y from "yjs";
import { CLOSE, ProtocolError } from "./close-codes";
import { MESSAGE, SYNC } from "./protocol";

/** A decoded message from a y-websocket client. */
export type ClientMessage =
  | { type: "sync-step-1"; stateVector: Uint8Array }
  | { type: "sync-step-2"; update: Uint8Array; empty: boolean }
  | { type: "update"; update: Uint8Array; empty: boolean }
  | { type: "awareness"; update: Uint8Array }
  | { type: "query-awareness" };

/**
 * Decodes a frame and checks that its Yjs payload parses completely, before any
 * of it is stored or applied. `Y.decodeUpdate` reads every struct and the delete
 * set, so a truncated or garbage update throws here instead of being written to
 * the log, where it would break every later load of the document.
 */
export function decodeClientMessage(frame: Uint8Array): ClientMessage {
  try {
    const decoder = decoding.createDecoder(frame);
    const type = decoding.readVarUint(decoder);
    switch (type) {
      case MESSAGE.sync: {
        const step = decoding.readVarUint(decoder);
        const payload = decoding.readVarUint8Array(decoder);
        if (step === SYNC.step1) {
          Y.decodeStateVector(payload);
          return { type: "sync-step-1", stateVector: payload };
        }
        if (step === SYNC.step2 || step === SYNC.update) {
          const { structs, ds } = Y.decodeUpdate(payload);
          // A client with nothing new answers the server's sync step 1 with an empty update.
          const empty = structs.length === 0 && ds.clients.size === 0;
          return { type: step === SYNC.step2 ? "sync-step-2" : "update", update: payload, empty };
        }
        throw new ProtocolError(CLOSE.unsupportedData, `unknown sync message ${step}`);
      }
      case MESSAGE.awareness:
        return { type: "awareness", update: decoding.readVarUint8Array(decoder) };
      case MESSAGE.queryAwareness:
        return { type: "query-awareness" };
      default:
        throw new ProtocolError(CLOSE.unsupportedData, `unknown message type ${type}`);
    }
  } catch (error) {
    if (error instanceof ProtocolError) throw error;
    throw new ProtocolError(CLOSE.invalidPayload, "malformed message");
  }
}
