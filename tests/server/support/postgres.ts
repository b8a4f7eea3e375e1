import { randomUUID } from "node:crypto";
import pg from "pg";

/** The local PostgreSQL the test suite uses (trust auth, database `test`). */
export const DATABASE_URL =
  process.env.FORKLINE_TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
export const REDIS_URL = process.env.FORKLINE_TEST_REDIS_URL ?? "redis://127.0.0.1:6379";

/** A schema name of its own for one test file, so runs never see each other's rows. */
export function testSchemaName(): string {
  return `fl_test_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
}

export async function dropSchema(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: DATABASE_URL });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await client.end();
  }
}

/** Removes every Redis key under a test's prefix. */
export async function dropRedisPrefix(prefix: string): Promise<void> {
  const { Redis } = await import("ioredis");
  const redis = new Redis(REDIS_URL);
  try {
    let cursor = "0";
    do {
      const [next, keys] = await redis.scan(cursor, "MATCH", `${prefix}:*`, "COUNT", 500);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== "0");
  } finally {
    redis.disconnect();
  }
}
