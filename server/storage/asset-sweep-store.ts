/** A stored file as the sweep sees it (no bytes). */
export interface AssetListing {
  id: string;
  bytes: number;
  createdAt: Date;
}

/**
 * The part of the store that sweeps media files no scenario lists any more.
 * It works in two steps so a file is never deleted the moment it looks unused:
 * a sweep marks such files, and only a later sweep deletes those still marked
 * after a grace period. Uploading a marked file again clears its mark.
 */
export interface AssetSweepStore {
  listAssets(): Promise<AssetListing[]>;
  /** Since when each marked file has been seen unused. */
  assetOrphanMarks(): Promise<Map<string, Date>>;
  /** Marks these files unused from `since`; a file already marked keeps its date. */
  markAssetOrphans(ids: readonly string[], since: Date): Promise<void>;
  clearAssetOrphanMarks(ids: readonly string[]): Promise<void>;
  /**
   * Deletes those of `ids` still marked since before `markedBefore`, in one
   * step, so a file uploaded again meanwhile (which cleared its mark) stays.
   * Resolves with the ids deleted.
   */
  deleteOrphanAssets(ids: readonly string[], markedBefore: Date): Promise<string[]>;
}
