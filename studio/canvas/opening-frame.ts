import { READ_WHOLE_LIMIT } from "../../core";
import type { FlowNode } from "./flow-types";
import { boundsOf, type OpeningFrame, type Rect } from "./opening-viewport";

const boxOf = (node: FlowNode): Rect => ({
  x: node.position.x,
  y: node.position.y,
  width: node.measured?.width ?? node.width ?? 0,
  height: node.measured?.height ?? node.height ?? 0,
});

/**
 * What the opening view depends on, from the nodes first drawn: a scenario of
 * up to READ_WHOLE_LIMIT nodes is read (and framed) whole; a larger one opens
 * on its start node (or the first node drawn).
 */
export function openingFrameOf(
  nodes: readonly FlowNode[],
  startNodeId: string | null,
  nodeCount: number,
): OpeningFrame {
  const start = nodes.find((n) => n.id === startNodeId) ?? nodes[0];
  return {
    whole: nodeCount <= READ_WHOLE_LIMIT,
    bounds: boundsOf(nodes.map(boxOf)),
    start: start ? boxOf(start) : { x: 0, y: 0, width: 0, height: 0 },
  };
}
