import { describe, expect, it } from "vitest";
import { newScenario, type ScenarioNode } from "../../core";
import { conditionSummary } from "./condition-summary";
import { excerpt } from "./excerpt";
import { geometryOf, HEADER_HEIGHT, ROW_HEIGHT, TEXT_BLOCK_HEIGHT } from "./node-geometry";
import { sameView, viewOfNode } from "./node-view";

const scenario = newScenario({ id: "views", title: "Views" });
const context = {
  personaNames: new Map(scenario.personas.map((p) => [p.id, p.name])),
  mood: scenario.mood,
};
const byId = (id: string) => scenario.nodes.find((n) => n.id === id)!;

describe("viewOfNode", () => {
  it("shows a scene's persona by name and its customer line", () => {
    const view = viewOfNode(byId("start"), context);
    expect(view.kind).toBe("scene");
    if (view.kind !== "scene") return;
    expect(view.persona).toBe(scenario.personas[0]!.name);
    expect(view.line).toContain("third time");
    expect(view.searchText).toContain("third time");
  });

  it("gives each option its quality and its effect on the mood", () => {
    const view = viewOfNode(byId("first-reply"), context);
    if (view.kind !== "decision") throw new Error("expected a decision");
    expect(view.options.map((o) => [o.quality, o.mood])).toEqual([
      ["strong", "positive"],
      ["weak", "negative"],
    ]);
  });

  it("treats views with the same content as equal and different content as different", () => {
    const node = byId("first-reply");
    const a = viewOfNode(node, context);
    const b = viewOfNode(structuredClone(node), context);
    expect(a).not.toBe(b);
    expect(sameView(a, b)).toBe(true);
    const changed = structuredClone(node) as Extract<ScenarioNode, { kind: "decision" }>;
    changed.options[1]!.quality = "mixed";
    expect(sameView(a, viewOfNode(changed, context))).toBe(false);
  });
});

describe("geometryOf", () => {
  it("puts each option's port in the middle of its row, and the timer's below them", () => {
    const node = structuredClone(byId("first-reply")) as Extract<
      ScenarioNode,
      { kind: "decision" }
    >;
    node.timer = { seconds: 30, effects: [], feedback: { type: "doc" }, skillsMissed: [] };
    const view = viewOfNode(node, context);
    const geometry = geometryOf(view);
    const top = HEADER_HEIGHT + TEXT_BLOCK_HEIGHT;
    const centres = geometry.handles
      .filter((h) => h.type === "source")
      .map((h) => [h.id, h.y + (h.height ?? 0) / 2]);
    expect(centres).toEqual([
      ["acknowledge-and-act", top + ROW_HEIGHT / 2],
      ["quote-policy", top + ROW_HEIGHT * 1.5],
      ["timeout", top + ROW_HEIGHT * 2.5],
    ]);
    expect(geometry.height).toBeGreaterThan(top + 3 * ROW_HEIGHT);
  });

  it("gives notes no ports", () => {
    const note: ScenarioNode = {
      id: "n",
      kind: "note",
      label: "",
      position: { x: 0, y: 0 },
      text: { type: "doc" },
      color: "yellow",
    };
    expect(geometryOf(viewOfNode(note, context)).handles).toEqual([]);
  });
});

describe("text helpers", () => {
  it("cuts long text at a word boundary with an ellipsis", () => {
    expect(excerpt("one two three four five", 12)).toBe("one two…");
    expect(excerpt("  short \n text ", 40)).toBe("short text");
  });

  it("reads a condition as a sentence", () => {
    expect(
      conditionSummary({
        combine: "any",
        clauses: [
          { variable: "trust", op: "gte", value: 5 },
          { variable: "tier", op: "eq", value: "gold" },
        ],
      }),
    ).toBe("trust ≥ 5 or tier = “gold”");
    expect(conditionSummary({ combine: "all", clauses: [] })).toBe("always");
  });
});
