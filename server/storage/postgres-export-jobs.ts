import type pg from "pg";
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
  created_at: Date;
  finished_at: Date | null;
  file_name: string | null;
  mime_type: string | null;
  output_bytes: string | null;
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
    progress: Number(row.progress),
    message: row.message,
    diagnostics: readStoredDiagnostics(row.diagnostics),
    error: row.error,
    createdAt: row.created_at,
    finishedAt: row.finished_at,
    output:
      row.file_name !== null && row.mime_type !== null && row.output_bytes !== null
        ? { fileName: row.file_name, mimeType: row.mime_type, bytes: Number(row.output_bytes) }
        : null,
  };
}

/** Export jobs in `<schema>.export_jobs`, shared by every instance on the database. */
export function postgresExportJobs(pool: pg.Pool, s: string): ExportJobStore {
  return {
    async saveExportJob(job, data) {
      await pool.query(
        `INSERT INTO ${s}.export_jobs (${COLUMNS}, output)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
         ON CONFLICT (id) DO UPDATE SET status = excluded.status, progress = excluded.progress,
           message = excluded.message, diagnostics = excluded.diagnostics, error = excluded.error,
           finished_at = excluded.finished_at, file_name = excluded.file_name,
           mime_type = excluded.mime_type, output_bytes = excluded.output_bytes,
           output = coalesce(excluded.output, ${s}.export_jobs.output)`,
        [
          job.id,
          job.scenarioId,
          job.format,
          job.userId,
          job.status,
          job.progress,
          job.message,
          JSON.stringify(job.diagnostics),
          job.error,
          job.createdAt,
          job.finishedAt,
          job.output?.fileName ?? null,
          job.output?.mimeType ?? null,
          job.output?.bytes ?? null,
          data ? Buffer.from(data.buffer, data.byteOffset, data.byteLength) : null,
        ],
      );
    },
    async getExportJob(id) {
      const res = await pool.query<Row>(`SELECT ${COLUMNS} FROM ${s}.export_jobs WHERE id = $1`, [
        id,
      ]);
      return res.rows[0] ? recordOf(res.rows[0]) : null;
    },
    async getExportOutput(id) {
      const res = await pool.query<{ output: Buffer | null }>(
        `SELECT output FROM ${s}.export_jobs WHERE id = $1`,
        [id],
      );
      const output = res.rows[0]?.output;
      return output ? new Uint8Array(output.buffer, output.byteOffset, output.byteLength) : null;
    },
    async deleteFinishedExportJobs(finishedBefore, keep) {
      await pool.query(
        `DELETE FROM ${s}.export_jobs WHERE finished_at IS NOT NULL AND (finished_at < $1 OR id NOT IN (
           SELECT id FROM ${s}.export_jobs WHERE finished_at IS NOT NULL
           ORDER BY finished_at DESC LIMIT $2))`,
        [finishedBefore, keep],
      );
    },
  };
}
