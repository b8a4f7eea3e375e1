/**
 * Draws a scenario's first view on the server, into the editor page itself,
 * so it is on screen (and can be looked around in, by first-paint-script.ts)
 * before any of the app's code has run. Runs in the server's first-paint
 * worker (first-paint-worker.ts).
 */
import { renderToString } from "react-dom/server";
import * as Y from "yjs";
import type { FirstView } from "../../core";
import { CanvasModel } from "../canvas/canvas-model";
import { openingFrameOf } from "../canvas/opening-frame";
import { openingViewportFor } from "../canvas/opening-viewport";
import { FirstPaintView } from "./first-paint-view";

/**
 * The largest canvas drawn for: nodes outside it at the opening view are left
 * out (the app draws them a moment later), which keeps the page small.
 */
const LARGEST_CANVAS = { width: 1920, height: 1200 };

/** The first paint's markup, or null when there is nothing to draw. */
export function renderFirstPaint(view: FirstView): string | null {
  if (view.nodes.length === 0) return null;
  const model = new CanvasModel(new Y.Doc());
  model.showFirstView(view);
  const frame = openingFrameOf(model.nodes, model.startNodeId, view.nodeCount);
  const { x, y, zoom } = openingViewportFor(frame, LARGEST_CANVAS.width, LARGEST_CANVAS.height);
  const left = -x / zoom;
  const top = -y / zoom;
  const right = left + LARGEST_CANVAS.width / zoom;
  const bottom = top + LARGEST_CANVAS.height / zoom;
  const nodes = model.nodes.filter((n) => {
    const width = n.width ?? 0;
    const height = n.height ?? 0;
    return (
      n.position.x + width >= left &&
      n.position.x <= right &&
      n.position.y + height >= top &&
      n.position.y <= bottom
    );
  });
  const shown = new Set(nodes.map((n) => n.id));
  const edges = model.edges.filter((e) => shown.has(e.source) && shown.has(e.target));
  return renderToString(
    <FirstPaintView title={view.title} nodes={nodes} edges={edges} frame={frame} />,
  );
}

/** The first paint's own script (first-paint-script.ts), built to be inlined after the markup. */
export { default as firstPaintScript } from "./first-paint-script.ts?inline-script";
