/** Scenario data as read from a file, before validation: any JSON object. */
export type ScenarioData = Record<string, unknown>;

/**
 * One step of the file format, from version `from` to `from + 1`. Steps live one
 * per file (`v1-to-v2.ts`, ...) with a test each, and are listed in the registry.
 * A step receives its own deep copy and may mutate it; the harness sets
 * `version` afterwards, so a step only moves data.
 */
export interface ScenarioMigration {
  from: number;
  to: number;
  /** One line for the changelog and for error messages. */
  description: string;
  migrate(data: ScenarioData): ScenarioData;
}
