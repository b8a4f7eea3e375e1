import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { countPaths, readScenario, type Scenario } from "../../core";
import {
  decision,
  edges,
  ending,
  numberVar,
  option,
  scenarioOf,
  scene,
} from "../../tests/factories/graph-shapes";
import { describePath } from "./describe-path";
import { analysisIndex, coverageOf, listPaths, summarizePaths } from "./explore-scenario";
import { CoverageReportSchema, PathsListingSchema, PathsSummarySchema } from "./explorer-protocol";

function template(name: string): Scenario {
  const read = readScenario(
    readFileSync(new URL(`../../templates/${name}/scenario.json`, import.meta.url), "utf8"),
  );
  if (!read.ok) throw new Error(`template ${name} does not read`);
  return read.scenario;
}

describe("explorer analyses on a template", () => {
  const scenario = template("weekend-outage");
  const ix = analysisIndex(scenario);

  it("gives core's exact count and a range per rubric dimension, in the worker's message shape", () => {
    const summary = PathsSummarySchema.parse(summarizePaths(scenario, ix));
    expect(summary.count).toBe(countPaths(scenario).count);
    expect(summary.count > 0n).toBe(true);
    expect(summary.dimensions.map((d) => d.id)).toEqual(
      scenario.rubric.dimensions.map((d) => d.id),
    );
    for (const d of summary.dimensions)
      expect(d.min ?? -Infinity).toBeLessThanOrEqual(d.max ?? Infinity);
  });

  it("lists paths whose edges join each node to the next, and whose replay ends where they do", () => {
    const listing = PathsListingSchema.parse(
      listPaths(scenario, ix, { budget: 10_000, difficulty: null }),
    );
    expect(listing.paths.length).toBeGreaterThan(1);
    expect(listing.stoppedAtBudget).toBe(false);
    const byId = new Map(scenario.edges.map((e) => [e.id, e]));
    for (const path of listing.paths.slice(0, 20)) {
      const pairs = path.edgeIds.map((id) => [byId.get(id)!.source, byId.get(id)!.target]);
      expect(pairs).toEqual(path.nodeIds.slice(0, -1).map((n, i) => [n, path.nodeIds[i + 1]]));
      const described = describePath(scenario, path.choices, null);
      expect(described.run.nodeId).toBe(path.endingId);
      expect(described.scores).toEqual(path.scores);
      const chosen = described.steps.flatMap((s) =>
        s.choice ? [s.choice.optionId ?? "timeout"] : [],
      );
      expect(chosen).toEqual(path.choices);
      // The template has a mood gauge: every step says how the customer feels.
      expect(described.steps.every((s) => s.mood !== null)).toBe(true);
    }
  });

  it("says when the budget stopped the listing", () => {
    const listing = listPaths(scenario, ix, { budget: 5, difficulty: null });
    expect(listing.stoppedAtBudget).toBe(true);
    expect(listing.statesVisited).toBe(5);
  });
});

describe("a scenario with a loop", () => {
  it("says the count contains cycles and names the nodes on them", () => {
    // d1 "again" loops back to s1; "done" ends.
    const scenario = scenarioOf({
      nodes: [scene("s1"), decision("d1", ["again", "done"]), ending("end")],
      edges: edges("s1:next>d1", "d1:again>s1", "d1:done>end"),
      dimensions: { care: 5 },
    });
    scenario.nodes[1] = decision("d1", [option("again", { points: { care: 1 } }), "done"]);
    const summary = summarizePaths(scenario, analysisIndex(scenario));
    expect(summary).toMatchObject({ count: 1n, cyclic: true, cycleNodeIds: ["s1", "d1"] });
    // Going round the loop earns a point each time: no upper bound.
    expect(summary.dimensions).toEqual([
      { id: "care", label: "care", maxPoints: 5, min: 0, max: null },
    ]);
  });
});

describe("coverage", () => {
  it("names options no play is offered and weak choices with no way back to success", () => {
    const scenario = scenarioOf({
      variables: [numberVar("trust", 2, 0, 10)],
      nodes: [
        decision("d1", [
          option("listen", { quality: "strong" }),
          option("blame", { quality: "weak", text: "It's your fault." }),
          option("vip", {
            text: "As our VIP…",
            showIf: { combine: "all", clauses: [{ variable: "trust", op: "gte", value: 9 }] },
          }),
        ]),
        scene("calm"),
        ending("won"),
        ending("lost", "failure"),
        scene("orphan"),
      ],
      edges: edges(
        "d1:listen>calm",
        "d1:blame>lost",
        "d1:vip>calm",
        "calm:next>won",
        "orphan:next>won",
      ),
    });
    const report = CoverageReportSchema.parse(
      coverageOf(scenario, analysisIndex(scenario), { budget: 100, difficulty: null }),
    );
    expect(report.complete).toBe(true);
    expect(report.unreachedNodeIds).toEqual(["orphan"]);
    expect(report.unreachedOptions).toEqual([
      { nodeId: "d1", optionId: "vip", text: "As our VIP…" },
    ]);
    expect(report.weakWithoutSuccessRoute).toEqual([
      { nodeId: "d1", optionId: "blame", text: "It's your fault." },
    ]);
  });
});
