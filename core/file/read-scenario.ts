import type { Scenario } from "../schema/scenario";
import { SCENARIO_FORMAT, SCENARIO_VERSION, ScenarioSchema } from "../schema/scenario";
import { describeIssue, formatIssuePath } from "./describe-issue";
import { locateJsonError } from "./locate-json-error";
import { migrateScenarioData } from "./migrations/migrate-scenario-data";
import type { ScenarioMigration } from "./migrations/scenario-migration";

export interface ReadIssue {
  /** Where in the file, like `nodes[3].options[0].quality`; empty for the whole file. */
  path: string;
  message: string;
}

export type ReadResult =
  | { ok: true; scenario: Scenario; migratedFrom: number | null }
  | { ok: false; errors: ReadIssue[] };

export interface ReadOptions {
  /** The migration steps to use; the built-in registry unless a test injects its own. */
  migrations?: readonly ScenarioMigration[];
}

function fail(path: string, message: string): ReadResult {
  return { ok: false, errors: [{ path, message }] };
}

function parseText(text: string): { ok: true; value: unknown } | { ok: false; result: ReadResult } {
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(clean) };
  } catch {
    const where = locateJsonError(clean);
    const message = where
      ? `not valid JSON at line ${where.line}, column ${where.column}: ${where.message}`
      : "not valid JSON";
    return { ok: false, result: fail("", message) };
  }
}

function nodeHint(data: Record<string, unknown>, path: readonly PropertyKey[]): string {
  if (path[0] !== "nodes" || typeof path[1] !== "number" || path.length < 3) return "";
  const node = (data.nodes as unknown[] | undefined)?.[path[1]];
  const id = node && typeof node === "object" ? (node as { id?: unknown }).id : undefined;
  return typeof id === "string" ? ` (node "${id}")` : "";
}

/**
 * Reads a scenario file: a JSON string or an already parsed value. Checks the
 * format marker, refuses files from a newer Forkline, migrates older ones up
 * step by step, then validates everything. Errors name the JSON path and never
 * throw; nothing in the input is mutated.
 */
export function readScenario(input: unknown, options: ReadOptions = {}): ReadResult {
  let value = input;
  if (typeof input === "string") {
    const parsed = parseText(input);
    if (!parsed.ok) return parsed.result;
    value = parsed.value;
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    return fail("", "a scenario file must be a JSON object");
  }
  let data = value as Record<string, unknown>;
  if (data.format !== SCENARIO_FORMAT) {
    return fail(
      "format",
      data.format === undefined
        ? `is missing: this is not a Forkline scenario (expected "format": "${SCENARIO_FORMAT}")`
        : `must be "${SCENARIO_FORMAT}", found ${JSON.stringify(data.format)}: this is not a Forkline scenario`,
    );
  }
  const version = data.version;
  if (typeof version !== "number" || !Number.isInteger(version) || version < 0) {
    return fail("version", `must be a whole number, found ${JSON.stringify(version) ?? "nothing"}`);
  }
  if (version > SCENARIO_VERSION) {
    return fail(
      "version",
      `written by a newer Forkline: version ${version}, this build reads up to ${SCENARIO_VERSION}. Update Forkline to open it.`,
    );
  }
  let migratedFrom: number | null = null;
  if (version < SCENARIO_VERSION) {
    const migrated = migrateScenarioData(data, version, { migrations: options.migrations });
    if (!migrated.ok) return fail("version", migrated.message);
    data = migrated.data;
    migratedFrom = version;
  }
  const result = ScenarioSchema.safeParse(data, { reportInput: true });
  if (result.success) return { ok: true, scenario: result.data, migratedFrom };
  return {
    ok: false,
    errors: result.error.issues.map((issue) => ({
      path: formatIssuePath(issue.path),
      message: describeIssue(issue) + nodeHint(data, issue.path),
    })),
  };
}

export class ScenarioReadError extends Error {
  constructor(readonly errors: readonly ReadIssue[]) {
    super(
      errors
        .slice(0, 10)
        .map((e) => (e.path ? `${e.path}: ${e.message}` : e.message))
        .join("\n") + (errors.length > 10 ? `\n... and ${errors.length - 10} more` : ""),
    );
    this.name = "ScenarioReadError";
  }
}

/** `readScenario` for code that has nothing better to do with errors than stop. */
export function parseScenarioOrThrow(input: unknown, options?: ReadOptions): Scenario {
  const result = readScenario(input, options);
  if (!result.ok) throw new ScenarioReadError(result.errors);
  return result.scenario;
}
