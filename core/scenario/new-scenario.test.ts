import { describe, expect, it } from "vitest";
import { analyze } from "../analysis/analyze";
import { portsOf } from "../schema/nodes";
import { ScenarioSchema } from "../schema/scenario";
import { newScenario } from "./new-scenario";

describe("newScenario", () => {
  const s = newScenario({ id: "refund-101", title: "A refund" });

  it("is valid and carries the given id and title", () => {
    expect(ScenarioSchema.safeParse(s).success).toBe(true);
    expect(s.meta).toMatchObject({ id: "refund-101", title: "A refund", language: "en" });
  });

  it("has the default rubric, skills and a trust mood gauge", () => {
    expect(s.rubric.dimensions.map((d) => [d.id, d.weight, d.maxPoints])).toEqual([
      ["acknowledge", 1, 2],
      ["align", 1, 2],
      ["act", 1, 2],
    ]);
    expect(s.skills.map((k) => k.id)).toContain("acknowledge-impact");
    expect(s.skills).toHaveLength(9);
    expect(s.variables).toEqual([
      expect.objectContaining({ name: "trust", type: "number", initial: 4, min: 0, max: 10 }),
    ]);
    expect(s.mood?.variable).toBe("trust");
    expect(s.mood?.bands.map((b) => b.label)).toEqual([
      "Furious",
      "Frustrated",
      "Neutral",
      "Reassured",
      "Won over",
    ]);
  });

  it("is a connected scene -> decision -> two endings graph with every port wired", () => {
    expect(s.nodes.map((n) => n.kind)).toEqual(["scene", "decision", "ending", "ending"]);
    expect(s.settings.startNodeId).toBe("start");
    for (const node of s.nodes) {
      for (const port of portsOf(node)) {
        expect(s.edges.some((e) => e.source === node.id && e.sourcePort === port)).toBe(true);
      }
    }
    expect(analyze(s).filter((d) => d.severity === "error")).toEqual([]);
  });
});
