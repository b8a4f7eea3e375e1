import { describe, expect, it } from "vitest";
import {
  aDecision,
  anOption,
  aPersona,
  aScenario,
  aScene,
  aSkill,
  aTimer,
} from "../../tests/factories/scenario";
import { scenarioToYDoc } from "../ydoc/scenario-to-ydoc";
import { yDocToScenario } from "../ydoc/ydoc-to-scenario";
import { addAsset } from "./add-asset";
import { addDimension } from "./add-dimension";
import { addPersona } from "./add-persona";
import { addSkill } from "./add-skill";
import { removeAsset } from "./remove-asset";
import { removeDimension } from "./remove-dimension";
import { removePersona } from "./remove-persona";
import { removeSkill } from "./remove-skill";
import { reorderDimensions } from "./reorder-dimensions";
import { reorderPersonas } from "./reorder-personas";
import { reorderSkills } from "./reorder-skills";
import { setDimension } from "./set-dimension";
import { setPersona } from "./set-persona";
import { setSkill } from "./set-skill";

function setup() {
  return scenarioToYDoc(
    aScenario({
      skills: [aSkill({ id: "summarize" }), aSkill({ id: "timeline" })],
      rubric: {
        dimensions: [{ id: "act", label: "Act", maxPoints: 2 }],
        passing: { mode: "weighted" },
      },
      personas: [aPersona({ id: "sam" })],
      nodes: [
        aScene({ id: "s", personaId: "sam" }),
        aDecision({
          id: "d",
          options: [
            anOption({
              id: "o1",
              skillsPractised: ["summarize"],
              skillsMissed: ["timeline"],
              points: { act: 2, other: 1 },
            }),
            anOption({ id: "o2" }),
          ],
          timer: aTimer({ skillsMissed: ["timeline"] }),
        }),
      ],
    }),
  );
}
const decision = (s: ReturnType<typeof yDocToScenario>) => {
  const d = s.nodes.find((n) => n.id === "d");
  if (d?.kind !== "decision") throw new Error("no decision");
  return d;
};

describe("skills", () => {
  it("adds with a generated id, sets, reorders, and removes from every option and timer", () => {
    const doc = setup();
    const { skillId } = addSkill(doc, { skill: { label: "Ask permission" } });
    expect(skillId).toMatch(/^skill_/);
    setSkill(doc, { id: skillId, data: { description: "Before a hold" } });
    reorderSkills(doc, { ids: [skillId, "summarize", "timeline"] });
    removeSkill(doc, { id: "timeline" });
    const s = yDocToScenario(doc);
    expect(s.skills.map((k) => [k.id, k.description])).toEqual([
      [skillId, "Before a hold"],
      ["summarize", ""],
    ]);
    expect(decision(s).options[0]).toMatchObject({
      skillsPractised: ["summarize"],
      skillsMissed: [],
    });
    expect(decision(s).timer?.skillsMissed).toEqual([]);
    expect(() => setSkill(doc, { id: "timeline", data: {} })).toThrow('unknown skill "timeline"');
  });
});

describe("rubric dimensions", () => {
  it("adds, sets, reorders, and removes with every option's points on it", () => {
    const doc = setup();
    addDimension(doc, { dimension: { id: "align", label: "Align", maxPoints: 3 }, index: 0 });
    setDimension(doc, { id: "act", data: { weight: 2 } });
    reorderDimensions(doc, { ids: ["act", "align"] });
    expect(yDocToScenario(doc).rubric.dimensions.map((d) => [d.id, d.weight])).toEqual([
      ["act", 2],
      ["align", 1],
    ]);
    removeDimension(doc, { id: "act" });
    const s = yDocToScenario(doc);
    expect(s.rubric.dimensions.map((d) => d.id)).toEqual(["align"]);
    expect(decision(s).options[0]?.points).toEqual({ other: 1 });
    expect(() => setDimension(doc, { id: "align", data: { maxPoints: 0 } })).toThrow(
      /maxPoints must be above 0/,
    );
  });
});

describe("personas", () => {
  it("adds, sets, reorders, and removes leaving scenes without a persona", () => {
    const doc = setup();
    const { personaId } = addPersona(doc, { persona: { name: "Alex", channel: "phone" } });
    setPersona(doc, { id: "sam", data: { context: "Third contact this week" } });
    reorderPersonas(doc, { ids: [personaId, "sam"] });
    removePersona(doc, { id: "sam" });
    const s = yDocToScenario(doc);
    expect(s.personas.map((p) => [p.name, p.channel])).toEqual([["Alex", "phone"]]);
    expect(s.nodes.find((n) => n.id === "s")).toMatchObject({ personaId: null });
  });
});

describe("assets", () => {
  it("adds by content hash and removes", () => {
    const doc = setup();
    const id = `sha256-${"ab".repeat(32)}`;
    addAsset(doc, { asset: { id, name: "queue.png", mimeType: "image/png", bytes: 1234 } });
    expect(yDocToScenario(doc).assets.map((a) => a.id)).toEqual([id]);
    expect(() =>
      addAsset(doc, { asset: { id, name: "again.png", mimeType: "image/png", bytes: 1 } }),
    ).toThrow(/already exists/);
    removeAsset(doc, { id });
    expect(yDocToScenario(doc).assets).toEqual([]);
  });
});
