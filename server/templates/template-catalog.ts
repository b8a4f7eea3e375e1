import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { readScenario, type Scenario } from "../../core";
import type { Logger } from "../logging/logger";

export interface TemplateInfo {
  name: string;
  title: string;
  summary: string;
  tags: string[];
  nodeCount: number;
}

const TEMPLATE_NAME = /^[a-z0-9][a-z0-9-]{0,63}$/;

/**
 * The built-in templates, read and validated once at start-up. A template that
 * does not validate is left out with a logged reason rather than failing the
 * whole server: one bad file should not stop designers from working.
 */
export class TemplateCatalog {
  readonly #templates: Map<string, { info: TemplateInfo; scenario: Scenario }>;

  private constructor(templates: Map<string, { info: TemplateInfo; scenario: Scenario }>) {
    this.#templates = templates;
  }

  static async load(dir: string, logger: Logger): Promise<TemplateCatalog> {
    const templates = new Map<string, { info: TemplateInfo; scenario: Scenario }>();
    let names: string[] = [];
    try {
      const entries = await readdir(dir, { withFileTypes: true });
      names = entries.filter((e) => e.isDirectory()).map((e) => e.name);
    } catch {
      logger.warn("no templates folder; starting without templates", { dir });
    }
    for (const name of names.sort()) {
      if (!TEMPLATE_NAME.test(name)) continue;
      let text: string;
      try {
        text = await readFile(join(dir, name, "scenario.json"), "utf8");
      } catch {
        logger.warn("template skipped: no scenario.json", { template: name });
        continue;
      }
      const result = readScenario(text);
      if (!result.ok) {
        const first = result.errors[0];
        logger.warn("template skipped: invalid scenario", {
          template: name,
          reason: first ? `${first.path || "(file)"}: ${first.message}` : "invalid",
          problems: result.errors.length,
        });
        continue;
      }
      const { meta, nodes } = result.scenario;
      templates.set(name, {
        scenario: result.scenario,
        info: {
          name,
          title: meta.title,
          summary: meta.summary,
          tags: meta.tags,
          nodeCount: nodes.length,
        },
      });
    }
    return new TemplateCatalog(templates);
  }

  list(): TemplateInfo[] {
    return [...this.#templates.values()].map((t) => t.info);
  }

  get(name: string): Scenario | undefined {
    return this.#templates.get(name)?.scenario;
  }
}
