import { describe, expect, it } from "vitest";
import {
  condition,
  decision,
  edges,
  ending,
  scenarioOf,
  timer,
} from "../../../tests/factories/graph-shapes";
import { analyze } from "../analyze";

const found = (s: Parameters<typeof analyze>[0], code: string) =>
  analyze(s)
    .filter((d) => d.code === code)
    .map((d) => [d.nodeId, d.optionId ?? null]);

const rule = { combine: "all" as const, clauses: [] };

describe("unconnected-port and timer-without-timeout-port", () => {
  it("reports each unconnected option, rule and else port of a connected node", () => {
    const s = scenarioOf({
      nodes: [decision("d", ["x", "y"]), condition("c", [rule, rule]), ending("end")],
      edges: edges("d:x>c", "c:r0>end"),
    });
    expect(found(s, "unconnected-port")).toEqual([
      ["c", null],
      ["c", null],
      ["d", "y"],
    ]);
  });

  it("reports a timer whose timeout port has no edge, under its own code", () => {
    const s = scenarioOf({
      nodes: [decision("d", ["x", "y"], { timer: timer() }), ending("end")],
      edges: edges("d:x>end", "d:y>end"),
    });
    expect(found(s, "timer-without-timeout-port")).toEqual([["d", null]]);
    expect(found(s, "unconnected-port")).toEqual([]);
  });

  it("is quiet when every port has an edge", () => {
    const s = scenarioOf({
      nodes: [decision("d", ["x", "y"], { timer: timer() }), ending("end")],
      edges: edges("d:x>end", "d:y>end", "d:timeout>end"),
    });
    expect(found(s, "unconnected-port")).toEqual([]);
    expect(found(s, "timer-without-timeout-port")).toEqual([]);
  });
});
