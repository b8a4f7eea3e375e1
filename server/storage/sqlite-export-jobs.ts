import type Database from "better-sqlite3";
import {
  type ExportJobRecord,
  type ExportJobStatus,
  type ExportJobStore,
  readStoredDiagnostics,
} from "./export-job-record";

interface Row {
  id: string;
  scenario_id: string;
  format: string;
  user_id: string;
  status: ExportJobStatus;
  progress: number;
  message: string;
  diagnostics: string;
  error: string | null;
  created_at: number;
  finished_at: number | null;
  file_name: string | null;
  mime_type: string | null;
  output_bytes: number | null;
}

const COLUMNS = `id, scenario_id, format, user_id, status, progress, message, diagnostics, error,
  created_at, finished_at, file_name, mime_type, output_bytes`;

function recordOf(row: Row): ExportJobRecord {
  return {
    id: row.id,
    scenarioId: row.scenario_id,
    format: row.format,
    userId: row.user_id,
    status: row.status,
    progress: row.progress,
    message: row.message,
    diagnostics: readStoredDiagnostics(row.diagnostics),
    error: row.error,
    createdAt: new Date(row.created_at),
    finishedAt: row.finished_at === null ? null : new Date(row.finished_at),
    output:
      row.file_name !== null && row.mime_type !== null && row.output_bytes !== null
        ? { fileName: row.file_name, mimeType: row.mime_type, bytes: row.output_bytes }
        : null,
  };
}

/** Export jobs in the embedded store's `export_jobs` table. */
export function sqliteExportJobs(db: () => Database.Database): ExportJobStore {
  return {
    async saveExportJob(job, data) {
      db()
        .prepare(
          `INSERT INTO export_jobs (${COLUMNS}, output)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (id) DO UPDATE SET status = excluded.status, progress = excluded.progress,
             message = excluded.message, diagnostics = excluded.diagnostics, error = excluded.error,
             finished_at = excluded.finished_at, file_name = excluded.file_name,
             mime_type = excluded.mime_type, output_bytes = excluded.output_bytes,
             output = coalesce(excluded.output, export_jobs.output)`,
        )
        .run(
          job.id,
          job.scenarioId,
          job.format,
          job.userId,
          job.status,
          job.progress,
          job.message,
          JSON.stringify(job.diagnostics),
          job.error,
          job.createdAt.getTime(),
          job.finishedAt?.getTime() ?? null,
          job.output?.fileName ?? null,
          job.output?.mimeType ?? null,
          job.output?.bytes ?? null,
          data ?? null,
        );
    },
    async getExportJob(id) {
      const row = db().prepare(`SELECT ${COLUMNS} FROM export_jobs WHERE id = ?`).get(id) as
        | Row
        | undefined;
      return row ? recordOf(row) : null;
    },
    async getExportOutput(id) {
      const row = db().prepare("SELECT output FROM export_jobs WHERE id = ?").get(id) as
        | { output: Buffer | null }
        | undefined;
      return row?.output ? new Uint8Array(row.output) : null;
    },
    async deleteFinishedExportJobs(finishedBefore, keep) {
      db()
        .prepare(
          `DELETE FROM export_jobs WHERE finished_at IS NOT NULL AND (finished_at < ? OR id NOT IN (
             SELECT id FROM export_jobs WHERE finished_at IS NOT NULL
             ORDER BY finished_at DESC LIMIT ?))`,
        )
        .run(finishedBefore.getTime(), keep);
    },
  };
}
