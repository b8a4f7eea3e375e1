import type { Logger } from "../logging/logger";
import type { DocumentRef, DocumentStore } from "../storage/document-store";
import type { RoomFanout, RoomPeer, SERVER_ORIGIN } from "./room-peer";

/** What a room needs from its host; `TRoom` is the room itself, handed back in the callbacks. */
export interface RoomOptionsOf<TRoom> {
  ref: DocumentRef;
  store: DocumentStore;
  logger: Logger;
  compactAfterUpdates: number;
  idleMs: number;
  unloadAfterMs: number;
  /** Called when the room has been idle with nobody connected for `unloadAfterMs`. */
  onUnloadDue(room: TRoom): void;
  /** Called when the document went idle after changes (to refresh the listing). */
  onIdleAfterChanges?(room: TRoom): Promise<void>;
  /** Called when the document can no longer be trusted in memory and must be reloaded. */
  onBroken(room: TRoom): void;
  fanout?: RoomFanout;
}

/** Origin of a batch that holds updates from several senders. */
export const BATCH_ORIGIN = Symbol("forkline.batch");

export interface Pending {
  update: Uint8Array;
  origin: RoomPeer | typeof SERVER_ORIGIN;
  done?: { resolve(): void; reject(error: unknown): void };
}
