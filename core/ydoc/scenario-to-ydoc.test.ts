import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { aConnectedScenario } from "../../tests/factories/scenario";
import { scenarioArbitrary } from "../../tests/factories/scenario-arbitrary";
import { writeScenario } from "../file/write-scenario";
import { newScenario } from "../scenario/new-scenario";
import { ScenarioSchema } from "../schema/scenario";
import { docMap, ORDER_KEY, positionsArray } from "./layout";
import { normalizeRichText } from "./rich-text/normalize-rich-text";
import { scenarioToYDoc } from "./scenario-to-ydoc";
import { yDocToScenario, yDocToScenarioWithIssues } from "./ydoc-to-scenario";

/** Every rich-text value in the scenario put in the normal form a Y.Doc keeps. */
function normalized(text: string): string {
  return JSON.stringify(
    JSON.parse(text, (_k, v) =>
      v && typeof v === "object" && v.type === "doc" ? normalizeRichText(v) : v,
    ),
  );
}

describe("scenarioToYDoc / yDocToScenario", () => {
  it("lays the document out as documented", () => {
    const doc = scenarioToYDoc(newScenario({ id: "s", title: "T" }));
    expect(docMap(doc, "meta").get("title")).toBe("T");
    expect(docMap(doc, "variables").get("trust")).toBeInstanceOf(Y.Map);
    expect(docMap(doc, "mood").get("variable")).toBe("trust");
    expect(docMap(doc, "rubric").get("dimensions").get("act").get(ORDER_KEY)).toBe(2);
    const decision = docMap(doc, "nodes").get("first-reply") as Y.Map<unknown>;
    expect(decision.get("kind")).toBe("decision");
    expect(decision.has("id")).toBe(false);
    expect(decision.has("position")).toBe(false);
    expect(decision.get("prompt")).toBeInstanceOf(Y.XmlFragment);
    const option = (decision.get("options") as Y.Map<Y.Map<unknown>>).get("quote-policy")!;
    expect(option.get(ORDER_KEY)).toBe(1);
    expect(option.get("feedback")).toBeInstanceOf(Y.XmlFragment);
    expect(option.has("advanced")).toBe(false);
    expect(docMap(doc, "edges").get("start-to-reply")).toEqual({
      source: "start",
      sourcePort: "next",
      target: "first-reply",
    });
    expect(positionsArray(doc).toArray()).toContainEqual({
      key: "first-reply",
      val: { x: 320, y: 0 },
    });
  });

  it("fills the document in one transaction with the given origin", () => {
    const doc = new Y.Doc();
    const origins: unknown[] = [];
    doc.on("update", (_update: Uint8Array, origin: unknown) => origins.push(origin));
    scenarioToYDoc(aConnectedScenario(), doc, "import");
    expect(origins).toEqual(["import"]);
  });

  it("refuses a document that already holds a scenario", () => {
    const doc = scenarioToYDoc(aConnectedScenario());
    expect(() => scenarioToYDoc(aConnectedScenario(), doc)).toThrow(/empty document/);
  });

  it("is lossless both ways for every valid scenario (property)", () => {
    fc.assert(
      fc.property(scenarioArbitrary(), (scenario) => {
        const doc = scenarioToYDoc(scenario);
        const { scenario: back, issues } = yDocToScenarioWithIssues(doc);
        expect(issues).toEqual([]);
        expect(writeScenario(back)).toBe(writeScenario(scenario));
        const copy = new Y.Doc();
        Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
        expect(writeScenario(yDocToScenario(copy))).toBe(writeScenario(scenario));
      }),
      { numRuns: 100 },
    );
  }, 120_000);

  it("keeps rich text in any shape up to its normal form (property)", () => {
    fc.assert(
      fc.property(scenarioArbitrary({ canonicalRichText: false }), (scenario) => {
        const back = yDocToScenario(scenarioToYDoc(scenario));
        expect(ScenarioSchema.safeParse(back).success).toBe(true);
        expect(normalized(writeScenario(back))).toBe(normalized(writeScenario(scenario)));
      }),
      { numRuns: 50 },
    );
  }, 120_000);

  it("returns data that does not share objects with the document", () => {
    const doc = scenarioToYDoc(newScenario({ id: "s", title: "T" }));
    const first = yDocToScenario(doc);
    first.mood!.bands[0]!.label = "changed";
    first.nodes[0]!.position.x = 999;
    expect(yDocToScenario(doc).mood!.bands[0]!.label).toBe("Furious");
    expect(yDocToScenario(doc).nodes[0]!.position.x).not.toBe(999);
  });
});
