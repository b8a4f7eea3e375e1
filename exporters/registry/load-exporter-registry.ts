import { BUILTIN_EXPORTERS } from "../builtin-exporters";
import type { Exporter } from "../contract";
import { importNode } from "../runtime/import-node";
import { createExporterRegistry, type ExporterRegistry } from "./exporter-registry";
import { checkExporterShape } from "./exporter-shape";
import { ConfigError, parseForklineConfig } from "./project-config";

export interface LoadRegistryOptions {
  /** The folder the configuration came from: packages and relative paths resolve from it. */
  baseDir?: string;
  /** Loads a module; defaults to resolving from `baseDir` and a dynamic import (Node). */
  importModule?: (specifier: string, baseDir: string | undefined) => Promise<unknown>;
}

/**
 * Builds the registry from a configuration object (the default export of
 * `forkline.config.mjs`, or `{}` for the built-ins). Entries that are not
 * built-in ids are modules whose default export (or `exporter` export) is an
 * exporter; each is checked against the contract before it is offered.
 */
export async function loadExporterRegistry(
  configValue: unknown,
  options: LoadRegistryOptions = {},
): Promise<ExporterRegistry> {
  const config = parseForklineConfig(configValue);
  const load = options.importModule ?? importFrom;
  const exporters: Exporter[] = [];
  for (const entry of config.exporters) {
    const builtin = BUILTIN_EXPORTERS.find((e) => e.id === entry);
    if (builtin) {
      exporters.push(builtin);
      continue;
    }
    let mod: unknown;
    try {
      mod = await load(entry, options.baseDir);
    } catch (error) {
      throw new ConfigError(`cannot load exporter "${entry}": ${(error as Error).message}`);
    }
    const m = (mod ?? {}) as { default?: unknown; exporter?: unknown };
    const candidate = m.exporter ?? m.default ?? mod;
    exporters.push(checkExporterShape(candidate, `"${entry}"`));
  }
  return createExporterRegistry(exporters);
}

/**
 * Node resolution from the configuration's folder: a relative or absolute path
 * or a package name. `require.resolve` finds package folders and `main`; an
 * ESM-only package falls back to a bare dynamic import.
 */
async function importFrom(specifier: string, baseDir: string | undefined): Promise<unknown> {
  const { createRequire } = await importNode<typeof import("node:module")>("node:module");
  const { pathToFileURL } = await importNode<typeof import("node:url")>("node:url");
  const { join, resolve } = await importNode<typeof import("node:path")>("node:path");
  const base = baseDir ?? process.cwd();
  const isPath = specifier.startsWith(".") || specifier.startsWith("/");
  try {
    const resolved = createRequire(join(base, "forkline.config.mjs")).resolve(
      isPath ? resolve(base, specifier) : specifier,
    );
    return await import(pathToFileURL(resolved).href);
  } catch (error) {
    if (isPath) throw error;
    return await import(specifier);
  }
}
