import { z } from "zod";
import { resolveSchema } from "./schema-shape";

function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * A copy of `value` with every object's keys in the schema's field order
 * (records and schema-less objects sorted by key), so two writes of equal data
 * are byte-identical and a diff shows only what changed. Keys the schema does
 * not know are dropped, as reading would drop them.
 */
export function canonicalOrder(value: unknown, schema: z.ZodType | undefined): unknown {
  if (value === null || typeof value !== "object") return value;
  const s = schema ? resolveSchema(schema, value) : undefined;
  if (Array.isArray(value)) {
    const element = s instanceof z.ZodArray ? (s.element as z.ZodType) : undefined;
    return value.map((item) => canonicalOrder(item, element));
  }
  const source = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  if (s instanceof z.ZodObject) {
    const shape = s.shape as Record<string, z.ZodType>;
    for (const key of Object.keys(shape)) {
      const v = source[key];
      if (v !== undefined) out[key] = canonicalOrder(v, shape[key]);
    }
    return out;
  }
  const valueSchema = s instanceof z.ZodRecord ? (s.valueType as z.ZodType) : undefined;
  for (const key of Object.keys(source).sort(compareKeys)) {
    const v = source[key];
    if (v !== undefined) out[key] = canonicalOrder(v, valueSchema);
  }
  return out;
}

export { compareKeys };
