import { describe, expect, it } from "vitest";
import { edges, ending, note, scenarioOf, scene } from "../../../tests/factories/graph-shapes";
import { analyze } from "../analyze";

const found = (s: Parameters<typeof analyze>[0]) =>
  analyze(s)
    .filter((d) => d.code.startsWith("edge-"))
    .map((d) => [d.code, d.edgeId]);

describe("edge checks", () => {
  it("reports missing sources, missing targets, unknown ports and edges into notes", () => {
    const s = scenarioOf({
      nodes: [scene("a"), ending("end"), note("memo")],
      edges: edges("a:next>end", "ghost:next>end", "a:next>nowhere", "end:next>a", "a:next>memo"),
    });
    expect(found(s).sort()).toEqual(
      [
        ["edge-source-missing", "e1"],
        ["edge-target-missing", "e2"],
        ["edge-unknown-port", "e3"],
        ["edge-to-note", "e4"],
      ].sort(),
    );
  });

  it("names the ports the node does have", () => {
    const s = scenarioOf({ nodes: [scene("a"), ending("end")], edges: edges("a:nxt>end") });
    const d = analyze(s).find((x) => x.code === "edge-unknown-port");
    expect(d?.message).toContain('"next"');
  });

  it("is quiet on sound edges", () => {
    const s = scenarioOf({ nodes: [scene("a"), ending("end")], edges: edges("a:next>end") });
    expect(found(s)).toEqual([]);
  });
});
