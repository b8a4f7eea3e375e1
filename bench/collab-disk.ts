import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { percentile } from "./collab-clients";

/**
 * What one durable commit costs on this disk right now: small appends to a
 * SQLite file in WAL mode with synchronous=FULL, where the server keeps its
 * data in the benchmark. Durable propagation cannot beat this floor, so it is
 * printed next to the figures it explains.
 */
export function measureCommitFloor(commits = 300): {
  p50: number;
  p95: number;
  p99: number;
  max: number;
} {
  const dir = mkdtempSync(join(tmpdir(), "forkline-disk-"));
  const db = new Database(join(dir, "probe.sqlite"));
  try {
    db.pragma("journal_mode = WAL");
    db.pragma("synchronous = FULL");
    db.exec("CREATE TABLE log (seq INTEGER PRIMARY KEY, data BLOB NOT NULL)");
    const insert = db.prepare("INSERT INTO log (data) VALUES (?)");
    const data = Buffer.alloc(64, 7);
    const times: number[] = [];
    for (let i = 0; i < commits; i++) {
      const t0 = performance.now();
      insert.run(data);
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    return {
      p50: percentile(times, 50),
      p95: percentile(times, 95),
      p99: percentile(times, 99),
      max: times.at(-1) ?? Number.NaN,
    };
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
