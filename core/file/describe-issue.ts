import type { z } from "zod";

type PathKey = PropertyKey;

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `nodes[3].options[0].quality`: the path as a designer would write it in JavaScript. */
export function formatIssuePath(path: readonly PathKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else if (typeof key === "string" && IDENTIFIER.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

function kindOf(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "string") return "text";
  if (typeof value === "object") return "an object";
  return `a ${typeof value}`;
}

const EXPECTED: Record<string, string> = {
  string: "text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  object: "an object",
  array: "a list",
  null: "null",
};

function quoteList(values: readonly unknown[]): string {
  return values.map((v) => JSON.stringify(v)).join(", ");
}

function bound(issue: { origin: string; inclusive?: boolean }, n: number | bigint, small: boolean) {
  const what = small ? "at least" : "at most";
  switch (issue.origin) {
    case "string":
      return `must be ${what} ${n} character${n === 1 ? "" : "s"} long`;
    case "array":
    case "set":
      return `must have ${what} ${n} item${n === 1 ? "" : "s"}`;
    default: {
      if (issue.inclusive === false) return `must be ${small ? "above" : "below"} ${n}`;
      return `must be ${what} ${n}`;
    }
  }
}

/**
 * A sentence for one zod issue, written for someone fixing a file by hand.
 * Parse with `reportInput: true` so the message can say what was found.
 */
export function describeIssue(issue: z.core.$ZodIssue): string {
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case "invalid_type": {
      const expected = EXPECTED[issue.expected] ?? issue.expected;
      if (input === undefined) return `is required (${expected})`;
      return `must be ${expected}, found ${kindOf(input)}`;
    }
    case "invalid_value":
      return `must be ${issue.values.length === 1 ? "" : "one of "}${quoteList(issue.values)}${
        input === undefined ? "" : `, found ${JSON.stringify(input)}`
      }`;
    case "too_small":
      return bound(issue, issue.minimum, true);
    case "too_big":
      return bound(issue, issue.maximum, false);
    case "invalid_union": {
      const { discriminator, options } = issue as { discriminator?: string; options?: unknown[] };
      if (discriminator && options) {
        const tag =
          input && typeof input === "object"
            ? (input as Record<string, unknown>)[discriminator]
            : input;
        return `unknown ${discriminator} ${tag === undefined ? "(missing)" : JSON.stringify(tag)}: expected one of ${quoteList(options)}`;
      }
      return "does not match any allowed shape";
    }
    default:
      return issue.message;
  }
}
