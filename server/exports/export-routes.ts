import { z } from "zod";
import { IdSchema } from "../../core";
import {
  type ExporterRegistry,
  ExportOptionsError,
  optionFields,
  UnknownFormatError,
} from "../../exporters";
import { type ApiContext, requireGrant } from "../api/api-context";
import { ApiError, invalidRequest, notFound } from "../http/api-error";
import { readJsonBody } from "../http/read-body";
import type { Router } from "../http/router";
import { sendJson } from "../http/send-json";
import type { ExportJob, ExportJobs } from "./export-jobs";

const StartBodySchema = z
  .object({
    format: z.string().min(1).max(100),
    options: z.record(z.string(), z.unknown()).default({}),
  })
  .strict();

const ScenarioParams = z.object({ id: IdSchema });
const JobParams = z.object({ jobId: z.uuid() });

function jobJson(job: ExportJob) {
  return {
    id: job.id,
    scenarioId: job.scenarioId,
    format: job.format,
    status: job.status,
    progress: job.progress,
    message: job.message,
    diagnostics: job.diagnostics,
    error: job.error,
    createdAt: job.createdAt.toISOString(),
    finishedAt: job.finishedAt ? job.finishedAt.toISOString() : null,
    download:
      job.status === "done" && job.output
        ? {
            url: `/api/exports/${job.id}/download`,
            fileName: job.output.fileName,
            bytes: job.output.bytes,
          }
        : null,
  };
}

/**
 * Export over HTTP:
 * - `GET /api/exporters`: the configured formats with their option fields (for forms);
 * - `POST /api/scenarios/:id/exports` `{format, options}`: starts a job (admins and designers), 202;
 * - `GET /api/exports/:jobId`: status, progress, diagnostics and the download link when done;
 * - `GET /api/exports/:jobId/download`: the package.
 */
export function addExportRoutes(
  router: Router,
  ctx: ApiContext,
  jobs: ExportJobs,
  registry: () => Promise<ExporterRegistry>,
): void {
  const findJob = async (c: Parameters<Parameters<Router["add"]>[2]>[0]) => {
    const parsed = JobParams.safeParse(c.params);
    if (!parsed.success) throw invalidRequest("path", parsed.error);
    const job = await jobs.get(parsed.data.jobId);
    if (!job) throw notFound(`export job "${parsed.data.jobId}"`);
    const grant = await requireGrant(ctx, c.request, job.scenarioId, true);
    if (grant.user.id !== job.userId && grant.role !== "admin")
      throw notFound(`export job "${job.id}"`);
    return job;
  };

  router.add("GET", "/api/exporters", async (c) => {
    await requireGrant(ctx, c.request, null, false);
    const list = (await registry()).list();
    sendJson(c.response, 200, {
      exporters: list.map((e) => ({
        id: e.id,
        label: e.label,
        version: e.version,
        output: e.output,
        options: optionFields(e),
      })),
    });
  });

  router.add("POST", "/api/scenarios/:id/exports", async (c) => {
    const params = ScenarioParams.safeParse(c.params);
    if (!params.success) throw invalidRequest("path", params.error);
    const grant = await requireGrant(ctx, c.request, params.data.id, true);
    const body = StartBodySchema.safeParse(
      await readJsonBody(c.request, ctx.limits.maxJsonBodyBytes),
    );
    if (!body.success) throw invalidRequest("body", body.error);
    await ctx.scenarios.get(params.data.id);
    let job: ExportJob;
    try {
      job = await jobs.start({
        scenarioId: params.data.id,
        format: body.data.format,
        options: body.data.options,
        userId: grant.user.id,
      });
    } catch (error) {
      if (error instanceof UnknownFormatError)
        throw new ApiError(400, "unknown_format", error.message);
      if (error instanceof ExportOptionsError) {
        throw new ApiError(
          400,
          "invalid_options",
          error.message,
          error.issues.map((i) => ({ path: `options.${i.split(":")[0]}`, message: i })),
        );
      }
      throw error;
    }
    sendJson(c.response, 202, jobJson(job), { Location: `/api/exports/${job.id}` });
  });

  router.add("GET", "/api/exports/:jobId", async (c) => {
    sendJson(c.response, 200, jobJson(await findJob(c)));
  });

  router.add("GET", "/api/exports/:jobId/download", async (c) => {
    const job = await findJob(c);
    if (job.status !== "done" || !job.output) {
      throw new ApiError(
        409,
        "not_ready",
        job.status === "failed"
          ? `the export failed: ${job.error}`
          : "the export is not finished yet",
      );
    }
    const { fileName, mimeType } = job.output;
    const bytes = await jobs.output(job.id);
    if (!bytes) throw notFound(`the package of export job "${job.id}"`);
    c.response.writeHead(200, {
      "Content-Type": mimeType,
      "Content-Length": bytes.length,
      "Content-Disposition": `attachment; filename="${fileName.replace(/[^A-Za-z0-9._-]/g, "_")}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    });
    c.response.end(c.request.method === "HEAD" ? undefined : bytes);
  });
}
