import { describe, expect, it } from "vitest";
import { decision, edges, ending, scenarioOf, scene } from "../../../tests/factories/graph-shapes";
import { analyze } from "../analyze";

const found = (s: Parameters<typeof analyze>[0]) =>
  analyze(s).filter((d) => d.code === "cycle-without-exit");

describe("cycle-without-exit", () => {
  it("reports a loop with no edge out and no ending, once, on its first node", () => {
    const s = scenarioOf({
      nodes: [decision("d", ["in", "out"]), scene("a"), scene("b"), ending("e")],
      edges: edges("d:in>a", "d:out>e", "a:next>b", "b:next>a"),
    });
    const d = found(s);
    expect(d.map((x) => x.nodeId)).toEqual(["a"]);
    expect(d[0]!.message).toContain('"b"');
  });

  it("reports a node looping onto itself", () => {
    const s = scenarioOf({
      nodes: [scene("a"), scene("self"), ending("e")],
      edges: edges("a:next>self", "self:next>self"),
    });
    expect(found(s).map((x) => x.nodeId)).toEqual(["self"]);
  });

  it("accepts a loop with a way out", () => {
    const s = scenarioOf({
      nodes: [decision("d", ["again", "done"]), ending("e")],
      edges: edges("d:again>d", "d:done>e"),
    });
    expect(found(s)).toEqual([]);
  });
});
