export type Severity = "error" | "warning" | "info";

/**
 * Every diagnostic code, its fixed severity and what it means. Codes are
 * stable: the studio, the CLI's `--json` output and tests match on them, so a
 * code is never renamed, only added. DIAGNOSTICS.md renders this table.
 */
export const DIAGNOSTIC_CODES = {
  "no-start-node": { severity: "error", summary: "The scenario has no start node set." },
  "start-node-missing": { severity: "error", summary: "The start node id names no node." },
  "start-node-not-playable": { severity: "error", summary: "The start node is a note." },
  "unreachable-node": {
    severity: "warning",
    summary: "No route from the start reaches this node (notes are exempt).",
  },
  "dead-end": {
    severity: "error",
    summary: "A node other than an ending has no outgoing edge at all.",
  },
  "decision-too-few-options": {
    severity: "warning",
    summary: "A decision offers fewer than two options.",
  },
  "unconnected-port": {
    severity: "error",
    summary: "An option, rule, else or next port has no edge.",
  },
  "timer-without-timeout-port": {
    severity: "error",
    summary: "A timed decision's timeout port has no edge.",
  },
  "port-multiple-edges": {
    severity: "error",
    summary: "Several edges leave one port; only the first is followed.",
  },
  "edge-source-missing": {
    severity: "error",
    summary: "An edge starts at a node that does not exist.",
  },
  "edge-target-missing": {
    severity: "error",
    summary: "An edge points to a node that does not exist.",
  },
  "edge-unknown-port": {
    severity: "error",
    summary: "An edge leaves from a port its node does not have.",
  },
  "edge-to-note": {
    severity: "error",
    summary: "An edge points to a note, which is never played.",
  },
  "undefined-variable": {
    severity: "error",
    summary: "A condition, effect or the mood gauge names an undefined variable.",
  },
  "unused-variable": { severity: "warning", summary: "A variable is never read nor written." },
  "variable-never-read": {
    severity: "info",
    summary: "A variable is written by effects but no condition or gauge reads it.",
  },
  "type-mismatch": {
    severity: "error",
    summary: "A clause or effect uses a value or operator that does not fit the variable's type.",
  },
  "condition-never-holds": {
    severity: "warning",
    summary: "A show-condition or rule can never hold given the values variables can take.",
  },
  "condition-always-holds": {
    severity: "warning",
    summary: "A show-condition or rule always holds given the values variables can take.",
  },
  "weak-option-without-feedback": {
    severity: "warning",
    summary: "A weak option has empty feedback.",
  },
  "cycle-without-exit": {
    severity: "error",
    summary: "A loop of nodes has no edge out and no ending: learners are trapped.",
  },
  "no-ending-reachable": { severity: "error", summary: "No ending can be reached from the start." },
  "unknown-skill": {
    severity: "error",
    summary: "An option or timer names a skill the scenario does not define.",
  },
  "unknown-dimension": {
    severity: "error",
    summary: "An option gives points on a rubric dimension that does not exist.",
  },
  "dimension-points-exceed-max": {
    severity: "warning",
    summary: "Some route scores more than a dimension's maxPoints.",
  },
  "dimension-max-unreachable": {
    severity: "info",
    summary: "No route reaches a dimension's maxPoints.",
  },
  "missing-persona": { severity: "error", summary: "A scene names a persona that does not exist." },
  "missing-asset": {
    severity: "error",
    summary: "Media or an avatar names an asset that does not exist.",
  },
  "mood-variable-not-number": {
    severity: "error",
    summary: "The mood gauge reads a variable that is not a number.",
  },
  "mood-bands-unordered": {
    severity: "warning",
    summary: "Mood bands are not in strictly increasing order of `from`.",
  },
  "mood-band-out-of-range": {
    severity: "info",
    summary: "A mood band starts above the gauge variable's max and is never shown.",
  },
} as const satisfies Record<string, { severity: Severity; summary: string }>;

export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;

export interface Diagnostic {
  code: DiagnosticCode;
  severity: Severity;
  /** Says what is wrong and how to fix it. */
  message: string;
  nodeId?: string;
  optionId?: string;
  edgeId?: string;
}

export function diagnostic(
  code: DiagnosticCode,
  message: string,
  at: { nodeId?: string; optionId?: string; edgeId?: string } = {},
): Diagnostic {
  const d: Diagnostic = { code, severity: DIAGNOSTIC_CODES[code].severity, message };
  if (at.nodeId !== undefined) d.nodeId = at.nodeId;
  if (at.optionId !== undefined) d.optionId = at.optionId;
  if (at.edgeId !== undefined) d.edgeId = at.edgeId;
  return d;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

const cmp = (a: string | undefined, b: string | undefined): number => {
  const x = a ?? "";
  const y = b ?? "";
  return x < y ? -1 : x > y ? 1 : 0;
};

/**
 * Errors first, then by node, code, option, edge and message. Comparison is by
 * code unit, not locale, so the order is the same on every machine and
 * independent of the order of nodes in the file.
 */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    cmp(a.nodeId, b.nodeId) ||
    cmp(a.code, b.code) ||
    cmp(a.optionId, b.optionId) ||
    cmp(a.edgeId, b.edgeId) ||
    cmp(a.message, b.message)
  );
}
