import type { Condition } from "../../core";

const OPERATORS = { eq: "=", neq: "≠", lt: "<", lte: "≤", gt: ">", gte: "≥" } as const;

/** A one-line reading of a structured condition, such as `trust ≥ 5 and escalated = false`. */
export function conditionSummary(condition: Condition): string {
  if (condition.clauses.length === 0) return "always";
  const joiner = condition.combine === "all" ? " and " : " or ";
  return condition.clauses
    .map(
      (c) =>
        `${c.variable} ${OPERATORS[c.op]} ${typeof c.value === "string" ? `“${c.value}”` : String(c.value)}`,
    )
    .join(joiner);
}
