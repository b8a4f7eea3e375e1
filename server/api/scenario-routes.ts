import { z } from "zod";
import { IdSchema } from "../../core";
import { invalidRequest } from "../http/api-error";
import { readJsonBody, readJsonText } from "../http/read-body";
import type { RouteContext, Router } from "../http/router";
import { sendJson } from "../http/send-json";
import type { ScenarioRecord } from "../storage/document-store";
import { type ApiContext, requireGrant } from "./api-context";

const TitleSchema = z.string().trim().min(1, "must not be empty").max(200);

const ListQuerySchema = z
  .object({
    q: z.string().trim().max(200).optional(),
    sort: z.enum(["updated", "created", "title"]).default("updated"),
    order: z.enum(["asc", "desc"]).optional(),
    deleted: z.enum(["only", "include", "exclude"]).default("exclude"),
    limit: z.coerce.number().int().min(1).max(500).default(100),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict();

const CreateBodySchema = z
  .object({ title: TitleSchema, template: z.string().min(1).max(64).optional() })
  .strict();

const RenameBodySchema = z.object({ title: TitleSchema }).strict();

const ParamsSchema = z.object({ id: IdSchema });

function parse<T>(schema: z.ZodType<T>, value: unknown, where: string): T {
  const result = schema.safeParse(value);
  if (!result.success) throw invalidRequest(where, result.error);
  return result.data;
}

/** The JSON shape of a scenario in every answer. */
export function scenarioJson(record: ScenarioRecord) {
  return {
    id: record.id,
    title: record.title,
    summary: record.summary,
    tags: record.tags,
    nodeCount: record.nodeCount,
    template: record.template,
    createdAt: record.createdAt.toISOString(),
    updatedAt: record.updatedAt.toISOString(),
    deletedAt: record.deletedAt ? record.deletedAt.toISOString() : null,
  };
}

const idOf = (c: RouteContext) => parse(ParamsSchema, c.params, "path").id;

export function addScenarioRoutes(router: Router, ctx: ApiContext): void {
  const { scenarios, limits } = ctx;

  router.add("GET", "/api/scenarios", async (c) => {
    await requireGrant(ctx, c.request, null, false);
    const query = parse(ListQuerySchema, Object.fromEntries(c.url.searchParams), "query");
    const order = query.order ?? (query.sort === "title" ? "asc" : "desc");
    const result = await scenarios.list({ ...query, order });
    sendJson(c.response, 200, {
      scenarios: result.scenarios.map(scenarioJson),
      total: result.total,
    });
  });

  router.add("POST", "/api/scenarios", async (c) => {
    await requireGrant(ctx, c.request, null, true);
    const body = parse(
      CreateBodySchema,
      await readJsonBody(c.request, limits.maxJsonBodyBytes),
      "body",
    );
    const record = await scenarios.create(body.title, body.template);
    sendJson(c.response, 201, scenarioJson(record), { Location: `/api/scenarios/${record.id}` });
  });

  router.add("POST", "/api/scenarios/import", async (c) => {
    await requireGrant(ctx, c.request, null, true);
    const text = await readJsonText(c.request, limits.maxImportBytes);
    const { record, migratedFrom } = await scenarios.import(text);
    sendJson(
      c.response,
      201,
      { ...scenarioJson(record), migratedFrom },
      { Location: `/api/scenarios/${record.id}` },
    );
  });

  router.add("GET", "/api/scenarios/:id", async (c) => {
    const id = idOf(c);
    await requireGrant(ctx, c.request, id, false);
    sendJson(c.response, 200, scenarioJson(await scenarios.get(id)));
  });

  router.add("GET", "/api/scenarios/:id/export.json", async (c) => {
    const id = idOf(c);
    await requireGrant(ctx, c.request, id, false);
    const { filename, text } = await scenarios.exportJson(id);
    c.response.writeHead(200, {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Length": Buffer.byteLength(text),
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    });
    c.response.end(c.request.method === "HEAD" ? undefined : text);
  });

  router.add("GET", "/api/scenarios/:id/first-view", async (c) => {
    const id = idOf(c);
    await requireGrant(ctx, c.request, id, false);
    sendJson(c.response, 200, await scenarios.firstView(id));
  });

  router.add("PATCH", "/api/scenarios/:id", async (c) => {
    const id = idOf(c);
    await requireGrant(ctx, c.request, id, true);
    const body = parse(
      RenameBodySchema,
      await readJsonBody(c.request, limits.maxJsonBodyBytes),
      "body",
    );
    sendJson(c.response, 200, scenarioJson(await scenarios.rename(id, body.title)));
  });

  router.add("POST", "/api/scenarios/:id/duplicate", async (c) => {
    const id = idOf(c);
    await requireGrant(ctx, c.request, id, true);
    const record = await scenarios.duplicate(id);
    sendJson(c.response, 201, scenarioJson(record), { Location: `/api/scenarios/${record.id}` });
  });

  router.add("DELETE", "/api/scenarios/:id", async (c) => {
    const id = idOf(c);
    await requireGrant(ctx, c.request, id, true);
    const record = await scenarios.delete(id, () => ctx.closeScenario(id));
    sendJson(c.response, 200, scenarioJson(record));
  });

  router.add("POST", "/api/scenarios/:id/restore", async (c) => {
    const id = idOf(c);
    await requireGrant(ctx, c.request, id, true);
    sendJson(c.response, 200, scenarioJson(await scenarios.restore(id)));
  });
}
