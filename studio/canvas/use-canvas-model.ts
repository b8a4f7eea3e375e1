import { useEffect, useState, useSyncExternalStore } from "react";
import type { WebsocketProvider } from "y-websocket";
import type * as Y from "yjs";
import { prepareNodeReader } from "../../core";
import { openOpeningGate } from "../collab/opening-gate";
import { CanvasModel } from "./canvas-model";
import { firstViewOf, settledFirstView } from "./first-view-request";

/**
 * One CanvasModel per document, alive as long as the component using it. The
 * document is read as soon as the provider has synced: at once when the
 * connection was opened before the app rendered (the first render then
 * already has nodes), else in the provider's sync event, without waiting for
 * React to pass the news down. Until then the server's first view, if it
 * comes sooner, is drawn.
 */
export function useCanvasModel(
  scenarioId: string,
  doc: Y.Doc,
  provider: WebsocketProvider,
): CanvasModel {
  const [model] = useState(() => {
    const created = new CanvasModel(doc);
    if (provider.synced) created.ensureLoaded();
    else {
      const view = settledFirstView(scenarioId);
      if (view) created.showFirstView(view);
    }
    return created;
  });
  useEffect(() => {
    const stop = model.connect();
    const onSync = (synced: boolean) => {
      if (synced) model.ensureLoaded();
    };
    provider.on("sync", onSync);
    if (provider.synced) model.ensureLoaded();
    // While the document is on its way, the page has time for what the first read will need.
    const idle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 50));
    const cancelIdle = window.cancelIdleCallback ?? window.clearTimeout;
    const preparing = model.loaded ? null : idle(() => prepareNodeReader());
    return () => {
      if (preparing !== null) cancelIdle(preparing);
      provider.off("sync", onSync);
      stop();
    };
  }, [model, provider]);
  useEffect(() => {
    if (model.loaded) return;
    let shown = true;
    void firstViewOf(scenarioId).then((view) => {
      if (shown && view) model.showFirstView(view);
      // Nothing drawn, nothing for the document to wait for (the canvas reports a drawn view).
      if (!shown || model.loaded || model.nodes.length === 0) openOpeningGate();
    });
    return () => {
      shown = false;
    };
  }, [model, scenarioId]);
  return model;
}

export function useFlowElements(model: CanvasModel) {
  const nodes = useSyncExternalStore(model.subscribe, () => model.nodes);
  const edges = useSyncExternalStore(model.subscribe, () => model.edges);
  return { nodes, edges };
}
