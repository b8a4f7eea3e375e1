import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  type Authorize,
  createLogger,
  type DocumentStore,
  type ForklineServer,
  type ForklineServerOptions,
  readServerConfig,
  SqliteDocumentStore,
  startForklineServer,
} from "../../../server";

const packageRoot = fileURLToPath(new URL("../../..", import.meta.url));

export interface InProcessServer {
  readonly server: ForklineServer;
  readonly url: string;
  readonly wsUrl: string;
  readonly dataDir: string;
  /** Stops the server and removes its data directory. */
  close(): Promise<void>;
}

export interface InProcessOptions {
  env?: Record<string, string>;
  authorize?: Authorize;
  /** Wraps the real SQLite store (to slow down or fail a call). */
  wrapStore?(store: SqliteDocumentStore): DocumentStore;
  dataDir?: string;
  extendApi?: ForklineServerOptions["extendApi"];
}

/** A real server in the test's process, on a free port, with a real SQLite file in a temp dir. */
export async function startInProcess(options: InProcessOptions = {}): Promise<InProcessServer> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), "forkline-test-"));
  const config = readServerConfig(
    {
      PORT: "0",
      HOST: "127.0.0.1",
      FORKLINE_DATA_DIR: dataDir,
      FORKLINE_LOG_LEVEL: "error",
      ...options.env,
    },
    { cwd: packageRoot, packageRoot },
  );
  const sqlite = config.store.kind === "sqlite" ? new SqliteDocumentStore(config.dataDir) : null;
  const server = await startForklineServer({
    config,
    authorize: options.authorize,
    store: sqlite && options.wrapStore ? options.wrapStore(sqlite) : (sqlite ?? undefined),
    logger: createLogger(config.logLevel),
    extendApi: options.extendApi,
  });
  return {
    server,
    url: server.url,
    wsUrl: server.url.replace(/^http/, "ws"),
    dataDir,
    async close() {
      await server.close();
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
