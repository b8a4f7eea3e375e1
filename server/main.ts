/**
 * The server process: `node --import tsx server/main.ts`. Reads the
 * configuration from the environment, starts, and stops gracefully on SIGTERM
 * or SIGINT (connections closed with 1012, everything committed, exit 0).
 */
import { fileURLToPath } from "node:url";
import { LOCAL_USER } from "./auth/local-user";
import { commitStats } from "./collab/commit-stats";
import { ConfigError, readServerConfig } from "./config/server-config";
import { startForklineServer } from "./create-forkline-server";
import { createLogger } from "./logging/logger";

const packageRoot = fileURLToPath(new URL("..", import.meta.url));

async function main(): Promise<void> {
  let config: ReturnType<typeof readServerConfig>;
  try {
    config = readServerConfig(process.env, { cwd: process.cwd(), packageRoot });
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  const server = await startForklineServer({ config, logger });

  console.log(`Forkline is running at ${server.url}`);
  if (server.firstStart) {
    console.log(
      `First start: there are no accounts yet, so everyone who opens this address works as ` +
        `"${LOCAL_USER.name}" with the designer role. Scenarios are kept in ${config.dataDir}.`,
    );
  }

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn(`second ${signal}: exiting without finishing the shutdown`);
      process.exit(1);
    }
    stopping = true;
    logger.info(`${signal}: shutting down`);
    const deadline = setTimeout(() => {
      logger.error("shutdown took longer than 20 s; exiting");
      process.exit(1);
    }, 20_000);
    deadline.unref();
    server.close().then(
      () => {
        const { updates, transactions } = commitStats;
        logger.info(`stored ${updates} updates in ${transactions} transactions`);
        process.exit(0);
      },
      (error: unknown) => {
        logger.error("shutdown failed", { error });
        process.exit(1);
      },
    );
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  // Every known failure path handles its own errors; this is the net for the unknown ones.
  // Durability does not depend on the process surviving, so an unexpected throw exits.
  process.on("unhandledRejection", (error) => logger.error("unhandled rejection", { error }));
  process.on("uncaughtException", (error) => {
    logger.error("uncaught exception; exiting", { error: error.stack ?? error.message });
    process.exit(1);
  });
}

main().catch((error: unknown) => {
  console.error("Forkline could not start:", error instanceof Error ? error.message : error);
  process.exit(1);
});
