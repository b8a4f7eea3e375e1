import type { CanvasActions } from "../canvas/canvas-actions";
import type { CanvasModel } from "../canvas/canvas-model";
import { runAutoLayout } from "../canvas/run-auto-layout";

/** Lays every node out with elkjs in a worker and writes all positions in one command (one undo step). */
export async function arrangeGraph(model: CanvasModel, actions: CanvasActions): Promise<void> {
  const nodes = model.nodes.map((n) => ({
    id: n.id,
    width: n.width ?? 264,
    height: n.height ?? 120,
    ports: (n.handles ?? []).filter((h) => h.type === "source" && h.id).map((h) => h.id as string),
  }));
  const edges = model.edges.map((e) => ({
    id: e.id,
    source: e.source,
    sourcePort: e.sourceHandle ?? "next",
    target: e.target,
  }));
  const positions = await runAutoLayout({ nodes, edges });
  const present = new Map<string, { x: number; y: number }>();
  for (const [id, position] of Object.entries(positions)) {
    if (model.nodeById(id)) present.set(id, position);
  }
  actions.moveNodes(present);
}
