import { z } from "zod";

function valid(schema: z.ZodType, candidate: unknown): boolean {
  return schema.safeParse(candidate).success;
}

/**
 * The simplest value a schema accepts, used to repair a required field that
 * holds garbage: null where nullable, the first enum member, an empty list,
 * "Untitled", 0. Undefined when there is no obvious one (ids, unions): the
 * caller then repairs the enclosing item instead.
 */
export function placeholderFor(schema: z.ZodType): unknown {
  let candidate: unknown;
  if (schema instanceof z.ZodDefault || schema instanceof z.ZodOptional) return undefined;
  if (schema instanceof z.ZodNullable) return null;
  if (schema instanceof z.ZodLazy) return placeholderFor(schema.unwrap() as z.ZodType);
  if (schema instanceof z.ZodString) candidate = "Untitled";
  else if (schema instanceof z.ZodNumber) candidate = valid(schema, 0) ? 0 : 1;
  else if (schema instanceof z.ZodBoolean) candidate = false;
  else if (schema instanceof z.ZodEnum) candidate = schema.options[0];
  else if (schema instanceof z.ZodLiteral) candidate = [...schema.values][0];
  else if (schema instanceof z.ZodArray) candidate = [];
  else if (schema instanceof z.ZodRecord) candidate = {};
  else if (schema instanceof z.ZodObject) {
    const out: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
      if (field instanceof z.ZodDefault || field instanceof z.ZodOptional) continue;
      const value = placeholderFor(field);
      if (value === undefined) return undefined;
      out[key] = value;
    }
    candidate = out;
  } else return undefined;
  return valid(schema, candidate) ? candidate : undefined;
}
