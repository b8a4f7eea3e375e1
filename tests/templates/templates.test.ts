import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  analyze,
  type Condition,
  countPaths,
  createEngine,
  type DebriefRecord,
  type Engine,
  type ExploredPath,
  explorePaths,
  plainTextOf,
  type RunState,
  readScenario,
  type Scenario,
  type View,
  writeScenario,
} from "../../core";

const TEMPLATES_DIR = join(import.meta.dirname, "..", "..", "templates");
const PRE_CONFIDENCE = 2;
const POST_CONFIDENCE = 4;
/** SCORM 1.2 caps cmi.suspend_data at 4,096 characters. */
const SCORM12_SUSPEND_LIMIT = 4096;

interface Template {
  name: string;
  text: string;
  readme: string | null;
  scenario: Scenario;
}

function loadTemplates(): Template[] {
  return readdirSync(TEMPLATES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => {
      const dir = join(TEMPLATES_DIR, d.name);
      const text = readFileSync(join(dir, "scenario.json"), "utf8");
      const read = readScenario(text);
      if (!read.ok) throw new Error(`${d.name}: ${JSON.stringify(read.errors)}`);
      const readmePath = join(dir, "README.md");
      const readme = existsSync(readmePath) ? readFileSync(readmePath, "utf8") : null;
      return { name: d.name, text, readme, scenario: read.scenario };
    })
    .sort((a, b) => (a.name < b.name ? -1 : 1));
}

const templates = loadTemplates();

/** Every variable name a condition (rule or show-condition) reads. */
function variablesRead(scenario: Scenario): Set<string> {
  const read = new Set<string>();
  const add = (c: Condition | null) => {
    for (const clause of c?.clauses ?? []) read.add(clause.variable);
  };
  for (const node of scenario.nodes) {
    if (node.kind === "condition") for (const rule of node.rules) add(rule.when);
    if (node.kind === "decision") for (const option of node.options) add(option.showIf);
  }
  if (scenario.mood) read.add(scenario.mood.variable);
  return read;
}

function variablesWritten(scenario: Scenario): Set<string> {
  const written = new Set<string>();
  for (const node of scenario.nodes) {
    if (node.kind === "scene") for (const e of node.effects) written.add(e.variable);
    if (node.kind === "decision") {
      for (const o of node.options) for (const e of o.effects) written.add(e.variable);
      for (const e of node.timer?.effects ?? []) written.add(e.variable);
    }
  }
  return written;
}

function reflectionAnswer(view: Extract<View, { kind: "reflection" }>): number | string {
  if (view.reflectionKind === "text") return "I answered the tone instead of the problem at first.";
  if (view.phase === "pre") return PRE_CONFIDENCE;
  if (view.phase === "post") return POST_CONFIDENCE;
  return Math.ceil(view.scale.length / 2);
}

/** Plays the explorer's choices through the engine, one step at a time, as a learner would. */
function play(scenario: Scenario, engine: Engine, choices: readonly string[]): RunState {
  let state = engine.start();
  let next = 0;
  for (let step = 0; step < 500; step++) {
    const view = engine.view(state);
    switch (view.kind) {
      case "scene":
      case "feedback":
        state = engine.continue(state, 1500);
        break;
      case "reflection":
        state = engine.reflect(state, reflectionAnswer(view), 4000);
        break;
      case "decision": {
        const choice = choices[next++];
        if (choice === undefined) throw new Error(`ran out of choices at ${view.nodeId}`);
        if (choice === "timeout") {
          expect(view.timer, `${view.nodeId} has a timer`).not.toBeNull();
          state = engine.timeout(state, view.timer!.seconds * 1000);
        } else {
          expect(view.options.map((o) => o.id)).toContain(choice);
          state = engine.choose(state, choice, 6000);
        }
        break;
      }
      case "ending":
        expect(next, "every choice was used").toBe(choices.length);
        return state;
    }
  }
  throw new Error(`${scenario.meta.id}: the run did not end`);
}

function expectedPassed(scenario: Scenario, path: ExploredPath): boolean {
  const { dimensions, passing } = scenario.rubric;
  const ratios = dimensions.map((d) =>
    Math.min(1, Math.max(0, (path.scores[d.id] ?? 0) / d.maxPoints)),
  );
  const totalWeight = dimensions.reduce((sum, d) => sum + d.weight, 0);
  const scaled = dimensions.reduce((sum, d, i) => sum + d.weight * ratios[i]!, 0) / totalWeight;
  const scoreOk =
    passing.mode === "weighted"
      ? scaled >= passing.threshold - 1e-9
      : ratios.every((r) => r >= passing.threshold - 1e-9);
  const outcomeOk =
    passing.requireOutcome === "any" ||
    (passing.requireOutcome === "success" && path.outcome === "success") ||
    (passing.requireOutcome === "success-or-partial" && path.outcome !== "failure");
  return scoreOk && outcomeOk;
}

function expectConsistentDebrief(
  scenario: Scenario,
  path: ExploredPath,
  record: DebriefRecord,
): void {
  const ending = scenario.nodes.find((n) => n.id === path.endingId);
  if (ending?.kind !== "ending") throw new Error(`${path.endingId} is not an ending`);
  expect(record.endingId).toBe(path.endingId);
  expect(record.outcome).toBe(ending.outcome);
  for (const score of record.scores) expect(score.points, score.id).toBe(path.scores[score.id]);
  const passed = expectedPassed(scenario, path);
  expect(record.passed).toBe(passed);
  const success =
    ending.lms.success === "by-rubric" ? (passed ? "passed" : "failed") : ending.lms.success;
  expect(record.success).toBe(success);
  expect(record.completion).toBe(ending.lms.completion);
  expect(record.confidenceShift).toBe(POST_CONFIDENCE - PRE_CONFIDENCE);
  const decisions = path.choices.length;
  const { strong, mixed, weak } = record.counts;
  expect(strong + mixed + weak).toBe(decisions);
  expect(record.counts.timeouts).toBe(path.choices.filter((c) => c === "timeout").length);
}

describe("built-in templates", () => {
  it("ships at least six templates, each with a scenario and a README", () => {
    expect(templates.length).toBeGreaterThanOrEqual(6);
    for (const t of templates) {
      expect(t.readme, `${t.name}/README.md`).not.toBeNull();
      expect(t.readme).toContain(t.scenario.meta.title);
      expect(t.readme!.toLowerCase()).toContain("composite");
      expect(t.scenario.meta.id).toBe(t.name);
      expect(t.scenario.meta.source).not.toBe("");
    }
  });

  describe.each(templates.map((t) => [t.name, t] as const))("%s", (_name, t) => {
    const { scenario } = t;
    const decisions = scenario.nodes.flatMap((n) => (n.kind === "decision" ? [n] : []));

    it("is stored in canonical form", () => {
      expect(writeScenario(scenario)).toBe(t.text);
    });

    it("has no analysis errors or warnings", () => {
      const serious = analyze(scenario).filter((d) => d.severity !== "info");
      expect(serious).toEqual([]);
    });

    it("has a finite, acyclic set of paths that the explorer lists completely", () => {
      const count = countPaths(scenario);
      expect(count.cyclic).toBe(false);
      const explored = explorePaths(scenario, { budget: 200_000 });
      expect(explored.stoppedAtBudget).toBe(false);
      expect(explored.stuckNodeIds).toEqual([]);
      expect(explored.paths.length).toBeGreaterThan(0);
      expect(BigInt(explored.paths.length)).toBeLessThanOrEqual(count.count);
    });

    it("uses number and boolean variables, a mood gauge, conditions and show-conditions", () => {
      const types = new Set(scenario.variables.map((v) => v.type));
      expect(types).toContain("number");
      expect(types).toContain("boolean");
      expect(scenario.mood?.variable).toBe("trust");
      expect(scenario.mood?.bands.length).toBe(5);
      const read = variablesRead(scenario);
      const written = variablesWritten(scenario);
      for (const v of scenario.variables) {
        expect(read, `${v.name} is read`).toContain(v.name);
        expect(written, `${v.name} is written`).toContain(v.name);
      }
      expect(scenario.nodes.some((n) => n.kind === "condition")).toBe(true);
      expect(decisions.some((d) => d.options.some((o) => o.showIf !== null))).toBe(true);
    });

    it("has a timed decision whose timeout port is wired, with feedback", () => {
      const timed = decisions.filter((d) => d.timer !== null);
      expect(timed.length).toBeGreaterThanOrEqual(1);
      for (const d of timed) {
        const edge = scenario.edges.find((e) => e.source === d.id && e.sourcePort === "timeout");
        expect(edge, `${d.id} timeout edge`).toBeDefined();
        expect(scenario.nodes.some((n) => n.id === edge!.target)).toBe(true);
        expect(plainTextOf(d.timer!.feedback)).not.toBe("");
      }
    });

    it("opens with a pre and closes with a post confidence reflection", () => {
      const reflections = scenario.nodes.flatMap((n) => (n.kind === "reflection" ? [n] : []));
      const pre = reflections.filter((r) => r.phase === "pre");
      const post = reflections.filter((r) => r.phase === "post");
      expect(pre.map((r) => r.reflectionKind)).toEqual(["confidence"]);
      expect(post.map((r) => r.reflectionKind)).toEqual(["confidence"]);
      expect(scenario.settings.startNodeId).toBe(pre[0]!.id);
    });

    it("coaches every option and scores it on the rubric", () => {
      const dimensionIds = new Set(scenario.rubric.dimensions.map((d) => d.id));
      expect(dimensionIds).toEqual(new Set(["acknowledge", "align", "act"]));
      for (const d of decisions) {
        expect(d.options.length, d.id).toBeGreaterThanOrEqual(2);
        for (const o of d.options) {
          expect(plainTextOf(o.feedback).length, o.id).toBeGreaterThan(60);
          for (const id of Object.keys(o.points)) expect(dimensionIds).toContain(id);
        }
        const qualities = new Set(d.options.map((o) => o.quality));
        expect(qualities.size, `${d.id} mixes qualities`).toBeGreaterThanOrEqual(2);
      }
    });

    it("gives gentle and challenge variants of scenes and options that the engine shows", () => {
      const scenes = scenario.nodes.flatMap((n) => (n.kind === "scene" ? [n] : []));
      expect(
        scenes.filter((s) => s.variants.gentle && s.variants.challenge).length,
      ).toBeGreaterThanOrEqual(3);
      const options = decisions.flatMap((d) => d.options);
      expect(options.filter((o) => o.variants.gentle).length).toBeGreaterThanOrEqual(3);
      expect(options.filter((o) => o.variants.challenge).length).toBeGreaterThanOrEqual(3);

      const engine = createEngine(scenario);
      const openingText = (difficulty: "gentle" | "standard" | "challenge") => {
        let state = engine.start({ difficulty });
        state = engine.reflect(state, PRE_CONFIDENCE, 1000);
        const view = engine.view(state);
        if (view.kind !== "scene") throw new Error(`expected the opening scene, got ${view.kind}`);
        return plainTextOf(view.text);
      };
      const texts = new Set([
        openingText("gentle"),
        openingText("standard"),
        openingText("challenge"),
      ]);
      expect(texts.size).toBe(3);
    });

    it("carries the context cards a support agent would see", () => {
      const kinds = new Set(
        scenario.nodes.flatMap((n) =>
          n.kind === "scene" ? n.contextCards.map((c) => c.kind) : [],
        ),
      );
      for (const kind of ["ticket-note", "queue", "account", "policy"] as const)
        expect(kinds).toContain(kind);
    });

    it("has success, partial and failure endings, each reached by playing it through the engine", () => {
      const endings = scenario.nodes.flatMap((n) => (n.kind === "ending" ? [n] : []));
      expect(endings.length).toBeGreaterThanOrEqual(3);
      expect(new Set(endings.map((e) => e.outcome))).toEqual(
        new Set(["success", "partial", "failure"]),
      );

      const explored = explorePaths(scenario, { budget: 200_000 });
      const engine = createEngine(scenario);
      let longestSave = 0;
      for (const ending of endings) {
        const path = explored.paths.find((p) => p.endingId === ending.id);
        expect(path, `a route to ${ending.id}`).toBeDefined();
        const state = play(scenario, engine, path!.choices);
        const view = engine.view(state);
        expect(view.kind).toBe("ending");
        if (view.kind !== "ending") continue;
        expect(view.nodeId).toBe(ending.id);
        expect(view.outcome).toBe(ending.outcome);
        expectConsistentDebrief(scenario, path!, engine.debrief(state));
        longestSave = Math.max(longestSave, engine.serialize(state).length);
      }
      expect(longestSave).toBeLessThan(SCORM12_SUSPEND_LIMIT);
    });

    it("passes on its best route and fails on a run of weak choices", () => {
      const explored = explorePaths(scenario, { budget: 200_000 });
      const engine = createEngine(scenario);
      const scaled = (p: ExploredPath) =>
        scenario.rubric.dimensions.reduce(
          (s, d) => s + d.weight * ((p.scores[d.id] ?? 0) / d.maxPoints),
          0,
        );
      const best = [...explored.paths].sort((a, b) => scaled(b) - scaled(a))[0]!;
      const bestRecord = engine.debrief(play(scenario, engine, best.choices));
      expect(bestRecord.outcome).toBe("success");
      expect(bestRecord.passed).toBe(true);
      expect(bestRecord.scores.every((s) => s.ratio === 1)).toBe(true);

      const weakest = [...explored.paths].sort((a, b) => scaled(a) - scaled(b))[0]!;
      const weakRecord = engine.debrief(play(scenario, engine, weakest.choices));
      expect(weakRecord.outcome).toBe("failure");
      expect(weakRecord.passed).toBe(false);
    });
  });
});
