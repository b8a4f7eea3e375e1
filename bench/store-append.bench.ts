/**
 * What one durable append costs the embedded store, on a small document and on
 * a 5,000-node one: the server holds every edit until this returns, so it sits
 * on the path of every keystroke a collaborator sees.
 *
 *   node --import tsx bench/store-append.bench.ts [--appends 500]
 *
 * The real SqliteDocumentStore (WAL, synchronous=FULL) on a temp dir; each
 * append is one small Yjs update in its own transaction, as when one person types.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as Y from "yjs";
import { scenarioToYDoc } from "../core";
import { SqliteDocumentStore } from "../server";
import { generateScenario } from "./support/generate-scenario";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const APPENDS = arg("appends", 500);

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

async function measure(label: string, snapshot: Uint8Array): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "forkline-append-"));
  const store = new SqliteDocumentStore(dir);
  await store.open();
  try {
    await store.createScenario(
      { id: "s", title: label, summary: "", tags: [], nodeCount: 0, template: null },
      { scenario: snapshot },
    );
    const ref = { scenarioId: "s", kind: "scenario" as const };
    const writer = new Y.Doc();
    const times: number[] = [];
    // The first appends grow a new WAL file; what follows is the steady state.
    const WARM_UP = 50;
    for (let i = 0; i < WARM_UP + APPENDS; i++) {
      const update = (() => {
        let out: Uint8Array = new Uint8Array();
        const capture = (u: Uint8Array) => {
          out = u;
        };
        writer.once("update", capture);
        writer.getText("t").insert(i, "x");
        return out;
      })();
      const t0 = performance.now();
      await store.appendUpdates(ref, [update]);
      if (i >= WARM_UP) times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    const f = (x: number) => `${x.toFixed(2)} ms`;
    console.log(
      `  ${label.padEnd(34)} ${(snapshot.length / 1024).toFixed(0).padStart(6)} KB snapshot   p50 ${f(percentile(times, 50))}  p95 ${f(percentile(times, 95))}  p99 ${f(percentile(times, 99))}`,
    );
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

console.log(`Durable append of one keystroke (${APPENDS} appends, SQLite WAL, synchronous=FULL)`);
await measure("new scenario", Y.encodeStateAsUpdate(new Y.Doc()));
await measure(
  "5,000-node scenario",
  Y.encodeStateAsUpdate(scenarioToYDoc(generateScenario({ nodes: 5_000, seed: 7 }))),
);
