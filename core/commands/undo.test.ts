/**
 * Each user's Y.UndoManager tracks their own origin only, on two documents
 * kept in sync the way the collaboration server keeps browsers in sync:
 * undo reverts my edits and never my colleague's.
 */
import { describe, expect, it } from "vitest";
import type * as Y from "yjs";
import { aConnectedScenario } from "../../tests/factories/scenario";
import { syncedDocs } from "../../tests/factories/synced-docs";
import { richTextFromPlain } from "../schema/rich-text";
import { localUndoManager } from "../ydoc/local-undo-manager";
import { observePositions } from "../ydoc/positions";
import { scenarioToYDoc } from "../ydoc/scenario-to-ydoc";
import { yDocToScenario } from "../ydoc/ydoc-to-scenario";
import { addNode } from "./add-node";
import { addOption } from "./add-option";
import { connect } from "./connect";
import { deleteNodes } from "./delete-nodes";
import { moveNodes } from "./move-nodes";
import { reorderOptions } from "./reorder-options";
import { setNodeData } from "./set-node-data";

const ALICE = { user: "alice" };
const BOB = { user: "bob" };

function setup() {
  const docs = syncedDocs(scenarioToYDoc(aConnectedScenario()));
  // As in the studio: a live position store on each side.
  observePositions(docs.a);
  observePositions(docs.b);
  return {
    ...docs,
    aliceUndo: localUndoManager(docs.a, ALICE),
    bobUndo: localUndoManager(docs.b, BOB),
  };
}

const view = (doc: Y.Doc) => {
  const s = yDocToScenario(doc);
  const get = (id: string) => s.nodes.find((n) => n.id === id);
  return { s, get };
};

describe("undo with two users", () => {
  it("reverts only the local user's edits, newest first, on both documents", () => {
    const { a, b, aliceUndo } = setup();
    const { nodeId } = addNode(a, { kind: "scene", position: { x: 5, y: 5 } }, ALICE);
    setNodeData(b, { id: "win", data: { title: "Bob's ending" } }, BOB);
    moveNodes(a, { moves: [{ id: "start", position: { x: 300, y: 40 } }] }, ALICE);
    setNodeData(a, { id: "start", data: { text: richTextFromPlain("Alice wrote this") } }, ALICE);
    connect(b, { source: "choice", sourcePort: "bad", target: "win" }, BOB);

    expect(aliceUndo.undoStack).toHaveLength(3);
    aliceUndo.undo();
    expect(view(b).get("start")).toMatchObject({
      text: richTextFromPlain("My order never arrived."),
      position: { x: 300, y: 40 },
    });
    aliceUndo.undo();
    expect(view(b).get("start")?.position).toEqual({ x: 0, y: 0 });
    aliceUndo.undo();
    expect(view(b).get(nodeId)).toBeUndefined();

    for (const doc of [a, b]) {
      const { s, get } = view(doc);
      expect(get("win")).toMatchObject({ title: "Bob's ending" });
      expect(s.edges.find((e) => e.sourcePort === "bad")?.target).toBe("win");
    }
    aliceUndo.redo();
    expect(view(b).get(nodeId)).toMatchObject({ kind: "scene", position: { x: 5, y: 5 } });
  });

  it("never undoes a colleague's edit made inside my node", () => {
    const { a, b, aliceUndo } = setup();
    setNodeData(a, { id: "win", data: { title: "Alice's title" } }, ALICE);
    setNodeData(b, { id: "win", data: { label: "Bob's label" } }, BOB);
    aliceUndo.undo();
    for (const doc of [a, b])
      expect(view(doc).get("win")).toMatchObject({ title: "Resolved", label: "Bob's label" });
  });

  it("undoes a delete with its edges, and a reorder, as single steps", () => {
    const { a, b, aliceUndo, bobUndo } = setup();
    const { optionId } = addOption(b, { nodeId: "choice" }, BOB);
    reorderOptions(a, { nodeId: "choice", optionIds: [optionId, "bad", "good"] }, ALICE);
    deleteNodes(a, { ids: ["win"] }, ALICE);
    aliceUndo.undo();
    expect(
      view(b)
        .s.edges.map((e) => e.id)
        .sort(),
    ).toEqual(["e-bad", "e-good", "e-start"]);
    aliceUndo.undo();
    const choice = view(b).get("choice");
    expect(choice?.kind === "decision" && choice.options.map((o) => o.id)).toEqual([
      "good",
      "bad",
      optionId,
    ]);
    bobUndo.undo();
    const after = view(a).get("choice");
    expect(after?.kind === "decision" && after.options.map((o) => o.id)).toEqual(["good", "bad"]);
  });

  it("keeps a connection made right after adding a node as its own step", () => {
    const { a, aliceUndo } = setup();
    const { nodeId } = addNode(a, { kind: "scene", position: { x: 0, y: 900 } }, ALICE);
    connect(a, { source: nodeId, sourcePort: "next", target: "win" }, ALICE);
    aliceUndo.undo();
    expect(view(a).get(nodeId)).toBeDefined();
    expect(view(a).s.edges.some((e) => e.source === nodeId)).toBe(false);
    aliceUndo.undo();
    expect(view(a).get(nodeId)).toBeUndefined();
  });
});
