import type { z } from "zod";
import { describeIssue } from "../../file/describe-issue";
import { childSchema } from "../../file/schema-shape";
import { placeholderFor } from "./placeholder-for";

type Key = string | number;
export type RepairReporter = (path: Key[], message: string) => void;

/** Fields whose value is an identity or a reference: a stand-in would be a lie, so the item goes instead. */
function isIdentity(key: Key, parent: Record<string, unknown>): boolean {
  if (typeof key !== "string") return false;
  return (
    key === "id" || key === "variable" || key.endsWith("Id") || (key === "name" && "type" in parent)
  );
}

function at(root: unknown, path: readonly PropertyKey[]): unknown {
  let v = root;
  for (const key of path)
    v = v && typeof v === "object" ? (v as Record<PropertyKey, unknown>)[key] : undefined;
  return v;
}

function schemaAt(schema: z.ZodType, root: unknown, path: readonly Key[]): z.ZodType | undefined {
  let s: z.ZodType | undefined = schema;
  let v = root;
  for (const key of path) {
    if (!s) return undefined;
    s = childSchema(s, v, key);
    v = at(v, [key]);
  }
  return s;
}

/**
 * Makes `value` pass `schema` by the smallest edits it can find, one issue at a
 * time: truncate what is too long, reset a bad field to its default or a
 * placeholder, and failing that remove the enclosing list item. Returns null
 * when only removing the whole value would do. Works on a JSON copy; every
 * edit is reported with its path. `trusted` is an equivalent schema that is
 * cheaper for input the caller already knows to be partly valid.
 */
export function repairToSchema<T>(
  value: unknown,
  schema: z.ZodType<T>,
  report: RepairReporter,
  trusted: z.ZodType<T> = schema,
  maxRounds = 200,
): T | null {
  // Valid input (the usual case) costs one parse, with the caller's faster schema if it has one.
  const direct = trusted.safeParse(value);
  if (direct.success) return direct.data;
  const root = { value: JSON.parse(JSON.stringify(value ?? null)) as unknown };
  const tried = new Set<string>();
  for (let round = 0; round < maxRounds; round++) {
    const result = schema.safeParse(root.value, { reportInput: true });
    if (result.success) return result.data;
    const issue = result.error.issues[0]!;
    const why = describeIssue(issue);
    let path = issue.path as Key[];
    const found = at(root.value, path);
    if (issue.code === "too_big" && (Array.isArray(found) || typeof found === "string")) {
      const max = Number(issue.maximum);
      const parent = at(root.value, path.slice(0, -1)) as Record<Key, unknown> | undefined;
      if (Array.isArray(found)) found.length = max;
      else if (parent && path.length > 0) parent[path[path.length - 1]!] = found.slice(0, max);
      report(path, `cut down to ${max}: ${why}`);
      continue;
    }
    for (;;) {
      if (path.length === 0) return null;
      const key = path[path.length - 1]!;
      const parentPath = path.slice(0, -1);
      const parent = parentPath.length === 0 ? root.value : at(root.value, parentPath);
      if (Array.isArray(parent) && typeof key === "number") {
        parent.splice(key, 1);
        report(path, `removed: ${why}`);
        break;
      }
      if (
        parent &&
        typeof parent === "object" &&
        !isIdentity(key, parent as Record<string, unknown>)
      ) {
        const obj = parent as Record<Key, unknown>;
        const tag = JSON.stringify(path);
        if (obj[key] !== undefined && !tried.has(`${tag}:default`)) {
          tried.add(`${tag}:default`);
          delete obj[key];
          report(path, `reset to its default: ${why}`);
          break;
        }
        if (!tried.has(`${tag}:placeholder`)) {
          tried.add(`${tag}:placeholder`);
          const fieldSchema = schemaAt(schema, root.value, path);
          const placeholder = fieldSchema ? placeholderFor(fieldSchema) : undefined;
          if (placeholder !== undefined) {
            obj[key] = placeholder;
            report(path, `replaced with ${JSON.stringify(placeholder)}: ${why}`);
            break;
          }
        }
      }
      path = parentPath;
    }
  }
  return null;
}
