#!/usr/bin/env node
// Runs every bench/*.bench.ts in its own Node process, one after another, so
// that one benchmark's garbage and JIT state never colour another's figures.
// Extra arguments are passed to each benchmark.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const files = readdirSync(join(root, "bench"))
  .filter((name) => name.endsWith(".bench.ts"))
  .sort();
let failed = 0;
for (const name of files) {
  console.log(`\n=== bench/${name}`);
  const run = spawnSync(
    process.execPath,
    ["--import", "tsx", join("bench", name), ...process.argv.slice(2)],
    {
      cwd: root,
      stdio: "inherit",
    },
  );
  if (run.status !== 0) {
    failed++;
    console.error(`bench/${name} exited with ${run.status ?? run.signal}`);
  }
}
process.exit(failed > 0 ? 1 : 0);
