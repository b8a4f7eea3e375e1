import type { DocumentRef } from "../storage/document-store";

/** One connected client, as the room sees it. */
export interface RoomPeer {
  readonly canWrite: boolean;
  send(frame: Uint8Array): void;
  close(code: number, reason: string): void;
}

/** Origin of changes the server makes itself (rename through the API, for example). */
export const SERVER_ORIGIN = Symbol("forkline.server");
/** Origin of updates that arrive from another server instance. */
export const REMOTE_ORIGIN = Symbol("forkline.remote");

/** Carries committed updates to other server instances, and theirs to this one. */
export interface RoomFanout {
  publish(ref: DocumentRef, firstSeq: number, updates: readonly Uint8Array[]): void;
  publishAwareness(ref: DocumentRef, update: Uint8Array): void;
}
