import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/**
 * The offline conformance fixtures (official XSDs, reference manifests, cmi5
 * course structures; see its SOURCES.md). FORKLINE_CONFORMANCE_DIR points the
 * tests at another copy, for example a newer kit.
 */
export const CONFORMANCE_DIR =
  process.env.FORKLINE_CONFORMANCE_DIR ?? join(repoRoot, "tests/fixtures/conformance");

export function conformancePath(...parts: string[]): string {
  const path = join(CONFORMANCE_DIR, ...parts);
  if (!existsSync(path)) throw new Error(`conformance fixture missing: ${path}`);
  return path;
}

export const REPO_ROOT = repoRoot;
