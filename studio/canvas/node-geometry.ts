import { type NodeHandle, Position } from "@xyflow/react";
import type { NodeView } from "./node-view";

/**
 * Every node kind has a fixed layout (the CSS in nodes.css matches these
 * numbers), so the canvas knows each node's size and port positions before it
 * renders. React Flow then culls off-screen nodes from the first frame instead
 * of mounting all of them once to measure them.
 */
export const NODE_WIDTH = 264;
export const NOTE_WIDTH = 220;
export const HEADER_HEIGHT = 30;
export const ROW_HEIGHT = 28;
export const TEXT_BLOCK_HEIGHT = 48;
export const SCENE_TEXT_HEIGHT = 66;
export const FOOTER_HEIGHT = 26;
export const BOTTOM_PAD = 6;
export const NOTE_HEIGHT = 120;
const HANDLE = 10;

export interface NodeGeometry {
  width: number;
  height: number;
  handles: NodeHandle[];
}

const target = (): NodeHandle => ({
  type: "target",
  position: Position.Left,
  x: -HANDLE / 2,
  y: HEADER_HEIGHT / 2 - HANDLE / 2,
  width: HANDLE,
  height: HANDLE,
});

const source = (id: string, width: number, centreY: number): NodeHandle => ({
  id,
  type: "source",
  position: Position.Right,
  x: width - HANDLE / 2,
  y: centreY - HANDLE / 2,
  width: HANDLE,
  height: HANDLE,
});

export function geometryOf(view: NodeView): NodeGeometry {
  switch (view.kind) {
    case "scene":
    case "reflection": {
      const body = view.kind === "scene" ? SCENE_TEXT_HEIGHT : TEXT_BLOCK_HEIGHT;
      const height = HEADER_HEIGHT + body + FOOTER_HEIGHT;
      return {
        width: NODE_WIDTH,
        height,
        handles: [target(), source("next", NODE_WIDTH, height - FOOTER_HEIGHT / 2)],
      };
    }
    case "decision": {
      const top = HEADER_HEIGHT + TEXT_BLOCK_HEIGHT;
      // An empty decision still shows one row saying so.
      const optionRows = Math.max(1, view.options.length);
      const rows = optionRows + (view.timer ? 1 : 0);
      const handles = [target()];
      view.options.forEach((o, i) => {
        handles.push(source(o.id, NODE_WIDTH, top + i * ROW_HEIGHT + ROW_HEIGHT / 2));
      });
      if (view.timer) {
        handles.push(source("timeout", NODE_WIDTH, top + optionRows * ROW_HEIGHT + ROW_HEIGHT / 2));
      }
      return { width: NODE_WIDTH, height: top + rows * ROW_HEIGHT + BOTTOM_PAD, handles };
    }
    case "condition": {
      const top = HEADER_HEIGHT;
      const handles = [target()];
      const ports = [...view.rules.map((r) => r.id), "else"];
      ports.forEach((id, i) => {
        handles.push(source(id, NODE_WIDTH, top + i * ROW_HEIGHT + ROW_HEIGHT / 2));
      });
      return { width: NODE_WIDTH, height: top + ports.length * ROW_HEIGHT + BOTTOM_PAD, handles };
    }
    case "ending":
      return {
        width: NODE_WIDTH,
        height: HEADER_HEIGHT + ROW_HEIGHT + TEXT_BLOCK_HEIGHT,
        handles: [target()],
      };
    case "note":
      return { width: NOTE_WIDTH, height: NOTE_HEIGHT, handles: [] };
  }
}
