import { describe, expect, it } from "vitest";
import type * as Y from "yjs";
import { aConnectedScenario } from "../../tests/factories/scenario";
import { docMap } from "../ydoc/layout";
import { readPositions } from "../ydoc/positions";
import { scenarioToYDoc } from "../ydoc/scenario-to-ydoc";
import { yDocToScenario } from "../ydoc/ydoc-to-scenario";
import { addNode } from "./add-node";
import { CommandError } from "./command-error";
import { connect } from "./connect";
import { deleteNodes } from "./delete-nodes";
import { disconnect } from "./disconnect";
import { moveNodes } from "./move-nodes";

const ME = { user: "me" };

function setup() {
  const doc = scenarioToYDoc(aConnectedScenario());
  const updates: unknown[] = [];
  doc.on("update", (_u: Uint8Array, origin: unknown) => updates.push(origin));
  return { doc, updates };
}

const node = (doc: Y.Doc, id: string) => yDocToScenario(doc).nodes.find((n) => n.id === id);
const edges = (doc: Y.Doc) =>
  yDocToScenario(doc)
    .edges.map((e) => `${e.source}.${e.sourcePort}>${e.target}`)
    .sort();

describe("addNode", () => {
  it("adds a node of each kind with defaults, in one update carrying the origin", () => {
    const { doc, updates } = setup();
    const { nodeId } = addNode(doc, { kind: "decision", position: { x: 10, y: 20 } }, ME);
    expect(nodeId).toMatch(/^dec_[0-9a-z]{12}$/);
    expect(updates).toEqual([ME]);
    const added = node(doc, nodeId);
    expect(added).toMatchObject({ kind: "decision", position: { x: 10, y: 20 } });
    expect(added?.kind === "decision" && added.options).toHaveLength(2);
    for (const kind of ["scene", "condition", "reflection", "ending", "note"] as const) {
      expect(node(doc, addNode(doc, { kind, position: { x: 0, y: 0 } }).nodeId)?.kind).toBe(kind);
    }
  });

  it("takes initial data checked against the kind", () => {
    const { doc } = setup();
    const { nodeId } = addNode(doc, {
      kind: "ending",
      position: { x: 0, y: 0 },
      data: { title: "Refunded", outcome: "partial" },
    });
    expect(node(doc, nodeId)).toMatchObject({ title: "Refunded", outcome: "partial" });
    expect(() =>
      addNode(doc, {
        kind: "ending",
        position: { x: 0, y: 0 },
        data: { outcome: "meh" as "success" },
      }),
    ).toThrow(/invalid ending node: outcome must be one of/);
  });

  it("refuses a taken or malformed id, an unknown kind and a bad position, writing nothing", () => {
    const { doc, updates } = setup();
    expect(() => addNode(doc, { kind: "scene", position: { x: 0, y: 0 }, id: "start" })).toThrow(
      CommandError,
    );
    expect(() => addNode(doc, { kind: "scene", position: { x: 0, y: 0 }, id: "a b" })).toThrow(
      /invalid id/,
    );
    expect(() => addNode(doc, { kind: "video" as "scene", position: { x: 0, y: 0 } })).toThrow(
      /unknown node kind "video"/,
    );
    expect(() => addNode(doc, { kind: "scene", position: { x: Number.NaN, y: 0 } })).toThrow(
      /invalid position/,
    );
    expect(updates).toEqual([]);
  });
});

describe("connect", () => {
  it("connects a port and replaces what the port led to before", () => {
    const { doc, updates } = setup();
    const result = connect(doc, { source: "choice", sourcePort: "good", target: "lose" }, ME);
    expect(result.replaced).toEqual(["e-good"]);
    expect(edges(doc)).toEqual(["choice.bad>lose", "choice.good>lose", "start.next>choice"]);
    expect(updates).toEqual([ME]);
  });

  it("does nothing when the port already leads there", () => {
    const { doc, updates } = setup();
    expect(connect(doc, { source: "choice", sourcePort: "good", target: "win" })).toEqual({
      edgeId: "e-good",
      replaced: [],
    });
    expect(updates).toEqual([]);
  });

  it("refuses unknown nodes, missing ports and notes", () => {
    const { doc } = setup();
    expect(() => connect(doc, { source: "nope", sourcePort: "next", target: "win" })).toThrow(
      'connect: unknown node "nope"',
    );
    expect(() => connect(doc, { source: "choice", sourcePort: "next", target: "win" })).toThrow(
      'node "choice" has no port "next" (its ports: good, bad)',
    );
    const note = addNode(doc, { kind: "note", position: { x: 0, y: 0 } }).nodeId;
    expect(() => connect(doc, { source: "start", sourcePort: "next", target: note })).toThrow(
      /notes cannot be connected/,
    );
  });
});

describe("disconnect", () => {
  it("removes edges by id or by port", () => {
    const { doc } = setup();
    expect(disconnect(doc, { edgeIds: ["e-good"] })).toEqual({ removed: ["e-good"] });
    expect(disconnect(doc, { source: "choice", sourcePort: "bad" })).toEqual({
      removed: ["e-bad"],
    });
    expect(edges(doc)).toEqual(["start.next>choice"]);
    expect(() => disconnect(doc, { edgeIds: ["e-good"] })).toThrow('unknown edge "e-good"');
  });
});

describe("moveNodes", () => {
  it("moves many nodes in one update", () => {
    const { doc, updates } = setup();
    moveNodes(
      doc,
      {
        moves: [
          { id: "win", position: { x: 1, y: 2 } },
          { id: "lose", position: { x: 3, y: 4 } },
        ],
      },
      ME,
    );
    expect(updates).toEqual([ME]);
    const positions = readPositions(doc);
    expect([positions.get("win"), positions.get("lose")]).toEqual([
      { x: 1, y: 2 },
      { x: 3, y: 4 },
    ]);
  });

  it("refuses an unknown node before moving any", () => {
    const { doc, updates } = setup();
    expect(() =>
      moveNodes(doc, {
        moves: [
          { id: "win", position: { x: 1, y: 2 } },
          { id: "x", position: { x: 0, y: 0 } },
        ],
      }),
    ).toThrow('unknown node "x"');
    expect(updates).toEqual([]);
  });
});

describe("deleteNodes", () => {
  it("deletes nodes with their edges and positions, and clears the start node", () => {
    const { doc, updates } = setup();
    const result = deleteNodes(doc, { ids: ["start", "win"] }, ME);
    expect(result.edgeIds.sort()).toEqual(["e-good", "e-start"]);
    expect(updates).toEqual([ME]);
    const s = yDocToScenario(doc);
    expect(s.nodes.map((n) => n.id).sort()).toEqual(["choice", "lose"]);
    expect(s.settings.startNodeId).toBeNull();
    expect(readPositions(doc).has("win")).toBe(false);
    expect(docMap(doc, "edges").size).toBe(1);
  });

  it("refuses an unknown id", () => {
    const { doc } = setup();
    expect(() => deleteNodes(doc, { ids: ["start", "ghost"] })).toThrow('unknown node "ghost"');
    expect(node(doc, "start")).toBeDefined();
  });
});
