import { z } from "zod";
import type { Exporter } from "../contract";

export interface OptionField {
  key: string;
  /** JSON Schema type(s) of the field, "null" included when it may be empty. */
  types: string[];
  enum?: readonly (string | number)[];
  title?: string;
  description?: string;
  default?: unknown;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
}

type JsonSchemaNode = {
  type?: string | string[];
  enum?: (string | number)[];
  anyOf?: JsonSchemaNode[];
  title?: string;
  description?: string;
  default?: unknown;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  properties?: Record<string, JsonSchemaNode>;
};

/**
 * The options as flat fields, from zod 4's JSON Schema of the exporter's
 * options: what the studio's dialog renders and what the CLI coerces
 * `--option key=value` strings by.
 */
export function optionFields(exporter: Exporter): OptionField[] {
  const schema = z.toJSONSchema(exporter.options, {
    io: "input",
    unrepresentable: "any",
  }) as JsonSchemaNode;
  return Object.entries(schema.properties ?? {}).map(([key, node]) => {
    const variants = node.anyOf ?? [node];
    const types = variants.flatMap((v) =>
      Array.isArray(v.type) ? v.type : v.type ? [v.type] : [],
    );
    const enumValues = variants.find((v) => v.enum)?.enum;
    const numeric = variants.find((v) => v.minimum !== undefined || v.maximum !== undefined);
    const text = variants.find((v) => v.maxLength !== undefined);
    const field: OptionField = {
      key,
      types: enumValues && types.length === 0 ? ["string"] : types,
    };
    if (enumValues) field.enum = enumValues;
    if (node.title) field.title = node.title;
    if (node.description) field.description = node.description;
    if (node.default !== undefined) field.default = node.default;
    if (numeric?.minimum !== undefined) field.minimum = numeric.minimum;
    if (numeric?.maximum !== undefined) field.maximum = numeric.maximum;
    if (text?.maxLength !== undefined) field.maxLength = text.maxLength;
    return field;
  });
}

/**
 * Turns `key=value` strings into an options object, typed by the schema:
 * numbers for number fields, true/false for booleans, empty or "null" for
 * nullable fields. Unknown keys and bad values are reported, not guessed.
 */
export function coerceOptionPairs(
  exporter: Exporter,
  pairs: readonly string[],
): Record<string, unknown> {
  const fields = new Map(optionFields(exporter).map((f) => [f.key, f]));
  const out: Record<string, unknown> = {};
  for (const pair of pairs) {
    const eq = pair.indexOf("=");
    if (eq <= 0) throw new Error(`--option expects key=value, got "${pair}"`);
    const key = pair.slice(0, eq);
    const value = pair.slice(eq + 1);
    const field = fields.get(key);
    if (!field) {
      const known = [...fields.keys()];
      throw new Error(
        `${exporter.id} has no option "${key}"${known.length ? `; options: ${known.join(", ")}` : ""}`,
      );
    }
    out[key] = coerce(field, value);
  }
  return out;
}

function coerce(field: OptionField, value: string): unknown {
  if (field.types.includes("null") && (value === "" || value === "null")) return null;
  if (field.types.includes("boolean")) {
    if (value === "true" || value === "1" || value === "yes") return true;
    if (value === "false" || value === "0" || value === "no") return false;
    throw new Error(`option ${field.key} is true or false, got "${value}"`);
  }
  if (field.types.includes("number") || field.types.includes("integer")) {
    const n = Number(value);
    if (value.trim() === "" || !Number.isFinite(n))
      throw new Error(`option ${field.key} is a number, got "${value}"`);
    return n;
  }
  return value;
}
