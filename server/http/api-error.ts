import type { z } from "zod";

export interface ApiIssue {
  path: string;
  message: string;
}

/** An error the API answers with `{ error: { code, message, issues? } }` and `status`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues?: ApiIssue[],
    readonly headers?: Record<string, string>,
  ) {
    super(message);
  }
}

const pathOf = (path: readonly PropertyKey[]): string =>
  path
    .map((k) => (typeof k === "number" ? `[${k}]` : `.${String(k)}`))
    .join("")
    .replace(/^\./, "");

/** 400 with one issue per zod problem, each naming where it is. */
export function invalidRequest(where: string, error: z.ZodError): ApiError {
  const issues = error.issues.map((i) => ({ path: pathOf(i.path), message: i.message }));
  const first = issues[0];
  const detail = first ? `: ${first.path ? `${first.path} ` : ""}${first.message}` : "";
  return new ApiError(400, "invalid_request", `invalid ${where}${detail}`, issues);
}

export const notFound = (what: string): ApiError =>
  new ApiError(404, "not_found", `${what} not found`);
