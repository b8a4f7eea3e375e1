import * as encoding from "lib0/encoding";
import * as Y from "yjs";

/**
 * Message types of the y-websocket protocol (the first varUint of every
 * frame), and Forkline's own `documentPart`: a part of the whole document
 * (a v2 update), sent only to clients that asked for it (`?sync=v2-parts`).
 */
export const MESSAGE = {
  sync: 0,
  awareness: 1,
  auth: 2,
  queryAwareness: 3,
  documentPart: 100,
} as const;
/** Sub-types of a sync message, as in y-protocols/sync. */
export const SYNC = { step1: 0, step2: 1, update: 2 } as const;

/**
 * Frames are Buffers: `ws` sends a Buffer as it is, but wraps any other
 * Uint8Array in a new Buffer on every send, and a broadcast frame is sent once
 * per connection.
 */
function frame(write: (encoder: encoding.Encoder) => void): Buffer {
  const encoder = encoding.createEncoder();
  write(encoder);
  const bytes = encoding.toUint8Array(encoder);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

export const encodeSyncStep1 = (doc: Y.Doc): Buffer =>
  frame((e) => {
    encoding.writeVarUint(e, MESSAGE.sync);
    encoding.writeVarUint(e, SYNC.step1);
    encoding.writeVarUint8Array(e, Y.encodeStateVector(doc));
  });

export const encodeSyncStep2 = (update: Uint8Array): Buffer =>
  frame((e) => {
    encoding.writeVarUint(e, MESSAGE.sync);
    encoding.writeVarUint(e, SYNC.step2);
    encoding.writeVarUint8Array(e, update);
  });

export const encodeDocumentPart = (updateV2: Uint8Array): Buffer =>
  frame((e) => {
    encoding.writeVarUint(e, MESSAGE.documentPart);
    encoding.writeVarUint8Array(e, updateV2);
  });

export const encodeUpdate = (update: Uint8Array): Buffer =>
  frame((e) => {
    encoding.writeVarUint(e, MESSAGE.sync);
    encoding.writeVarUint(e, SYNC.update);
    encoding.writeVarUint8Array(e, update);
  });

export const encodeAwareness = (update: Uint8Array): Buffer =>
  frame((e) => {
    encoding.writeVarUint(e, MESSAGE.awareness);
    encoding.writeVarUint8Array(e, update);
  });

/** A state vector naming no client, as a client with an empty document sends: one varUint 0. */
export const isEmptyStateVector = (stateVector: Uint8Array): boolean =>
  stateVector.length === 1 && stateVector[0] === 0;
