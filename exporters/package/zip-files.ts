import { type Zippable, zipSync } from "fflate";
import type { ExportFiles } from "../contract";

/**
 * DOS timestamps are read in local time by fflate, so a date built from local
 * components gives the same bytes in every time zone. 1980-01-01 is the
 * earliest date a zip can hold.
 */
const FIXED_MTIME = new Date(1980, 0, 1, 0, 0, 0);

/**
 * Zips files deterministically: entries in code-point order of their paths, one
 * fixed timestamp, fixed compression level, no directory entries. The same
 * files give the same bytes, so exports can be compared byte for byte.
 */
export function zipFiles(files: ExportFiles, level: 0 | 6 | 9 = 9): Uint8Array {
  const zippable: Zippable = {};
  for (const path of [...files.keys()].sort(comparePaths)) {
    zippable[path] = [files.get(path)!, { mtime: FIXED_MTIME, level, os: 0, attrs: 0 }];
  }
  return zipSync(zippable, { mtime: FIXED_MTIME, level });
}

/** Plain code-unit order, independent of locale. */
export function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
