import type Database from "better-sqlite3";
import type { AssetListing, AssetSweepStore } from "./asset-sweep-store";

/**
 * The asset sweep over the embedded store's `assets` and `asset_orphans`
 * tables; `sql` prepares (and may cache) a statement on `db`.
 */
export function sqliteAssetSweep(
  db: () => Database.Database,
  sql: (text: string) => Database.Statement,
): AssetSweepStore {
  return {
    async listAssets() {
      const rows = sql("SELECT id, bytes, created_at FROM assets ORDER BY id").all() as {
        id: string;
        bytes: number;
        created_at: number;
      }[];
      return rows.map(
        (r): AssetListing => ({ id: r.id, bytes: r.bytes, createdAt: new Date(r.created_at) }),
      );
    },
    async assetOrphanMarks() {
      const rows = sql("SELECT id, since FROM asset_orphans").all() as {
        id: string;
        since: number;
      }[];
      return new Map(rows.map((r) => [r.id, new Date(r.since)]));
    },
    async markAssetOrphans(ids, since) {
      const insert = sql(
        "INSERT INTO asset_orphans (id, since) VALUES (?, ?) ON CONFLICT (id) DO NOTHING",
      );
      db().transaction(() => {
        for (const id of ids) insert.run(id, since.getTime());
      })();
    },
    async clearAssetOrphanMarks(ids) {
      const remove = sql("DELETE FROM asset_orphans WHERE id = ?");
      db().transaction(() => {
        for (const id of ids) remove.run(id);
      })();
    },
    async deleteOrphanAssets(ids, markedBefore) {
      const stillMarked = sql("SELECT 1 FROM asset_orphans WHERE id = ? AND since < ?");
      const removeFile = sql("DELETE FROM assets WHERE id = ?");
      const removeMark = sql("DELETE FROM asset_orphans WHERE id = ?");
      return db().transaction(() => {
        const deleted: string[] = [];
        for (const id of ids) {
          if (!stillMarked.get(id, markedBefore.getTime())) continue;
          removeFile.run(id);
          removeMark.run(id);
          deleted.push(id);
        }
        return deleted;
      })();
    },
  };
}
