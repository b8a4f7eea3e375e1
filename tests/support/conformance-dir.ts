import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/**
 * The offline conformance kit (official XSDs, reference manifests, cmi5
 * fixtures) lives beside the repository in `../shared/conformance`; set
 * FORKLINE_CONFORMANCE_DIR to use another copy.
 */
export const CONFORMANCE_DIR =
  process.env.FORKLINE_CONFORMANCE_DIR ?? resolve(repoRoot, "../shared/conformance");

export function conformancePath(...parts: string[]): string {
  const path = join(CONFORMANCE_DIR, ...parts);
  if (!existsSync(path)) throw new Error(`conformance kit file missing: ${path}`);
  return path;
}

export const REPO_ROOT = repoRoot;
