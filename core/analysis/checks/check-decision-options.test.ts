import { describe, expect, it } from "vitest";
import { decision, edges, ending, scenarioOf } from "../../../tests/factories/graph-shapes";
import { analyze } from "../analyze";

const found = (s: Parameters<typeof analyze>[0]) =>
  analyze(s)
    .filter((d) => d.code === "decision-too-few-options")
    .map((d) => d.nodeId);

describe("decision-too-few-options", () => {
  it("reports decisions with one option or none", () => {
    const s = scenarioOf({
      nodes: [decision("one", ["x"]), decision("none", []), ending("end")],
      edges: edges("one:x>none"),
    });
    expect(found(s)).toEqual(["none", "one"]);
  });

  it("accepts two options", () => {
    const s = scenarioOf({
      nodes: [decision("d", ["x", "y"]), ending("end")],
      edges: edges("d:x>end", "d:y>end"),
    });
    expect(found(s)).toEqual([]);
  });
});
