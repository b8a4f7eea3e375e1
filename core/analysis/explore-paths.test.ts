import { describe, expect, it } from "vitest";
import { generateScenario } from "../../bench/support/generate-scenario";
import {
  condition,
  decision,
  edges,
  ending,
  numberVar,
  option,
  scenarioFromShape,
  scenarioOf,
  scene,
  timer,
} from "../../tests/factories/graph-shapes";
import { countPaths } from "./count-paths";
import { explorePaths } from "./explore-paths";

/** k binary choices in a row: 2^k paths, each choice on its own decision. */
function binaryChain(k: number) {
  const targets: number[][] = [];
  for (let i = 0; i < k; i++) targets.push([i + 1, i + 1]);
  targets.push([]);
  return scenarioFromShape({ targets });
}

describe("explorePaths", () => {
  it("lists every path when the budget allows, depth first in option order", () => {
    const result = explorePaths(binaryChain(3), { budget: 1000 });
    expect(result.stoppedAtBudget).toBe(false);
    expect(result.paths.map((p) => p.choices.map((c) => c.slice(-1)).join(""))).toEqual([
      "000",
      "001",
      "010",
      "011",
      "100",
      "101",
      "110",
      "111",
    ]);
    expect(result.paths[0]!.nodeIds).toEqual(["n0", "n1", "n2", "n3"]);
    expect(result.statesVisited).toBe(15);
  });

  it("stops at the budget, says so, and lists a prefix of the full order", () => {
    const s = binaryChain(10);
    const full = explorePaths(s, { budget: 1e6 });
    expect(full.paths).toHaveLength(1024);
    expect(BigInt(full.paths.length)).toBe(countPaths(s).count);
    const cut = explorePaths(s, { budget: 100 });
    expect(cut.stoppedAtBudget).toBe(true);
    expect(cut.statesVisited).toBe(100);
    expect(cut.paths.length).toBeGreaterThan(0);
    expect(cut.paths).toEqual(full.paths.slice(0, cut.paths.length));
  });

  it("is deterministic", () => {
    const s = generateScenario({ nodes: 200, seed: 11 });
    expect(explorePaths(s, { budget: 2000 })).toEqual(explorePaths(s, { budget: 2000 }));
  });

  it("honours show-conditions, effects with clamping, and condition rules", () => {
    const s = scenarioOf({
      variables: [numberVar("trust", 8, 0, 10)],
      dimensions: { care: 10 },
      skills: ["listen", "rush"],
      nodes: [
        decision("d1", [
          option("warm", {
            effects: [{ variable: "trust", op: "add", value: 5 }],
            points: { care: 2 },
            skillsPractised: ["listen"],
          }),
          option("cold", {
            effects: [{ variable: "trust", op: "add", value: -6 }],
            skillsMissed: ["rush"],
          }),
        ]),
        decision("d2", [
          option("plain"),
          option("bonus", {
            showIf: { combine: "all", clauses: [{ variable: "trust", op: "gte", value: 9 }] },
            points: { care: 1 },
          }),
        ]),
        condition("c", [{ combine: "all", clauses: [{ variable: "trust", op: "gt", value: 5 }] }]),
        ending("win", "success"),
        ending("lose", "failure"),
      ],
      edges: edges(
        "d1:warm>d2",
        "d1:cold>d2",
        "d2:plain>c",
        "d2:bonus>c",
        "c:r0>win",
        "c:else>lose",
      ),
    });
    const { paths } = explorePaths(s, { budget: 100 });
    expect(
      paths.map((p) => [p.choices.join(","), p.endingId, p.vars.trust, p.scores.care]),
    ).toEqual([
      ["warm,plain", "win", 10, 2],
      ["warm,bonus", "win", 10, 3],
      ["cold,plain", "lose", 2, 0],
    ]);
    expect(paths[0]!.skillsPractised).toEqual(["listen"]);
    expect(paths[2]!.skillsMissed).toEqual(["rush"]);
    expect(paths[2]!.outcome).toBe("failure");
  });

  it("takes the timeout branch with the timer's effects and missed skills", () => {
    const s = scenarioOf({
      variables: [numberVar("patience", 3, 0, 5)],
      nodes: [
        decision("d", ["reply"], {
          timer: timer({
            effects: [{ variable: "patience", op: "add", value: -1 }],
            skillsMissed: ["pace"],
          }),
        }),
        scene("after"),
        ending("e"),
      ],
      edges: edges("d:reply>e", "d:timeout>after", "after:next>e"),
    });
    const timed = explorePaths(s, { budget: 100 }).paths[1]!;
    expect(timed.choices).toEqual(["timeout"]);
    expect(timed.nodeIds).toEqual(["d", "after", "e"]);
    expect(timed.vars.patience).toBe(2);
    expect(timed.skillsMissed).toEqual(["pace"]);
  });

  it("shows advanced options at the challenge level only, unless asked otherwise", () => {
    const s = scenarioOf({
      nodes: [decision("d", [option("basic"), option("expert", { advanced: true })]), ending("e")],
      edges: edges("d:basic>e", "d:expert>e"),
    });
    const choices = (difficulty?: "gentle" | "standard" | "challenge") =>
      explorePaths(s, { budget: 100, ...(difficulty ? { difficulty } : {}) }).paths.map(
        (p) => p.choices[0],
      );
    expect(choices()).toEqual(["basic"]);
    expect(choices("challenge")).toEqual(["basic", "expert"]);
  });

  it("raises the level with adaptive difficulty, revealing advanced options", () => {
    const strong = (id: string) => option(id, { quality: "strong" });
    const s = scenarioOf({
      settings: {
        difficulty: {
          initial: "standard",
          adaptive: true,
          easeAfterWeak: 2,
          raiseAfterStrong: 1,
          advancedOnlyAtChallenge: true,
        },
      },
      nodes: [
        decision("d1", [strong("good")]),
        decision("d2", [option("basic"), option("expert", { advanced: true })]),
        ending("e"),
      ],
      edges: edges("d1:good>d2", "d2:basic>e", "d2:expert>e"),
    });
    expect(explorePaths(s, { budget: 100 }).paths.map((p) => p.choices.join(","))).toEqual([
      "good,basic",
      "good,expert",
    ]);
    expect(explorePaths(s, { budget: 100, adaptive: false }).paths).toHaveLength(1);
  });

  it("does not loop on a cycle that changes nothing, and stops loops that keep changing at maxDepth", () => {
    const still = scenarioOf({
      nodes: [decision("d", ["again", "done"]), ending("e")],
      edges: edges("d:again>d", "d:done>e"),
    });
    const r1 = explorePaths(still, { budget: 1000 });
    expect(r1.paths.map((p) => p.choices)).toEqual([["done"]]);
    expect(r1.stoppedAtBudget).toBe(false);

    const counting = scenarioOf({
      variables: [numberVar("tries", 0)],
      nodes: [
        decision("d", [
          option("again", { effects: [{ variable: "tries", op: "add", value: 1 }] }),
          option("done"),
        ]),
        ending("e"),
      ],
      edges: edges("d:again>d", "d:done>e"),
    });
    const r2 = explorePaths(counting, { budget: 1000, maxDepth: 5 });
    // maxDepth counts nodes: d d d d e is the longest path that fits.
    expect(r2.paths.map((p) => p.vars.tries)).toEqual([3, 2, 1, 0]);
    expect(r2.cutAtDepth).toBe(1);

    const clamped = scenarioOf({
      variables: [numberVar("tries", 0, 0, 2)],
      nodes: counting.nodes,
      edges: counting.edges,
    });
    expect(explorePaths(clamped, { budget: 1000 }).paths.map((p) => p.vars.tries)).toEqual([
      2, 1, 0,
    ]);
  });

  it("reports nodes where a learner is stuck", () => {
    const s = scenarioOf({
      variables: [numberVar("x", 0)],
      nodes: [
        scene("s"),
        decision("d", [
          option("only", {
            showIf: { combine: "all", clauses: [{ variable: "x", op: "gt", value: 1 }] },
          }),
        ]),
        ending("e"),
      ],
      edges: edges("s:next>d", "d:only>e"),
    });
    const r = explorePaths(s, { budget: 100 });
    expect(r.paths).toEqual([]);
    expect(r.stuckNodeIds).toEqual(["d"]);
  });
});
