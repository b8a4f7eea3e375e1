import { docMap } from "../../core";
import { loadStoredDoc } from "../collab/load-stored-doc";
import type { Logger } from "../logging/logger";
import type { DocumentStore } from "../storage/document-store";

export interface AssetSweepResult {
  /** Files some scenario (deleted ones included) lists. */
  inUse: number;
  /** Files nobody lists, marked now or before, and kept for the grace period. */
  marked: string[];
  /** Files deleted: unused for longer than the grace period. */
  deleted: string[];
  freedBytes: number;
}

const PAGE = 200;

/** Every asset id that some scenario's live document lists, deleted scenarios included (they can be restored). */
async function assetsInUse(store: DocumentStore, logger: Logger): Promise<Set<string>> {
  const ids = new Set<string>();
  for (let offset = 0; ; offset += PAGE) {
    const { scenarios } = await store.listScenarios({
      sort: "created",
      order: "asc",
      deleted: "include",
      limit: PAGE,
      offset,
    });
    for (const scenario of scenarios) {
      const { doc } = await loadStoredDoc(
        store,
        { scenarioId: scenario.id, kind: "scenario" },
        logger,
      );
      for (const id of docMap(doc, "assets").keys()) ids.add(id);
      doc.destroy();
    }
    if (scenarios.length < PAGE) return ids;
  }
}

/**
 * Sweeps stored media files that no scenario lists: first marks them, and
 * deletes them only once they have stayed unused for `graceMs` (an undo, a
 * restore or a pasted node may bring one back meanwhile, which clears the
 * mark on the next sweep). A document that cannot be read stops the sweep
 * before anything is deleted, since what it lists is unknown.
 */
export async function sweepAssets(
  store: DocumentStore,
  options: { graceMs: number; now?: Date; dryRun?: boolean; logger: Logger },
): Promise<AssetSweepResult> {
  const now = options.now ?? new Date();
  const inUse = await assetsInUse(store, options.logger);
  const files = await store.assetSweep.listAssets();
  const marks = await store.assetSweep.assetOrphanMarks();
  const unused = files.filter((f) => !inUse.has(f.id));
  const markedBefore = new Date(now.getTime() - options.graceMs);
  const due = unused.filter((f) => {
    const since = marks.get(f.id);
    return since !== undefined && since < markedBefore;
  });
  if (!options.dryRun) {
    await store.assetSweep.clearAssetOrphanMarks([...marks.keys()].filter((id) => inUse.has(id)));
    await store.assetSweep.markAssetOrphans(
      unused.map((f) => f.id),
      now,
    );
  }
  const deleted = new Set(
    options.dryRun
      ? due.map((f) => f.id)
      : await store.assetSweep.deleteOrphanAssets(
          due.map((f) => f.id),
          markedBefore,
        ),
  );
  return {
    inUse: files.length - unused.length,
    marked: unused.filter((f) => !deleted.has(f.id)).map((f) => f.id),
    deleted: [...deleted],
    freedBytes: files.filter((f) => deleted.has(f.id)).reduce((sum, f) => sum + f.bytes, 0),
  };
}
