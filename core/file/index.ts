/** Scenario files: reading (validate, migrate, refuse newer) and canonical writing. */
export { formatIssuePath } from "./describe-issue";
export { type JsonSyntaxError, locateJsonError } from "./locate-json-error";
export {
  checkMigrationRegistry,
  type MigrateOptions,
  type MigrationOutcome,
  migrateScenarioData,
} from "./migrations/migrate-scenario-data";
export { SCENARIO_MIGRATIONS } from "./migrations/registry";
export type { ScenarioData, ScenarioMigration } from "./migrations/scenario-migration";
export {
  parseScenarioOrThrow,
  type ReadIssue,
  type ReadOptions,
  type ReadResult,
  readScenario,
  ScenarioReadError,
} from "./read-scenario";
export { writeScenario } from "./write-scenario";
