/**
 * The first paint's own script, inlined by the server right after the view it
 * drew, so it runs before the page is first painted and long before the app's
 * code has loaded. It places the view as the canvas will (openingViewportFor),
 * and makes it something to look around in: select nodes (click, Enter or
 * Space, Escape to clear), pan (drag the background), zoom (wheel). The app is
 * inert underneath until its canvas takes over (see first-paint-handle.ts).
 */
import {
  type OpeningFrame,
  openingViewportFor,
  type Rect,
  type Viewport,
} from "../canvas/opening-viewport";
import { FIRST_PAINT_ID, type FirstPaintHandle } from "./first-paint-handle";

const MIN_ZOOM = 0.05;
const MAX_ZOOM = 2;
/** A pointer that moves less than this between press and release clicked; more, it panned. */
const CLICK_SLOP = 3;

const isRect = (value: unknown): value is Rect => {
  if (typeof value !== "object" || value === null) return false;
  const r = value as Record<string, unknown>;
  return ["x", "y", "width", "height"].every((k) => Number.isFinite(r[k]));
};

/** The frame the server wrote on the element; null when it is not one (nothing is placed then). */
function frameOf(text: string | undefined): OpeningFrame | null {
  try {
    const value = JSON.parse(text ?? "") as Partial<OpeningFrame>;
    if (typeof value.whole !== "boolean" || !isRect(value.bounds) || !isRect(value.start))
      return null;
    return { whole: value.whole, bounds: value.bounds, start: value.start };
  } catch {
    return null;
  }
}

function start(layer: HTMLElement): void {
  const canvas = layer.querySelector<HTMLElement>(".react-flow");
  const viewportElement = layer.querySelector<HTMLElement>(".react-flow__viewport");
  const frame = frameOf(layer.dataset.opening);
  if (!canvas || !viewportElement || !frame) {
    layer.remove();
    return;
  }
  const app = document.getElementById("root");
  // Shown and placed in one go (no frame is painted in between), and measured without its
  // nodes: they are laid out once, where they will be seen.
  layer.classList.add("first-paint--placed", "first-paint--measuring");
  const box = canvas.getBoundingClientRect();
  layer.classList.remove("first-paint--measuring");
  let view: Viewport = openingViewportFor(frame, box.width, box.height);
  const selected = new Set<string>();

  const draw = () => {
    viewportElement.style.transform = `translate(${view.x}px, ${view.y}px) scale(${view.zoom})`;
  };
  const nodeOf = (target: EventTarget | null) =>
    target instanceof Element ? target.closest<HTMLElement>(".react-flow__node") : null;
  const show = (id: string, on: boolean) => {
    const node = canvas.querySelector<HTMLElement>(
      `.react-flow__node[data-id="${CSS.escape(id)}"]`,
    );
    node?.classList.toggle("selected", on);
    node?.querySelector(".fl-node")?.classList.toggle("is-selected", on);
  };
  const select = (id: string | null, add: boolean) => {
    if (!add) {
      for (const other of selected) if (other !== id) show(other, false);
      for (const other of [...selected]) if (other !== id) selected.delete(other);
    }
    if (id === null) return;
    if (add && selected.has(id)) {
      selected.delete(id);
      show(id, false);
    } else {
      selected.add(id);
      show(id, true);
    }
  };

  let press: { x: number; y: number; view: Viewport; moved: boolean; onNode: boolean } | null =
    null;
  canvas.addEventListener("pointerdown", (event) => {
    if (event.button !== 0) return;
    const onNode = nodeOf(event.target) !== null;
    press = { x: event.clientX, y: event.clientY, view, moved: false, onNode };
    if (!onNode) canvas.setPointerCapture(event.pointerId);
  });
  canvas.addEventListener("pointermove", (event) => {
    if (!press || press.onNode) return;
    const dx = event.clientX - press.x;
    const dy = event.clientY - press.y;
    if (!press.moved && Math.hypot(dx, dy) < CLICK_SLOP) return;
    press.moved = true;
    view = { ...press.view, x: press.view.x + dx, y: press.view.y + dy };
    draw();
  });
  canvas.addEventListener("pointerup", () => {
    if (press && !press.onNode && !press.moved) select(null, false);
    press = null;
  });
  canvas.addEventListener("click", (event) => {
    const node = nodeOf(event.target);
    if (node?.dataset.id) select(node.dataset.id, event.shiftKey || event.metaKey || event.ctrlKey);
  });
  canvas.addEventListener(
    "wheel",
    (event) => {
      event.preventDefault();
      const step = event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002;
      const factor = 2 ** (-event.deltaY * step * (event.ctrlKey ? 10 : 1));
      const zoom = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, view.zoom * factor));
      const at = canvas.getBoundingClientRect();
      const px = event.clientX - at.left;
      const py = event.clientY - at.top;
      view = {
        x: px - ((px - view.x) * zoom) / view.zoom,
        y: py - ((py - view.y) * zoom) / view.zoom,
        zoom,
      };
      draw();
    },
    { passive: false },
  );
  canvas.addEventListener("keydown", (event) => {
    if (event.key === "Escape") {
      select(null, false);
      return;
    }
    if (event.key !== "Enter" && event.key !== " ") return;
    const node = nodeOf(event.target);
    if (!node?.dataset.id) return;
    event.preventDefault();
    select(node.dataset.id, event.shiftKey);
  });

  const handle: FirstPaintHandle = {
    viewportFor(left, top) {
      const at = canvas.getBoundingClientRect();
      return { x: view.x + at.left - left, y: view.y + at.top - top, zoom: view.zoom };
    },
    selected: () => [...selected],
    dismiss() {
      if (window.__forklineFirstPaint !== handle) return;
      window.__forklineFirstPaint = undefined;
      layer.remove();
      if (app) app.inert = false;
      performance.mark("forkline:first-paint-handed-over");
    },
  };
  window.__forklineFirstPaint = handle;
  // The app renders underneath meanwhile; it is not on screen, so not to be reached either.
  if (app) app.inert = true;
  draw();
  performance.mark("forkline:first-paint");
}

const layer = document.getElementById(FIRST_PAINT_ID);
if (layer) start(layer);
