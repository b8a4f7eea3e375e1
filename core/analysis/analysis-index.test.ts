import { describe, expect, it } from "vitest";
import { generateScenario } from "../../bench/support/generate-scenario";
import {
  decision,
  edges,
  ending,
  note,
  scenarioOf,
  scene,
} from "../../tests/factories/graph-shapes";
import { portsOf } from "../schema/nodes";
import { AnalysisIndex } from "./analysis-index";

describe("AnalysisIndex", () => {
  it("numbers ports exactly as portsOf lists them", () => {
    const s = generateScenario({ nodes: 300, seed: 2 });
    const ix = new AnalysisIndex(s);
    s.nodes.forEach((node, v) => {
      expect(ix.portName.slice(ix.portStart[v]!, ix.portStart[v + 1]!)).toEqual(portsOf(node));
    });
  });

  it("follows the first edge of a port, and only to nodes that exist and are not notes", () => {
    const s = scenarioOf({
      nodes: [decision("d", ["a", "b", "c"]), ending("one"), ending("two"), note("memo")],
      edges: edges("d:a>one", "d:a>two", "d:b>missing", "d:c>memo"),
    });
    const ix = new AnalysisIndex(s);
    expect([...ix.portTarget]).toEqual([1, -1, -1]);
    expect([...ix.outTarget]).toEqual([1]);
    expect(ix.portEdgeCount[0]).toBe(2);
  });

  it("computes reachability both ways and strongly connected components", () => {
    const s = scenarioOf({
      nodes: [decision("d", ["loop", "on"]), scene("x"), ending("e"), scene("stray")],
      edges: edges("d:loop>x", "x:next>d", "d:on>e"),
    });
    const ix = new AnalysisIndex(s);
    expect([...ix.reachable()]).toEqual([1, 1, 1, 0]);
    expect([...ix.leadsToEnding()]).toEqual([1, 1, 1, 0]);
    const { comp, cyclic } = ix.components();
    expect(comp[0]).toBe(comp[1]);
    expect(cyclic[comp[0]!]).toBe(1);
    expect(cyclic[comp[2]!]).toBe(0);
  });
});
