import { z } from "zod";

/** What the server says about each configured format (GET /api/exporters). */
const OptionFieldSchema = z.object({
  key: z.string(),
  types: z.array(z.string()),
  enum: z.array(z.union([z.string(), z.number()])).optional(),
  title: z.string().optional(),
  description: z.string().optional(),
  default: z.unknown().optional(),
  minimum: z.number().optional(),
  maximum: z.number().optional(),
  maxLength: z.number().optional(),
});
export type ExportOptionField = z.infer<typeof OptionFieldSchema>;

const ExporterInfoSchema = z.object({
  id: z.string(),
  label: z.string(),
  version: z.string(),
  output: z.string(),
  options: z.array(OptionFieldSchema),
});
export type ExporterInfo = z.infer<typeof ExporterInfoSchema>;

const DiagnosticSchema = z.object({
  code: z.string(),
  severity: z.enum(["error", "warning", "info"]),
  message: z.string(),
  nodeId: z.string().optional(),
});

export const ExportJobSchema = z.object({
  id: z.string(),
  status: z.enum(["queued", "running", "done", "failed"]),
  progress: z.number(),
  message: z.string(),
  diagnostics: z.array(DiagnosticSchema),
  error: z.string().nullable(),
  download: z.object({ url: z.string(), fileName: z.string(), bytes: z.number() }).nullable(),
});
export type ExportJobView = z.infer<typeof ExportJobSchema>;

const ErrorSchema = z.object({ error: z.object({ message: z.string() }) });

async function call<T>(schema: z.ZodType<T>, path: string, init?: RequestInit): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, {
      credentials: "same-origin",
      ...init,
      headers: { accept: "application/json", ...(init?.headers ?? {}) },
    });
  } catch {
    throw new Error("The server cannot be reached. Check your connection.");
  }
  const body: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const parsed = ErrorSchema.safeParse(body);
    throw new Error(
      parsed.success ? parsed.data.error.message : `The server answered ${res.status}.`,
    );
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new Error(`Unexpected answer from ${path}`);
  return parsed.data;
}

export const exportApi = {
  exporters: () =>
    call(z.object({ exporters: z.array(ExporterInfoSchema) }), "/api/exporters").then(
      (r) => r.exporters,
    ),
  start: (scenarioId: string, format: string, options: Record<string, unknown>) =>
    call(ExportJobSchema, `/api/scenarios/${encodeURIComponent(scenarioId)}/exports`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ format, options }),
    }),
  job: (id: string) => call(ExportJobSchema, `/api/exports/${encodeURIComponent(id)}`),
};
