import { fromBase64, toBase64 } from "lib0/buffer";
import type { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import type { UpdateFeed } from "./update-feed";

const KEY_PREFIX = "forkline:unsent:";
/** How long the socket must stay open with nothing left to send before kept edits count as delivered. */
const SETTLE_MS = 1500;
/** Writes are batched: typing makes an update per keystroke. */
const WRITE_DELAY_MS = 250;

/** Origin of edits brought back from this device's storage. */
const STASH_ORIGIN = { kind: "offline-stash" } as const;

const stashKey = (scenarioId: string): string => `${KEY_PREFIX}${scenarioId}`;

/**
 * This device's edits that the server may not have yet, kept in localStorage
 * so that closing the tab while offline loses nothing. The next time the
 * scenario syncs they are applied again and sent: Yjs updates are idempotent,
 * so what the server already has changes nothing. They are forgotten once the
 * socket has stayed open, synced, with its send buffer empty.
 *
 * Every local edit is kept, not only those made while the status says
 * offline: a socket whose server just died still looks open for a moment.
 */
export class OfflineStash {
  readonly #key: string;
  #pending: Uint8Array | null = null;
  #writeTimer: ReturnType<typeof setTimeout> | null = null;
  #forgetTimer: ReturnType<typeof setTimeout> | null = null;
  #restored = false;
  readonly #unmute: () => void;

  constructor(
    scenarioId: string,
    private readonly doc: Y.Doc,
    private readonly provider: WebsocketProvider,
    feed: UpdateFeed,
    private readonly storage: Storage = window.localStorage,
  ) {
    this.#key = stashKey(scenarioId);
    doc.on("update", this.#onUpdate);
    // The server's changes are never kept: no need to hear the first sync (and pay its encoding).
    this.#unmute = feed.muteWhileQuiet(this.#onUpdate);
    provider.on("sync", this.#onSync);
    provider.on("status", this.#onStatus);
    window.addEventListener("pagehide", this.flush);
    if (provider.synced) this.#onSync(true);
  }

  /** Writes what is pending now (the page is going away). */
  readonly flush = (): void => {
    if (this.#writeTimer !== null) clearTimeout(this.#writeTimer);
    this.#writeTimer = null;
    if (!this.#pending) return;
    try {
      const stored = this.#read();
      const all = stored ? Y.mergeUpdates([stored, this.#pending]) : this.#pending;
      this.storage.setItem(this.#key, toBase64(all));
    } catch (error) {
      console.warn("Forkline could not keep unsent edits on this device", error);
    }
  };

  destroy(): void {
    this.flush();
    if (this.#forgetTimer !== null) clearTimeout(this.#forgetTimer);
    this.doc.off("update", this.#onUpdate);
    this.#unmute();
    this.provider.off("sync", this.#onSync);
    this.provider.off("status", this.#onStatus);
    window.removeEventListener("pagehide", this.flush);
  }

  #onUpdate = (update: Uint8Array, origin: unknown): void => {
    // The provider applies the server's and other tabs' changes: those are not ours to deliver.
    if (origin === this.provider) return;
    this.#pending = this.#pending ? Y.mergeUpdates([this.#pending, update]) : update;
    if (this.#writeTimer === null) this.#writeTimer = setTimeout(this.flush, WRITE_DELAY_MS);
    this.#scheduleForget();
  };

  #onSync = (synced: boolean): void => {
    if (!synced) return;
    if (!this.#restored) {
      this.#restored = true;
      this.#restore();
    }
    this.#scheduleForget();
  };

  #onStatus = ({ status }: { status: string }): void => {
    if (status === "connected") this.#scheduleForget();
  };

  /** Applies what an earlier page kept; an unreadable entry is set aside, never applied or dropped. */
  #restore(): void {
    let stored: Uint8Array | null;
    try {
      stored = this.#read();
      if (!stored) return;
      Y.decodeUpdate(stored);
    } catch (error) {
      console.warn("Forkline set aside unsent edits it could not read", error);
      const raw = this.storage.getItem(this.#key);
      if (raw !== null) this.storage.setItem(`${this.#key}:unreadable`, raw);
      this.storage.removeItem(this.#key);
      return;
    }
    Y.applyUpdate(this.doc, stored, STASH_ORIGIN);
  }

  #read(): Uint8Array | null {
    const raw = this.storage.getItem(this.#key);
    return raw === null ? null : fromBase64(raw);
  }

  #scheduleForget(): void {
    if (this.#forgetTimer !== null) clearTimeout(this.#forgetTimer);
    this.#forgetTimer = setTimeout(() => {
      this.#forgetTimer = null;
      const socket = this.provider.ws;
      const delivered =
        this.provider.wsconnected && this.provider.synced && socket?.bufferedAmount === 0;
      if (!delivered) return;
      if (this.#writeTimer !== null) clearTimeout(this.#writeTimer);
      this.#writeTimer = null;
      this.#pending = null;
      this.storage.removeItem(this.#key);
    }, SETTLE_MS);
  }
}
