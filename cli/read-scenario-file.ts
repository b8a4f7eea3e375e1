import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { type ReadIssue, readScenario, type Scenario } from "../core";
import { CliError } from "./cli-command";

export type ScenarioFile =
  | { ok: true; scenario: Scenario; migratedFrom: number | null }
  | { ok: false; errors: readonly ReadIssue[] };

/** Issues on these paths mean the file is not a scenario this build can read at all. */
const FATAL_PATHS = new Set(["", "format", "version"]);

function describeReadFailure(file: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === "ENOENT") return `${file}: no such file`;
  if (code === "EISDIR") return `${file}: is a directory, not a scenario file`;
  if (code === "EACCES" || code === "EPERM") return `${file}: permission denied`;
  return `${file}: cannot be read (${error instanceof Error ? error.message : String(error)})`;
}

/**
 * Reads and checks a scenario file. A missing file, text that is not JSON, a
 * file that is not a Forkline scenario or one from a newer version throw a
 * CliError (exit 2); a scenario whose content fails the schema is returned
 * with its errors so `validate` can list them.
 */
export async function readScenarioFile(file: string, cwd: string): Promise<ScenarioFile> {
  let text: string;
  try {
    text = await readFile(resolve(cwd, file), "utf8");
  } catch (error) {
    throw new CliError(describeReadFailure(file, error));
  }
  const result = readScenario(text);
  if (result.ok) return result;
  const fatal = result.errors.find((e) => FATAL_PATHS.has(e.path));
  if (fatal) throw new CliError(`${file}: ${fatal.path ? `"${fatal.path}" ` : ""}${fatal.message}`);
  return result;
}

/** For commands that need a usable scenario: schema errors stop them (exit 1). */
export async function requireScenario(file: string, cwd: string): Promise<Scenario> {
  const read = await readScenarioFile(file, cwd);
  if (read.ok) return read.scenario;
  const shown = read.errors.slice(0, 5).map((e) => `  ${e.path || "(file)"}: ${e.message}`);
  const more = read.errors.length > 5 ? [`  ... and ${read.errors.length - 5} more`] : [];
  throw new CliError(
    [
      `${file} is not a valid scenario (run "forkline validate ${file}" for details):`,
      ...shown,
      ...more,
    ].join("\n"),
    1,
  );
}
