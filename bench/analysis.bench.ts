/**
 * Analysis benchmark.
 *
 *   node --import tsx bench/analysis.bench.ts [--runs 15] [--warmup 5]
 *
 * Prints median and p95 over the timed runs (after warm-up runs) for:
 * analyze() on generated scenarios of 1,000 / 5,000 / 20,000 nodes (index
 * built fresh each run); countPaths on the 5,000-node layered graph with more
 * than 10^30 paths; scoreRanges, explorePaths (budget 10,000) and coverage on
 * 1,000 nodes. Targets: analyze 5,000 nodes <= 50 ms, 20,000 <= 250 ms;
 * countPaths on the layered 5,000-node graph <= 50 ms.
 */
import {
  AnalysisIndex,
  analyze,
  countPaths,
  coverage,
  explorePaths,
  type Scenario,
  scoreRanges,
} from "../core";
import { generateScenario } from "./support/generate-scenario";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const RUNS = arg("runs", 15);
const WARMUP = arg("warmup", 5);

function measure<T>(fn: () => T, runs = RUNS): { median: number; p95: number; last: T } {
  let last = fn();
  for (let i = 1; i < WARMUP; i++) last = fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    last = fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)]!;
  return { median: at(0.5), p95: at(0.95), last };
}

const ms = (x: number) => `${x.toFixed(2).padStart(8)} ms`;
function line(label: string, r: { median: number; p95: number }, extra = ""): void {
  console.log(
    `${label.padEnd(44)} median ${ms(r.median)}   p95 ${ms(r.p95)}${extra ? `   ${extra}` : ""}`,
  );
}

function describe(s: Scenario): string {
  return `${s.nodes.length} nodes, ${s.edges.length} edges, ${s.variables.length} variables`;
}

console.log(
  `analysis benchmark: ${RUNS} timed runs after ${WARMUP} warm-up runs, Node ${process.version}\n`,
);

for (const [nodes, target] of [
  [1_000, ""],
  [5_000, "target <= 50 ms"],
  [20_000, "target <= 250 ms"],
] as const) {
  const s = generateScenario({ nodes, seed: 42 });
  const r = measure(() => analyze(s));
  line(
    `analyze() ${nodes.toLocaleString("en")} nodes`,
    r,
    `${r.last.length} diagnostics; ${describe(s)}${target ? `; ${target}` : ""}`,
  );
}

const layered = generateScenario({ nodes: 5_000, seed: 42, layered: true });
const count = measure(() => countPaths(layered));
const digits = count.last.count.toString();
line(
  "countPaths 5,000-node layered DAG",
  count,
  `${digits.length} digits, cyclic ${count.last.cyclic}; target <= 50 ms`,
);
console.log(`  count = ${digits}`);
const shared = new AnalysisIndex(layered);
line(
  "  again on a warmed AnalysisIndex (DP only)",
  measure(() => countPaths(shared)),
);

const cyclic5k = generateScenario({ nodes: 5_000, seed: 42 });
const countCyclic = measure(() => countPaths(cyclic5k));
line(
  "countPaths 5,000-node graph with loops",
  countCyclic,
  `${countCyclic.last.count.toString().length} digits, ${countCyclic.last.cycleNodeIds.length} nodes on cycles`,
);

const s1k = generateScenario({ nodes: 1_000, seed: 42 });
const ranges = measure(() => scoreRanges(s1k));
line(
  "scoreRanges 1,000 nodes",
  ranges,
  Object.entries(ranges.last)
    .map(([id, r]) => `${id} ${r.min}..${r.max}`)
    .join(", "),
);
const rangesLayered = measure(() => scoreRanges(layered));
line(
  "scoreRanges 5,000-node layered DAG",
  rangesLayered,
  Object.entries(rangesLayered.last)
    .map(([id, r]) => `${id} ${r.min}..${r.max}`)
    .join(", "),
);

const explored = measure(() => explorePaths(s1k, { budget: 10_000 }));
line(
  "explorePaths 1,000 nodes, budget 10,000",
  explored,
  `${explored.last.paths.length} paths, ${explored.last.statesVisited} states, stopped at budget: ${explored.last.stoppedAtBudget}`,
);
const covered = measure(() => coverage(s1k, { budget: 10_000 }), Math.max(3, Math.floor(RUNS / 3)));
line(
  "coverage 1,000 nodes, budget 10,000",
  covered,
  `${covered.last.statesVisited} states, complete: ${covered.last.complete}`,
);
