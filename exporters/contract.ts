import type { z } from "zod";
import type { Scenario } from "../core";

/**
 * An exporter turns a scenario into files. It is a plain object so a
 * third-party exporter is just an npm package exporting one. `build` is pure
 * and deterministic: no file system, no network, no clock but `context.now`,
 * so the same export twice is byte-identical and the same code runs in the
 * server, the CLI and the browser.
 */
export interface Exporter<Options extends Record<string, unknown> = Record<string, unknown>> {
  id: string;
  label: string;
  /** The exporter's own version (semver). */
  version: string;
  /** Scenario format versions this exporter accepts. */
  scenarioVersions: readonly number[];
  /** Options with defaults; the studio's export dialog is generated from this schema. */
  options: z.ZodType<Options>;
  /** File extension or kind of the result, for download names: "zip", "html", "json". */
  output: "zip" | "html" | "json";
  validate(scenario: Scenario, options: Options): ExportDiagnostic[];
  build(
    scenario: Scenario,
    options: Options,
    context: ExportContext,
  ): Promise<ExportFiles> | ExportFiles;
}

/** Which tracker a player bundle reports through. */
export type TrackerKind = "none" | "local" | "scorm12" | "scorm2004" | "xapi" | "cmi5";

export interface ExportDiagnostic {
  code: string;
  severity: "error" | "warning" | "info";
  message: string;
  nodeId?: string;
}

export interface ExportContext {
  /** The only clock an exporter may read (ISO 8601). Fixed in tests. */
  now: string;
  /**
   * The built player runtime: one script per tracker (each self-contained, see
   * player/index.ts for how it boots) and the shared stylesheet.
   */
  runtime: { css: string; js: Readonly<Partial<Record<TrackerKind, string>>> };
  /** Asset bytes by asset id, for every asset the scenario references. */
  assets: ReadonlyMap<string, Uint8Array>;
  /** Progress of long builds, 0..1. */
  onProgress?: (fraction: number, message: string) => void;
}

/** File path (forward slashes, relative) to bytes. */
export type ExportFiles = Map<string, Uint8Array>;
