import { describe, expect, it } from "vitest";
import {
  edges,
  ending,
  scenarioOf,
  scene,
  tidyScenario,
} from "../../../tests/factories/graph-shapes";
import { analyze } from "../analyze";

const found = (s: Parameters<typeof analyze>[0]) =>
  analyze(s).filter((d) => d.code === "no-ending-reachable");

describe("no-ending-reachable", () => {
  it("reports a scenario without endings", () => {
    const s = scenarioOf({ nodes: [scene("a"), scene("b")], edges: edges("a:next>b") });
    expect(found(s)[0]?.message).toContain("no ending");
  });

  it("reports endings that the start cannot reach", () => {
    const s = scenarioOf({
      nodes: [scene("a"), scene("b"), ending("e")],
      edges: edges("a:next>b"),
    });
    expect(found(s).map((d) => d.nodeId)).toEqual(["a"]);
  });

  it("is quiet when an ending is reachable", () => {
    expect(found(tidyScenario())).toEqual([]);
  });
});
