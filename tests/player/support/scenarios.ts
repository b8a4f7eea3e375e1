import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type Scenario, ScenarioSchema } from "../../../core";
import { lateDelivery } from "../fixtures/late-delivery";

const templatesDir = new URL("../../../templates/", import.meta.url).pathname;

/** The built-in templates that exist, parsed, by folder name. */
export function templateScenarios(): { name: string; scenario: Scenario }[] {
  if (!existsSync(templatesDir)) return [];
  return readdirSync(templatesDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(templatesDir, d.name, "scenario.json")))
    .map((d) => ({
      name: d.name,
      scenario: ScenarioSchema.parse(
        JSON.parse(readFileSync(join(templatesDir, d.name, "scenario.json"), "utf8")),
      ),
    }));
}

/** Every scenario the browser tests play: the fixture plus every template. */
export function playableScenarios(): { name: string; scenario: Scenario }[] {
  return [{ name: "fixture late-delivery", scenario: lateDelivery() }, ...templateScenarios()];
}
