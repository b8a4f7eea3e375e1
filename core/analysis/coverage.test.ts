import { describe, expect, it } from "vitest";
import { generateScenario } from "../../bench/support/generate-scenario";
import {
  booleanVar,
  decision,
  edges,
  ending,
  numberVar,
  option,
  scenarioOf,
  scene,
} from "../../tests/factories/graph-shapes";
import { coverage } from "./coverage";

describe("coverage", () => {
  const s = scenarioOf({
    variables: [booleanVar("vip"), numberVar("trust", 5, 0, 10)],
    nodes: [
      decision("d1", [
        option("listen", {
          quality: "strong",
          effects: [{ variable: "trust", op: "add", value: 1 }],
        }),
        option("blame", { quality: "weak", effects: [{ variable: "trust", op: "set", value: 0 }] }),
        option("shrug", { quality: "weak" }),
      ]),
      decision("d2", [
        option("fix", {
          showIf: { combine: "all", clauses: [{ variable: "trust", op: "gte", value: 3 }] },
        }),
        option("vip-perk", {
          showIf: { combine: "all", clauses: [{ variable: "vip", op: "eq", value: true }] },
        }),
        option("sorry", { quality: "weak" }),
      ]),
      scene("perk"),
      ending("win", "success"),
      ending("lose", "failure"),
    ],
    edges: edges(
      "d1:listen>d2",
      "d1:blame>d2",
      "d1:shrug>d2",
      "d2:fix>win",
      "d2:vip-perk>perk",
      "perk:next>win",
      "d2:sorry>lose",
    ),
  });

  it("finds nodes and options that no play reaches once conditions are honoured", () => {
    const c = coverage(s);
    expect(c.complete).toBe(true);
    expect(c.unreachedNodeIds).toEqual(["perk"]);
    expect(c.unreachedOptions).toEqual([{ nodeId: "d2", optionId: "vip-perk" }]);
  });

  it("lists weak choices after which no success ending can be reached", () => {
    // blame sets trust to 0, which hides "fix"; shrug leaves it alone; sorry goes straight to a failure.
    expect(coverage(s).weakWithoutSuccessRoute).toEqual([
      { nodeId: "d1", optionId: "blame" },
      { nodeId: "d2", optionId: "sorry" },
    ]);
  });

  it("says when it stopped at the budget, and then claims no weak choice is hopeless", () => {
    const c = coverage(s, { budget: 1 });
    expect(c.complete).toBe(false);
    expect(c.statesVisited).toBe(1);
    expect(c.weakWithoutSuccessRoute).toEqual([]);
  });

  it("settles a generated scenario with few distinct states", () => {
    const g = generateScenario({ nodes: 60, seed: 5, variables: 2 });
    const c = coverage(g, { adaptive: false });
    expect(c.complete).toBe(true);
    expect(c.statesVisited).toBeGreaterThan(0);
  });
});
