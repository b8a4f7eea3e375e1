import { getViewportForBounds, type Rect, type Viewport } from "@xyflow/react";

/** Below this zoom a node's text is too small to read, so the first view does not go there. */
export const READABLE_ZOOM = 0.6;
/** Room left around the scenario when it is shown whole (also by zoom to fit). */
export const FIT_PADDING = 0.15;

export interface OpeningInput {
  /** Every node of a small scenario. */
  bounds: Rect;
  /** The start node's box (or the first node's). */
  start: Rect;
  width: number;
  height: number;
}

/**
 * The first view of a scenario small enough to read at once: all of it when
 * it fits at a readable zoom; otherwise a readable zoom with the start near
 * the left edge, and the whole height in view when it fits, so the story
 * reads from its beginning. Zoom to fit still shows everything.
 */
export function openingViewport({ bounds, start, width, height }: OpeningInput): Viewport {
  const fit = getViewportForBounds(bounds, width, height, 0.05, 1, FIT_PADDING);
  if (fit.zoom >= READABLE_ZOOM) return fit;
  const zoom = READABLE_ZOOM;
  const centreY =
    bounds.height * zoom <= height * (1 - 2 * FIT_PADDING)
      ? bounds.y + bounds.height / 2
      : start.y + start.height / 2;
  return {
    x: Math.round(width * 0.08 - start.x * zoom),
    y: Math.round(height / 2 - centreY * zoom),
    zoom,
  };
}
