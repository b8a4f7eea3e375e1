import { describe, expect, it } from "vitest";
import {
  aConnectedScenario,
  aDecision,
  anEdge,
  anOption,
  aPersona,
  aScenario,
  aScene,
  aVariable,
} from "../../tests/factories/scenario";
import { readPositions } from "../ydoc/positions";
import { scenarioToYDoc } from "../ydoc/scenario-to-ydoc";
import { yDocToScenario } from "../ydoc/ydoc-to-scenario";
import { copyFragment } from "./copy-fragment";
import { duplicateNodes } from "./duplicate-nodes";
import { pasteFragment } from "./paste-fragment";

function source() {
  const persona = aPersona({ id: "sam" });
  const scene = aScene({
    id: "hello",
    personaId: "sam",
    effects: [{ variable: "patience", op: "add", value: -1 }],
  });
  const decision = aDecision({
    id: "reply",
    position: { x: 100, y: 50 },
    options: [
      anOption({
        id: "calm",
        showIf: { combine: "all", clauses: [{ variable: "patience", op: "gt", value: 0 }] },
        points: { act: 1 },
      }),
      anOption({ id: "curt", quality: "weak", skillsMissed: ["summarize"] }),
    ],
  });
  return aScenario({
    variables: [aVariable(), aVariable({ name: "patience", initial: 3 })],
    personas: [persona],
    rubric: {
      dimensions: [{ id: "act", label: "Act", weight: 1, maxPoints: 2 }],
      passing: { mode: "none" },
    },
    skills: [{ id: "summarize", label: "Summarize", description: "" }],
    nodes: [scene, decision, aScene({ id: "outside" })],
    edges: [
      anEdge({ id: "in", source: "hello", target: "reply" }),
      anEdge({ id: "out", source: "reply", sourcePort: "calm", target: "outside" }),
      anEdge({ id: "loop", source: "reply", sourcePort: "curt", target: "hello" }),
    ],
  });
}

describe("copyFragment", () => {
  it("copies the nodes, the edges among them and the definitions they use, as plain JSON", () => {
    const payload = copyFragment(scenarioToYDoc(source()), { ids: ["hello", "reply"] });
    expect(JSON.parse(JSON.stringify(payload))).toEqual(payload);
    expect(payload.nodes.map((n) => n.id).sort()).toEqual(["hello", "reply"]);
    expect(payload.edges.map((e) => e.id).sort()).toEqual(["in", "loop"]);
    expect(payload.variables.map((v) => v.name)).toEqual(["patience"]);
    expect(payload.personas.map((p) => p.id)).toEqual(["sam"]);
    expect(payload.skills.map((s) => s.id)).toEqual(["summarize"]);
    expect(payload.dimensions.map((d) => d.id)).toEqual(["act"]);
  });

  it("refuses an unknown node", () => {
    expect(() => copyFragment(scenarioToYDoc(source()), { ids: ["ghost"] })).toThrow(
      'unknown node "ghost"',
    );
  });
});

describe("pasteFragment", () => {
  it("pastes into another scenario with fresh ids, remapped ports and the missing definitions", () => {
    const payload = copyFragment(scenarioToYDoc(source()), { ids: ["hello", "reply"] });
    const target = scenarioToYDoc(aConnectedScenario());
    const result = pasteFragment(
      target,
      { payload: JSON.parse(JSON.stringify(payload)), at: { x: 500, y: 500 } },
      "me",
    );
    const s = yDocToScenario(target);
    const reply = s.nodes.find((n) => n.id === result.nodeIds.reply);
    const hello = s.nodes.find((n) => n.id === result.nodeIds.hello);
    expect(reply?.kind === "decision" && reply.options.map((o) => o.id)).toEqual([
      result.portIds.calm,
      result.portIds.curt,
    ]);
    expect(result.portIds.calm).not.toBe("calm");
    expect(hello?.position).toEqual({ x: 500, y: 500 });
    expect(reply?.position).toEqual({ x: 600, y: 550 });
    const pasted = s.edges.filter((e) => result.edgeIds.includes(e.id));
    expect(pasted.map((e) => [e.source, e.sourcePort, e.target]).sort()).toEqual(
      [
        [result.nodeIds.hello, "next", result.nodeIds.reply],
        [result.nodeIds.reply, result.portIds.curt, result.nodeIds.hello],
      ].sort(),
    );
    expect(result.added).toEqual({
      variables: ["patience"],
      personas: ["sam"],
      skills: ["summarize"],
      dimensions: ["act"],
    });
    expect(s.variables.map((v) => v.name)).toEqual(["trust", "patience"]);
  });

  it("can paste the same payload twice", () => {
    const doc = scenarioToYDoc(source());
    const payload = copyFragment(doc, { ids: ["reply"] });
    const first = pasteFragment(doc, { payload });
    const second = pasteFragment(doc, { payload });
    expect(first.nodeIds.reply).not.toBe(second.nodeIds.reply);
    expect(yDocToScenario(doc).nodes).toHaveLength(5);
    expect(first.added.variables).toEqual([]);
  });

  it("refuses a payload that is not a clipboard payload", () => {
    const doc = scenarioToYDoc(source());
    expect(() => pasteFragment(doc, { payload: { nodes: [] } })).toThrow(
      /invalid clipboard payload: format/,
    );
  });
});

describe("duplicateNodes", () => {
  it("copies nodes in place, offset, with internal edges, and returns the id map", () => {
    const doc = scenarioToYDoc(source());
    const result = duplicateNodes(doc, { ids: ["hello", "reply"] }, "me");
    const positions = readPositions(doc);
    expect(positions.get(result.nodeIds.reply!)).toEqual({ x: 140, y: 90 });
    const s = yDocToScenario(doc);
    expect(s.nodes).toHaveLength(5);
    expect(s.edges).toHaveLength(5);
    expect(s.edges.some((e) => e.source === result.nodeIds.reply && e.target === "outside")).toBe(
      false,
    );
  });
});
