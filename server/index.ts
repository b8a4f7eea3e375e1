/**
 * The public surface of `server`: start a Forkline server in-process, the
 * authorization hook the accounts work will fill in, and the storage interface
 * with its implementations. `server/main.ts` is the process entry.
 */
export { type ApiContext, requireGrant } from "./api/api-context";
export { scenarioJson } from "./api/scenario-routes";
export { assetIdOf } from "./assets/asset-id";
export { type AssetSweepResult, sweepAssets } from "./assets/sweep-assets";
export {
  type Authorize,
  canManageScenarios,
  canWrite,
  type DocumentKind,
  type Grant,
  isRefusal,
  type Refusal,
  ROLES,
  type Role,
  refusal,
  type User,
} from "./auth/authorization";
export { LOCAL_USER, localAuthorize } from "./auth/local-user";
export { CLOSE } from "./collab/close-codes";
export type { Room } from "./collab/room";
export type { RoomRegistry } from "./collab/room-registry";
export { splitDocument } from "./collab/split-document";
export { ConfigError, readServerConfig, type ServerConfig } from "./config/server-config";
export {
  type ForklineServer,
  type ForklineServerOptions,
  startForklineServer,
} from "./create-forkline-server";
export { ApiError, invalidRequest, notFound } from "./http/api-error";
export { readJsonBody, readJsonText } from "./http/read-body";
export { type RouteContext, type RouteHandler, Router } from "./http/router";
export { sendJson } from "./http/send-json";
export { createLogger, type Logger } from "./logging/logger";
export { ScenarioService } from "./scenarios/scenario-service";
export { importScenario } from "./scenarios/store-scenario";
export type {
  DocumentRef,
  DocumentStore,
  NewAsset,
  NewScenario,
  ScenarioListing,
  ScenarioQuery,
  ScenarioRecord,
  StoredAsset,
  StoredDocument,
  StoredUpdate,
} from "./storage/document-store";
export { openDocumentStore } from "./storage/open-document-store";
export { PostgresDocumentStore } from "./storage/postgres-document-store";
export { SqliteDocumentStore } from "./storage/sqlite-document-store";
