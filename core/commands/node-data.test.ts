import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { aConnectedScenario } from "../../tests/factories/scenario";
import { richTextFromPlain } from "../schema/rich-text";
import { richTextFragmentOf } from "../ydoc/rich-text-fragment";
import { scenarioToYDoc } from "../ydoc/scenario-to-ydoc";
import { yDocToScenario } from "../ydoc/ydoc-to-scenario";
import { connect } from "./connect";
import { setNodeData } from "./set-node-data";
import { setStartNode } from "./set-start-node";
import { setTimer } from "./set-timer";

function setup() {
  const doc = scenarioToYDoc(aConnectedScenario());
  const updates: unknown[] = [];
  doc.on("update", (_u: Uint8Array, origin: unknown) => updates.push(origin));
  return { doc, updates };
}
const node = (doc: Y.Doc, id: string) => yDocToScenario(doc).nodes.find((n) => n.id === id);

describe("setNodeData", () => {
  it("sets fields of the node's kind in one update", () => {
    const { doc, updates } = setup();
    setNodeData(
      doc,
      { id: "win", data: { title: "Refund agreed", outcome: "partial", label: "Win" } },
      "me",
    );
    expect(node(doc, "win")).toMatchObject({
      title: "Refund agreed",
      outcome: "partial",
      label: "Win",
    });
    expect(updates).toEqual(["me"]);
  });

  it("rewrites rich text inside the existing fragment, so bound editors stay bound", () => {
    const { doc } = setup();
    const before = richTextFragmentOf(doc, { nodeId: "start", field: "text" });
    setNodeData(doc, { id: "start", data: { text: richTextFromPlain("Where is my parcel?") } });
    expect(richTextFragmentOf(doc, { nodeId: "start", field: "text" })).toBe(before);
    expect(node(doc, "start")).toMatchObject({ text: richTextFromPlain("Where is my parcel?") });
  });

  it("creates a difficulty variant's fragment when it is first set", () => {
    const { doc } = setup();
    expect(
      richTextFragmentOf(doc, { nodeId: "start", field: "variants", variant: "gentle" }),
    ).toBeNull();
    setNodeData(doc, {
      id: "start",
      data: { variants: { gentle: richTextFromPlain("Hi, any news?"), challenge: null } },
    });
    expect(
      richTextFragmentOf(doc, { nodeId: "start", field: "variants", variant: "gentle" }),
    ).toBeInstanceOf(Y.XmlFragment);
    expect(node(doc, "start")).toMatchObject({
      variants: { gentle: richTextFromPlain("Hi, any news?"), challenge: null },
    });
  });

  it("writes nothing when nothing changes", () => {
    const { doc, updates } = setup();
    const current = node(doc, "win");
    setNodeData(doc, {
      id: "win",
      data: { title: current?.kind === "ending" ? current.title : "" },
    });
    expect(updates).toEqual([]);
  });

  it("refuses fields of another kind, fixed fields and invalid values, writing nothing", () => {
    const { doc, updates } = setup();
    expect(() =>
      setNodeData(doc, { id: "win", data: { prompt: richTextFromPlain("x") } as never }),
    ).toThrow('"prompt" is not something a ending node lets you set');
    expect(() => setNodeData(doc, { id: "win", data: { kind: "scene" } as never })).toThrow(
      /"kind"/,
    );
    expect(() => setNodeData(doc, { id: "win", data: { title: "" } })).toThrow(
      /invalid ending node: title must be at least 1/,
    );
    expect(() => setNodeData(doc, { id: "ghost", data: {} })).toThrow('unknown node "ghost"');
    expect(updates).toEqual([]);
  });

  it("drops edges from options that a new option list leaves out", () => {
    const { doc } = setup();
    const choice = node(doc, "choice");
    if (choice?.kind !== "decision") throw new Error("no decision");
    setNodeData(doc, { id: "choice", data: { options: [choice.options[0]!] } });
    expect(
      yDocToScenario(doc)
        .edges.map((e) => e.id)
        .sort(),
    ).toEqual(["e-good", "e-start"]);
  });
});

describe("setTimer", () => {
  it("adds, changes and removes a timer; removing drops the timeout edge", () => {
    const { doc } = setup();
    setTimer(doc, { nodeId: "choice", timer: { seconds: 20 } });
    expect(node(doc, "choice")).toMatchObject({ timer: { seconds: 20, effects: [] } });
    connect(doc, { source: "choice", sourcePort: "timeout", target: "lose" });
    setTimer(doc, {
      nodeId: "choice",
      timer: { seconds: 45, feedback: richTextFromPlain("Too slow.") },
    });
    expect(node(doc, "choice")).toMatchObject({
      timer: { seconds: 45, feedback: richTextFromPlain("Too slow.") },
    });
    expect(richTextFragmentOf(doc, { nodeId: "choice", field: "timerFeedback" })).toBeInstanceOf(
      Y.XmlFragment,
    );
    setTimer(doc, { nodeId: "choice", timer: null });
    expect(node(doc, "choice")).toMatchObject({ timer: null });
    expect(yDocToScenario(doc).edges.some((e) => e.sourcePort === "timeout")).toBe(false);
  });

  it("refuses a timer on a scene and a time out of range", () => {
    const { doc } = setup();
    expect(() => setTimer(doc, { nodeId: "start", timer: { seconds: 20 } })).toThrow(
      /is a scene; this needs a decision/,
    );
    expect(() => setTimer(doc, { nodeId: "choice", timer: { seconds: 1 } })).toThrow(
      /seconds must be at least 3/,
    );
  });
});

describe("setStartNode", () => {
  it("sets or clears the start node, refusing unknown nodes", () => {
    const { doc } = setup();
    setStartNode(doc, { nodeId: "choice" });
    expect(yDocToScenario(doc).settings.startNodeId).toBe("choice");
    setStartNode(doc, { nodeId: null });
    expect(yDocToScenario(doc).settings.startNodeId).toBeNull();
    expect(() => setStartNode(doc, { nodeId: "ghost" })).toThrow('unknown node "ghost"');
  });
});
