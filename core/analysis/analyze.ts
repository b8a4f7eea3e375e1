import type { Scenario } from "../schema/scenario";
import { type AnalysisIndex, analysisIndexOf } from "./analysis-index";
import type { Check } from "./check";
import { checkClosedCycles } from "./checks/check-closed-cycles";
import { checkConditionRanges } from "./checks/check-condition-ranges";
import { checkDeadEnds } from "./checks/check-dead-ends";
import { checkDecisionOptions } from "./checks/check-decision-options";
import { checkDimensionPoints } from "./checks/check-dimension-points";
import { checkDimensionReferences } from "./checks/check-dimension-references";
import { checkEdges } from "./checks/check-edges";
import { checkEndingReachable } from "./checks/check-ending-reachable";
import { checkMoodGauge } from "./checks/check-mood-gauge";
import { checkOptionFeedback } from "./checks/check-option-feedback";
import { checkPersonaAssetReferences } from "./checks/check-persona-asset-references";
import { checkPortMultipleEdges } from "./checks/check-port-multiple-edges";
import { checkSkillReferences } from "./checks/check-skill-references";
import { checkStartNode } from "./checks/check-start-node";
import { checkTypeMismatches } from "./checks/check-type-mismatches";
import { checkUnconnectedPorts } from "./checks/check-unconnected-ports";
import { checkUndefinedVariables } from "./checks/check-undefined-variables";
import { checkUnreachableNodes } from "./checks/check-unreachable-nodes";
import { checkUnusedVariables } from "./checks/check-unused-variables";
import { compareDiagnostics, type Diagnostic } from "./diagnostic";

export const ANALYSIS_CHECKS: readonly Check[] = [
  checkStartNode,
  checkUnreachableNodes,
  checkDeadEnds,
  checkDecisionOptions,
  checkUnconnectedPorts,
  checkEdges,
  checkPortMultipleEdges,
  checkUndefinedVariables,
  checkUnusedVariables,
  checkTypeMismatches,
  checkConditionRanges,
  checkOptionFeedback,
  checkClosedCycles,
  checkEndingReachable,
  checkSkillReferences,
  checkDimensionReferences,
  checkDimensionPoints,
  checkPersonaAssetReferences,
  checkMoodGauge,
];

/**
 * Every finding about a scenario, sorted (see compareDiagnostics). Pure and
 * deterministic; the index is built once and shared by all checks. Pass an
 * AnalysisIndex to reuse it for countPaths, scoreRanges and the explorer.
 */
export function analyze(input: Scenario | AnalysisIndex): Diagnostic[] {
  const ix = analysisIndexOf(input);
  const out: Diagnostic[] = [];
  for (const check of ANALYSIS_CHECKS) check(ix, out);
  return out.sort(compareDiagnostics);
}
