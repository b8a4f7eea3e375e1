import type { z } from "zod";

type Def = Record<string, unknown> & { type: string };

const WRAPPERS = /* @__PURE__ */ new Set([
  "optional",
  "nullable",
  "default",
  "prefault",
  "nonoptional",
  "readonly",
  "catch",
]);

/**
 * A copy of `schema` with every occurrence of `target` (by identity) replaced.
 * Each rebuilt level is a `clone` of the original with only its children
 * swapped, so checks, refinements, defaults and messages are kept as they are.
 */
export function replaceSubschema(
  schema: z.ZodType,
  target: z.ZodType,
  replacement: z.ZodType,
  memo = new Map<z.ZodType, z.ZodType>(),
): z.ZodType {
  if (schema === target) return replacement;
  const known = memo.get(schema);
  if (known) return known;
  const def = (schema as unknown as { _zod: { def: Def } })._zod.def;
  const swap = (s: unknown) => replaceSubschema(s as z.ZodType, target, replacement, memo);
  let next: Def | null = null;
  if (def.type === "object") {
    const shape = def.shape as Record<string, z.ZodType>;
    const swapped = Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, swap(v)]));
    if (Object.keys(shape).some((k) => swapped[k] !== shape[k])) next = { ...def, shape: swapped };
  } else if (def.type === "array") {
    const element = swap(def.element);
    if (element !== def.element) next = { ...def, element };
  } else if (WRAPPERS.has(def.type)) {
    const innerType = swap(def.innerType);
    if (innerType !== def.innerType) next = { ...def, innerType };
  } else if (def.type === "union") {
    const options = (def.options as z.ZodType[]).map(swap);
    if (options.some((o, i) => o !== (def.options as z.ZodType[])[i])) next = { ...def, options };
  } else if (def.type === "record") {
    const valueType = swap(def.valueType);
    if (valueType !== def.valueType) next = { ...def, valueType };
  }
  const result = next ? (schema as unknown as { clone(d: Def): z.ZodType }).clone(next) : schema;
  memo.set(schema, result);
  return result;
}
