import { describe, expect, it } from "vitest";
import { note, scenarioOf, tidyScenario } from "../../../tests/factories/graph-shapes";
import { analyze } from "../analyze";

const codes = (s: Parameters<typeof analyze>[0]) => analyze(s).map((d) => d.code);

describe("start node checks", () => {
  it("reports a scenario without a start node", () => {
    const s = { ...tidyScenario(), settings: { ...tidyScenario().settings, startNodeId: null } };
    expect(codes(s)).toContain("no-start-node");
    expect(codes(s)).not.toContain("unreachable-node");
  });

  it("reports a start node id that names nothing", () => {
    const s = { ...tidyScenario(), settings: { ...tidyScenario().settings, startNodeId: "gone" } };
    expect(codes(s)).toContain("start-node-missing");
  });

  it("reports a note as start", () => {
    const found = analyze(scenarioOf({ nodes: [note("memo")] }));
    expect(found.find((d) => d.code === "start-node-not-playable")?.nodeId).toBe("memo");
  });

  it("is quiet when the start node exists", () => {
    expect(
      codes(tidyScenario()).filter((c) => c.startsWith("start-") || c === "no-start-node"),
    ).toEqual([]);
  });
});
