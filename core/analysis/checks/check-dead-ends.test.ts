import { describe, expect, it } from "vitest";
import {
  condition,
  decision,
  edges,
  ending,
  reflection,
  scenarioOf,
  scene,
} from "../../../tests/factories/graph-shapes";
import { analyze } from "../analyze";

const found = (s: Parameters<typeof analyze>[0], code: string) =>
  analyze(s).filter((d) => d.code === code);

describe("dead-end", () => {
  it("reports scenes, reflections, decisions and conditions with no edge at all", () => {
    const s = scenarioOf({
      nodes: [
        scene("a"),
        decision("d", ["x", "y"]),
        reflection("r"),
        condition("c", []),
        scene("s"),
        ending("end"),
      ],
      edges: edges("a:next>d"),
    });
    expect(found(s, "dead-end").map((d) => d.nodeId)).toEqual(["c", "d", "r", "s"]);
    // One finding per dead node, not one per port.
    expect(found(s, "unconnected-port")).toEqual([]);
  });

  it("does not report endings, nor nodes with an edge", () => {
    const s = scenarioOf({ nodes: [scene("a"), ending("end")], edges: edges("a:next>end") });
    expect(found(s, "dead-end")).toEqual([]);
  });
});
