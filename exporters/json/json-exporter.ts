import { z } from "zod";
import { SCENARIO_VERSION, writeScenario } from "../../core";
import type { Exporter } from "../contract";
import { utf8 } from "../package/utf8";

export const JsonOptionsSchema = z.object({});
export type JsonOptions = z.infer<typeof JsonOptionsSchema>;

/** The canonical scenario file, exactly as core writes it: importing it restores the scenario. */
export const jsonExporter: Exporter<JsonOptions> = {
  id: "json",
  label: "Forkline scenario (JSON)",
  version: "1.0.0",
  scenarioVersions: [SCENARIO_VERSION],
  options: JsonOptionsSchema,
  output: "json",
  validate: () => [],
  build(scenario) {
    return new Map([[`${scenario.meta.id}.forkline.json`, utf8(writeScenario(scenario))]]);
  },
};
