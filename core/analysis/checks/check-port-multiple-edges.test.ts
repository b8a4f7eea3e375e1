import { describe, expect, it } from "vitest";
import { decision, edges, ending, scenarioOf } from "../../../tests/factories/graph-shapes";
import { analyze } from "../analyze";
import { countPaths } from "../count-paths";

describe("port-multiple-edges", () => {
  const s = scenarioOf({
    nodes: [decision("d", ["x", "y"]), ending("one"), ending("two")],
    edges: edges("d:x>one", "d:x>two", "d:y>one"),
  });

  it("reports every edge after the first from one port, with the option", () => {
    const found = analyze(s).filter((d) => d.code === "port-multiple-edges");
    expect(found.map((d) => [d.edgeId, d.optionId])).toEqual([["e1", "x"]]);
    expect(found[0]!.message).toContain('"e0"');
  });

  it("follows only the first edge, as the player does", () => {
    expect(countPaths(s).count).toBe(2n);
    expect(analyze(s).some((d) => d.code === "unreachable-node" && d.nodeId === "two")).toBe(true);
  });

  it("is quiet with one edge per port", () => {
    const ok = scenarioOf({
      nodes: [decision("d", ["x", "y"]), ending("one")],
      edges: edges("d:x>one", "d:y>one"),
    });
    expect(analyze(ok).filter((d) => d.code === "port-multiple-edges")).toEqual([]);
  });
});
