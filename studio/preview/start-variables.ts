import { z } from "zod";
import type { Variable, VariableValue } from "../../core";

/** What the form holds per variable: the text typed for numbers and text, the box for booleans. */
export type VariableDraft = Record<string, string | boolean>;

export type ParsedVariables =
  | { ok: true; values: Record<string, VariableValue> }
  | { ok: false; errors: Record<string, string> };

const MAX_TEXT = 1000;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
export const MAX_SEED = 0xffffffff;

export function draftOf(variables: readonly Variable[]): VariableDraft {
  return Object.fromEntries(
    variables.map((v) => [v.name, v.type === "boolean" ? v.initial : String(v.initial)]),
  );
}

/** The range a number variable accepts, in words, for its hint and its error. */
export function rangeText(variable: Variable): string | null {
  if (variable.type !== "number") return null;
  const { min, max } = variable;
  if (min !== null && max !== null) return `${min} to ${max}`;
  if (min !== null) return `${min} or more`;
  if (max !== null) return `${max} or less`;
  return null;
}

function schemaOf(variable: Variable): z.ZodType<VariableValue> {
  switch (variable.type) {
    case "boolean":
      return z.boolean();
    case "text":
      return z
        .string()
        .max(MAX_TEXT, `At most ${MAX_TEXT} characters`)
        .refine((s) => !LONE_SURROGATE.test(s), "This text has a broken character");
    case "number": {
      const range = rangeText(variable);
      let number = z.number({ error: "Enter a number" });
      if (variable.min !== null) number = number.min(variable.min, `Enter ${range}`);
      if (variable.max !== null) number = number.max(variable.max, `Enter ${range}`);
      return z
        .string()
        .trim()
        .min(1, "Enter a number")
        .transform((s) => Number(s))
        .pipe(number);
    }
  }
}

/**
 * Checks the form against the scenario's declarations (type and range, as
 * the engine will) and returns only the values that differ from the initial
 * ones, so an untouched form starts exactly like a learner's run.
 */
export function parseVariables(
  variables: readonly Variable[],
  draft: VariableDraft,
): ParsedVariables {
  const values: Record<string, VariableValue> = {};
  const errors: Record<string, string> = {};
  for (const variable of variables) {
    const raw = draft[variable.name] ?? (variable.type === "boolean" ? variable.initial : "");
    const parsed = schemaOf(variable).safeParse(raw);
    if (!parsed.success) {
      errors[variable.name] = parsed.error.issues[0]?.message ?? "Not a valid value";
      continue;
    }
    if (parsed.data !== variable.initial) values[variable.name] = parsed.data;
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, values };
}

const SeedSchema = z
  .string()
  .trim()
  .regex(/^\d+$/, `Enter a whole number from 0 to ${MAX_SEED}`)
  .transform(Number)
  .pipe(z.number().int().max(MAX_SEED, `Enter a whole number from 0 to ${MAX_SEED}`));

export function parseSeed(raw: string): { ok: true; seed: number } | { ok: false; error: string } {
  const parsed = SeedSchema.safeParse(raw);
  return parsed.success
    ? { ok: true, seed: parsed.data }
    : { ok: false, error: parsed.error.issues[0]?.message ?? "Not a valid seed" };
}
