/**
 * Player engine benchmark: time per learner step on a large generated scenario
 * with 300 variables (conditions, show-conditions and effects over them), and
 * the size of saved runs (SCORM 1.2 suspend_data allows 4,096 characters),
 * including the longest run of every built-in template.
 *
 *   node --import tsx bench/engine.bench.ts [--steps 50000]
 *
 * Target: p95 of choose + view under 1 ms.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createEngine, type Engine, type RunState, readScenario } from "../core";
import { longestSavedRun } from "./engine-longest-run";
import { generateScenario } from "./support/generate-scenario";
import { createRandom } from "./support/seeded-random";

const argSteps = process.argv.indexOf("--steps");
const STEPS = argSteps > 0 ? Number(process.argv[argSteps + 1]) : 50_000;
const NODES = 2_000;
const VARIABLES = 300;

function percentile(sorted: Float64Array, p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function summary(label: string, samples: number[]): string {
  const sorted = Float64Array.from(samples).sort();
  const ms = (ns: number) => `${(ns / 1e6).toFixed(4)} ms`;
  return `  ${label.padEnd(22)} n=${String(sorted.length).padStart(6)}  p50 ${ms(percentile(sorted, 50))}  p95 ${ms(percentile(sorted, 95))}  p99 ${ms(percentile(sorted, 99))}  max ${ms(sorted[sorted.length - 1]!)}`;
}

/** One learner step chosen by `pick`, then the view of where it leads: what a player does per click. */
function step(engine: Engine, s: RunState, pick: number): RunState {
  const view = engine.view(s);
  switch (view.kind) {
    case "scene":
    case "feedback":
      return engine.continue(s, 3_000);
    case "decision": {
      if (view.timer && pick % 10 === 0) return engine.timeout(s, view.timer.seconds * 1000);
      return engine.choose(s, view.options[pick % view.options.length]!.id, 8_000);
    }
    case "reflection":
      return engine.reflect(
        s,
        view.reflectionKind === "text" ? "I would ask first." : 1 + (pick % view.scale.length),
        5_000,
      );
    case "ending":
      return s;
  }
}

function measureSteps(engine: Engine) {
  const rnd = createRandom(7);
  const decisions: number[] = [];
  const all: number[] = [];
  // Only the saved form of finished runs is kept, so old states do not pile up for the collector.
  const ended: string[] = [];
  let s = engine.start({ seed: 1 });
  const warmup = 2_000;
  for (let i = 0; i < STEPS + warmup; i++) {
    if (s.status === "ended") {
      ended.push(engine.serialize(s));
      s = engine.start({ seed: i });
    }
    const wasDecision = s.status === "decision";
    const pick = rnd.int(0, 1_000_000);
    const t0 = process.hrtime.bigint();
    s = step(engine, s, pick);
    engine.view(s);
    const ns = Number(process.hrtime.bigint() - t0);
    if (i < warmup) continue;
    all.push(ns);
    if (wasDecision) decisions.push(ns);
  }
  return { decisions, all, ended };
}

function sizes(engine: Engine, ended: string[]): string[] {
  const saved = ended.map((text) => ({
    text,
    chars: text.length,
    events: engine.restore(text).log.length,
  }));
  saved.sort((a, b) => a.chars - b.chars);
  const longest = saved[saved.length - 1]!;
  const median = saved[Math.floor(saved.length / 2)]!;
  const perEvent = saved.reduce((n, r) => n + r.chars, 0) / saved.reduce((n, r) => n + r.events, 0);
  const t0 = process.hrtime.bigint();
  engine.restore(longest.text);
  const restoreMs = Number(process.hrtime.bigint() - t0) / 1e6;
  return [
    `  saved runs to an ending: ${saved.length}; median ${median.chars} chars (${median.events} events), longest ${longest.chars} chars (${longest.events} events), ${perEvent.toFixed(2)} chars per event`,
    `  restore (replay) of the longest: ${restoreMs.toFixed(2)} ms`,
  ];
}

function templateSizes(): string[] {
  const root = new URL("../templates/", import.meta.url).pathname;
  if (!existsSync(root)) return ["  no templates folder"];
  const lines: string[] = [];
  for (const name of readdirSync(root).sort()) {
    const file = join(root, name, "scenario.json");
    if (!existsSync(file)) continue;
    const read = readScenario(readFileSync(file, "utf8"));
    if (!read.ok) {
      lines.push(`  ${name.padEnd(28)} does not read: ${read.errors[0]?.message}`);
      continue;
    }
    const run = longestSavedRun(read.scenario);
    const retries = run.withRetries
      ? `; with ${run.withRetries.retries} ${run.withRetries.retries === 1 ? "retry" : "retries"} replaying it all: ${run.withRetries.chars}`
      : "";
    lines.push(
      `  ${name.padEnd(28)} longest run ${String(run.chars).padStart(4)} chars (${run.events} events, ending ${run.endingId})${retries}${run.complete ? "" : " [search budget hit]"}`,
    );
  }
  return lines.length > 0 ? lines : ["  no templates yet"];
}

const scenario = generateScenario({ nodes: NODES, seed: 42, variables: VARIABLES });
const engine = createEngine(scenario);
const { decisions, all, ended } = measureSteps(engine);
console.log(
  `engine step: ${NODES.toLocaleString("en-US")}-node generated scenario, ${VARIABLES} variables, ${STEPS.toLocaleString("en-US")} steps`,
);
console.log(summary("choose + view", decisions));
console.log(summary("any step + view", all));
console.log("saved run size (SCORM 1.2 suspend_data limit: 4,096 chars)");
for (const line of sizes(engine, ended)) console.log(line);
console.log("templates: longest saved run (45 s per step, 200-char text answers)");
for (const line of templateSizes()) console.log(line);
