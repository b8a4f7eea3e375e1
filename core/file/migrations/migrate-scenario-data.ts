import { SCENARIO_VERSION } from "../../schema/scenario";
import { SCENARIO_MIGRATIONS } from "./registry";
import type { ScenarioData, ScenarioMigration } from "./scenario-migration";

export type MigrationOutcome =
  | { ok: true; data: ScenarioData; applied: readonly ScenarioMigration[] }
  | { ok: false; message: string };

export interface MigrateOptions {
  migrations?: readonly ScenarioMigration[];
  /** The version to reach; SCENARIO_VERSION unless a test says otherwise. */
  target?: number;
}

/** Problems with a registry itself: gaps, duplicates, steps that skip a version. */
export function checkMigrationRegistry(migrations: readonly ScenarioMigration[]): string[] {
  const problems: string[] = [];
  const seen = new Set<number>();
  for (const m of migrations) {
    if (m.to !== m.from + 1)
      problems.push(`step v${m.from}-to-v${m.to} must go up exactly one version`);
    if (seen.has(m.from)) problems.push(`two steps start from version ${m.from}`);
    seen.add(m.from);
  }
  return problems;
}

/**
 * Chains migration steps from `from` up to the target version. The input is
 * never mutated: each run starts from a JSON copy, and a failing step names
 * itself in the message instead of throwing.
 */
export function migrateScenarioData(
  data: ScenarioData,
  from: number,
  options: MigrateOptions = {},
): MigrationOutcome {
  const migrations = options.migrations ?? SCENARIO_MIGRATIONS;
  const target = options.target ?? SCENARIO_VERSION;
  const byFrom = new Map(migrations.map((m) => [m.from, m]));
  let current = JSON.parse(JSON.stringify(data)) as ScenarioData;
  const applied: ScenarioMigration[] = [];
  for (let version = from; version < target; version++) {
    const step = byFrom.get(version);
    if (!step || step.to !== version + 1) {
      const oldest = Math.min(target, ...migrations.map((m) => m.from));
      return {
        ok: false,
        message: `version ${from} is too old to read: this build migrates files from version ${oldest} up to ${target}`,
      };
    }
    try {
      current = step.migrate(current);
    } catch (e) {
      const reason = e instanceof Error ? e.message : String(e);
      return {
        ok: false,
        message: `migrating from version ${step.from} to ${step.to} (${step.description}) failed: ${reason}`,
      };
    }
    current.version = step.to;
    applied.push(step);
  }
  return { ok: true, data: current, applied };
}
