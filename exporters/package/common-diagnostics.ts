import { analyze, type Scenario } from "../../core";
import type { ExportDiagnostic } from "../contract";

/** What every learner package needs from a scenario before it can play at all. */
export function playableDiagnostics(scenario: Scenario): ExportDiagnostic[] {
  const out: ExportDiagnostic[] = [];
  const start = scenario.settings.startNodeId;
  if (!start) {
    out.push({
      code: "no-start-node",
      severity: "error",
      message: "the scenario has no start node, so a learner could not begin",
    });
  } else if (!scenario.nodes.some((n) => n.id === start && n.kind !== "note")) {
    out.push({
      code: "no-start-node",
      severity: "error",
      message: `the start node "${start}" does not exist`,
      nodeId: start,
    });
  }
  // The scenario's own errors (dead ends, unreachable endings, ...) would reach learners: say so, but
  // let the admin decide, since a half-finished branch may be fine for a pilot.
  for (const d of analyze(scenario)) {
    if (d.severity !== "error") continue;
    out.push({
      code: `scenario-${d.code}`,
      severity: "warning",
      message: `the scenario has a problem: ${d.message}`,
      ...(d.nodeId ? { nodeId: d.nodeId } : {}),
    });
  }
  if (!scenario.nodes.some((n) => n.kind === "ending")) {
    out.push({
      code: "no-ending",
      severity: "error",
      message: "the scenario has no ending, so no run could complete",
    });
  }
  return out;
}

/** Identifiers in SCORM manifests are xs:ID values: XML names without colons. */
export const XML_ID = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

export function manifestIdentifier(option: string, scenario: Scenario): string {
  return option || `forkline-${scenario.meta.id}`;
}
