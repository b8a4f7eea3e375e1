import { useEffect, useState, useSyncExternalStore } from "react";
import type * as Y from "yjs";
import { CanvasModel } from "./canvas-model";

/**
 * One CanvasModel per document, alive as long as the component using it. When
 * the document has already synced (the connection was opened before the app
 * rendered), it is read at once, so the first render already has nodes.
 */
export function useCanvasModel(doc: Y.Doc, synced: boolean): CanvasModel {
  const [model] = useState(() => {
    const created = new CanvasModel(doc);
    if (synced) created.ensureLoaded();
    return created;
  });
  useEffect(() => model.connect(), [model]);
  return model;
}

export function useFlowElements(model: CanvasModel) {
  const nodes = useSyncExternalStore(model.subscribe, () => model.nodes);
  const edges = useSyncExternalStore(model.subscribe, () => model.edges);
  return { nodes, edges };
}
