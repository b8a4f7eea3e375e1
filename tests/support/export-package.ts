import { join } from "node:path";
import { unzipSync } from "fflate";
import type { Scenario } from "../../core";
import {
  BUILTIN_EXPORTERS,
  createExporterRegistry,
  type ExportResult,
  readPlayerRuntime,
  requireExporter,
  runExport,
} from "../../exporters";
import { REPO_ROOT } from "./conformance-dir";

let runtime: Awaited<ReturnType<typeof readPlayerRuntime>> | null = null;

/** The built player, read once per test file. */
export async function playerRuntime() {
  runtime ??= await readPlayerRuntime(join(REPO_ROOT, "dist/player"));
  return runtime;
}

export const FIXED_NOW = "2026-01-01T00:00:00.000Z";

/** Exports through the same pipeline as the CLI and the server, with a fixed clock. */
export async function exportPackage(
  format: string,
  scenario: Scenario,
  assets: ReadonlyMap<string, Uint8Array> = new Map(),
  options: Record<string, unknown> = {},
): Promise<ExportResult & { unzipped: Map<string, Uint8Array> }> {
  const exporter = requireExporter(createExporterRegistry(BUILTIN_EXPORTERS), format);
  const result = await runExport(exporter, scenario, options, {
    now: FIXED_NOW,
    runtime: await playerRuntime(),
    assets,
  });
  const unzipped =
    result.output.mimeType === "application/zip"
      ? new Map(Object.entries(unzipSync(result.output.bytes)))
      : new Map(result.files);
  return { ...result, unzipped };
}
