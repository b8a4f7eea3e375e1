#!/usr/bin/env node
// Builds the player bundle and the studio with Vite. Each part owns its own
// vite config; a part whose sources are older than its output is skipped so
// `npm start` and the test suite stay fast on a second run.
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { build } from "vite";

const root = new URL("..", import.meta.url).pathname;
const force = process.argv.includes("--force");

/** Newest modification time under the given folders (skipping build output and dependencies). */
function newest(paths) {
  let max = 0;
  const walk = (p) => {
    if (!existsSync(p)) return;
    const s = statSync(p);
    if (s.isDirectory()) {
      for (const name of readdirSync(p)) {
        if (name === "node_modules" || name === "dist") continue;
        walk(join(p, name));
      }
    } else if (s.mtimeMs > max) max = s.mtimeMs;
  };
  for (const p of paths) walk(join(root, p));
  return max;
}

const targets = [
  {
    name: "player",
    config: "player/vite.config.ts",
    sources: ["player", "core"],
    out: "dist/player/.built",
  },
  {
    name: "studio",
    config: "studio/vite.config.ts",
    sources: ["studio", "core", "player", "exporters", "dist/player/.built"],
    out: "dist/studio/index.html",
  },
  {
    name: "first paint",
    config: "studio/vite.first-paint.config.ts",
    sources: ["studio", "core"],
    out: "dist/first-paint/first-paint-worker.mjs",
  },
];

for (const target of targets) {
  const config = join(root, target.config);
  if (!existsSync(config)) continue;
  const out = join(root, target.out);
  if (!force && existsSync(out) && statSync(out).mtimeMs >= newest(target.sources)) {
    console.log(`${target.name}: up to date`);
    continue;
  }
  const started = Date.now();
  await build({ configFile: config, logLevel: "warn" });
  console.log(`${target.name}: built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
