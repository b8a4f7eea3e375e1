import { useReactFlow } from "@xyflow/react";
import { useMemo, useRef } from "react";
import type { CanvasModel } from "../canvas/canvas-model";
import type { FlowEdge, FlowNode } from "../canvas/flow-types";

/** The canvas's size and how much of its right and bottom edges the panels cover, in pixels. */
export interface CanvasArea {
  width: number;
  height: number;
  coverRight: number;
  coverBottom: number;
}

export interface CanvasView {
  /**
   * Pans, only if needed, so the node shows in the part of the canvas no
   * panel covers; zooms in first if the view is further out than `minZoom`.
   */
  reveal(nodeId: string, minZoom?: number): void;
  /** Selects a node (or one of its options, in the inspector) and brings it into view. */
  focus(nodeId: string, optionId?: string): void;
  /** Fits the nodes into the uncovered part of the canvas. */
  fit(nodeIds: readonly string[]): void;
}

const MARGIN = 48;

function motion(): number {
  return globalThis.matchMedia?.("(prefers-reduced-motion: reduce)").matches ? 0 : 250;
}

/**
 * Moves the canvas for the preview and the explorer. The panels sit over the
 * canvas, so "in view" means in the part they leave uncovered; the view only
 * moves when a node would otherwise be hidden, which keeps a preview calm.
 */
export function useCanvasView(
  model: CanvasModel,
  area: () => CanvasArea | null,
  onSelectOption?: (nodeId: string, optionId: string) => void,
): CanvasView {
  const flow = useReactFlow<FlowNode, FlowEdge>();
  const latest = useRef({ area, onSelectOption });
  latest.current = { area, onSelectOption };

  return useMemo(() => {
    const centre = (nodeId: string, force: boolean, minZoom: number) => {
      const node = model.nodeById(nodeId);
      const a = latest.current.area();
      if (!node || !a) return;
      const viewport = flow.getViewport();
      const width = node.width ?? node.measured?.width ?? 0;
      const height = node.height ?? node.measured?.height ?? 0;
      const visibleW = Math.max(80, a.width - a.coverRight);
      const visibleH = Math.max(80, a.height - a.coverBottom);
      const left = node.position.x * viewport.zoom + viewport.x;
      const top = node.position.y * viewport.zoom + viewport.y;
      const fits =
        left >= MARGIN / 2 &&
        top >= MARGIN &&
        left + width * viewport.zoom <= visibleW - MARGIN / 2 &&
        top + height * viewport.zoom <= visibleH - MARGIN / 2;
      if (fits && !force && viewport.zoom >= minZoom) return;
      const zoom = Math.max(viewport.zoom, minZoom);
      const cx = node.position.x + width / 2;
      const cy = node.position.y + height / 2;
      void flow.setViewport(
        { x: visibleW / 2 - cx * zoom, y: visibleH / 2 - cy * zoom, zoom },
        { duration: motion() },
      );
    };
    return {
      reveal: (nodeId, minZoom = 0) => centre(nodeId, false, minZoom),
      focus(nodeId, optionId) {
        if (!model.nodeById(nodeId)) return;
        const select = latest.current.onSelectOption;
        if (optionId !== undefined && select) select(nodeId, optionId);
        else model.select([nodeId]);
        centre(nodeId, true, 0.8);
      },
      fit(nodeIds) {
        const a = latest.current.area();
        const nodes = nodeIds.filter((id) => model.nodeById(id)).map((id) => ({ id }));
        if (!a || nodes.length === 0) return;
        void flow.fitView({
          nodes,
          maxZoom: 1,
          duration: motion(),
          padding: {
            top: `${MARGIN}px`,
            left: `${MARGIN}px`,
            right: `${a.coverRight + MARGIN}px`,
            bottom: `${a.coverBottom + MARGIN}px`,
          },
        });
      },
    };
  }, [flow, model]);
}
