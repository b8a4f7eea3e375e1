import { isAbsolute, resolve } from "node:path";
import { z } from "zod";

const intFromEnv = (min: number, max: number, fallback: number) =>
  z.coerce.number().int().min(min).max(max).default(fallback);

const listFromEnv = z
  .string()
  .default("")
  .transform((s) =>
    s
      .split(",")
      .map((p) => p.trim())
      .filter(Boolean),
  );

/**
 * Every setting the server reads, from environment variables. Parsed once with
 * zod at start-up so a typo fails loudly instead of running with a silent default.
 */
export const ServerEnvSchema = z
  .object({
    PORT: intFromEnv(0, 65535, 8080),
    /** Loopback by default: until accounts exist, whoever reaches the port works as the local user. */
    HOST: z.string().min(1).default("127.0.0.1"),
    FORKLINE_DATA_DIR: z.string().min(1).default("./data"),
    FORKLINE_STUDIO_DIR: z.string().min(1).default("dist/studio"),
    /** The studio's server-side renderer of a scenario's first view (built beside the studio). */
    FORKLINE_FIRST_PAINT_WORKER: z
      .string()
      .min(1)
      .default("dist/first-paint/first-paint-worker.mjs"),
    FORKLINE_TEMPLATES_DIR: z.string().min(1).default("templates"),
    FORKLINE_STORE: z.enum(["sqlite", "postgres"]).default("sqlite"),
    DATABASE_URL: z.string().optional(),
    /** PostgreSQL schema holding Forkline's tables (one per test run keeps runs apart). */
    FORKLINE_PG_SCHEMA: z
      .string()
      .regex(/^[a-z_][a-z0-9_]{0,62}$/)
      .default("forkline"),
    REDIS_URL: z.string().optional(),
    /** Prefix of every Redis key and channel this deployment uses. */
    FORKLINE_REDIS_PREFIX: z.string().min(1).max(100).default("forkline"),
    FORKLINE_LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),
    /** Largest WebSocket message accepted; a whole large document arrives as one sync message. */
    FORKLINE_MAX_MESSAGE_BYTES: intFromEnv(1024, 256 * 1024 * 1024, 32 * 1024 * 1024),
    /** Largest scenario file accepted by the import endpoint. */
    FORKLINE_MAX_IMPORT_BYTES: intFromEnv(1024, 256 * 1024 * 1024, 32 * 1024 * 1024),
    /** Largest uploaded media file; the whole file sits in memory while it is checked and stored. */
    FORKLINE_MAX_ASSET_BYTES: intFromEnv(1024, 256 * 1024 * 1024, 25 * 1024 * 1024),
    /** Sustained messages per second per connection, and the burst allowed above it. */
    FORKLINE_RATE_LIMIT: intFromEnv(1, 100_000, 200),
    FORKLINE_RATE_BURST: intFromEnv(1, 1_000_000, 600),
    /** Compact a document's update log into its snapshot after this many updates. */
    FORKLINE_COMPACT_AFTER: intFromEnv(1, 1_000_000, 500),
    /** A document with no update for this long has its log compacted and its listing refreshed. */
    FORKLINE_IDLE_MS: intFromEnv(10, 3_600_000, 5_000),
    /** A document with no connection for this long is unloaded from memory. */
    FORKLINE_UNLOAD_AFTER_MS: intFromEnv(10, 86_400_000, 30_000),
    /** Browser origins allowed besides the server's own and loopback ones (comma-separated). */
    FORKLINE_ALLOWED_ORIGINS: listFromEnv,
  })
  .superRefine((env, ctx) => {
    if (env.FORKLINE_STORE === "postgres" && !env.DATABASE_URL) {
      ctx.addIssue({
        code: "custom",
        path: ["DATABASE_URL"],
        message: "FORKLINE_STORE=postgres needs DATABASE_URL",
      });
    }
    if (env.REDIS_URL && env.FORKLINE_STORE !== "postgres") {
      ctx.addIssue({
        code: "custom",
        path: ["REDIS_URL"],
        message: "fan-out between instances needs a shared store: set FORKLINE_STORE=postgres",
      });
    }
  });

export type LogLevel = z.infer<typeof ServerEnvSchema>["FORKLINE_LOG_LEVEL"];

export interface ServerConfig {
  port: number;
  host: string;
  dataDir: string;
  studioDir: string;
  firstPaintWorker: string;
  templatesDir: string;
  store: { kind: "sqlite" } | { kind: "postgres"; url: string; schema: string };
  redis: { url: string; prefix: string } | null;
  logLevel: LogLevel;
  limits: {
    maxMessageBytes: number;
    maxImportBytes: number;
    maxAssetBytes: number;
    maxJsonBodyBytes: number;
    messagesPerSecond: number;
    messageBurst: number;
  };
  documents: { compactAfterUpdates: number; idleMs: number; unloadAfterMs: number };
  allowedOrigins: string[];
}

export class ConfigError extends Error {}

/**
 * Reads and validates the configuration. The data directory is relative to the
 * working directory (where the user ran the command); the studio build and the
 * templates are relative to the package.
 */
export function readServerConfig(
  env: Record<string, string | undefined>,
  paths: { cwd: string; packageRoot: string },
): ServerConfig {
  const parsed = ServerEnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`invalid configuration:\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  const abs = (p: string, base: string) => (isAbsolute(p) ? p : resolve(base, p));
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: abs(e.FORKLINE_DATA_DIR, paths.cwd),
    studioDir: abs(e.FORKLINE_STUDIO_DIR, paths.packageRoot),
    firstPaintWorker: abs(e.FORKLINE_FIRST_PAINT_WORKER, paths.packageRoot),
    templatesDir: abs(e.FORKLINE_TEMPLATES_DIR, paths.packageRoot),
    store:
      e.FORKLINE_STORE === "postgres"
        ? { kind: "postgres", url: e.DATABASE_URL ?? "", schema: e.FORKLINE_PG_SCHEMA }
        : { kind: "sqlite" },
    redis: e.REDIS_URL ? { url: e.REDIS_URL, prefix: e.FORKLINE_REDIS_PREFIX } : null,
    logLevel: e.FORKLINE_LOG_LEVEL,
    limits: {
      maxMessageBytes: e.FORKLINE_MAX_MESSAGE_BYTES,
      maxImportBytes: e.FORKLINE_MAX_IMPORT_BYTES,
      maxAssetBytes: e.FORKLINE_MAX_ASSET_BYTES,
      maxJsonBodyBytes: 64 * 1024,
      messagesPerSecond: e.FORKLINE_RATE_LIMIT,
      messageBurst: e.FORKLINE_RATE_BURST,
    },
    documents: {
      compactAfterUpdates: e.FORKLINE_COMPACT_AFTER,
      idleMs: e.FORKLINE_IDLE_MS,
      unloadAfterMs: e.FORKLINE_UNLOAD_AFTER_MS,
    },
    allowedOrigins: e.FORKLINE_ALLOWED_ORIGINS,
  };
}
