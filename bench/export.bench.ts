/**
 * Export benchmark.
 *
 *   node --import tsx bench/export.bench.ts [--runs 10] [--warmup 2]
 *
 * Needs the built player (npm run build). Prints, for a seeded 1,000-node
 * scenario exported to SCORM 2004 through the same pipeline as the CLI and the
 * server (options parsed, validate with the suspend-data exploration, build,
 * deterministic zip): median and p95 of the whole export and of its parts.
 * Then the zipped size of a 20-node text-only SCORM 1.2 package, with what
 * it is made of. Targets: 1,000-node SCORM 2004 export <= 1 s; 20-node SCORM
 * 1.2 package <= 100 KB zipped.
 */
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Scenario } from "../core";
import type { Exporter } from "../exporters";
import {
  diagnoseExport,
  readPlayerRuntime,
  runExport,
  scorm12Exporter,
  scorm2004Exporter,
  zipFiles,
} from "../exporters";
import { generateScenario } from "./support/generate-scenario";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const RUNS = arg("runs", 10);
const WARMUP = arg("warmup", 2);
const root = new URL("..", import.meta.url).pathname;

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return `median ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms`;
}

/** Text only: no media, no assets. */
function textOnly(scenario: Scenario): Scenario {
  return {
    ...scenario,
    assets: [],
    personas: scenario.personas.map((p) => ({ ...p, avatarAssetId: null })),
    nodes: scenario.nodes.map((n) => (n.kind === "scene" ? { ...n, media: null } : n)),
  };
}

const runtime = await readPlayerRuntime(join(root, "dist/player"));
const context = { now: "2026-01-01T00:00:00.000Z", runtime, assets: new Map<string, Uint8Array>() };

const big = textOnly(generateScenario({ nodes: 1000, seed: 7 }));
const exporter = scorm2004Exporter as unknown as Exporter;
const total: number[] = [];
const validate: number[] = [];
const build: number[] = [];
const zip: number[] = [];
let zipped = 0;
for (let i = 0; i < WARMUP + RUNS; i++) {
  let t = performance.now();
  const result = await runExport(exporter, big, {}, context, { force: true });
  const whole = performance.now() - t;
  t = performance.now();
  diagnoseExport(exporter, big, {});
  const v = performance.now() - t;
  t = performance.now();
  const files = await exporter.build(
    big,
    exporter.options.parse({}) as Record<string, unknown>,
    context,
  );
  const b = performance.now() - t;
  t = performance.now();
  zipFiles(files);
  const z = performance.now() - t;
  zipped = result.output.bytes.length;
  if (i < WARMUP) continue;
  total.push(whole);
  validate.push(v);
  build.push(b);
  zip.push(z);
}
console.log(
  `SCORM 2004 export, 1,000 nodes (${big.edges.length} edges), ${RUNS} runs after ${WARMUP} warm-up:`,
);
console.log(`  whole export (validate + build + zip): ${stats(total)}   target <= 1000 ms`);
console.log(`  validate (incl. suspend-data exploration): ${stats(validate)}`);
console.log(`  build (files): ${stats(build)}`);
console.log(`  zip: ${stats(zip)}`);
console.log(`  package: ${(zipped / 1024).toFixed(1)} KB zipped`);

const small = textOnly(generateScenario({ nodes: 20, seed: 3 }));
const scorm12 = scorm12Exporter as unknown as Exporter;
const result12 = await runExport(scorm12, small, {}, context, { force: true });
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
console.log(
  `\nSCORM 1.2 package, 20 text-only nodes: ${kb(result12.output.bytes.length)} zipped   target <= 100 KB`,
);
const parts: [string, (p: string) => boolean][] = [
  ["player script", (p) => p === "forkline-player.js"],
  ["stylesheet", (p) => p === "forkline-player.css"],
  ["launch page (scenario inside)", (p) => p === "index.html"],
  ["imsmanifest.xml", (p) => p === "imsmanifest.xml"],
  ["SCORM 1.2 XSDs", (p) => p.endsWith(".xsd")],
];
for (const [label, match] of parts) {
  const files = new Map([...result12.files].filter(([p]) => match(p)));
  const raw = [...files.values()].reduce((a, b) => a + b.length, 0);
  const gz = [...files.values()].reduce((a, b) => a + gzipSync(b, { level: 9 }).length, 0);
  console.log(`  ${label.padEnd(30)} ${kb(raw).padStart(9)} raw, ~${kb(gz)} deflated`);
}
