import type { NodeChange } from "@xyflow/react";
import type { Position } from "../../core";
import type { FlowNode } from "./flow-types";

/**
 * The position a finished drag or keyboard move leaves, in whole pixels (what
 * the document stores), or null for any other change.
 */
export function settledPosition(change: NodeChange<FlowNode>): Position | null {
  if (change.type !== "position" || change.dragging || !change.position) return null;
  return { x: Math.round(change.position.x), y: Math.round(change.position.y) };
}
