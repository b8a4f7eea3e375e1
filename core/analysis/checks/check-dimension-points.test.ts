import { describe, expect, it } from "vitest";
import {
  decision,
  edges,
  ending,
  option,
  scenarioOf,
  tidyScenario,
} from "../../../tests/factories/graph-shapes";
import { analyze } from "../analyze";

function twoSteps(maxPoints: number, loop = false) {
  return scenarioOf({
    dimensions: { empathy: maxPoints },
    nodes: [
      decision("d1", [option("a", { points: { empathy: 2 } }), option("b")]),
      decision("d2", [
        option("c", { points: { empathy: 3 } }),
        option("again", { points: { empathy: 1 } }),
      ]),
      ending("e"),
    ],
    edges: edges("d1:a>d2", "d1:b>d2", "d2:c>e", loop ? "d2:again>d1" : "d2:again>e"),
  });
}

const codes = (s: Parameters<typeof analyze>[0]) =>
  analyze(s)
    .filter((d) => d.code.startsWith("dimension-"))
    .map((d) => d.code);

describe("dimension-points-exceed-max and dimension-max-unreachable", () => {
  it("warns when the best route scores above maxPoints", () => {
    expect(codes(twoSteps(4))).toEqual(["dimension-points-exceed-max"]);
  });

  it("warns when a loop with a gain makes the score unbounded", () => {
    const found = analyze(twoSteps(100, true)).filter(
      (d) => d.code === "dimension-points-exceed-max",
    );
    expect(found[0]?.message).toContain("without limit");
  });

  it("notes when no route reaches full marks", () => {
    expect(codes(twoSteps(9))).toEqual(["dimension-max-unreachable"]);
  });

  it("is quiet when the best route scores exactly maxPoints", () => {
    expect(codes(twoSteps(5))).toEqual([]);
    expect(codes(tidyScenario())).toEqual([]);
  });
});
