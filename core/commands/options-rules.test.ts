import { describe, expect, it } from "vitest";
import type * as Y from "yjs";
import {
  aCondition,
  aConnectedScenario,
  anEdge,
  aRule,
  aScenario,
} from "../../tests/factories/scenario";
import { syncedDocs } from "../../tests/factories/synced-docs";
import { richTextFromPlain } from "../schema/rich-text";
import { docMap, ORDER_KEY } from "../ydoc/layout";
import { richTextFragmentOf } from "../ydoc/rich-text-fragment";
import { scenarioToYDoc } from "../ydoc/scenario-to-ydoc";
import { yDocToScenario } from "../ydoc/ydoc-to-scenario";
import { addOption } from "./add-option";
import { addRule } from "./add-rule";
import { removeOption } from "./remove-option";
import { removeRule } from "./remove-rule";
import { reorderOptions } from "./reorder-options";
import { reorderRules } from "./reorder-rules";
import { setOption } from "./set-option";
import { setRule } from "./set-rule";

const optionIds = (doc: Y.Doc, id = "choice") => {
  const n = yDocToScenario(doc).nodes.find((x) => x.id === id);
  return n?.kind === "decision" ? n.options.map((o) => o.id) : [];
};
const optionMap = (doc: Y.Doc, id: string) =>
  (docMap(doc, "nodes").get("choice").get("options") as Y.Map<Y.Map<unknown>>).get(id)!;

describe("options", () => {
  it("adds an option at an index with defaults, and as many as twelve", () => {
    const doc = scenarioToYDoc(aConnectedScenario());
    const { optionId } = addOption(doc, {
      nodeId: "choice",
      index: 1,
      option: { text: "Could you tell me more?" },
    });
    expect(optionIds(doc)).toEqual(["good", optionId, "bad"]);
    const option = yDocToScenario(doc).nodes.find((n) => n.id === "choice");
    expect(option?.kind === "decision" && option.options[1]).toMatchObject({
      text: "Could you tell me more?",
      quality: "mixed",
    });
    for (let i = 3; i < 12; i++) addOption(doc, { nodeId: "choice" });
    expect(() => addOption(doc, { nodeId: "choice" })).toThrow("a decision has at most 12 options");
  });

  it("refuses an option id used anywhere in the scenario, or reserved", () => {
    const doc = scenarioToYDoc(aConnectedScenario());
    expect(() => addOption(doc, { nodeId: "choice", option: { id: "good" } })).toThrow(
      'option id "good" is already in use',
    );
    expect(() => addOption(doc, { nodeId: "choice", option: { id: "timeout" } })).toThrow(
      /already in use/,
    );
    expect(() => addOption(doc, { nodeId: "start" })).toThrow(/is a scene; this needs a decision/);
  });

  it("removes an option with the edge leaving its port", () => {
    const doc = scenarioToYDoc(aConnectedScenario());
    expect(removeOption(doc, { nodeId: "choice", optionId: "good" })).toEqual({
      edgeIds: ["e-good"],
    });
    expect(optionIds(doc)).toEqual(["bad"]);
    expect(() => removeOption(doc, { nodeId: "choice", optionId: "good" })).toThrow(
      'node "choice" has no option "good"',
    );
  });

  it("reorders by rewriting only the moved option's order", () => {
    const doc = scenarioToYDoc(aConnectedScenario());
    const third = addOption(doc, { nodeId: "choice" }).optionId;
    const goodOrder = optionMap(doc, "good").get(ORDER_KEY);
    reorderOptions(doc, { nodeId: "choice", optionIds: [third, "good", "bad"] });
    expect(optionIds(doc)).toEqual([third, "good", "bad"]);
    expect(optionMap(doc, "good").get(ORDER_KEY)).toBe(goodOrder);
    expect(() => reorderOptions(doc, { nodeId: "choice", optionIds: ["good"] })).toThrow(
      /exactly once/,
    );
  });

  it("sets option fields, feedback inside its fragment", () => {
    const doc = scenarioToYDoc(aConnectedScenario());
    const fragment = richTextFragmentOf(doc, {
      nodeId: "choice",
      field: "feedback",
      optionId: "bad",
    });
    setOption(doc, {
      nodeId: "choice",
      optionId: "bad",
      data: { feedback: richTextFromPlain("Policy first reads as cold."), points: { act: -1 } },
    });
    expect(richTextFragmentOf(doc, { nodeId: "choice", field: "feedback", optionId: "bad" })).toBe(
      fragment,
    );
    const choice = yDocToScenario(doc).nodes.find((n) => n.id === "choice");
    expect(choice?.kind === "decision" && choice.options[1]).toMatchObject({
      points: { act: -1 },
      feedback: richTextFromPlain("Policy first reads as cold."),
    });
    expect(() =>
      setOption(doc, { nodeId: "choice", optionId: "bad", data: { quality: "awful" as "weak" } }),
    ).toThrow(/quality must be one of/);
    expect(() =>
      setOption(doc, { nodeId: "choice", optionId: "bad", data: { id: "x" } as never }),
    ).toThrow(/"id"/);
  });

  it("keeps a peer's edit to an option another peer moved at the same time", () => {
    const { a, b, pause, resume } = syncedDocs(scenarioToYDoc(aConnectedScenario()));
    pause();
    reorderOptions(a, { nodeId: "choice", optionIds: ["bad", "good"] });
    setOption(b, { nodeId: "choice", optionId: "bad", data: { text: "Let me fix this now." } });
    resume();
    for (const doc of [a, b]) {
      expect(optionIds(doc)).toEqual(["bad", "good"]);
      const choice = yDocToScenario(doc).nodes.find((n) => n.id === "choice");
      expect(choice?.kind === "decision" && choice.options[0]?.text).toBe("Let me fix this now.");
    }
  });
});

describe("rules", () => {
  const withCondition = () =>
    scenarioToYDoc(
      aScenario({
        nodes: [aCondition({ id: "gate", rules: [aRule({ id: "calm" })] })],
        edges: [anEdge({ id: "e1", source: "gate", sourcePort: "calm", target: "gate" })],
      }),
    );
  const ruleIds = (doc: Y.Doc) => {
    const n = yDocToScenario(doc).nodes[0];
    return n?.kind === "condition" ? n.rules.map((r) => r.id) : [];
  };

  it("adds, sets, reorders and removes rules", () => {
    const doc = withCondition();
    const { ruleId } = addRule(doc, { nodeId: "gate", rule: { label: "Angry" }, index: 0 });
    expect(ruleIds(doc)).toEqual([ruleId, "calm"]);
    setRule(doc, {
      nodeId: "gate",
      ruleId,
      data: { when: { combine: "any", clauses: [{ variable: "trust", op: "lt", value: 2 }] } },
    });
    const gate = yDocToScenario(doc).nodes[0];
    expect(gate?.kind === "condition" && gate.rules[0]).toMatchObject({
      label: "Angry",
      when: { combine: "any" },
    });
    reorderRules(doc, { nodeId: "gate", ruleIds: ["calm", ruleId] });
    expect(ruleIds(doc)).toEqual(["calm", ruleId]);
    expect(removeRule(doc, { nodeId: "gate", ruleId: "calm" })).toEqual({ edgeIds: ["e1"] });
    expect(ruleIds(doc)).toEqual([ruleId]);
  });

  it("refuses the reserved else id and rules on other kinds", () => {
    const doc = withCondition();
    expect(() => addRule(doc, { nodeId: "gate", rule: { id: "else" } })).toThrow(/already in use/);
    expect(() =>
      setRule(doc, {
        nodeId: "gate",
        ruleId: "calm",
        data: { when: { clauses: [{ variable: "1x", op: "eq", value: 1 }] } },
      }),
    ).toThrow(/invalid rule/);
  });
});
