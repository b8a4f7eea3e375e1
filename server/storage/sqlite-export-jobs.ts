import type Database from "better-sqlite3";
import type { ExportJobStore } from "./export-job-record";
import {
  EXPORT_JOB_COLUMNS,
  EXPORT_JOB_UPDATE,
  type ExportJobRow,
  exportJobFromRow,
  exportJobValues,
} from "./export-job-row";

/** Milliseconds since the epoch, as the embedded store keeps times. */
const fromMs = (stored: unknown) => new Date(stored as number);

/** Export jobs in the embedded store's `export_jobs` table; `sql` prepares (and may cache) a statement. */
export function sqliteExportJobs(sql: (text: string) => Database.Statement): ExportJobStore {
  return {
    async saveExportJob(job, data) {
      sql(
        `INSERT INTO export_jobs AS j (${EXPORT_JOB_COLUMNS}, output)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET ${EXPORT_JOB_UPDATE}`,
      ).run(...exportJobValues(job, (d) => d.getTime()), data ?? null);
    },
    async getExportJob(id) {
      const row = sql(`SELECT ${EXPORT_JOB_COLUMNS} FROM export_jobs WHERE id = ?`).get(id) as
        | ExportJobRow
        | undefined;
      return row ? exportJobFromRow(row, fromMs) : null;
    },
    async getExportOutput(id) {
      const row = sql("SELECT output FROM export_jobs WHERE id = ?").get(id) as
        | { output: Buffer | null }
        | undefined;
      return row?.output ? new Uint8Array(row.output) : null;
    },
    async deleteFinishedExportJobs(finishedBefore, keep) {
      sql(
        `DELETE FROM export_jobs WHERE finished_at IS NOT NULL AND (finished_at < ? OR id NOT IN (
           SELECT id FROM export_jobs WHERE finished_at IS NOT NULL
           ORDER BY finished_at DESC LIMIT ?))`,
      ).run(finishedBefore.getTime(), keep);
    },
  };
}
