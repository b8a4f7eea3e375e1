import { describe, expect, it } from "vitest";
import {
  type GenerateScenarioOptions,
  generateScenario,
} from "../../bench/support/generate-scenario";
import { ScenarioSchema } from "../schema/scenario";
import { AnalysisIndex } from "./analysis-index";
import { analyze } from "./analyze";
import { countPaths } from "./count-paths";

/** The benchmark generator must give realistic, valid, analysable scenarios, or the figures mean nothing. */
describe("generateScenario", () => {
  const cases: GenerateScenarioOptions[] = [
    { nodes: 8, seed: 1 },
    { nodes: 12, seed: 2, layered: true },
    { nodes: 150, seed: 3, variables: 30 },
    { nodes: 1500, seed: 4 },
    { nodes: 1500, seed: 5, layered: true, layerWidth: 5 },
  ];

  for (const options of cases) {
    it(`is schema-valid, complete and free of errors: ${JSON.stringify(options)}`, () => {
      const s = generateScenario(options);
      expect(s.nodes).toHaveLength(options.nodes);
      expect(ScenarioSchema.parse(s)).toEqual(s);
      const ix = new AnalysisIndex(s);
      const reachable = ix.reachable();
      const toEnding = ix.leadsToEnding();
      s.nodes.forEach((node, v) => {
        if (node.kind === "note") return;
        expect(reachable[v], `${node.id} reachable`).toBe(1);
        expect(toEnding[v], `${node.id} leads to an ending`).toBe(1);
      });
      expect(analyze(ix).filter((d) => d.severity === "error")).toEqual([]);
    });
  }

  it("is deterministic per seed", () => {
    expect(generateScenario({ nodes: 300, seed: 9 })).toEqual(
      generateScenario({ nodes: 300, seed: 9 }),
    );
    expect(generateScenario({ nodes: 300, seed: 9 })).not.toEqual(
      generateScenario({ nodes: 300, seed: 10 }),
    );
  });

  it("has every node kind, every outcome, timers, show-conditions, effects, points and loops with a way out", () => {
    const s = generateScenario({ nodes: 1000, seed: 6 });
    const kinds = new Set(s.nodes.map((n) => n.kind));
    expect([...kinds].sort()).toEqual([
      "condition",
      "decision",
      "ending",
      "note",
      "reflection",
      "scene",
    ]);
    const outcomes = new Set(s.nodes.flatMap((n) => (n.kind === "ending" ? [n.outcome] : [])));
    expect(outcomes.size).toBe(3);
    const decisions = s.nodes.flatMap((n) => (n.kind === "decision" ? [n] : []));
    expect(decisions.some((d) => d.timer)).toBe(true);
    const options = decisions.flatMap((d) => d.options);
    expect(options.some((o) => o.showIf)).toBe(true);
    expect(options.some((o) => o.effects.length > 0)).toBe(true);
    expect(options.some((o) => Object.keys(o.points).length > 0)).toBe(true);
    expect(Math.min(...decisions.map((d) => d.options.length))).toBeGreaterThanOrEqual(2);
    expect(countPaths(s).cyclic).toBe(true);
    expect(analyze(s).some((d) => d.code === "cycle-without-exit")).toBe(false);
  });
});
