import type { WebSocket } from "ws";
import type { Grant } from "../auth/authorization";
import type { Logger } from "../logging/logger";
import { decodeAwarenessEntries } from "./awareness-entries";
import { decodeClientMessage } from "./client-message";
import { CLOSE, ProtocolError } from "./close-codes";
import type { Room, RoomPeer } from "./room";
import type { SyncFormat } from "./sync-answers";
import { TokenBucket } from "./token-bucket";

/** Shared by every send: a broadcast calls `send` once per connection. */
const BINARY = { binary: true } as const;

export interface ConnectionLimits {
  messagesPerSecond: number;
  messageBurst: number;
  bytesPerSecond: number;
  byteBurst: number;
  /** Close a client that has this much unsent data queued: it is not reading. */
  maxBufferedBytes: number;
  /** Frames kept while the document loads. */
  maxQueuedWhileLoading: number;
}

/**
 * One WebSocket client. Frames that arrive before the document has loaded are
 * held and handled in order once it has; every frame is decoded inside a
 * try/catch, and a bad one closes this connection only.
 */
export class Connection implements RoomPeer {
  readonly canWrite: boolean;
  readonly grant: Grant;
  alive = true;
  #room: Room | null = null;
  #queued: Uint8Array[] | null = [];
  #closed = false;
  /** Read-only clients may speak for one awareness client id: the first they use. */
  #ownClientId: number | null = null;
  readonly #ws: WebSocket;
  readonly #messages: TokenBucket;
  readonly #bytes: TokenBucket;
  readonly #limits: ConnectionLimits;
  readonly #logger: Logger;

  constructor(
    ws: WebSocket,
    grant: Grant,
    canWrite: boolean,
    limits: ConnectionLimits,
    logger: Logger,
    /** How the client asked for its sync answers (`?sync=`, see SyncAnswers). */
    readonly syncFormat: SyncFormat = "v1",
  ) {
    this.#ws = ws;
    this.grant = grant;
    this.canWrite = canWrite;
    this.#limits = limits;
    this.#logger = logger;
    this.#messages = new TokenBucket(limits.messageBurst, limits.messagesPerSecond);
    this.#bytes = new TokenBucket(limits.byteBurst, limits.bytesPerSecond);
    ws.on("message", this.#onMessage);
    ws.on("close", this.#onClose);
    ws.on("error", (error) => {
      this.#logger.debug("websocket error", { error });
      this.#onClose();
    });
    ws.on("pong", () => {
      this.alive = true;
    });
  }

  get closed(): boolean {
    return this.#closed;
  }

  /** Joins the loaded room, then handles what arrived meanwhile. */
  attach(room: Room): boolean {
    if (this.#closed) return true;
    if (!room.join(this)) return false;
    this.#room = room;
    const queued = this.#queued ?? [];
    this.#queued = null;
    for (const frame of queued) {
      if (this.#closed) break;
      this.#handle(frame);
    }
    return true;
  }

  send(frame: Uint8Array): void {
    if (this.#closed || this.#ws.readyState !== this.#ws.OPEN) return;
    if (this.#ws.bufferedAmount > this.#limits.maxBufferedBytes) {
      this.close(CLOSE.policyViolation, "not reading fast enough");
      return;
    }
    try {
      this.#ws.send(frame, BINARY);
    } catch {
      this.terminate();
    }
  }

  close(code: number, reason: string): void {
    if (this.#closed) return;
    this.#leave();
    try {
      this.#ws.close(code, reason);
    } catch {
      this.#ws.terminate();
    }
  }

  ping(): void {
    try {
      this.#ws.ping();
    } catch {
      this.terminate();
    }
  }

  terminate(): void {
    this.#leave();
    this.#ws.terminate();
  }

  #leave(): void {
    this.#closed = true;
    this.#queued = null;
    const room = this.#room;
    this.#room = null;
    try {
      room?.leave(this);
    } catch (error) {
      // Runs in socket close handlers: an exception here would take the whole process down.
      this.#logger.error("error while removing a connection", { error });
    }
  }

  #onClose = (): void => {
    if (!this.#closed) this.#leave();
  };

  #onMessage = (data: Buffer | ArrayBuffer | Buffer[], isBinary: boolean): void => {
    if (this.#closed) return;
    if (!isBinary) {
      this.close(CLOSE.unsupportedData, "binary frames only");
      return;
    }
    const frame =
      data instanceof ArrayBuffer
        ? new Uint8Array(data)
        : Array.isArray(data)
          ? Buffer.concat(data)
          : data;
    if (!this.#messages.take(1) || !this.#bytes.take(frame.byteLength)) {
      this.#logger.warn("rate limit exceeded; closing", { user: this.grant.user.id });
      this.close(CLOSE.policyViolation, "rate limit exceeded");
      return;
    }
    if (this.#queued) {
      if (this.#queued.length >= this.#limits.maxQueuedWhileLoading) {
        this.close(CLOSE.policyViolation, "too many messages before the document loaded");
        return;
      }
      this.#queued.push(frame);
      return;
    }
    this.#handle(frame);
  };

  #handle(frame: Uint8Array): void {
    const room = this.#room;
    if (!room) return;
    try {
      const message = decodeClientMessage(frame);
      switch (message.type) {
        case "sync-step-1":
          for (const answer of room.syncAnswerFor(message.stateVector, this.syncFormat))
            this.send(answer);
          break;
        case "sync-step-2":
        case "update":
          // Read-only roles: dropped silently, as the stock client does not expect a refusal.
          if (this.canWrite && !message.empty) room.submit(message.update, this);
          break;
        case "awareness": {
          const entries = decodeAwarenessEntries(message.update);
          if (this.canWrite) {
            room.applyAwareness(this, entries, message.update);
          } else {
            room.applyAwareness(
              this,
              entries.filter((e) => this.#isOwnClientId(e.clientId)),
            );
          }
          break;
        }
        case "query-awareness":
          this.send(room.awarenessFrame());
          break;
      }
    } catch (error) {
      if (error instanceof ProtocolError) {
        this.#logger.warn("closing a connection that sent a bad frame", {
          user: this.grant.user.id,
          reason: error.message,
        });
        this.close(error.code, error.message);
        return;
      }
      this.#logger.error("error while handling a message", { error });
      this.close(CLOSE.internalError, "internal error");
    }
  }

  #isOwnClientId(clientId: number): boolean {
    this.#ownClientId ??= clientId;
    return clientId === this.#ownClientId;
  }
}
