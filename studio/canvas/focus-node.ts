import type { ReactFlowInstance } from "@xyflow/react";
import type { CanvasModel } from "./canvas-model";
import type { FlowEdge, FlowNode } from "./flow-types";

/** Selects a node and brings it to the middle of the view, zooming in if the view is far out. */
export function focusNode(
  flow: ReactFlowInstance<FlowNode, FlowEdge>,
  model: CanvasModel,
  nodeId: string,
): boolean {
  model.loadNow([nodeId]);
  const node = model.nodeById(nodeId);
  if (!node) return false;
  model.select([nodeId]);
  const zoom = Math.max(flow.getZoom(), 0.8);
  const x = node.position.x + (node.width ?? 0) / 2;
  const y = node.position.y + (node.height ?? 0) / 2;
  void flow.setCenter(x, y, { zoom, duration: 250 });
  return true;
}
