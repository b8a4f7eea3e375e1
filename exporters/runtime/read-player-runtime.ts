import type { ExportContext, TrackerKind } from "../contract";
import { importNode } from "./import-node";

const TRACKERS: readonly TrackerKind[] = ["none", "local", "scorm12", "scorm2004", "xapi", "cmi5"];

/**
 * Reads the built player (`dist/player`: one `forkline-player-<tracker>.js`
 * per tracker and `forkline-player.css`) into an export context's runtime.
 * Node only; the CLI, the server and tests call it, `build` never does.
 */
export async function readPlayerRuntime(dir: string): Promise<ExportContext["runtime"]> {
  const { existsSync, readFileSync } = await importNode<typeof import("node:fs")>("node:fs");
  const { join } = await importNode<typeof import("node:path")>("node:path");
  const cssPath = join(dir, "forkline-player.css");
  if (!existsSync(cssPath)) {
    throw new Error(`the player is not built: ${cssPath} is missing (run npm run build)`);
  }
  const js: Partial<Record<TrackerKind, string>> = {};
  for (const kind of TRACKERS) {
    const file = join(dir, `forkline-player-${kind}.js`);
    if (existsSync(file)) js[kind] = readFileSync(file, "utf8");
  }
  return { css: readFileSync(cssPath, "utf8"), js };
}
