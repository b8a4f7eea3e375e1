import type pg from "pg";
import type { ExportJobStore } from "./export-job-record";
import {
  EXPORT_JOB_COLUMNS,
  EXPORT_JOB_UPDATE,
  type ExportJobRow,
  exportJobFromRow,
  exportJobValues,
} from "./export-job-row";

/** node-postgres hands `timestamptz` back as a Date already. */
const asDate = (stored: unknown) => stored as Date;

/** Export jobs in `<schema>.export_jobs`, shared by every instance on the database. */
export function postgresExportJobs(pool: pg.Pool, s: string): ExportJobStore {
  return {
    async saveExportJob(job, data) {
      await pool.query(
        `INSERT INTO ${s}.export_jobs AS j (${EXPORT_JOB_COLUMNS}, output)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
         ON CONFLICT (id) DO UPDATE SET ${EXPORT_JOB_UPDATE}`,
        [
          ...exportJobValues(job, (d) => d),
          data ? Buffer.from(data.buffer, data.byteOffset, data.byteLength) : null,
        ],
      );
    },
    async getExportJob(id) {
      const res = await pool.query<ExportJobRow>(
        `SELECT ${EXPORT_JOB_COLUMNS} FROM ${s}.export_jobs WHERE id = $1`,
        [id],
      );
      return res.rows[0] ? exportJobFromRow(res.rows[0], asDate) : null;
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
