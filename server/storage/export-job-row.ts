import {
  type ExportJobRecord,
  type ExportJobStatus,
  readStoredDiagnostics,
} from "./export-job-record";

/** An `export_jobs` row as a driver hands it back; times and big numbers come in the driver's own types. */
export interface ExportJobRow {
  id: string;
  scenario_id: string;
  format: string;
  user_id: string;
  status: ExportJobStatus;
  progress: number | string;
  message: string;
  diagnostics: string;
  error: string | null;
  created_at: unknown;
  finished_at: unknown;
  file_name: string | null;
  mime_type: string | null;
  output_bytes: number | string | null;
}

/** Every column but the package itself, in the order `exportJobValues` gives them. */
export const EXPORT_JOB_COLUMNS = `id, scenario_id, format, user_id, status, progress, message, diagnostics, error,
  created_at, finished_at, file_name, mime_type, output_bytes`;

/**
 * What a save changes on an existing row (the target table aliased `j`): all
 * but who, what and when it was asked for, and the package unless one is given.
 */
export const EXPORT_JOB_UPDATE = `status = excluded.status, progress = excluded.progress,
  message = excluded.message, diagnostics = excluded.diagnostics, error = excluded.error,
  finished_at = excluded.finished_at, file_name = excluded.file_name,
  mime_type = excluded.mime_type, output_bytes = excluded.output_bytes,
  output = coalesce(excluded.output, j.output)`;

/** The job's values for `EXPORT_JOB_COLUMNS`, with times as the store keeps them. */
export function exportJobValues<T>(job: ExportJobRecord, time: (date: Date) => T): unknown[] {
  return [
    job.id,
    job.scenarioId,
    job.format,
    job.userId,
    job.status,
    job.progress,
    job.message,
    JSON.stringify(job.diagnostics),
    job.error,
    time(job.createdAt),
    job.finishedAt ? time(job.finishedAt) : null,
    job.output?.fileName ?? null,
    job.output?.mimeType ?? null,
    job.output?.bytes ?? null,
  ];
}

export function exportJobFromRow(
  row: ExportJobRow,
  date: (stored: unknown) => Date,
): ExportJobRecord {
  return {
    id: row.id,
    scenarioId: row.scenario_id,
    format: row.format,
    userId: row.user_id,
    status: row.status,
    progress: Number(row.progress),
    message: row.message,
    diagnostics: readStoredDiagnostics(row.diagnostics),
    error: row.error,
    createdAt: date(row.created_at),
    finishedAt: row.finished_at === null ? null : date(row.finished_at),
    output:
      row.file_name !== null && row.mime_type !== null && row.output_bytes !== null
        ? { fileName: row.file_name, mimeType: row.mime_type, bytes: Number(row.output_bytes) }
        : null,
  };
}
