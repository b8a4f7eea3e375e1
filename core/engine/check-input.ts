import type { ReflectionNode } from "../schema/nodes";
import type { Variable, VariableValue } from "../schema/variables";
import { EngineError } from "./types";

export const MAX_TEXT_ANSWER = 2000;
const MAX_TEXT_VARIABLE = 1000;

/** Lone surrogates cannot be percent-encoded, so they could never be saved. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function isWellFormed(text: string): boolean {
  return !LONE_SURROGATE.test(text);
}

/** How many points a scale reflection has: five for confidence, the labels' count for Likert. */
export function scaleSize(node: ReflectionNode): number {
  if (node.reflectionKind === "confidence") return 5;
  return node.scale?.length ?? 5;
}

export function checkReflectionAnswer(node: ReflectionNode, value: unknown): number | string {
  if (node.reflectionKind === "text") {
    if (typeof value !== "string" || value.length > MAX_TEXT_ANSWER || !isWellFormed(value))
      throw new EngineError(
        "bad-answer",
        `"${node.id}" expects text of at most ${MAX_TEXT_ANSWER} characters`,
      );
    return value;
  }
  const size = scaleSize(node);
  if (typeof value !== "number" || !Number.isInteger(value) || value < 1 || value > size)
    throw new EngineError("bad-answer", `"${node.id}" expects a whole number from 1 to ${size}`);
  return value;
}

/** Variables set by hand for a preview: known names, the declared type, within range. */
export function checkStartVariables(
  given: unknown,
  variables: ReadonlyMap<string, Variable>,
  order: readonly Variable[],
): Record<string, VariableValue> | undefined {
  if (given === undefined) return undefined;
  if (given === null || typeof given !== "object" || Array.isArray(given))
    throw new EngineError("bad-variables", "variables must be an object of name to value");
  const entries = given as Record<string, unknown>;
  for (const [name, value] of Object.entries(entries)) {
    const variable = variables.get(name);
    if (!variable) throw new EngineError("bad-variables", `unknown variable "${name}"`);
    const problem = variableProblem(variable, value);
    if (problem) throw new EngineError("bad-variables", `variable "${name}": ${problem}`);
  }
  // Rebuilt in declaration order so equal previews serialize identically.
  const out: Record<string, VariableValue> = {};
  let any = false;
  for (const variable of order) {
    if (Object.hasOwn(entries, variable.name)) {
      out[variable.name] = entries[variable.name] as VariableValue;
      any = true;
    }
  }
  return any ? out : undefined;
}

function variableProblem(variable: Variable, value: unknown): string | null {
  switch (variable.type) {
    case "number":
      if (typeof value !== "number" || !Number.isFinite(value)) return "expects a finite number";
      if (variable.min !== null && value < variable.min) return `below its minimum ${variable.min}`;
      if (variable.max !== null && value > variable.max) return `above its maximum ${variable.max}`;
      return null;
    case "boolean":
      return typeof value === "boolean" ? null : "expects true or false";
    case "text":
      if (typeof value !== "string" || !isWellFormed(value)) return "expects text";
      return value.length > MAX_TEXT_VARIABLE
        ? `text longer than ${MAX_TEXT_VARIABLE} characters`
        : null;
  }
}

/** Milliseconds come from the learner's device: anything odd counts as none. */
export function normalizeMs(ms: unknown): number {
  if (typeof ms !== "number" || !Number.isFinite(ms) || ms <= 0) return 0;
  return Math.min(Math.round(ms), 0x7fffffff);
}
