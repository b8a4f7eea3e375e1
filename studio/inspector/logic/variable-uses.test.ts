import { describe, expect, it } from "vitest";
import { supportCall } from "../../../tests/factories/support-call";
import { variableUses } from "./variable-uses";

describe("variableUses", () => {
  const scenario = supportCall();

  it("lists effects, show-ifs, timer effects, rules and the mood gauge", () => {
    const uses = variableUses(scenario, "trust").map((u) => u.where);
    expect(uses[0]).toBe("The mood gauge");
    expect(uses).toContain("Scene “You charged me twice.”: effect on arrival");
    expect(uses).toContain("Decision “What do you say?”: effect when time runs out");
    expect(uses.some((w) => w.includes("option “I will pass you to my manager.”: show-if"))).toBe(
      true,
    );
    expect(uses.some((w) => w.startsWith("Condition c1: rule"))).toBe(true);
  });

  it("points at the option for option uses", () => {
    const escalated = variableUses(scenario, "escalated");
    expect(escalated.find((u) => u.optionId === "d2-escalate")?.nodeId).toBe("d2");
  });

  it("finds nothing for an unused name", () => {
    expect(variableUses(scenario, "channel")).toEqual([]);
  });
});
