import type { Clause, Condition, VariableValue } from "../schema/variables";

export type VariableState = Readonly<Record<string, VariableValue>>;

/**
 * Comparisons across types are false rather than coerced: a condition that
 * compares a number with text is a designer error that analysis reports, and
 * the player must not invent an answer for it.
 */
export function evaluateClause(clause: Clause, vars: VariableState): boolean {
  const actual = vars[clause.variable];
  if (actual === undefined) return false;
  const expected = clause.value;
  switch (clause.op) {
    case "eq":
      return actual === expected;
    case "neq":
      return typeof actual === typeof expected && actual !== expected;
    default: {
      if (typeof actual !== "number" || typeof expected !== "number") return false;
      if (clause.op === "lt") return actual < expected;
      if (clause.op === "lte") return actual <= expected;
      if (clause.op === "gt") return actual > expected;
      return actual >= expected;
    }
  }
}

/** An empty `all` holds and an empty `any` does not, as in logic. */
export function evaluateCondition(condition: Condition, vars: VariableState): boolean {
  if (condition.combine === "all") return condition.clauses.every((c) => evaluateClause(c, vars));
  return condition.clauses.some((c) => evaluateClause(c, vars));
}
