import type { Scenario } from "../core";
import type { ExportContext, ExportDiagnostic, Exporter, ExportFiles } from "./contract";
import { zipFiles } from "./package/zip-files";

/** Options that do not fit the exporter's schema; `issues` name the option. */
export class ExportOptionsError extends Error {
  constructor(
    readonly exporterId: string,
    readonly issues: string[],
  ) {
    super(`invalid options for ${exporterId}: ${issues.join("; ")}`);
    this.name = "ExportOptionsError";
  }
}

/** The exporter found errors in the scenario; nothing was built. */
export class ExportBlockedError extends Error {
  constructor(
    readonly exporterId: string,
    readonly diagnostics: ExportDiagnostic[],
  ) {
    const errors = diagnostics.filter((d) => d.severity === "error");
    super(`${exporterId} export blocked: ${errors.map((d) => d.message).join("; ")}`);
    this.name = "ExportBlockedError";
  }
}

export interface ExportOutput {
  /** A download name: `<scenario id>.<exporter id>.zip`, `.html` or `.json`. */
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
}

export interface ExportResult {
  diagnostics: ExportDiagnostic[];
  files: ExportFiles;
  output: ExportOutput;
}

/** Parses raw options (from a form, a request or the command line) with the exporter's schema and its defaults. */
export function parseExportOptions(exporter: Exporter, raw: unknown): Record<string, unknown> {
  const result = exporter.options.safeParse(raw ?? {});
  if (!result.success) {
    throw new ExportOptionsError(
      exporter.id,
      result.error.issues.map((i) => `${i.path.join(".") || "(options)"}: ${i.message}`),
    );
  }
  return result.data;
}

/** The diagnostics an export would give, with its options parsed first. Pure: the studio calls it as options change. */
export function diagnoseExport(
  exporter: Exporter,
  scenario: Scenario,
  rawOptions: unknown,
): ExportDiagnostic[] {
  const out: ExportDiagnostic[] = [];
  if (!exporter.scenarioVersions.includes(scenario.version)) {
    out.push({
      code: "scenario-version",
      severity: "error",
      message: `${exporter.label} accepts scenario versions ${exporter.scenarioVersions.join(", ")}, not ${scenario.version}`,
    });
    return out;
  }
  return [...out, ...exporter.validate(scenario, parseExportOptions(exporter, rawOptions))];
}

/**
 * One file is delivered as it is; several become a deterministic zip. A zip
 * exporter always zips, even with a single file, so LMS uploads get a zip.
 */
export function packageExport(
  exporter: Exporter,
  scenario: Scenario,
  files: ExportFiles,
): ExportOutput {
  if (exporter.output !== "zip" && files.size === 1) {
    const [name, bytes] = [...files][0]!;
    return {
      fileName: name,
      mimeType: exporter.output === "html" ? "text/html; charset=utf-8" : "application/json",
      bytes,
    };
  }
  return {
    fileName: `${scenario.meta.id}.${exporter.id}.zip`,
    mimeType: "application/zip",
    bytes: zipFiles(files),
  };
}

/**
 * The whole export, as the CLI, the server's jobs and tests run it: options
 * parsed, diagnostics checked (errors block unless `force`), files built and
 * packaged.
 */
export async function runExport(
  exporter: Exporter,
  scenario: Scenario,
  rawOptions: unknown,
  context: ExportContext,
  { force = false }: { force?: boolean } = {},
): Promise<ExportResult> {
  const diagnostics = diagnoseExport(exporter, scenario, rawOptions);
  if (!force && diagnostics.some((d) => d.severity === "error")) {
    throw new ExportBlockedError(exporter.id, diagnostics);
  }
  const options = parseExportOptions(exporter, rawOptions);
  context.onProgress?.(0, "building");
  const files = await exporter.build(scenario, options, context);
  context.onProgress?.(0.9, "packaging");
  const output = packageExport(exporter, scenario, files);
  context.onProgress?.(1, "done");
  return { diagnostics, files, output };
}
