import { createHash } from "node:crypto";

/** A stored file's id: `sha256-` and the hex digest of its bytes, so the same file is kept once. */
export function assetIdOf(data: Uint8Array): string {
  return `sha256-${createHash("sha256").update(data).digest("hex")}`;
}
