import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generateScenario } from "../../bench/support/generate-scenario";
import { supportCall } from "../../tests/factories/support-call";
import type { Scenario } from "../schema/scenario";
import { createEngine } from "./create-engine";
import { type Engine, EngineError, type RunState } from "./types";

/** Property tests run thousands of cases; a busy machine must not fail them on time alone. */
const PROPERTY_TIMEOUT = 120_000;

const TEXTS = ["", "ok", "I rushed; next time I'll ask first.", "ça va ✓ 🙂", "%~;,="];

/** Actions a learner could take now, as thunks; `n` varies answers and times. */
function legalActions(engine: Engine, s: RunState, n: number): (() => RunState)[] {
  const ms = (n * 7919) % 90_000;
  const acts: (() => RunState)[] = [];
  const view = engine.view(s);
  if (view.kind === "scene" || view.kind === "feedback") acts.push(() => engine.continue(s, ms));
  if (view.kind === "decision") {
    for (const option of view.options) acts.push(() => engine.choose(s, option.id, ms));
    if (view.timer) acts.push(() => engine.timeout(s, ms));
  }
  if (view.kind === "reflection") {
    if (view.reflectionKind === "text")
      acts.push(() => engine.reflect(s, TEXTS[n % TEXTS.length]!, ms));
    else acts.push(() => engine.reflect(s, 1 + (n % view.scale.length), ms));
  }
  // Retries and rewinds are offered one time in four, so runs also get far.
  if (engine.canRetry(s) && (n % 4 === 0 || acts.length === 0)) {
    acts.push(() => engine.retry(s));
    const answered = s.path.flatMap((p, i) =>
      p.kind === "decision" && !p.undone && (p.optionId || p.timedOut) ? [i] : [],
    );
    if (answered.length > 0) acts.push(() => engine.rewind(s, answered[n % answered.length]!));
  }
  return acts;
}

/** Plays `picks` from a fresh start; an action the graph cannot take (a dead end) is skipped. */
function play(engine: Engine, seed: number, picks: readonly number[]): RunState {
  let s = engine.start({ seed });
  for (const n of picks) {
    const acts = legalActions(engine, s, n);
    if (acts.length === 0) break;
    try {
      s = acts[n % acts.length]!();
    } catch (error) {
      if (!(error instanceof EngineError) || error.code === "bad-state") throw error;
    }
  }
  return s;
}

const SCENARIOS: [string, Scenario][] = [
  [
    "hand-written, adaptive, unlimited retries",
    supportCall({
      retry: { policy: "unlimited", maxRetries: 0 },
      difficulty: { initial: "standard", adaptive: true, easeAfterWeak: 1, raiseAfterStrong: 1 },
    }),
  ],
  [
    "hand-written, feedback at the end",
    supportCall({
      feedbackMode: "end",
      difficulty: { initial: "gentle", adaptive: true, raiseAfterStrong: 2 },
    }),
  ],
  ["hand-written, no retries", supportCall({ retry: { policy: "none", maxRetries: 0 } })],
  ["generated, 60 nodes", generateScenario({ nodes: 60, seed: 11, variables: 12 })],
  [
    "generated, back edges",
    generateScenario({ nodes: 150, seed: 12, variables: 20, backEdgeRate: 0.3 }),
  ],
  ["generated, layered", generateScenario({ nodes: 90, seed: 13, layered: true, timerRate: 0.4 })],
];

const picks = fc.array(fc.nat({ max: 1_000_000 }), { minLength: 5, maxLength: 120, size: "max" });

describe.each(SCENARIOS)("replay on %s", (_name, scenario) => {
  const engine = createEngine(scenario);

  it(
    "restoring a saved run gives the live state back, exactly",
    () => {
      fc.assert(
        fc.property(fc.nat(), picks, (seed, ns) => {
          const live = play(engine, seed, ns);
          const saved = engine.serialize(live);
          expect(saved).toMatch(/^[\x20-\x7e]*$/);
          const restored = engine.restore(saved);
          expect(restored).toEqual(live);
          expect(engine.serialize(restored)).toBe(saved);
          expect(engine.view(restored)).toEqual(engine.view(live));
          if (live.status === "ended")
            expect(engine.debrief(restored)).toEqual(engine.debrief(live));
        }),
        { numRuns: 150 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    "is deterministic: the same inputs give the same state, in a fresh engine too",
    () => {
      const other = createEngine(scenario);
      fc.assert(
        fc.property(fc.nat(), picks, (seed, ns) => {
          const a = play(engine, seed, ns);
          expect(play(engine, seed, ns)).toEqual(a);
          expect(play(other, seed, ns)).toEqual(a);
        }),
        { numRuns: 60 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    "continues a cloned state exactly as the original",
    () => {
      fc.assert(
        fc.property(fc.nat(), picks, fc.nat(), (seed, ns, n) => {
          const live = play(engine, seed, ns);
          const clone = JSON.parse(JSON.stringify(live)) as RunState;
          expect(engine.view(clone)).toEqual(engine.view(live));
          const next = legalActions(engine, live, n);
          const nextOfClone = legalActions(engine, clone, n);
          expect(nextOfClone.length).toBe(next.length);
          if (next.length === 0) return;
          let expected: RunState | EngineError;
          let actual: RunState | EngineError;
          try {
            expected = next[n % next.length]!();
          } catch (error) {
            expected = error as EngineError;
          }
          try {
            actual = nextOfClone[n % next.length]!();
          } catch (error) {
            actual = error as EngineError;
          }
          expect(actual).toEqual(expected);
        }),
        { numRuns: 60 },
      );
    },
    PROPERTY_TIMEOUT,
  );
});

describe("replay on freshly generated scenarios", () => {
  it(
    "round-trips random runs on random graphs",
    () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 1, max: 1_000_000 }),
          fc.integer({ min: 8, max: 120 }),
          picks,
          (seed, nodes, ns) => {
            const engine = createEngine(
              generateScenario({ nodes, seed, variables: 10, backEdgeRate: 0.15 }),
            );
            const live = play(engine, seed, ns);
            expect(engine.restore(engine.serialize(live))).toEqual(live);
          },
        ),
        { numRuns: 60 },
      );
    },
    PROPERTY_TIMEOUT,
  );
});
