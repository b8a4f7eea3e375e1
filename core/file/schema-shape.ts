import { z } from "zod";

/**
 * Just enough zod introspection to walk a value alongside its schema. Both the
 * writer (key order) and the live-document repair (placeholders) need it, and
 * reading the order from the schema keeps one source of truth for field order.
 */

/** Strips wrappers that do not change the shape of a present value. */
export function unwrapSchema(schema: z.ZodType): z.ZodType {
  let s: z.ZodType = schema;
  for (;;) {
    if (s instanceof z.ZodDefault || s instanceof z.ZodOptional || s instanceof z.ZodNullable) {
      s = s.unwrap() as z.ZodType;
    } else if (s instanceof z.ZodLazy) {
      s = s.unwrap() as z.ZodType;
    } else {
      return s;
    }
  }
}

function literalValues(schema: z.ZodType | undefined): Set<unknown> | null {
  if (!schema) return null;
  const s = unwrapSchema(schema);
  return s instanceof z.ZodLiteral ? (s.values as Set<unknown>) : null;
}

/** The concrete schema for `value`: wrappers removed and, for a discriminated union, the member it belongs to. */
export function resolveSchema(schema: z.ZodType, value: unknown): z.ZodType {
  const s = unwrapSchema(schema);
  if (!(s instanceof z.ZodUnion)) return s;
  const options = s.options as readonly z.ZodType[];
  const discriminator = (s as unknown as { def: { discriminator?: string } }).def.discriminator;
  if (discriminator && value && typeof value === "object") {
    const tag = (value as Record<string, unknown>)[discriminator];
    for (const option of options) {
      const o = unwrapSchema(option);
      if (o instanceof z.ZodObject && literalValues(o.shape[discriminator])?.has(tag)) return o;
    }
  }
  return s;
}

/** The schema of `container[key]`, or undefined when the schema says nothing about it. */
export function childSchema(
  schema: z.ZodType,
  container: unknown,
  key: string | number,
): z.ZodType | undefined {
  const s = resolveSchema(schema, container);
  if (s instanceof z.ZodObject) return (s.shape as Record<string, z.ZodType>)[key];
  if (s instanceof z.ZodArray) return s.element as z.ZodType;
  if (s instanceof z.ZodRecord) return s.valueType as z.ZodType;
  return undefined;
}
