import { MarkerType } from "@xyflow/react";
import type { Position, Edge as ScenarioEdge } from "../../core";
import { NODE_KIND_NAMES } from "../ui/node-kind-names";
import type { FlowEdge, FlowNode } from "./flow-types";
import type { MoodTone } from "./mood-tone";
import { geometryOf } from "./node-geometry";
import type { NodeView } from "./node-view";

function ariaLabelOf(view: NodeView): string {
  const name = view.label
    ? `${NODE_KIND_NAMES[view.kind]} ${view.label}`
    : NODE_KIND_NAMES[view.kind];
  switch (view.kind) {
    case "scene":
      return `${name}: ${view.line || "no customer line"}`;
    case "decision":
      return `${name}: ${view.prompt || "no prompt"}. ${view.options.length} options${view.timer ? `, ${view.timer.seconds} second timer` : ""}`;
    case "condition":
      return `${name}: ${view.rules.length} rules and otherwise`;
    case "reflection":
      return `${name} (${view.phase}, ${view.reflectionKind}): ${view.prompt}`;
    case "ending":
      return `${name}, ${view.outcome}: ${view.title}`;
    case "note":
      return `${name}: ${view.text}`;
  }
}

/**
 * A React Flow node with its size and ports given up front (see
 * node-geometry.ts). Local state of an existing node (selection, measured
 * size) carries over.
 */
export function flowNodeOf(
  id: string,
  view: NodeView,
  position: Position,
  existing?: FlowNode,
): FlowNode {
  const geometry = geometryOf(view);
  const node: FlowNode = {
    id,
    type: view.kind,
    position:
      existing && existing.position.x === position.x && existing.position.y === position.y
        ? existing.position
        : { x: position.x, y: position.y },
    data: view,
    width: geometry.width,
    height: geometry.height,
    // Known up front, so React Flow counts the node as initialised without rendering it.
    measured:
      existing?.measured?.width === geometry.width && existing.measured.height === geometry.height
        ? existing.measured
        : { width: geometry.width, height: geometry.height },
    handles: geometry.handles,
    ariaLabel: ariaLabelOf(view),
  };
  if (existing?.selected) node.selected = true;
  return node;
}

function toneOf(edge: ScenarioEdge, source: NodeView | undefined): MoodTone {
  if (source?.kind !== "decision") return "neutral";
  if (edge.sourcePort === "timeout") return source.timer?.mood ?? "neutral";
  return source.options.find((o) => o.id === edge.sourcePort)?.mood ?? "neutral";
}

const MARKERS: Record<MoodTone, FlowEdge["markerEnd"]> = {
  positive: { type: MarkerType.ArrowClosed, color: "#1d7a46", width: 18, height: 18 },
  negative: { type: MarkerType.ArrowClosed, color: "#c0392b", width: 18, height: 18 },
  neutral: { type: MarkerType.ArrowClosed, color: "#7b8794", width: 18, height: 18 },
};

/** A React Flow edge coloured by its option's effect on the mood; reuses `existing` when unchanged. */
export function edgeOf(
  edge: ScenarioEdge,
  source: NodeView | undefined,
  existing?: FlowEdge,
): FlowEdge {
  const tone = toneOf(edge, source);
  if (
    existing &&
    existing.source === edge.source &&
    existing.target === edge.target &&
    existing.sourceHandle === edge.sourcePort &&
    existing.data?.tone === tone
  ) {
    return existing;
  }
  const flow: FlowEdge = {
    id: edge.id,
    source: edge.source,
    sourceHandle: edge.sourcePort,
    target: edge.target,
    className: `fl-edge fl-edge--${tone}`,
    markerEnd: MARKERS[tone],
    data: { tone },
  };
  if (existing?.selected) flow.selected = true;
  return flow;
}
