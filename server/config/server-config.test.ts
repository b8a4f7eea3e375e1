import { describe, expect, it } from "vitest";
import { ConfigError, readServerConfig } from "./server-config";

const paths = { cwd: "/home/user/work", packageRoot: "/opt/forkline" };

describe("readServerConfig", () => {
  it("has defaults a new user can run with", () => {
    const config = readServerConfig({}, paths);
    expect(config).toMatchObject({
      port: 8080,
      host: "127.0.0.1",
      dataDir: "/home/user/work/data",
      studioDir: "/opt/forkline/dist/studio",
      firstPaintWorker: "/opt/forkline/dist/first-paint/first-paint-worker.mjs",
      templatesDir: "/opt/forkline/templates",
      store: { kind: "sqlite" },
      redis: null,
    });
    expect(config.limits.maxAssetBytes).toBe(26_214_400);
  });

  it("reads numbers, lists and absolute paths", () => {
    const config = readServerConfig(
      {
        PORT: "0",
        FORKLINE_DATA_DIR: "/var/lib/forkline",
        FORKLINE_RATE_LIMIT: "5",
        FORKLINE_MAX_ASSET_BYTES: "4096",
        FORKLINE_ALLOWED_ORIGINS: "https://a.example, https://b.example",
      },
      paths,
    );
    expect(config.port).toBe(0);
    expect(config.dataDir).toBe("/var/lib/forkline");
    expect(config.limits.messagesPerSecond).toBe(5);
    expect(config.limits.maxAssetBytes).toBe(4096);
    expect(config.allowedOrigins).toEqual(["https://a.example", "https://b.example"]);
  });

  it("refuses bad values, naming the variable", () => {
    expect(() => readServerConfig({ PORT: "80a" }, paths)).toThrow(ConfigError);
    expect(() => readServerConfig({ PORT: "70000" }, paths)).toThrow(/PORT/);
    expect(() => readServerConfig({ FORKLINE_MAX_ASSET_BYTES: "1023" }, paths)).toThrow(
      /FORKLINE_MAX_ASSET_BYTES/,
    );
    expect(() => readServerConfig({ FORKLINE_STORE: "mysql" }, paths)).toThrow(/FORKLINE_STORE/);
    expect(() => readServerConfig({ FORKLINE_STORE: "postgres" }, paths)).toThrow(/DATABASE_URL/);
    expect(() => readServerConfig({ REDIS_URL: "redis://x" }, paths)).toThrow(/REDIS_URL/);
    expect(() => readServerConfig({ FORKLINE_PG_SCHEMA: "drop table" }, paths)).toThrow(
      /FORKLINE_PG_SCHEMA/,
    );
  });
});
