import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { readScenario, type Scenario } from "../../core";
import { REPO_ROOT } from "./conformance-dir";

/** Every built-in template (templates/<name>/scenario.json), read through core. */
export function templateScenarios(): { name: string; scenario: Scenario }[] {
  const dir = join(REPO_ROOT, "templates");
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, "scenario.json")))
    .map((d) => {
      const result = readScenario(readFileSync(join(dir, d.name, "scenario.json"), "utf8"));
      if (!result.ok)
        throw new Error(`template ${d.name} does not read: ${JSON.stringify(result.errors)}`);
      return { name: d.name, scenario: result.scenario };
    })
    .sort((a, b) => (a.name < b.name ? -1 : 1));
}
