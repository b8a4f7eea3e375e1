import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { aConnectedScenario, anOption } from "../../tests/factories/scenario";
import { ScenarioSchema } from "../schema/scenario";
import { docMap, ORDER_KEY, positionsArray } from "./layout";
import { scenarioToYDoc } from "./scenario-to-ydoc";
import { readNode, yDocToScenarioWithIssues } from "./ydoc-to-scenario";

function node(doc: Y.Doc, id: string): Y.Map<unknown> {
  return docMap(doc, "nodes").get(id) as Y.Map<unknown>;
}
function options(doc: Y.Doc, id: string): Y.Map<Y.Map<unknown>> {
  return node(doc, id).get("options") as Y.Map<Y.Map<unknown>>;
}

describe("yDocToScenario on half-edited or conflicting data", () => {
  it("reads an empty document as an empty valid scenario", () => {
    const { scenario, issues } = yDocToScenarioWithIssues(new Y.Doc());
    expect(ScenarioSchema.safeParse(scenario).success).toBe(true);
    expect(scenario.nodes).toEqual([]);
    expect(issues.map((i) => i.path)).toContain("meta");
  });

  it("resets a bad field to its default or a placeholder, keeping the rest of the item", () => {
    const doc = scenarioToYDoc(aConnectedScenario());
    options(doc, "choice").get("good")!.set("quality", "superb");
    options(doc, "choice").get("bad")!.set("advanced", "yes");
    node(doc, "win").set("title", "");
    const { scenario, issues } = yDocToScenarioWithIssues(doc);
    const choice = scenario.nodes.find((n) => n.id === "choice");
    expect(
      choice?.kind === "decision" && choice.options.map((o) => [o.id, o.quality, o.advanced]),
    ).toEqual([
      ["good", "strong", false],
      ["bad", "weak", false],
    ]);
    expect(scenario.nodes.find((n) => n.id === "win")).toMatchObject({ title: "Untitled" });
    expect(issues.map((i) => i.path)).toEqual(
      expect.arrayContaining([
        "nodes.choice.options[0].quality",
        "nodes.choice.options[1].advanced",
        "nodes.win.title",
      ]),
    );
  });

  it("drops a node whose kind is unknown, and only that node", () => {
    const doc = scenarioToYDoc(aConnectedScenario());
    node(doc, "lose").set("kind", "video");
    const { scenario, issues } = yDocToScenarioWithIssues(doc);
    expect(scenario.nodes.map((n) => n.id).sort()).toEqual(["choice", "start", "win"]);
    expect(issues).toContainEqual({
      path: "nodes.lose",
      message: "removed: could not be repaired",
    });
  });

  it("cuts a decision with too many options (concurrent adds) down to twelve, in order", () => {
    const doc = scenarioToYDoc(aConnectedScenario());
    doc.transact(() => {
      for (let i = 0; i < 12; i++) {
        const m = new Y.Map<unknown>();
        m.set("text", `extra ${i}`);
        m.set("quality", "mixed");
        m.set("feedback", new Y.XmlFragment());
        m.set(ORDER_KEY, 10 + i);
        options(doc, "choice").set(`x${i}`, m);
      }
    });
    const { scenario } = yDocToScenarioWithIssues(doc);
    const choice = scenario.nodes.find((n) => n.id === "choice");
    expect(choice?.kind === "decision" && choice.options.map((o) => o.id)).toEqual([
      "good",
      "bad",
      ...Array.from({ length: 10 }, (_, i) => `x${i}`),
    ]);
  });

  it("places a node without a position at 0, 0 and says so", () => {
    const doc = scenarioToYDoc(aConnectedScenario());
    doc.transact(() => positionsArray(doc).delete(0, positionsArray(doc).length));
    const { scenario, issues } = yDocToScenarioWithIssues(doc);
    expect(scenario.nodes.every((n) => n.position.x === 0 && n.position.y === 0)).toBe(true);
    expect(issues).toContainEqual({
      path: "nodes.start.position",
      message: "had no position; placed at 0, 0",
    });
  });

  it("empties rich text stored as invalid plain JSON, and accepts valid plain JSON", () => {
    const doc = scenarioToYDoc(aConnectedScenario());
    node(doc, "start").set("text", { type: "doc", content: [{ type: "iframe" }] });
    node(doc, "win").set("debrief", { type: "doc", content: [{ type: "paragraph" }] });
    const { scenario, issues } = yDocToScenarioWithIssues(doc);
    expect(scenario.nodes.find((n) => n.id === "start")).toMatchObject({
      text: { type: "doc", content: [{ type: "paragraph" }] },
    });
    expect(scenario.nodes.find((n) => n.id === "win")).toMatchObject({
      debrief: { type: "doc", content: [{ type: "paragraph" }] },
    });
    expect(issues).toContainEqual({
      path: "nodes.start.text",
      message: "was not valid rich text; emptied",
    });
  });

  it("removes an option whose id another decision already uses", () => {
    const base = aConnectedScenario();
    const doc = scenarioToYDoc(base);
    const twin = new Y.Map<unknown>();
    docMap(doc, "nodes").set("zz-choice", twin);
    twin.set("kind", "decision");
    twin.set("prompt", new Y.XmlFragment());
    const opts = new Y.Map<unknown>();
    twin.set("options", opts);
    const option = anOption({ id: "good" });
    const m = new Y.Map<unknown>();
    opts.set("good", m);
    m.set("text", option.text);
    m.set("quality", "strong");
    m.set("feedback", new Y.XmlFragment());
    const { scenario, issues } = yDocToScenarioWithIssues(doc);
    expect(ScenarioSchema.safeParse(scenario).success).toBe(true);
    const optionIds = scenario.nodes.flatMap((n) =>
      n.kind === "decision" ? n.options.map((o) => o.id) : [],
    );
    expect(optionIds.filter((id) => id === "good")).toHaveLength(1);
    expect(issues.some((i) => i.message.includes('duplicate option "good"'))).toBe(true);
  });

  it("always returns a valid scenario whatever junk peers wrote (property)", () => {
    const junk = fc.oneof(
      fc.string(),
      fc.integer(),
      fc.constant(null),
      fc.boolean(),
      fc.array(fc.integer()),
      fc.dictionary(fc.string(), fc.integer(), { noNullPrototype: true }),
    );
    const target = fc.constantFrom(
      "meta",
      "settings",
      "rubric",
      "mood",
      "variables",
      "skills",
      "node",
      "option",
      "edges",
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            target,
            fc.constantFrom(
              "title",
              "kind",
              "text",
              "quality",
              "order",
              "mode",
              "trust",
              "x",
              "feedback",
              "retry",
            ),
            junk,
          ),
          { maxLength: 6 },
        ),
        (writes) => {
          const doc = scenarioToYDoc(aConnectedScenario());
          doc.transact(() => {
            for (const [where, key, value] of writes) {
              if (where === "node") node(doc, "choice").set(key, value);
              else if (where === "option") options(doc, "choice").get("good")?.set(key, value);
              else docMap(doc, where as "meta").set(key, value);
            }
          });
          const { scenario } = yDocToScenarioWithIssues(doc);
          expect(ScenarioSchema.safeParse(scenario).success).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  }, 60_000);
});

describe("readNode", () => {
  it("reads one node with its position, or null", () => {
    const doc = scenarioToYDoc(aConnectedScenario());
    expect(readNode(doc, "choice")).toMatchObject({
      id: "choice",
      kind: "decision",
      position: { x: 0, y: 0 },
    });
    expect(readNode(doc, "nope")).toBeNull();
  });
});
