import { z } from "zod";

/** The limits a number field enforces, read from the schema so the form and core agree. */
export interface NumberRule {
  min: number | null;
  max: number | null;
  /** The lower bound itself is not allowed (`positive()`). */
  minExclusive: boolean;
  integer: boolean;
}

function innerNumber(schema: z.ZodType): z.ZodNumber | null {
  let current: z.ZodType = schema;
  for (let depth = 0; depth < 5; depth++) {
    if (current instanceof z.ZodNumber) return current;
    if (
      current instanceof z.ZodDefault ||
      current instanceof z.ZodNullable ||
      current instanceof z.ZodOptional
    ) {
      current = current.unwrap() as z.ZodType;
    } else return null;
  }
  return null;
}

export function numberRule(schema: z.ZodType): NumberRule {
  const number = innerNumber(schema);
  const min = number?.minValue ?? null;
  const max = number?.maxValue ?? null;
  const minExclusive =
    min !== null && number !== null && !number.safeParse(min).success && Number.isFinite(min);
  return {
    min: min !== null && Number.isFinite(min) ? min : null,
    max: max !== null && Number.isFinite(max) ? max : null,
    minExclusive,
    integer: number?.isInt ?? false,
  };
}

/** "a whole number from 3 to 3600", "a number above 0", "a number". */
export function describeRule(rule: NumberRule): string {
  const what = rule.integer ? "a whole number" : "a number";
  const { min, max } = rule;
  if (min !== null && max !== null && !rule.minExclusive) return `${what} from ${min} to ${max}`;
  if (min !== null && max !== null) return `${what} above ${min} and at most ${max}`;
  if (min !== null)
    return rule.minExclusive ? `${what} above ${min}` : `${what} of at least ${min}`;
  if (max !== null) return `${what} of at most ${max}`;
  return what;
}

const NUMERAL = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/;

export type NumberCheck = { ok: true; value: number | null } | { ok: false; error: string };

/**
 * Reads what a designer typed. Empty means null when the field allows it. A
 * comma works as the decimal mark, since many designers type one.
 */
export function checkNumber(text: string, schema: z.ZodType, nullable: boolean): NumberCheck {
  const trimmed = text.trim();
  const rule = numberRule(schema);
  if (trimmed === "") {
    return nullable
      ? { ok: true, value: null }
      : { ok: false, error: `Enter ${describeRule(rule)}.` };
  }
  if (!NUMERAL.test(trimmed)) {
    return { ok: false, error: `“${trimmed}” is not a number. Enter ${describeRule(rule)}.` };
  }
  const value = Number(trimmed.replace(",", "."));
  if (!Number.isFinite(value) || !schema.safeParse(value).success) {
    return { ok: false, error: `Enter ${describeRule(rule)}.` };
  }
  return { ok: true, value };
}
