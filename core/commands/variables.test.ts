import { describe, expect, it } from "vitest";
import {
  aCondition,
  aDecision,
  anOption,
  aRule,
  aScenario,
  aScene,
  aTimer,
  aVariable,
} from "../../tests/factories/scenario";
import { defaultMoodGauge } from "../scenario/default-mood-gauge";
import { scenarioToYDoc } from "../ydoc/scenario-to-ydoc";
import { yDocToScenario } from "../ydoc/ydoc-to-scenario";
import { addVariable } from "./add-variable";
import { removeVariable } from "./remove-variable";
import { renameVariable } from "./rename-variable";
import { reorderVariables } from "./reorder-variables";
import { setVariable } from "./set-variable";

const uses = (name: string) => ({
  combine: "all" as const,
  clauses: [{ variable: name, op: "gte" as const, value: 1 }],
});
const bump = (name: string) => [{ variable: name, op: "add" as const, value: 1 }];

function setup() {
  return scenarioToYDoc(
    aScenario({
      variables: [aVariable(), aVariable({ name: "patience", initial: 2 })],
      mood: defaultMoodGauge("trust"),
      nodes: [
        aScene({ id: "s", effects: [...bump("trust"), ...bump("patience")] }),
        aDecision({
          id: "d",
          options: [
            anOption({ id: "o1", effects: bump("trust"), showIf: uses("trust") }),
            anOption({ id: "o2" }),
          ],
          timer: aTimer({ effects: bump("trust") }),
        }),
        aCondition({ id: "c", rules: [aRule({ id: "r", when: uses("trust") })] }),
      ],
    }),
  );
}

describe("variables", () => {
  it("adds a variable at an index and refuses a taken name", () => {
    const doc = setup();
    addVariable(doc, {
      variable: { name: "escalated", type: "boolean", initial: false },
      index: 0,
    });
    expect(yDocToScenario(doc).variables.map((v) => v.name)).toEqual([
      "escalated",
      "trust",
      "patience",
    ]);
    expect(() =>
      addVariable(doc, { variable: { name: "trust", type: "number", initial: 0 } }),
    ).toThrow('a variable "trust" already exists');
    expect(() =>
      addVariable(doc, { variable: { name: "2x", type: "number", initial: 0 } }),
    ).toThrow(/invalid variable name/);
  });

  it("renames a variable and every reference to it", () => {
    const doc = setup();
    expect(renameVariable(doc, { from: "trust", to: "confidence" }, "me")).toEqual({
      references: 6,
    });
    const s = yDocToScenario(doc);
    expect(s.variables.map((v) => v.name)).toEqual(["confidence", "patience"]);
    expect(s.mood?.variable).toBe("confidence");
    const text = JSON.stringify(s.nodes);
    expect(text).not.toContain('"trust"');
    expect(text.match(/"confidence"/g)).toHaveLength(5);
    expect(text).toContain('"patience"');
    expect(() => renameVariable(doc, { from: "confidence", to: "patience" })).toThrow(
      /already exists/,
    );
  });

  it("changes a variable, keeping the mood gauge's variable a number", () => {
    const doc = setup();
    setVariable(doc, { name: "patience", data: { type: "boolean", initial: true } });
    expect(yDocToScenario(doc).variables[1]).toEqual({
      name: "patience",
      description: "",
      type: "boolean",
      initial: true,
    });
    expect(() => setVariable(doc, { name: "trust", data: { type: "text", initial: "x" } })).toThrow(
      /drives the mood gauge/,
    );
    expect(() => setVariable(doc, { name: "trust", data: { initial: 99 } })).toThrow(
      /initial 99 is above max 10/,
    );
    expect(() => setVariable(doc, { name: "trust", data: { name: "x" } as never })).toThrow(
      /"name"/,
    );
  });

  it("removes a variable and the mood gauge built on it", () => {
    const doc = setup();
    expect(removeVariable(doc, { name: "patience" })).toEqual({ moodCleared: false });
    expect(removeVariable(doc, { name: "trust" })).toEqual({ moodCleared: true });
    expect(yDocToScenario(doc).mood).toBeNull();
    expect(() => removeVariable(doc, { name: "trust" })).toThrow('unknown variable "trust"');
  });

  it("reorders variables", () => {
    const doc = setup();
    reorderVariables(doc, { names: ["patience", "trust"] });
    expect(yDocToScenario(doc).variables.map((v) => v.name)).toEqual(["patience", "trust"]);
  });
});
