import type { ScenarioNode } from "../schema/nodes";
import type { AnalysisIndex } from "./analysis-index";
import type { Diagnostic } from "./diagnostic";

/** A check reads the shared index and appends what it finds; order does not matter, analyze() sorts. */
export type Check = (ix: AnalysisIndex, out: Diagnostic[]) => void;

/** `decision "n4" (Angry opener)`: the kind and id, plus the canvas label when there is one. */
export function describeNode(node: ScenarioNode): string {
  return node.label ? `${node.kind} "${node.id}" (${node.label})` : `${node.kind} "${node.id}"`;
}
