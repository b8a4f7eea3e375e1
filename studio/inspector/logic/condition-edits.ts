import type { Clause, ComparisonOperator, Effect, Variable, VariableValue } from "../../../core";

export type VariableType = Variable["type"];

/** Ordering only means something for numbers. */
export const OPERATORS_BY_TYPE: Readonly<Record<VariableType, readonly ComparisonOperator[]>> = {
  number: ["eq", "neq", "lt", "lte", "gt", "gte"],
  boolean: ["eq", "neq"],
  text: ["eq", "neq"],
};

export const OPERATOR_LABELS: Readonly<Record<ComparisonOperator, string>> = {
  eq: "is",
  neq: "is not",
  lt: "is below",
  lte: "is at most",
  gt: "is above",
  gte: "is at least",
};

export function valueFits(type: VariableType, value: unknown): value is VariableValue {
  if (type === "number") return typeof value === "number" && Number.isFinite(value);
  if (type === "boolean") return typeof value === "boolean";
  return typeof value === "string";
}

/** A sensible first value for a variable: its initial value. */
export function defaultValueOf(variable: Variable): VariableValue {
  return variable.initial;
}

export function newClause(variable: Variable): Clause {
  return { variable: variable.name, op: "eq", value: defaultValueOf(variable) };
}

/** The clause pointed at another variable: the operator and value are kept when they still fit its type. */
export function clauseWithVariable(clause: Clause, variable: Variable): Clause {
  const op = OPERATORS_BY_TYPE[variable.type].includes(clause.op) ? clause.op : "eq";
  const value = valueFits(variable.type, clause.value) ? clause.value : defaultValueOf(variable);
  return { variable: variable.name, op, value };
}

/** Numbers move by a step by default; flags and text are set. */
export function newEffect(variable: Variable): Effect {
  if (variable.type === "number") return { variable: variable.name, op: "add", value: 1 };
  if (variable.type === "boolean") return { variable: variable.name, op: "set", value: true };
  return { variable: variable.name, op: "set", value: "" };
}

export function effectWithVariable(effect: Effect, variable: Variable): Effect {
  const op = variable.type === "number" ? effect.op : "set";
  const value = valueFits(variable.type, effect.value) ? effect.value : newEffect(variable).value;
  return { variable: variable.name, op, value };
}

export function replaceAt<T>(list: readonly T[], index: number, item: T): T[] {
  return list.map((current, i) => (i === index ? item : current));
}

export function removeAt<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, i) => i !== index);
}
