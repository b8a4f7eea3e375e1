/** A box in flow coordinates. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where the canvas looks: flow coordinates are drawn at `point * zoom + (x, y)`. */
export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

/** Below this zoom a node's text is too small to read, so the first view does not go there. */
export const READABLE_ZOOM = 0.6;
/** Room left around the scenario when it is shown whole (also by zoom to fit). */
export const FIT_PADDING = 0.15;
const MIN_ZOOM = 0.05;

export interface OpeningInput {
  /** Every node of a small scenario. */
  bounds: Rect;
  /** The start node's box (or the first node's). */
  start: Rect;
  width: number;
  height: number;
}

/**
 * The bounds centred in a width × height view with FIT_PADDING around them,
 * never past full size (the padding is React Flow's: a fraction of the view
 * left free, half on each side).
 */
function fitBounds(bounds: Rect, width: number, height: number): Viewport {
  const padX = 2 * Math.floor((width - width / (1 + FIT_PADDING)) * 0.5);
  const padY = 2 * Math.floor((height - height / (1 + FIT_PADDING)) * 0.5);
  const zoom = Math.min(
    1,
    Math.max(MIN_ZOOM, Math.min((width - padX) / bounds.width, (height - padY) / bounds.height)),
  );
  return {
    x: width / 2 - (bounds.x + bounds.width / 2) * zoom,
    y: height / 2 - (bounds.y + bounds.height / 2) * zoom,
    zoom,
  };
}

/**
 * The first view of a scenario small enough to read at once: all of it when
 * it fits at a readable zoom; otherwise a readable zoom with the start near
 * the left edge, and the whole height in view when it fits, so the story
 * reads from its beginning. Zoom to fit still shows everything.
 */
export function openingViewport({ bounds, start, width, height }: OpeningInput): Viewport {
  const fit = fitBounds(bounds, width, height);
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

/** What the opening view of a scenario depends on besides the size of the canvas. */
export interface OpeningFrame {
  /** True when the scenario is small enough to be considered whole (see openingViewport). */
  whole: boolean;
  bounds: Rect;
  start: Rect;
}

/**
 * Where a scenario opens on a canvas of this size: a small one as
 * openingViewport says, a large one at full size on its start, as zoomed-out
 * thousands of nodes are neither readable nor cheap to draw. The canvas and
 * the server-drawn first paint both open with it, so handing over moves nothing.
 */
export function openingViewportFor(frame: OpeningFrame, width: number, height: number): Viewport {
  if (frame.whole)
    return openingViewport({ bounds: frame.bounds, start: frame.start, width, height });
  return {
    x: Math.round(width * 0.12 - frame.start.x),
    y: Math.round(height / 2 - frame.start.y - frame.start.height / 2),
    zoom: 1,
  };
}

/** The box around these boxes. */
export function boundsOf(boxes: readonly Rect[]): Rect {
  if (boxes.length === 0) return { x: 0, y: 0, width: 0, height: 0 };
  let x0 = Number.POSITIVE_INFINITY;
  let y0 = Number.POSITIVE_INFINITY;
  let x1 = Number.NEGATIVE_INFINITY;
  let y1 = Number.NEGATIVE_INFINITY;
  for (const b of boxes) {
    x0 = Math.min(x0, b.x);
    y0 = Math.min(y0, b.y);
    x1 = Math.max(x1, b.x + b.width);
    y1 = Math.max(y1, b.y + b.height);
  }
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}
