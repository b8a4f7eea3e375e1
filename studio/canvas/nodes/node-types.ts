import type { NodeTypes } from "@xyflow/react";
import { ConditionNode } from "./condition-node";
import { DecisionNode } from "./decision-node";
import { EndingNode } from "./ending-node";
import { NoteNode } from "./note-node";
import { ReflectionNode } from "./reflection-node";
import { SceneNode } from "./scene-node";

/** Defined once at module level: React Flow remounts every node if this object changes. */
export const nodeTypes = {
  scene: SceneNode,
  decision: DecisionNode,
  condition: ConditionNode,
  reflection: ReflectionNode,
  ending: EndingNode,
  note: NoteNode,
} as unknown as NodeTypes;
