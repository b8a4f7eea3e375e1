import { useReactFlow, useStoreApi } from "@xyflow/react";
import { memo, type PointerEvent, useEffect, useRef } from "react";
import type { CanvasModel } from "./canvas-model";
import type { FlowEdge, FlowNode } from "./flow-types";

const WIDTH = 200;
const HEIGHT = 140;
const PAD = 6;
const MODEL_REDRAW_MS = 120;
const COLORS: Record<string, string> = {
  scene: "#9fb3c8",
  decision: "#7ea2dd",
  condition: "#b49be0",
  reflection: "#86c5c5",
  ending: "#7fc29b",
  note: "#f0dc82",
};

interface Frame {
  minX: number;
  minY: number;
  scale: number;
}

/**
 * An overview of the whole scenario drawn on one <canvas>: one rectangle per
 * node and the visible area. React Flow's own minimap is a React component and
 * a store subscription per node, which at thousands of nodes costs more than
 * the canvas itself; this one is a single draw per frame at most.
 */
export const CanvasMinimap = memo(function CanvasMinimap({ model }: { model: CanvasModel }) {
  const ref = useRef<HTMLCanvasElement>(null);
  const frameRef = useRef<Frame>({ minX: 0, minY: 0, scale: 1 });
  const store = useStoreApi<FlowNode, FlowEdge>();
  const flow = useReactFlow<FlowNode, FlowEdge>();

  useEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext("2d");
    if (!canvas || !ctx) return;
    const ratio = window.devicePixelRatio || 1;
    canvas.width = WIDTH * ratio;
    canvas.height = HEIGHT * ratio;
    let pending = 0;
    let throttle: ReturnType<typeof setTimeout> | null = null;
    let lastDraw = 0;
    const draw = () => {
      pending = 0;
      lastDraw = performance.now();
      const { transform, width, height } = store.getState();
      const [tx, ty, zoom] = transform;
      const view = { x: -tx / zoom, y: -ty / zoom, w: width / zoom, h: height / zoom };
      let minX = view.x;
      let minY = view.y;
      let maxX = view.x + view.w;
      let maxY = view.y + view.h;
      const nodes = [...model.nodes, ...model.background.stagedNodes];
      for (const n of nodes) {
        minX = Math.min(minX, n.position.x);
        minY = Math.min(minY, n.position.y);
        maxX = Math.max(maxX, n.position.x + (n.width ?? 0));
        maxY = Math.max(maxY, n.position.y + (n.height ?? 0));
      }
      const scale = Math.min(
        (WIDTH - 2 * PAD) / (maxX - minX || 1),
        (HEIGHT - 2 * PAD) / (maxY - minY || 1),
      );
      const ox = PAD + (WIDTH - 2 * PAD - (maxX - minX) * scale) / 2;
      const oy = PAD + (HEIGHT - 2 * PAD - (maxY - minY) * scale) / 2;
      frameRef.current = { minX: minX - ox / scale, minY: minY - oy / scale, scale };
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      ctx.clearRect(0, 0, WIDTH, HEIGHT);
      let color = "";
      for (const n of nodes) {
        const fill = n.selected ? "#2459a6" : (COLORS[n.type ?? ""] ?? "#b8bfc9");
        if (fill !== color) ctx.fillStyle = color = fill;
        ctx.fillRect(
          ox + (n.position.x - minX) * scale,
          oy + (n.position.y - minY) * scale,
          Math.max(1, (n.width ?? 0) * scale),
          Math.max(1, (n.height ?? 0) * scale),
        );
      }
      ctx.strokeStyle = "#2459a6";
      ctx.lineWidth = 1.5;
      ctx.strokeRect(
        ox + (view.x - minX) * scale,
        oy + (view.y - minY) * scale,
        view.w * scale,
        view.h * scale,
      );
    };
    const schedule = () => {
      if (pending === 0) pending = requestAnimationFrame(draw);
    };
    // Node changes arrive every frame during a drag: the overview follows a few times a
    // second, which is all a 200-pixel picture needs.
    const scheduleSoon = () => {
      if (throttle !== null || pending !== 0) return;
      const wait = Math.max(0, MODEL_REDRAW_MS - (performance.now() - lastDraw));
      throttle = setTimeout(() => {
        throttle = null;
        schedule();
      }, wait);
    };
    const stopModel = model.subscribe(scheduleSoon);
    const stopProgress = model.subscribeProgress(scheduleSoon);
    const stopStore = store.subscribe((state, previous) => {
      if (
        state.transform !== previous.transform ||
        state.width !== previous.width ||
        state.height !== previous.height
      ) {
        schedule();
      }
    });
    schedule();
    return () => {
      stopModel();
      stopProgress();
      stopStore();
      cancelAnimationFrame(pending);
      if (throttle !== null) clearTimeout(throttle);
    };
  }, [model, store]);

  const panTo = (event: PointerEvent<HTMLCanvasElement>) => {
    const rect = event.currentTarget.getBoundingClientRect();
    const { minX, minY, scale } = frameRef.current;
    const x = minX + (event.clientX - rect.left) / scale;
    const y = minY + (event.clientY - rect.top) / scale;
    void flow.setCenter(x, y, { zoom: flow.getZoom() });
  };

  return (
    <canvas
      ref={ref}
      className="canvas-minimap"
      style={{ width: WIDTH, height: HEIGHT }}
      role="img"
      aria-label={`Overview of the scenario (${model.nodes.length} nodes); drag in it to move the view`}
      onPointerDown={(event) => {
        event.currentTarget.setPointerCapture(event.pointerId);
        panTo(event);
      }}
      onPointerMove={(event) => {
        if (event.currentTarget.hasPointerCapture(event.pointerId)) panTo(event);
      }}
    />
  );
});
