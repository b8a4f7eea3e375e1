import { z } from "zod";

export type ExportJobStatus = "queued" | "running" | "done" | "failed";

/** What is kept of an exporter's diagnostic with its job. */
export const StoredDiagnosticsSchema = z.array(
  z.object({
    code: z.string(),
    severity: z.enum(["error", "warning", "info"]),
    message: z.string(),
    nodeId: z.string().optional(),
  }),
);

/**
 * An export job as stored, so any instance can answer for it: the one that
 * ran it may have restarted, or another one may be behind the load balancer.
 * The package's bytes are stored with it and read only for a download.
 */
export interface ExportJobRecord {
  id: string;
  scenarioId: string;
  format: string;
  /** Who asked for it; only they (or an admin) may see and download it. */
  userId: string;
  status: ExportJobStatus;
  /** 0..1 */
  progress: number;
  message: string;
  diagnostics: z.infer<typeof StoredDiagnosticsSchema>;
  error: string | null;
  createdAt: Date;
  finishedAt: Date | null;
  output: { fileName: string; mimeType: string; bytes: number } | null;
}

/** The part of the store that keeps export jobs. */
export interface ExportJobStore {
  /** Inserts or replaces the job; `data` is the finished package, stored with it. */
  saveExportJob(job: ExportJobRecord, data?: Uint8Array): Promise<void>;
  /** Null when no job has this id. */
  getExportJob(id: string): Promise<ExportJobRecord | null>;
  /** The finished package, or null. */
  getExportOutput(id: string): Promise<Uint8Array | null>;
  /**
   * Deletes finished jobs that finished before `finishedBefore`, and beyond the
   * `keep` most recent finished ones.
   */
  deleteFinishedExportJobs(finishedBefore: Date, keep: number): Promise<void>;
}

/** The row's JSON columns read back through the schema: a bad row reads as no diagnostics. */
export function readStoredDiagnostics(text: string): ExportJobRecord["diagnostics"] {
  try {
    const parsed = StoredDiagnosticsSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}
