import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { longestSavedRun } from "../../bench/engine-longest-run";
import { readScenario } from "../file/read-scenario";
import { createEngine } from "./create-engine";

/** SCORM 1.2's cmi.suspend_data holds 4,096 characters; a run must fit with room to spare. */
const SCORM12_SUSPEND_LIMIT = 4096;

const root = fileURLToPath(new URL("../../templates/", import.meta.url));
const templates = existsSync(root)
  ? readdirSync(root)
      .sort()
      .filter((name) => existsSync(join(root, name, "scenario.json")))
  : [];

describe.skipIf(templates.length === 0)("saved runs of the built-in templates", () => {
  it.each(templates)(
    "%s: the longest run saves far below the SCORM 1.2 limit",
    (name) => {
      const read = readScenario(readFileSync(join(root, name, "scenario.json"), "utf8"));
      if (!read.ok) throw new Error(`${name} does not read: ${read.errors[0]?.message}`);
      const run = longestSavedRun(read.scenario);
      expect(run.complete).toBe(true);
      expect(run.events).toBeGreaterThan(0);
      // Half the limit without retries, and within it even when every allowed retry replays the whole run.
      expect(run.chars).toBeLessThan(SCORM12_SUSPEND_LIMIT / 2);
      if (run.withRetries) expect(run.withRetries.chars).toBeLessThan(SCORM12_SUSPEND_LIMIT);
      expect(run.saved).toMatch(/^[\x20-\x7e]+$/);
      // And it restores to a finished run.
      expect(createEngine(read.scenario).restore(run.saved).status).toBe("ended");
    },
    60_000,
  );
});
