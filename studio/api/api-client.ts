import type { z } from "zod";
import { ApiError } from "./api-error";
import {
  ApiErrorBodySchema,
  CreatedSchema,
  type Me,
  MeSchema,
  ScenarioListSchema,
  type ScenarioSummary,
  ScenarioSummarySchema,
  type TemplateEntry,
  TemplateListSchema,
} from "./api-schemas";
import { jsonPath } from "./json-path";

export type ScenarioSort = "updated" | "created" | "title";
export type DeletedFilter = "exclude" | "only" | "include";

async function request<T extends z.ZodType>(
  schema: T,
  path: string,
  init: RequestInit = {},
): Promise<z.output<T>> {
  let response: Response;
  try {
    response = await fetch(path, {
      ...init,
      headers: { accept: "application/json", ...(init.headers ?? {}) },
      credentials: "same-origin",
    });
  } catch {
    throw new ApiError(0, "network", "The server cannot be reached. Check your connection.");
  }
  const text = await response.text();
  let body: unknown = null;
  if (text.length > 0) {
    try {
      body = JSON.parse(text);
    } catch {
      body = null;
    }
  }
  if (!response.ok) throw toApiError(response.status, body);
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw new ApiError(response.status, "bad-response", `Unexpected answer from ${path}`);
  }
  return parsed.data;
}

/** What a failed answer's body says, as an error the UI can show as is. */
export function toApiError(status: number, body: unknown): ApiError {
  const parsed = ApiErrorBodySchema.safeParse(body);
  if (!parsed.success) return new ApiError(status, "http", `The server answered ${status}.`);
  const { code, message, issues } = parsed.data.error;
  return new ApiError(
    status,
    code,
    message || `The server answered ${status}.`,
    issues.map((issue) => ({ path: jsonPath(issue.path), message: issue.message })),
  );
}

const json = (body: unknown): RequestInit => ({
  body: JSON.stringify(body),
  headers: { "content-type": "application/json" },
});

const Anything = ScenarioSummarySchema.or(CreatedSchema).or(ScenarioListSchema).optional();

/** The REST API as the studio uses it; every answer is checked with zod before use. */
export const api = {
  me: (): Promise<Me> => request(MeSchema, "/api/me"),
  templates: (): Promise<TemplateEntry[]> => request(TemplateListSchema, "/api/templates"),
  list(
    options: { q?: string; sort?: ScenarioSort; deleted?: DeletedFilter } = {},
  ): Promise<ScenarioSummary[]> {
    const params = new URLSearchParams();
    if (options.q) params.set("q", options.q);
    if (options.sort) params.set("sort", options.sort);
    if (options.deleted) params.set("deleted", options.deleted);
    const query = params.toString();
    return request(ScenarioListSchema, `/api/scenarios${query ? `?${query}` : ""}`);
  },
  get: (id: string): Promise<ScenarioSummary> =>
    request(ScenarioSummarySchema, `/api/scenarios/${encodeURIComponent(id)}`),
  async create(title: string, template?: string): Promise<string> {
    const body = template ? { title, template } : { title };
    const created = await request(CreatedSchema, "/api/scenarios", {
      method: "POST",
      ...json(body),
    });
    return created.id;
  },
  /** Sends the file's text as it is, so the server can point at a line and column when it is not JSON. */
  async importScenario(text: string): Promise<string> {
    const init = { method: "POST", body: text, headers: { "content-type": "application/json" } };
    const created = await request(CreatedSchema, "/api/scenarios/import", init);
    return created.id;
  },
  async rename(id: string, title: string): Promise<void> {
    const init = { method: "PATCH", ...json({ title }) };
    await request(Anything, `/api/scenarios/${encodeURIComponent(id)}`, init);
  },
  async duplicate(id: string): Promise<string> {
    const path = `/api/scenarios/${encodeURIComponent(id)}/duplicate`;
    const created = await request(CreatedSchema, path, { method: "POST" });
    return created.id;
  },
  async remove(id: string): Promise<void> {
    await request(Anything, `/api/scenarios/${encodeURIComponent(id)}`, { method: "DELETE" });
  },
  async restore(id: string): Promise<void> {
    const path = `/api/scenarios/${encodeURIComponent(id)}/restore`;
    await request(Anything, path, { method: "POST" });
  },
  exportUrl: (id: string): string => `/api/scenarios/${encodeURIComponent(id)}/export.json`,
};
