import * as awarenessProtocol from "y-protocols/awareness";
import * as Y from "yjs";
import { type FirstView, readFirstView } from "../../core";
import { type DocumentRef, documentKey } from "../storage/document-store";
import type { AwarenessEntry } from "./awareness-entries";
import { encodeAwarenessEntries } from "./awareness-entries";
import { changeAsUpdate } from "./change-as-update";
import { CLOSE } from "./close-codes";
import { CommitQueue } from "./commit-queue";
import { commitStats } from "./commit-stats";
import { LOAD_ORIGIN, loadStoredDoc } from "./load-stored-doc";
import { encodeAwareness, encodeSyncStep1, encodeUpdate } from "./protocol";
import { BATCH_ORIGIN, type Pending, type RoomOptionsOf } from "./room-options";
import { REMOTE_ORIGIN, type RoomPeer, SERVER_ORIGIN } from "./room-peer";
import { SeqWatermark } from "./seq-watermark";
import { SyncAnswers, type SyncFormat } from "./sync-answers";

export { REMOTE_ORIGIN, type RoomFanout, type RoomPeer, SERVER_ORIGIN } from "./room-peer";

export type RoomOptions = RoomOptionsOf<Room>;

/**
 * One live document in memory, with the connections editing it.
 *
 * Durability rule: an update reaches the in-memory document, and therefore any
 * client, only after the store has made it durable. Updates that arrive
 * together (during the previous fsync, or in the same event-loop turn) are
 * appended in one transaction: a group commit, so durability costs one fsync
 * per batch rather than one per keystroke.
 */
export class Room {
  readonly ref: DocumentRef;
  readonly key: string;
  readonly doc: Y.Doc;
  readonly awareness: awarenessProtocol.Awareness;
  /** Each peer with the awareness client ids it has announced (removed when it leaves). */
  readonly peers = new Map<RoomPeer, Set<number>>();
  state: "ready" | "closing" | "closed" | "broken" = "ready";

  readonly #options: RoomOptions;
  readonly #watermark: SeqWatermark;
  #compactedSeq: number;
  readonly #commits: CommitQueue<Pending>;
  #maintenanceDue = false;
  #changedSinceIdle = false;
  #timer: NodeJS.Timeout;
  #lastActivity = Date.now();
  #lastChange = Date.now();
  #lastPeerChange = Date.now();
  readonly #syncAnswers: SyncAnswers;
  #firstView: FirstView | null = null;

  private constructor(options: RoomOptions, doc: Y.Doc, seq: number, compactedSeq: number) {
    this.#options = options;
    this.ref = options.ref;
    this.key = documentKey(options.ref);
    this.doc = doc;
    this.#syncAnswers = new SyncAnswers(doc);
    this.#watermark = new SeqWatermark(seq);
    this.#compactedSeq = compactedSeq;
    this.#commits = new CommitQueue<Pending>({
      writeBatch: (batch) => this.#commit(batch),
      afterBatches: async () => {
        if (this.#maintenanceDue && this.state === "ready") await this.#maintain(false);
      },
      canContinue: () => this.state !== "broken",
      // Unforeseen: a committed batch may not have been applied, so memory is not trusted.
      onError: (error) => this.#breakDown(error, "the commit pipeline failed"),
    });
    this.awareness = new awarenessProtocol.Awareness(doc);
    this.awareness.setLocalState(null);
    this.awareness.on("update", this.#onAwarenessUpdate);
    doc.on("update", this.#onDocUpdate);
    this.#timer = setTimeout(this.#onTimer, options.idleMs);
    this.#timer.unref();
  }

  /**
   * Loads the document completely before the room exists, so no client is ever
   * answered from a partial document (see `loadStoredDoc`).
   */
  static async load(options: RoomOptions): Promise<Room> {
    const loaded = await loadStoredDoc(options.store, options.ref, options.logger);
    const room = new Room(options, loaded.doc, loaded.seq, loaded.snapshotSeq);
    // The first client needs no encoding when the snapshot alone is the document.
    if (loaded.wholeState) room.#syncAnswers.seed(loaded.wholeState);
    if (loaded.logLength >= options.compactAfterUpdates) room.#maintenanceDue = true;
    // A log that was never compacted may hold changes the listing has not seen (after a crash).
    if (loaded.logLength > 0) room.#changedSinceIdle = true;
    return room;
  }

  /** When the content last changed (for the listing's "updated" time). */
  get lastChangeAt(): Date {
    return new Date(this.#lastChange);
  }

  /** Highest sequence number such that this room has applied every update up to it. */
  get appliedSeq(): number {
    return this.#watermark.value;
  }

  /** Adds a connection; false if the room is shutting down (the caller should reconnect). */
  join(peer: RoomPeer): boolean {
    if (this.state !== "ready") return false;
    this.peers.set(peer, new Set());
    this.#touch(true);
    // Read-only peers are not asked for their state: whatever they sent back would be dropped.
    if (peer.canWrite) peer.send(encodeSyncStep1(this.doc));
    const states = this.awareness.getStates();
    if (states.size > 0) {
      peer.send(
        encodeAwareness(
          awarenessProtocol.encodeAwarenessUpdate(this.awareness, [...states.keys()]),
        ),
      );
    }
    return true;
  }

  leave(peer: RoomPeer): void {
    const controlled = this.peers.get(peer);
    if (!controlled) return;
    this.peers.delete(peer);
    this.#touch(true);
    if (controlled.size === 0 || this.state === "closed") return;
    awarenessProtocol.removeAwarenessStates(this.awareness, [...controlled], null);
    // Other instances learn of the departure too (the removal is encoded as null states).
    const known = [...controlled].filter((id) => this.awareness.meta.has(id));
    if (this.#options.fanout && known.length > 0) {
      this.#options.fanout.publishAwareness(
        this.ref,
        awarenessProtocol.encodeAwarenessUpdate(this.awareness, known),
      );
    }
  }

  /** Core's first view of the document now: read once per state (the page and its request ask). */
  firstView(): FirstView {
    this.#firstView ??= readFirstView(this.doc);
    return this.#firstView;
  }

  /** The reply to a client's sync step 1, everything it is missing: frames to send in order. */
  syncAnswerFor(stateVector: Uint8Array, format: SyncFormat = "v1"): Uint8Array[] {
    return this.#syncAnswers.for(stateVector, format);
  }

  /** Queues a client's update for the next group commit; it is applied once durable. */
  submit(update: Uint8Array, peer: RoomPeer): void {
    if (this.state !== "ready") return;
    this.#commits.push({ update, origin: peer });
  }

  /**
   * Commits what `change` does to the document like any client's update:
   * stored first, then applied and broadcast, so open clients see it and the
   * durability rule holds for server edits too.
   */
  async change(change: (doc: Y.Doc) => void): Promise<void> {
    if (this.state !== "ready") throw new Error(`${this.key} is not open`);
    const update = changeAsUpdate(this.doc, change);
    if (!update) return;
    await new Promise<void>((resolve, reject) => {
      this.#commits.push({ update, origin: SERVER_ORIGIN, done: { resolve, reject } });
    });
  }

  /** Applies an update another instance has already stored (fan-out). */
  applyRemote(seq: number, update: Uint8Array): void {
    if (this.state !== "ready" || this.#watermark.has(seq)) return;
    try {
      Y.applyUpdate(this.doc, update, REMOTE_ORIGIN);
    } catch (error) {
      this.#breakDown(error);
      return;
    }
    this.#watermark.add(seq);
    this.#markChanged();
  }

  /** Sequence numbers this room should have seen but has not (another instance's, lost in transit). */
  get missingSeqs(): boolean {
    return this.#watermark.hasGap;
  }

  /**
   * Applies a client's awareness entries; the room remembers which ids each
   * peer controls. `update` is their encoding, when the caller still has it.
   */
  applyAwareness(
    peer: RoomPeer,
    entries: readonly AwarenessEntry[],
    update: Uint8Array = encodeAwarenessEntries(entries),
  ): void {
    const controlled = this.peers.get(peer);
    if (!controlled || entries.length === 0) return;
    for (const entry of entries) controlled.add(entry.clientId);
    awarenessProtocol.applyAwarenessUpdate(this.awareness, update, peer);
    this.#options.fanout?.publishAwareness(this.ref, update);
  }

  applyRemoteAwareness(update: Uint8Array): void {
    if (this.state !== "ready") return;
    awarenessProtocol.applyAwarenessUpdate(this.awareness, update, REMOTE_ORIGIN);
  }

  awarenessFrame(): Uint8Array {
    const ids = [...this.awareness.getStates().keys()];
    return encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, ids));
  }

  /** Resolves once every queued update is committed and applied. */
  settle(): Promise<void> {
    return this.#commits.settle();
  }

  /**
   * Closes every connection with `code`, commits what they already sent,
   * compacts the log and frees the document. After this the room is gone; a
   * new connection loads a fresh one.
   */
  async close(code: number, reason: string): Promise<void> {
    if (this.state === "closing" || this.state === "closed") return;
    const broken = this.state === "broken";
    this.state = "closing";
    for (const peer of [...this.peers.keys()]) peer.close(code, reason);
    try {
      await this.settle();
      if (!broken) await this.#maintain(true);
    } finally {
      this.#dispose();
    }
  }

  #dispose(): void {
    clearTimeout(this.#timer);
    this.state = "closed";
    this.peers.clear();
    this.awareness.destroy();
    this.#syncAnswers.forget();
    this.#firstView = null;
    this.doc.destroy();
    for (const p of this.#commits.drain()) p.done?.reject(new Error(`${this.key} closed`));
  }

  #onDocUpdate = (update: Uint8Array, origin: unknown): void => {
    // Any change, a deletion included (which leaves the state vector as it was).
    this.#syncAnswers.forget();
    this.#firstView = null;
    if (origin === LOAD_ORIGIN) return;
    const frame = encodeUpdate(update);
    for (const peer of this.peers.keys()) {
      if (peer !== origin) peer.send(frame);
    }
  };

  #onAwarenessUpdate = (
    change: { added: number[]; updated: number[]; removed: number[] },
    _origin: unknown,
  ): void => {
    const changed = [...change.added, ...change.updated, ...change.removed];
    const frame = encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed));
    // The sender gets its own state back too: the stock client treats 30 s of silence as a dead link.
    for (const peer of this.peers.keys()) peer.send(frame);
  };

  /** Makes a batch durable; resolves with the step that applies and broadcasts it. */
  async #commit(batch: Pending[]): Promise<() => void> {
    const updates = batch.map((p) => p.update);
    let lastSeq: number;
    try {
      lastSeq = await this.#options.store.appendUpdates(this.ref, updates);
    } catch (error) {
      // Nothing was applied, so memory still matches storage. The senders
      // reconnect and their next sync re-sends what was lost here.
      this.#options.logger.error("could not store updates", { doc: this.key, error });
      for (const p of batch) {
        p.done?.reject(error);
        if (p.origin !== SERVER_ORIGIN) p.origin.close(CLOSE.internalError, "storage failed");
      }
      return () => {};
    }
    commitStats.transactions++;
    commitStats.updates += batch.length;
    return () => this.#apply(batch, updates, lastSeq);
  }

  #apply(batch: Pending[], updates: Uint8Array[], lastSeq: number): void {
    // A broken room is reloaded from storage, where this batch already is.
    if (this.state === "broken") return;
    const firstSeq = lastSeq - batch.length + 1;
    // One Yjs transaction, so one "update" event and one frame per connection
    // for the batch; it goes back to its senders too unless there is only one
    // (re-applying is a no-op). Applied even if a sender left: it is durable.
    const first = (batch[0] as Pending).origin;
    const origin = batch.every((p) => p.origin === first) ? first : BATCH_ORIGIN;
    try {
      Y.transact(
        this.doc,
        () => {
          for (const update of updates) Y.applyUpdate(this.doc, update);
        },
        origin,
      );
    } catch (error) {
      for (const p of batch) p.done?.reject(error);
      this.#breakDown(error);
      return;
    }
    for (let seq = firstSeq; seq <= lastSeq; seq++) this.#watermark.add(seq);
    for (const p of batch) p.done?.resolve();
    this.#options.fanout?.publish(this.ref, firstSeq, updates);
    this.#markChanged();
    if (lastSeq - this.#compactedSeq >= this.#options.compactAfterUpdates)
      this.#maintenanceDue = true;
  }

  #markChanged(): void {
    this.#changedSinceIdle = true;
    this.#lastChange = Date.now();
    this.#touch(false);
  }

  /** Folds the log into a snapshot; on idle or close, also refreshes the listing. */
  async #maintain(idle: boolean): Promise<void> {
    this.#maintenanceDue = false;
    const through = this.#watermark.value;
    if (through > this.#compactedSeq) {
      const state = Y.encodeStateAsUpdate(this.doc);
      try {
        await this.#options.store.compact(this.ref, state, through);
        this.#compactedSeq = through;
      } catch (error) {
        this.#options.logger.error("compaction failed", { doc: this.key, error });
      }
    }
    if (idle && this.#changedSinceIdle && this.#options.onIdleAfterChanges) {
      this.#changedSinceIdle = false;
      try {
        await this.#options.onIdleAfterChanges(this);
      } catch (error) {
        this.#options.logger.warn("could not refresh the listing", { doc: this.key, error });
      }
    }
  }

  /**
   * An update that decoded but threw while integrating may have left the
   * in-memory document half-changed (and an unforeseen failure of the commit
   * pipeline, a durable batch unapplied). Drop this copy without writing
   * anything; clients reconnect to a fresh load from storage.
   */
  #breakDown(error: unknown, what = "an update failed to apply"): void {
    this.#options.logger.error(`${what}; reloading the document`, { doc: this.key, error });
    this.state = "broken";
    for (const peer of [...this.peers.keys()])
      peer.close(CLOSE.tryAgainLater, "document reloading");
    this.#options.onBroken(this);
  }

  #touch(peerChange: boolean): void {
    const now = Date.now();
    this.#lastActivity = now;
    if (peerChange) this.#lastPeerChange = now;
  }

  /** The room's one timer: idle maintenance, then unloading once nobody is connected. */
  #onTimer = (): void => {
    if (this.state !== "ready") return;
    const { idleMs, unloadAfterMs } = this.#options;
    const now = Date.now();
    const idleFor = now - this.#lastActivity;
    if (idleFor < idleMs) {
      this.#rearm(idleMs - idleFor);
      return;
    }
    if (this.#changedSinceIdle || this.#watermark.value > this.#compactedSeq) {
      this.#maintenanceDue = true;
      this.#runIdleMaintenance().catch((error) =>
        this.#options.logger.error("idle maintenance failed", { doc: this.key, error }),
      );
    }
    if (this.peers.size === 0) {
      const aloneFor = now - this.#lastPeerChange;
      if (aloneFor >= unloadAfterMs) {
        this.#options.onUnloadDue(this);
        return;
      }
      this.#rearm(Math.min(idleMs, unloadAfterMs - aloneFor));
      return;
    }
    this.#rearm(idleMs);
  };

  async #runIdleMaintenance(): Promise<void> {
    await this.#commits.exclusive(async () => {
      if (this.state === "ready") await this.#maintain(true);
    });
  }

  #rearm(ms: number): void {
    this.#timer = setTimeout(this.#onTimer, Math.max(1, ms));
    this.#timer.unref();
  }
}
