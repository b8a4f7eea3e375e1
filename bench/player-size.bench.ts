/**
 * Player bundle size: every `dist/player/forkline-player-<tracker>.js` with the
 * shared stylesheet, gzipped at level 9 as a server or LMS would send it, and
 * how each bundle splits between the player, the engine and the tracker.
 *
 *   node --import tsx bench/player-size.bench.ts
 *
 * Target: player with engine and styles at most 30 KB gzipped.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { build } from "vite";

const root = new URL("..", import.meta.url).pathname;
const dist = join(root, "dist/player");
const TARGET = 30 * 1024;

// Only the player: the figures must not wait for (or fail with) other parts' builds.
await build({ configFile: join(root, "player/vite.config.ts"), logLevel: "error" });

const gz = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;
const br = (bytes: Buffer | string) =>
  brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`.padStart(9);

const css = readFileSync(join(dist, "forkline-player.css"));
const bundles = readdirSync(dist)
  .filter((name) => /^forkline-player-[\w-]+\.js$/.test(name))
  .sort();

console.log(`stylesheet forkline-player.css: ${kb(css.length)} raw, ${kb(gz(css))} gzip`);
console.log("\nbundle                          raw       gzip     brotli   js+css gzip  target");
for (const name of bundles) {
  const js = readFileSync(join(dist, name));
  const total = gz(js) + gz(css);
  console.log(
    `${name.padEnd(30)}${kb(js.length)}${kb(gz(js))}${kb(br(js))}${kb(total).padStart(13)}  ${total <= TARGET ? "ok" : "OVER"} (${kb(TARGET).trim()})`,
  );
}

/**
 * Parts are estimated: the build records each module's size after tree
 * shaking and before minifying (.parts-<tracker>.json); each part gets that
 * share of the bundle's gzipped size.
 */
console.log("\nparts (estimated share of the gzipped bundle)");
for (const name of bundles) {
  const kind = name.slice("forkline-player-".length, -3);
  const partsFile = join(dist, `.parts-${kind}.json`);
  if (!existsSync(partsFile)) continue;
  const raw = JSON.parse(readFileSync(partsFile, "utf8")) as Record<string, number>;
  const groups: Record<string, number> = {};
  for (const [id, size] of Object.entries(raw)) {
    const group = id.startsWith("core/")
      ? "engine (core)"
      : id.startsWith("player/trackers")
        ? "tracker"
        : id.startsWith("node_modules/")
          ? id
          : "player UI";
    groups[group] = (groups[group] ?? 0) + size;
  }
  const sum = Object.values(groups).reduce((a, b) => a + b, 0);
  const jsGz = gz(readFileSync(join(dist, name)));
  const line = Object.entries(groups)
    .sort((a, b) => b[1] - a[1])
    .map(([group, size]) => `${group} ${kb((size / sum) * jsGz).trim()}`)
    .join(", ");
  console.log(`  ${kind.padEnd(10)} ${line}, styles ${kb(gz(css)).trim()}`);
}
