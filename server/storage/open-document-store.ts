import type { ServerConfig } from "../config/server-config";
import type { DocumentStore } from "./document-store";
import { PostgresDocumentStore } from "./postgres-document-store";
import { SqliteDocumentStore } from "./sqlite-document-store";

/** The store the configuration names (not yet opened). */
export async function openDocumentStore(config: ServerConfig): Promise<DocumentStore> {
  if (config.store.kind === "postgres") {
    return new PostgresDocumentStore(config.store.url, config.store.schema);
  }
  return new SqliteDocumentStore(config.dataDir);
}
