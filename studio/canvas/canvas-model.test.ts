import { describe, expect, it } from "vitest";
import type * as Y from "yjs";
import { commands, docMap, localUndoManager, newScenario, scenarioToYDoc } from "../../core";
import { CanvasActions } from "./canvas-actions";
import { CanvasModel } from "./canvas-model";
import type { FlowNode } from "./flow-types";

const LOCAL = { who: "local" };
const REMOTE = { who: "remote" };

function openModel(doc: Y.Doc): { model: CanvasModel; stop: () => void } {
  const model = new CanvasModel(doc);
  const stop = model.connect();
  model.ensureLoaded();
  return { model, stop };
}

/** Lets queued microtasks and background slices run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

async function untilLoaded(model: CanvasModel): Promise<void> {
  for (let i = 0; i < 500 && model.remaining > 0; i++) await settle();
}

/** Adds `count` scenes far from the start (read in the background when opened). */
function farScenes(doc: Y.Doc, count: number): string[] {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const position = { x: 5000 + (i % 40) * 300, y: Math.floor(i / 40) * 200 };
    ids.push(commands.addNode(doc, { kind: "scene", position }, REMOTE).nodeId);
  }
  return ids;
}

function starter(): Y.Doc {
  return scenarioToYDoc(newScenario({ id: "canvas-test", title: "Canvas" }));
}

describe("CanvasModel", () => {
  it("turns the document into sized nodes with ports and mood-coloured edges", () => {
    const { model, stop } = openModel(starter());
    const decision = model.nodeById("first-reply")!;
    expect(decision.type).toBe("decision");
    expect(decision.width).toBeGreaterThan(0);
    expect(decision.measured).toEqual({ width: decision.width, height: decision.height });
    const ports = decision.handles!.filter((h) => h.type === "source").map((h) => h.id);
    expect(ports).toEqual(["acknowledge-and-act", "quote-policy"]);
    const tones = Object.fromEntries(model.edges.map((e) => [e.sourceHandle, e.data?.tone]));
    expect(tones["acknowledge-and-act"]).toBe("positive");
    expect(tones["quote-policy"]).toBe("negative");
    expect(tones.next).toBe("neutral");
    stop();
  });

  it("keeps the objects of nodes and edges that a change did not touch", async () => {
    const doc = starter();
    const { model, stop } = openModel(doc);
    const before = new Map(model.nodes.map((n) => [n.id, n]));
    const edgesBefore = model.edges;
    commands.setNodeData(doc, { id: "start", data: { label: "Renamed" } }, REMOTE);
    await settle();
    for (const node of model.nodes) {
      if (node.id === "start") {
        expect(node).not.toBe(before.get("start"));
        expect(node.data.label).toBe("Renamed");
      } else expect(node).toBe(before.get(node.id));
    }
    expect(model.edges).toBe(edgesBefore);
    stop();
  });

  it("recolours an edge when its option's effect on the mood changes", async () => {
    const doc = starter();
    const { model, stop } = openModel(doc);
    commands.setOption(
      doc,
      {
        nodeId: "first-reply",
        optionId: "quote-policy",
        data: { effects: [{ variable: "trust", op: "add", value: 1 }] },
      },
      REMOTE,
    );
    await settle();
    const edge = model.edges.find((e) => e.sourceHandle === "quote-policy")!;
    expect(edge.data?.tone).toBe("positive");
    stop();
  });

  it("keeps a node's local position while it is dragged and reports it when the drag ends", async () => {
    const doc = starter();
    const { model, stop } = openModel(doc);
    const drag = (x: number, dragging: boolean) => {
      const changes = [{ id: "start", type: "position" as const, position: { x, y: 5 }, dragging }];
      return model.applyNodeChanges(changes);
    };
    expect(drag(10, true).size).toBe(0);
    // Someone else moves the same node meanwhile: the local drag wins on screen.
    commands.moveNodes(doc, { moves: [{ id: "start", position: { x: 999, y: 999 } }] }, REMOTE);
    await settle();
    expect(model.nodeById("start")!.position).toEqual({ x: 10, y: 5 });
    const settled = drag(30, false);
    expect(settled.get("start")).toEqual({ x: 30, y: 5 });
    // After the drag, document positions apply again.
    commands.moveNodes(doc, { moves: [{ id: "start", position: { x: 40, y: 50 } }] }, REMOTE);
    await settle();
    expect(model.nodeById("start")!.position).toEqual({ x: 40, y: 50 });
    stop();
  });

  it("leaves a finished drag at whole pixels, so the document's echo of it changes nothing", async () => {
    const doc = starter();
    const { model, stop } = openModel(doc);
    const changes = [
      { id: "start", type: "position" as const, position: { x: 10.4, y: 20.6 }, dragging: false },
    ];
    const settled = model.applyNodeChanges(changes);
    expect(settled.get("start")).toEqual({ x: 10, y: 21 });
    expect(model.nodeById("start")!.position).toEqual({ x: 10, y: 21 });
    const nodes = model.nodes;
    new CanvasActions(doc, LOCAL).moveNodes(settled);
    await settle();
    expect(model.nodes).toBe(nodes);
    stop();
  });

  it("reads the nodes around the start first and the rest in the background", async () => {
    const doc = starter();
    const initial = docMap(doc, "nodes").size;
    for (let i = 0; i < 600; i++) {
      commands.addNode(
        doc,
        { kind: "note", position: { x: 5000 + (i % 30) * 300, y: Math.floor(i / 30) * 200 } },
        REMOTE,
      );
    }
    const { model, stop } = openModel(doc);
    const first = model.nodes.length;
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(100);
    expect(model.nodeById("start")).toBeDefined();
    expect(model.remaining).toBeGreaterThan(0);
    await untilLoaded(model);
    expect(model.remaining).toBe(0);
    expect(model.nodes.length).toBe(initial + 600);
    expect(new Set(model.nodes.map((n) => n.id)).size).toBe(initial + 600);
    stop();
  });

  it("keeps nodes read in the background off the canvas until all are read, then adds them with their edges", async () => {
    const doc = starter();
    const initial = docMap(doc, "nodes").size;
    const far = farScenes(doc, 2000);
    for (let i = 1; i < far.length; i += 50)
      commands.connect(doc, { source: far[i - 1]!, sourcePort: "next", target: far[i]! }, REMOTE);
    const farIds = new Set(far);
    const { model, stop } = openModel(doc);
    const first = model.nodes.length;
    expect(model.edges.some((e) => farIds.has(e.source))).toBe(false);
    let sawReading = false;
    for (let i = 0; i < 5000 && model.remaining > 0; i++) {
      if (model.background.unread > 0 && model.background.unread < far.length) {
        sawReading = true;
        expect(model.nodes.length).toBe(first);
        expect(model.remaining).toBe(far.length);
      }
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
    expect(sawReading).toBe(true);
    expect(model.nodes.length).toBe(initial + far.length);
    expect(model.edges.filter((e) => farIds.has(e.source))).toHaveLength(40);
    stop();
  });

  it("shows a node that changed while it waited in the background as the document has it", async () => {
    const doc = starter();
    const initial = docMap(doc, "nodes").size;
    const far = farScenes(doc, 2000);
    const { model, stop } = openModel(doc);
    for (let i = 0; i < 5000 && model.background.unread > far.length / 2; i++) await settle();
    const gone = far.filter((_, i) => i % 20 === 0);
    const moved = far.filter((_, i) => i % 20 === 1);
    commands.deleteNodes(doc, { ids: gone }, REMOTE);
    commands.moveNodes(
      doc,
      { moves: moved.map((id) => ({ id, position: { x: 1, y: 2 } })) },
      REMOTE,
    );
    await untilLoaded(model);
    for (const id of gone) expect(model.nodeById(id)).toBeUndefined();
    for (const id of moved) expect(model.nodeById(id)?.position).toEqual({ x: 1, y: 2 });
    expect(model.nodes).toHaveLength(initial + far.length - gone.length);
    stop();
  });

  it("selects nodes that appear after a local command", async () => {
    const doc = starter();
    const { model, stop } = openModel(doc);
    const actions = new CanvasActions(doc, LOCAL);
    const id = actions.addNode("ending", { x: 0, y: 400 });
    model.select([id]);
    await settle();
    expect(model.selectedNodeIds()).toEqual([id]);
    stop();
  });
});

describe("CanvasActions with an undo manager tracking the local origin", () => {
  it("undoes local edits only", async () => {
    const doc = starter();
    const undo = localUndoManager(doc, LOCAL);
    const { model, stop } = openModel(doc);
    const actions = new CanvasActions(doc, LOCAL);
    const mine = actions.addNode("scene", { x: 0, y: 300 });
    const theirs = commands.addNode(
      doc,
      { kind: "note", position: { x: 0, y: 600 } },
      REMOTE,
    ).nodeId;
    undo.undo();
    await settle();
    const ids = model.nodes.map((n: FlowNode) => n.id);
    expect(ids).not.toContain(mine);
    expect(ids).toContain(theirs);
    stop();
  });

  it("removes nodes and selected edges in one undo step", async () => {
    const doc = starter();
    const undo = localUndoManager(doc, LOCAL);
    const { model, stop } = openModel(doc);
    const actions = new CanvasActions(doc, LOCAL);
    const startEdge = model.edges.find((e) => e.source === "start")!.id;
    const policyEdge = model.edges.find((e) => e.sourceHandle === "quote-policy")!.id;
    actions.remove(["start"], [startEdge, policyEdge]);
    await settle();
    expect(model.nodeById("start")).toBeUndefined();
    expect(model.edges.map((e) => e.id)).not.toContain(policyEdge);
    undo.undo();
    await settle();
    expect(model.nodeById("start")).toBeDefined();
    expect(model.edges.map((e) => e.id)).toEqual(expect.arrayContaining([startEdge, policyEdge]));
    stop();
  });
});
