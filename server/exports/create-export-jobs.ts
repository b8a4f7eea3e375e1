import { fileURLToPath } from "node:url";
import { readScenario } from "../../core";
import {
  type ExporterRegistry,
  loadExporterRegistry,
  loadProjectConfig,
  readPlayerRuntime,
} from "../../exporters";
import type { ApiContext } from "../api/api-context";
import { loadScenarioAssets } from "../assets/load-scenario-assets";
import type { DocumentStore } from "../storage/document-store";
import { ExportJobs } from "./export-jobs";

export interface ServerExports {
  jobs: ExportJobs;
  registry: () => Promise<ExporterRegistry>;
}

const DEFAULT_PLAYER_DIR = fileURLToPath(new URL("../../dist/player", import.meta.url));

/**
 * The export jobs a server runs: formats from forkline.config.* in `configDir`
 * (the built-ins without one), the built player from `playerDir`, scenarios
 * read from their live documents, their media from the store's assets.
 * Registry and player load once, on first use.
 */
export function createServerExports(
  ctx: ApiContext & { store: Pick<DocumentStore, "getAsset" | "exportJobs"> },
  options: { configDir?: string; playerDir?: string } = {},
): ServerExports {
  let registry: Promise<ExporterRegistry> | null = null;
  let runtime: ReturnType<typeof readPlayerRuntime> | null = null;
  const loadRegistry = () => {
    registry ??= loadProjectConfig(options.configDir ?? process.cwd()).then(({ config, baseDir }) =>
      loadExporterRegistry(config, { baseDir }),
    );
    return registry;
  };
  const jobs = new ExportJobs({
    store: ctx.store.exportJobs,
    registry: loadRegistry,
    runtime: () => {
      runtime ??= readPlayerRuntime(options.playerDir ?? DEFAULT_PLAYER_DIR).catch((error) => {
        runtime = null; // the player may be built later: try again next time
        throw error;
      });
      return runtime;
    },
    loadScenario: async (id) => {
      const { text } = await ctx.scenarios.exportJson(id);
      const read = readScenario(text);
      if (!read.ok)
        throw new Error(`scenario ${id} does not read back: ${read.errors[0]?.message ?? ""}`);
      return read.scenario;
    },
    loadAssets: (scenario) => loadScenarioAssets(ctx.store, scenario),
  });
  return { jobs, registry: loadRegistry };
}
