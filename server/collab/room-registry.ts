import type { Logger } from "../logging/logger";
import { type DocumentRef, type DocumentStore, documentKey } from "../storage/document-store";
import { CLOSE } from "./close-codes";
import { Room, type RoomFanout } from "./room";

/**
 * Carries a document's updates between server instances. The position in the
 * instance-to-instance stream is taken before the document is read from
 * storage, so nothing committed in between is missed (duplicates are harmless).
 */
export interface FanoutHub extends RoomFanout {
  positionBeforeLoad(ref: DocumentRef): Promise<string>;
  attach(room: Room, position: string): void;
  detach(room: Room): void;
}

export interface RoomRegistryOptions {
  store: DocumentStore;
  logger: Logger;
  compactAfterUpdates: number;
  idleMs: number;
  unloadAfterMs: number;
  /** Refreshes the scenario's listing from its live document (scenario rooms only). */
  describe?(room: Room): Promise<void>;
  fanout?: FanoutHub;
}

/**
 * The loaded documents. Concurrent requests for a document that is loading
 * wait on the same promise, so it is read from storage once and nobody is
 * answered before it is complete. A failed load is forgotten: the next request
 * tries again, and nothing was written.
 */
export class RoomRegistry {
  readonly #rooms = new Map<string, Promise<Room>>();
  readonly #options: RoomRegistryOptions;

  constructor(options: RoomRegistryOptions) {
    this.#options = options;
  }

  /** Rooms currently loaded and open. */
  get rooms(): Room[] {
    return [...this.#loaded.values()];
  }

  readonly #loaded = new Map<string, Room>();
  readonly #dropping = new WeakMap<Room, Promise<void>>();

  peek(ref: DocumentRef): Room | undefined {
    const room = this.#loaded.get(documentKey(ref));
    return room?.state === "ready" ? room : undefined;
  }

  /** The open room for `ref`, loading it if needed. */
  async open(ref: DocumentRef): Promise<Room> {
    const key = documentKey(ref);
    for (;;) {
      let loading = this.#rooms.get(key);
      if (!loading) {
        loading = this.#load(ref);
        this.#rooms.set(key, loading);
      }
      const room = await loading;
      if (room.state === "ready") return room;
      // Closing or broken: wait until it has left, then load a fresh copy.
      await this.#dropping.get(room);
    }
  }

  async #load(ref: DocumentRef): Promise<Room> {
    const key = documentKey(ref);
    const o = this.#options;
    try {
      const position = await o.fanout?.positionBeforeLoad(ref);
      const room = await Room.load({
        ref,
        store: o.store,
        logger: o.logger,
        compactAfterUpdates: o.compactAfterUpdates,
        idleMs: o.idleMs,
        unloadAfterMs: o.unloadAfterMs,
        fanout: o.fanout,
        onUnloadDue: (r) => void this.#drop(r, CLOSE.tryAgainLater, "document unloaded"),
        onBroken: (r) => void this.#drop(r, CLOSE.tryAgainLater, "document reloading"),
        onIdleAfterChanges: ref.kind === "scenario" && o.describe ? o.describe : undefined,
      });
      this.#loaded.set(key, room);
      if (position !== undefined) o.fanout?.attach(room, position);
      return room;
    } catch (error) {
      const stale = this.#loaded.get(key);
      this.#loaded.delete(key);
      this.#rooms.delete(key);
      if (stale) await this.#drop(stale, CLOSE.internalError, "document failed to open");
      throw error;
    }
  }

  /** Every room leaves through here, once; concurrent callers share the same promise. */
  #drop(room: Room, code: number, reason: string): Promise<void> {
    let dropping = this.#dropping.get(room);
    if (!dropping) {
      dropping = this.#close(room, code, reason);
      this.#dropping.set(room, dropping);
    }
    return dropping;
  }

  async #close(room: Room, code: number, reason: string): Promise<void> {
    try {
      await room.close(code, reason);
    } catch (error) {
      this.#options.logger.error("error while closing a document", { doc: room.key, error });
    } finally {
      if (this.#loaded.get(room.key) === room) {
        this.#loaded.delete(room.key);
        this.#rooms.delete(room.key);
      }
      this.#options.fanout?.detach(room);
    }
  }

  /** Closes a scenario's rooms (for example when it is deleted). */
  async closeScenario(scenarioId: string, code: number, reason: string): Promise<void> {
    const rooms = this.rooms.filter((r) => r.ref.scenarioId === scenarioId);
    await Promise.all(rooms.map((r) => this.#drop(r, code, reason)));
  }

  /** Shutdown: every room closes its connections, commits, compacts and unloads. */
  async closeAll(code: number, reason: string): Promise<void> {
    await Promise.allSettled([...this.#rooms.values()]);
    await Promise.all(this.rooms.map((r) => this.#drop(r, code, reason)));
  }
}
