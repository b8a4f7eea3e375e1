import {
  ConfigError,
  type DocumentStore,
  openDocumentStore,
  readServerConfig,
  type ServerConfig,
} from "../server";
import { CliError } from "./cli-command";

/**
 * The store a server in `cwd` would use (FORKLINE_DATA_DIR, or the configured
 * database), or the data directory given; opened, with the config it came from.
 * A bad configuration is a usage error with the config's own message.
 */
export async function openLocalStore(
  cwd: string,
  dataDir: string | undefined,
): Promise<{ store: DocumentStore; config: ServerConfig }> {
  const env = { ...process.env, ...(dataDir ? { FORKLINE_DATA_DIR: dataDir } : {}) };
  let config: ServerConfig;
  try {
    config = readServerConfig(env, { cwd, packageRoot: cwd });
  } catch (error) {
    if (error instanceof ConfigError) throw new CliError(error.message);
    throw error;
  }
  const store = await openDocumentStore(config);
  try {
    await store.open();
  } catch (error) {
    throw new CliError(`cannot open the store: ${(error as Error).message}`);
  }
  return { store, config };
}
