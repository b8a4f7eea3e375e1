import type { z } from "zod";
import { describeIssue, formatIssuePath } from "../file/describe-issue";
import { CommandError } from "./command-error";

/** Parses command input against a schema, turning zod's issues into one CommandError. */
export function validateArgs<T>(
  command: string,
  schema: z.ZodType<T>,
  value: unknown,
  what: string,
): T {
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) return result.data;
  const details = result.error.issues
    .slice(0, 5)
    .map((issue) => {
      const path = formatIssuePath(issue.path);
      return path ? `${path} ${describeIssue(issue)}` : describeIssue(issue);
    })
    .join("; ");
  throw new CommandError(command, `invalid ${what}: ${details}`);
}

/** Refuses keys a patch may not carry (ids, kinds) or that the target does not have. */
export function checkPatchKeys(
  command: string,
  patch: object,
  allowed: readonly string[],
  what: string,
): void {
  for (const key of Object.keys(patch)) {
    if (!allowed.includes(key)) {
      throw new CommandError(command, `"${key}" is not something ${what} lets you set`);
    }
  }
}
