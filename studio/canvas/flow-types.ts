import type { Edge, Node } from "@xyflow/react";
import type { MoodTone } from "./mood-tone";
import type { NodeView } from "./node-view";

export type FlowNode<V extends NodeView = NodeView> = Node<V, V["kind"]>;
export type FlowEdge = Edge<{ tone: MoodTone }>;
