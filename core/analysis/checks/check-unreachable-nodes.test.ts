import { describe, expect, it } from "vitest";
import { edges, ending, note, scenarioOf, scene } from "../../../tests/factories/graph-shapes";
import { analyze } from "../analyze";

const unreachable = (s: Parameters<typeof analyze>[0]) =>
  analyze(s)
    .filter((d) => d.code === "unreachable-node")
    .map((d) => d.nodeId);

describe("unreachable-node", () => {
  it("reports nodes no route from the start reaches, but not notes", () => {
    const s = scenarioOf({
      nodes: [scene("a"), ending("end"), scene("island"), ending("island-end"), note("memo")],
      edges: edges("a:next>end", "island:next>island-end"),
    });
    expect(unreachable(s)).toEqual(["island", "island-end"]);
  });

  it("treats a node reached only over an edge to a missing port as unreachable", () => {
    const s = scenarioOf({
      nodes: [scene("a"), ending("end"), ending("other")],
      edges: edges("a:next>end", "a:bogus>other"),
    });
    expect(unreachable(s)).toEqual(["other"]);
  });

  it("is quiet when everything is reachable", () => {
    const s = scenarioOf({
      nodes: [scene("a"), scene("b"), ending("end")],
      edges: edges("a:next>b", "b:next>end"),
    });
    expect(unreachable(s)).toEqual([]);
  });
});
