import type * as Y from "yjs";
import { docMap, observePositions, type Position } from "../../core";

export interface ScenarioDocChanges {
  /** Node ids whose fields changed (or that were added or removed). */
  nodes(ids: Iterable<string>): void;
  edges(ids: Iterable<string>): void;
  /** A node's new position, or null when its position was removed. */
  position(id: string, position: Position | null): void;
  /** Persona names, the mood gauge or variables changed: every node view may change. */
  context(): void;
}

/**
 * Follows the parts of a scenario document the canvas shows and reports what
 * changed, by id. Returns the function that stops following.
 */
export function observeScenarioDoc(doc: Y.Doc, on: ScenarioDocChanges): () => void {
  const cleanups: (() => void)[] = [];
  const nodes = docMap(doc, "nodes");
  const onNodes = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
    for (const event of events) {
      if (event.target === nodes) on.nodes(event.changes.keys.keys());
      else if (typeof event.path[0] === "string") on.nodes([event.path[0]]);
    }
  };
  nodes.observeDeep(onNodes);
  cleanups.push(() => nodes.unobserveDeep(onNodes));

  const edges = docMap(doc, "edges");
  const onEdges = (event: Y.YMapEvent<unknown>) => on.edges(event.keysChanged);
  edges.observe(onEdges);
  cleanups.push(() => edges.unobserve(onEdges));

  for (const name of ["personas", "mood", "variables"] as const) {
    const map = docMap(doc, name);
    const onContext = () => on.context();
    map.observeDeep(onContext);
    cleanups.push(() => map.unobserveDeep(onContext));
  }

  const positions = observePositions(doc);
  const onPositions = (changes: Map<string, { action: string; newValue?: Position }>) => {
    for (const [key, change] of changes) {
      on.position(key, change.action === "delete" ? null : (change.newValue ?? null));
    }
  };
  positions.on("change", onPositions);
  cleanups.push(() => positions.off("change", onPositions));
  return () => {
    for (const cleanup of cleanups.splice(0)) cleanup();
  };
}
