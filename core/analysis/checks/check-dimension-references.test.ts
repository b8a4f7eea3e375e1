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

describe("unknown-dimension", () => {
  it("reports points on a dimension the rubric does not have", () => {
    const s = scenarioOf({
      dimensions: { empathy: 1 },
      nodes: [
        decision("d", [option("a", { points: { empathy: 1, speed: 2 } }), option("b")]),
        ending("e"),
      ],
      edges: edges("d:a>e", "d:b>e"),
    });
    const found = analyze(s).filter((d) => d.code === "unknown-dimension");
    expect(found.map((d) => d.optionId)).toEqual(["a"]);
    expect(found[0]!.message).toContain('"speed"');
  });

  it("is quiet when every dimension exists", () => {
    expect(analyze(tidyScenario()).filter((d) => d.code === "unknown-dimension")).toEqual([]);
  });
});
