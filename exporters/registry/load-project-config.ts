import { importNode } from "../runtime/import-node";
import { type ForklineConfig, parseForklineConfig } from "./project-config";

export const CONFIG_FILE_NAMES = [
  "forkline.config.mjs",
  "forkline.config.js",
  "forkline.config.json",
];

export interface LoadedProjectConfig {
  config: ForklineConfig;
  /** The file read, or null when there is none and the defaults apply. */
  file: string | null;
  baseDir: string;
}

/** Reads `forkline.config.{mjs,js,json}` from `dir` (Node only); the defaults when there is none. */
export async function loadProjectConfig(dir: string): Promise<LoadedProjectConfig> {
  const { existsSync, readFileSync } = await importNode<typeof import("node:fs")>("node:fs");
  const { join } = await importNode<typeof import("node:path")>("node:path");
  const { pathToFileURL } = await importNode<typeof import("node:url")>("node:url");
  for (const name of CONFIG_FILE_NAMES) {
    const file = join(dir, name);
    if (!existsSync(file)) continue;
    const value = name.endsWith(".json")
      ? (JSON.parse(readFileSync(file, "utf8")) as unknown)
      : ((await import(pathToFileURL(file).href)) as { default?: unknown }).default;
    return { config: parseForklineConfig(value, name), file, baseDir: dir };
  }
  return { config: parseForklineConfig({}), file: null, baseDir: dir };
}
