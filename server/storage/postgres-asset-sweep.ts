import type pg from "pg";
import type { AssetSweepStore } from "./asset-sweep-store";

/** The asset sweep over `<schema>.assets` and `<schema>.asset_orphans`. */
export function postgresAssetSweep(pool: pg.Pool, s: string): AssetSweepStore {
  return {
    async listAssets() {
      const res = await pool.query<{ id: string; bytes: string; created_at: Date }>(
        `SELECT id, bytes, created_at FROM ${s}.assets ORDER BY id`,
      );
      return res.rows.map((r) => ({ id: r.id, bytes: Number(r.bytes), createdAt: r.created_at }));
    },
    async assetOrphanMarks() {
      const res = await pool.query<{ id: string; since: Date }>(
        `SELECT id, since FROM ${s}.asset_orphans`,
      );
      return new Map(res.rows.map((r) => [r.id, r.since]));
    },
    async markAssetOrphans(ids, since) {
      if (ids.length === 0) return;
      await pool.query(
        `INSERT INTO ${s}.asset_orphans (id, since) SELECT unnest($1::text[]), $2
         ON CONFLICT (id) DO NOTHING`,
        [ids, since],
      );
    },
    async clearAssetOrphanMarks(ids) {
      if (ids.length === 0) return;
      await pool.query(`DELETE FROM ${s}.asset_orphans WHERE id = ANY($1::text[])`, [ids]);
    },
    async deleteOrphanAssets(ids, markedBefore) {
      if (ids.length === 0) return [];
      // One statement: a file whose mark an upload has just cleared is not in `gone`.
      const res = await pool.query<{ id: string }>(
        `WITH gone AS (
           DELETE FROM ${s}.asset_orphans WHERE id = ANY($1::text[]) AND since < $2 RETURNING id
         )
         DELETE FROM ${s}.assets WHERE id IN (SELECT id FROM gone) RETURNING id`,
        [ids, markedBefore],
      );
      return res.rows.map((r) => r.id);
    },
  };
}
