import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { ApiContext } from "./api/api-context";
import { addMiscRoutes } from "./api/misc-routes";
import { addScenarioRoutes } from "./api/scenario-routes";
import { addAssetRoutes } from "./assets/asset-routes";
import { type Authorize, isRefusal } from "./auth/authorization";
import { localAuthorize } from "./auth/local-user";
import { CLOSE } from "./collab/close-codes";
import { COLLAB_PATH, CollabEndpoint } from "./collab/collab-endpoint";
import { RoomRegistry } from "./collab/room-registry";
import type { ServerConfig } from "./config/server-config";
import { mountExportRoutes } from "./exports/mount-export-routes";
import { RedisFanout } from "./fanout/redis-fanout";
import { createEditorPage, editorPageScenarioId } from "./http/editor-page";
import { createRequestHandler } from "./http/handle-request";
import { Router } from "./http/router";
import { createStaticFiles } from "./http/static-files";
import { createLogger, type Logger } from "./logging/logger";
import { ScenarioService } from "./scenarios/scenario-service";
import type { DocumentStore } from "./storage/document-store";
import { openDocumentStore } from "./storage/open-document-store";
import { TemplateCatalog } from "./templates/template-catalog";

export interface ForklineServerOptions {
  config: ServerConfig;
  /** Who may do what; defaults to the single local user as a designer. */
  authorize?: Authorize;
  /** A store to use instead of the one the config names (tests wrap the real one). */
  store?: DocumentStore;
  logger?: Logger;
  /**
   * Adds routes under `/api` (export jobs, xAPI intake, ...) next to the
   * built-in ones; `context.authorize` is the same hook the rest of the API uses.
   */
  extendApi?(
    router: Router,
    context: ApiContext & { store: DocumentStore; rooms: RoomRegistry },
  ): void;
}

export interface ForklineServer {
  /** `http://host:port` */
  readonly url: string;
  readonly port: number;
  /** True the first time this data directory (or database) is used. */
  readonly firstStart: boolean;
  readonly store: DocumentStore;
  readonly rooms: RoomRegistry;
  readonly http: Server;
  /**
   * Graceful stop: refuse new requests and connections, close every live
   * connection with 1012 after committing what it sent, compact, close storage.
   */
  close(): Promise<void>;
}

/**
 * Starts Forkline on one port: the studio, `/api`, and `/collab/<room>`. It
 * listens only once storage is open and the templates are loaded, so a health
 * check that answers means the server can serve.
 */
export async function startForklineServer(options: ForklineServerOptions): Promise<ForklineServer> {
  const { config } = options;
  const logger = options.logger ?? createLogger(config.logLevel);
  const authorize = options.authorize ?? localAuthorize;
  const store = options.store ?? (await openDocumentStore(config));
  const { firstStart } = await store.open();
  const templates = await TemplateCatalog.load(config.templatesDir, logger);
  const fanout = config.redis
    ? new RedisFanout({ url: config.redis.url, prefix: config.redis.prefix, store, logger })
    : undefined;
  await fanout?.start();

  let scenarios: ScenarioService | null = null;
  const rooms = new RoomRegistry({
    store,
    logger,
    compactAfterUpdates: config.documents.compactAfterUpdates,
    idleMs: config.documents.idleMs,
    unloadAfterMs: config.documents.unloadAfterMs,
    describe: (room) => scenarios?.describe(room) ?? Promise.resolve(),
    fanout,
  });
  scenarios = new ScenarioService({ store, registry: rooms, templates, logger });

  let ready = false;
  const router = new Router();
  const apiContext: ApiContext = {
    authorize,
    scenarios,
    templates,
    limits: config.limits,
    isReady: () => ready,
    closeScenario: (id: string) => rooms.closeScenario(id, CLOSE.gone, "scenario deleted"),
  };
  addMiscRoutes(router, apiContext);
  addScenarioRoutes(router, apiContext);
  addAssetRoutes(router, apiContext, store);
  options.extendApi?.(router, { ...apiContext, store, rooms });
  mountExportRoutes(router, { ...apiContext, store });

  const collab = new CollabEndpoint({
    registry: rooms,
    store,
    authorize,
    logger,
    maxMessageBytes: config.limits.maxMessageBytes,
    messagesPerSecond: config.limits.messagesPerSecond,
    messageBurst: config.limits.messageBurst,
    allowedOrigins: config.allowedOrigins,
  });

  const staticFiles = createStaticFiles(config.studioDir);
  const editorPage = createEditorPage({
    studioDir: config.studioDir,
    firstPaintWorker: config.firstPaintWorker,
    firstView: async (request, scenarioId) => {
      if (isRefusal(await authorize(request, scenarioId))) return null;
      return scenarios.firstView(scenarioId);
    },
    logger,
  });
  const http = createServer(
    createRequestHandler({
      router,
      serveStatic: async (request, response, pathname) => {
        const scenarioId = editorPageScenarioId(pathname);
        if (scenarioId && (await editorPage.serve(request, response, scenarioId))) return;
        await staticFiles(request, response, pathname);
      },
      onStudioPage: (request, pathname) => {
        const scenarioId = editorPageScenarioId(pathname);
        if (scenarioId) void collab.warm(request, scenarioId);
      },
      allowedOrigins: config.allowedOrigins,
      logger,
    }),
  );
  http.on("upgrade", (request, socket, head) => {
    if ((request.url ?? "").startsWith(COLLAB_PATH)) collab.handleUpgrade(request, socket, head);
    else {
      socket.end("HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
      socket.destroy();
    }
  });
  http.on("clientError", (_error, socket) => {
    if (socket.writable) socket.end("HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n");
    socket.destroy();
  });

  await new Promise<void>((resolve, reject) => {
    http.once("error", reject);
    http.listen(config.port, config.host, () => {
      http.off("error", reject);
      resolve();
    });
  });
  ready = true;
  // The first editor page should not wait for the renderer to start.
  setImmediate(() => editorPage.warm());
  const { port } = http.address() as AddressInfo;
  const host = config.host.includes(":") ? `[${config.host}]` : config.host;
  const shownHost = host === "0.0.0.0" || host === "[::]" ? "localhost" : host;

  let closing: Promise<void> | null = null;
  const close = (): Promise<void> => {
    closing ??= (async () => {
      ready = false;
      collab.stopAccepting();
      const stopped = new Promise<void>((resolve) => http.close(() => resolve()));
      http.closeIdleConnections();
      await rooms.closeAll(CLOSE.serviceRestart, "server restarting");
      collab.close(CLOSE.serviceRestart, "server restarting");
      http.closeAllConnections();
      await stopped;
      await editorPage.close();
      await fanout?.stop();
      await store.close();
    })();
    return closing;
  };

  return {
    url: `http://${shownHost}:${port}`,
    port,
    firstStart,
    store,
    rooms,
    http,
    close,
  };
}
