import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import type { Room } from "../collab/room";
import type { FanoutHub } from "../collab/room-registry";
import type { Logger } from "../logging/logger";
import { type DocumentRef, type DocumentStore, documentKey } from "../storage/document-store";
import {
  decodeAwarenessMessage,
  decodeUpdateBatch,
  encodeAwarenessMessage,
  encodeUpdateBatch,
} from "./fanout-messages";

export interface RedisFanoutOptions {
  url: string;
  prefix: string;
  store: DocumentStore;
  logger: Logger;
  /** Entries kept per document stream (approximate); older ones are filled from storage if needed. */
  maxStreamLength?: number;
  /** How long a gap in sequence numbers may last before it is filled from storage. */
  gapWaitMs?: number;
}

const STREAM_TTL_MS = 24 * 60 * 60 * 1000;

interface Subscription {
  room: Room;
  lastId: string;
  gapTimer: NodeJS.Timeout | null;
}

/**
 * Fan-out between server instances sharing one PostgreSQL store. Committed
 * document updates go through a Redis Stream per document: entries are read
 * by id, so an instance that was busy or reconnecting resumes where it was,
 * and a sequence gap (a trimmed or lost entry) is filled from storage.
 * Presence goes over pub/sub: losing a cursor position is harmless.
 */
export class RedisFanout implements FanoutHub {
  readonly instance = randomUUID();
  readonly #o: RedisFanoutOptions;
  readonly #commands: Redis;
  readonly #reader: Redis;
  readonly #subscriber: Redis;
  readonly #subs = new Map<string, Subscription>();
  #readerId: number | null = null;
  #running = false;
  #loop: Promise<void> | null = null;
  #wake: (() => void) | null = null;

  constructor(options: RedisFanoutOptions) {
    this.#o = options;
    const make = () => new Redis(options.url, { lazyConnect: true, maxRetriesPerRequest: null });
    this.#commands = make();
    this.#reader = make();
    this.#subscriber = make();
    for (const r of [this.#commands, this.#reader, this.#subscriber]) {
      r.on("error", (error) => options.logger.warn("redis connection error", { error }));
    }
    this.#subscriber.on("messageBuffer", this.#onAwareness);
  }

  #streamKey = (key: string) => `${this.#o.prefix}:updates:${key}`;
  #channel = (key: string) => `${this.#o.prefix}:awareness:${key}`;

  async start(): Promise<void> {
    await Promise.all([
      this.#commands.connect(),
      this.#reader.connect(),
      this.#subscriber.connect(),
    ]);
    this.#readerId = Number(await this.#reader.client("ID"));
    this.#running = true;
    this.#loop = this.#readLoop();
  }

  async stop(): Promise<void> {
    this.#running = false;
    this.#interrupt();
    await this.#loop?.catch(() => {});
    for (const sub of this.#subs.values()) if (sub.gapTimer) clearTimeout(sub.gapTimer);
    this.#subs.clear();
    this.#reader.disconnect();
    this.#subscriber.disconnect();
    await this.#commands.quit().catch(() => {});
  }

  async positionBeforeLoad(ref: DocumentRef): Promise<string> {
    const last = await this.#commands.xrevrange(
      this.#streamKey(documentKey(ref)),
      "+",
      "-",
      "COUNT",
      1,
    );
    return last[0]?.[0] ?? "0-0";
  }

  attach(room: Room, position: string): void {
    this.#subs.set(room.key, { room, lastId: position, gapTimer: null });
    void this.#subscriber
      .subscribe(this.#channel(room.key))
      .catch((error) =>
        this.#o.logger.warn("could not subscribe to presence", { doc: room.key, error }),
      );
    this.#interrupt();
  }

  detach(room: Room): void {
    const sub = this.#subs.get(room.key);
    if (!sub || sub.room !== room) return;
    if (sub.gapTimer) clearTimeout(sub.gapTimer);
    this.#subs.delete(room.key);
    void this.#subscriber.unsubscribe(this.#channel(room.key)).catch(() => {});
  }

  publish(ref: DocumentRef, firstSeq: number, updates: readonly Uint8Array[]): void {
    const data = Buffer.from(encodeUpdateBatch(updates));
    const key = this.#streamKey(documentKey(ref));
    this.#commands
      .pipeline()
      .xadd(
        key,
        "MAXLEN",
        "~",
        String(this.#o.maxStreamLength ?? 10_000),
        "*",
        "instance",
        this.instance,
        "first",
        String(firstSeq),
        "data",
        data,
      )
      // Streams of documents nobody edits any more expire; storage has everything anyway.
      .pexpire(key, STREAM_TTL_MS)
      .exec()
      .then((results) => {
        const failed = results?.find(([error]) => error)?.[0];
        if (failed) throw failed;
      })
      .catch((error) =>
        this.#o.logger.warn("could not publish updates", { doc: documentKey(ref), error }),
      );
    // Our own commit may have skipped numbers another instance took: fetch them if they do not arrive.
    const sub = this.#subs.get(documentKey(ref));
    if (sub?.room.missingSeqs) this.#scheduleGapFill(sub);
  }

  publishAwareness(ref: DocumentRef, update: Uint8Array): void {
    const message = Buffer.from(encodeAwarenessMessage(this.instance, update));
    this.#commands.publish(this.#channel(documentKey(ref)), message).catch(() => {});
  }

  /** Makes a blocked XREAD return so the loop picks up a changed set of streams. */
  #interrupt(): void {
    this.#wake?.();
    if (this.#readerId !== null)
      void this.#commands.client("UNBLOCK", this.#readerId).catch(() => {});
  }

  async #readLoop(): Promise<void> {
    while (this.#running) {
      const subs = [...this.#subs.entries()];
      if (subs.length === 0) {
        await new Promise<void>((resolve) => {
          this.#wake = resolve;
          setTimeout(resolve, 1000).unref();
        });
        this.#wake = null;
        continue;
      }
      let result: [Buffer, [Buffer, Buffer[]][]][] | null;
      try {
        result = (await this.#reader.xreadBuffer(
          "COUNT",
          500,
          "BLOCK",
          5000,
          "STREAMS",
          ...subs.map(([key]) => this.#streamKey(key)),
          ...subs.map(([, sub]) => sub.lastId),
        )) as [Buffer, [Buffer, Buffer[]][]][] | null;
      } catch (error) {
        if (!this.#running) return;
        this.#o.logger.warn("redis stream read failed; retrying", { error });
        await new Promise((r) => setTimeout(r, 500));
        continue;
      }
      for (const [streamKey, entries] of result ?? []) {
        const key = streamKey.toString().slice(`${this.#o.prefix}:updates:`.length);
        const sub = this.#subs.get(key);
        if (!sub) continue;
        for (const [id, fields] of entries) {
          sub.lastId = id.toString();
          this.#applyEntry(sub, fields);
        }
        if (sub.room.missingSeqs) this.#scheduleGapFill(sub);
      }
    }
  }

  #applyEntry(sub: Subscription, fields: Buffer[]): void {
    const get = (name: string) => {
      for (let i = 0; i < fields.length; i += 2) {
        if (fields[i]?.toString() === name) return fields[i + 1];
      }
      return undefined;
    };
    if (get("instance")?.toString() === this.instance) return;
    const first = Number(get("first")?.toString());
    const data = get("data");
    if (!Number.isInteger(first) || !data) return;
    try {
      decodeUpdateBatch(new Uint8Array(data)).forEach((update, i) => {
        sub.room.applyRemote(first + i, update);
      });
    } catch (error) {
      this.#o.logger.warn("skipped a malformed fan-out entry", { doc: sub.room.key, error });
    }
  }

  /** Entries can arrive out of order across instances; a gap that lasts is filled from storage. */
  #scheduleGapFill(sub: Subscription): void {
    if (sub.gapTimer) return;
    sub.gapTimer = setTimeout(async () => {
      sub.gapTimer = null;
      if (!sub.room.missingSeqs || sub.room.state !== "ready") return;
      try {
        const missing = await this.#o.store.loadUpdatesSince(sub.room.ref, sub.room.appliedSeq);
        for (const u of missing) sub.room.applyRemote(u.seq, u.data);
      } catch (error) {
        this.#o.logger.warn("could not fill a fan-out gap", { doc: sub.room.key, error });
      }
      if (sub.room.missingSeqs) this.#scheduleGapFill(sub);
    }, this.#o.gapWaitMs ?? 250);
    sub.gapTimer.unref();
  }

  #onAwareness = (channel: Buffer, message: Buffer): void => {
    const key = channel.toString().slice(`${this.#o.prefix}:awareness:`.length);
    const sub = this.#subs.get(key);
    if (!sub) return;
    try {
      const { instance, update } = decodeAwarenessMessage(new Uint8Array(message));
      if (instance !== this.instance) sub.room.applyRemoteAwareness(update);
    } catch (error) {
      this.#o.logger.warn("skipped a malformed presence message", { doc: key, error });
    }
  };
}
