import { type IncomingMessage, STATUS_CODES } from "node:http";
import type { Duplex } from "node:stream";
import { WebSocketServer } from "ws";
import { type Authorize, canWrite, type Grant, isRefusal } from "../auth/authorization";
import { isAllowedOrigin } from "../auth/check-origin";
import type { Logger } from "../logging/logger";
import type { DocumentRef, DocumentStore } from "../storage/document-store";
import { CLOSE } from "./close-codes";
import { Connection, type ConnectionLimits } from "./connection";
import { parseRoomName } from "./room-name";
import type { RoomRegistry } from "./room-registry";
import { type SyncFormat, SyncFormatSchema } from "./sync-answers";

export const COLLAB_PATH = "/collab/";

export interface CollabEndpointOptions {
  registry: RoomRegistry;
  store: DocumentStore;
  authorize: Authorize;
  logger: Logger;
  maxMessageBytes: number;
  messagesPerSecond: number;
  messageBurst: number;
  allowedOrigins: readonly string[];
  /** How often dead connections are looked for (a ping each time; no pong by the next one: closed). */
  heartbeatMs?: number;
}

function refuseUpgrade(socket: Duplex, status: number, message: string): void {
  const body = JSON.stringify({ error: { code: `http_${status}`, message } });
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nConnection: close\r\n` +
      `Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
  socket.destroy();
}

/**
 * `/collab/<room>` on the HTTP server's upgrade event. Who may connect is
 * settled before the WebSocket handshake completes: a refused request gets a
 * plain HTTP 401/403/404 and never sees a Yjs message.
 */
export class CollabEndpoint {
  readonly #wss: WebSocketServer;
  readonly #o: CollabEndpointOptions;
  readonly #connections = new Set<Connection>();
  readonly #limits: ConnectionLimits;
  readonly #heartbeat: NodeJS.Timeout;
  #accepting = true;

  constructor(options: CollabEndpointOptions) {
    this.#o = options;
    this.#wss = new WebSocketServer({
      noServer: true,
      maxPayload: options.maxMessageBytes,
      perMessageDeflate: false,
    });
    this.#limits = {
      messagesPerSecond: options.messagesPerSecond,
      messageBurst: options.messageBurst,
      bytesPerSecond: Math.max(1024 * 1024, options.maxMessageBytes / 4),
      byteBurst: options.maxMessageBytes * 2,
      maxBufferedBytes: Math.max(64 * 1024 * 1024, options.maxMessageBytes * 2),
      maxQueuedWhileLoading: 1000,
    };
    this.#heartbeat = setInterval(this.#checkAlive, options.heartbeatMs ?? 30_000);
    this.#heartbeat.unref();
  }

  get connectionCount(): number {
    return this.#connections.size;
  }

  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    socket.on("error", () => socket.destroy());
    this.#upgrade(request, socket, head).catch((error) => {
      this.#o.logger.error("upgrade failed", { error });
      refuseUpgrade(socket, 500, "internal error");
    });
  }

  async #upgrade(request: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
    if (!this.#accepting) return refuseUpgrade(socket, 503, "shutting down");
    const url = new URL(request.url ?? "/", "http://x");
    const path = url.pathname;
    // `?sync=v2` or `v2-parts` asks for v2 sync answers (see SyncAnswers); an unknown value is not
    // worth refusing a connection over.
    const syncFormat = SyncFormatSchema.catch("v1").parse(url.searchParams.get("sync") ?? "v1");
    let name: string;
    try {
      name = decodeURIComponent(path.slice(COLLAB_PATH.length));
    } catch {
      return refuseUpgrade(socket, 404, "no such document");
    }
    const ref = parseRoomName(name);
    if (!ref) return refuseUpgrade(socket, 404, "no such document");
    if (!isAllowedOrigin(request, this.#o.allowedOrigins)) {
      return refuseUpgrade(socket, 403, "cross-origin connection refused");
    }
    const result = await this.#admit(request, ref);
    if ("refused" in result) return refuseUpgrade(socket, result.refused, result.message);
    this.#wss.handleUpgrade(request, socket, head, (ws) =>
      this.#connect(ws, ref, result, syncFormat),
    );
  }

  /** Who may open `ref` now: the request's grant, or why not (an HTTP status and a message). */
  async #admit(
    request: IncomingMessage,
    ref: DocumentRef,
  ): Promise<Grant | { refused: number; message: string }> {
    const result = await this.#o.authorize(request, ref.scenarioId);
    if (isRefusal(result)) return result;
    const scenario = await this.#o.store.getScenario(ref.scenarioId);
    if (!scenario || scenario.deletedAt) return { refused: 404, message: "no such scenario" };
    if (!this.#accepting) return { refused: 503, message: "shutting down" };
    return result;
  }

  #connect(
    ws: import("ws").WebSocket,
    ref: DocumentRef,
    grant: Grant,
    syncFormat: SyncFormat,
  ): void {
    const connection = new Connection(
      ws,
      grant,
      canWrite(grant.role, ref.kind),
      this.#limits,
      this.#o.logger,
      syncFormat,
    );
    this.#connections.add(connection);
    ws.on("close", () => this.#connections.delete(connection));
    const join = async (): Promise<void> => {
      for (let attempt = 0; attempt < 3; attempt++) {
        const room = await this.#o.registry.open(ref);
        if (connection.attach(room)) return;
      }
      connection.close(CLOSE.tryAgainLater, "document is reloading");
    };
    join().catch((error) => {
      this.#o.logger.error("could not open a document", {
        scenario: ref.scenarioId,
        kind: ref.kind,
        error,
      });
      connection.close(CLOSE.internalError, "document unavailable");
    });
  }

  /**
   * Starts loading a scenario's document into memory ahead of its first
   * connection: the studio's page for it has just been asked for, and its
   * socket follows once the page's script runs. Same checks as a connection;
   * a room nobody joins unloads like any idle one.
   */
  async warm(request: IncomingMessage, scenarioId: string): Promise<void> {
    const ref = parseRoomName(scenarioId);
    if (ref?.kind !== "scenario" || !this.#accepting) return;
    try {
      if ("refused" in (await this.#admit(request, ref))) return;
      await this.#o.registry.open(ref);
    } catch (error) {
      // The connection that follows meets the same problem and reports it to its client.
      this.#o.logger.debug("could not warm a document", { scenario: ref.scenarioId, error });
    }
  }

  #checkAlive = (): void => {
    for (const connection of this.#connections) {
      if (!connection.alive) {
        connection.terminate();
        this.#connections.delete(connection);
        continue;
      }
      connection.alive = false;
      connection.ping();
    }
  };

  /** Stops taking new connections; existing ones are closed by their rooms. */
  stopAccepting(): void {
    this.#accepting = false;
  }

  /** Closes whatever is left (connections still waiting for a document to load). */
  close(code: number, reason: string): void {
    clearInterval(this.#heartbeat);
    for (const connection of this.#connections) connection.close(code, reason);
    this.#wss.close();
  }
}
