import type { ScenarioMigration } from "./scenario-migration";

/**
 * Every step from an older file format up to SCENARIO_VERSION, oldest first.
 * Version 1 is the first published format, so there is nothing to migrate yet;
 * the next format change adds `v1-to-v2.ts` here.
 */
export const SCENARIO_MIGRATIONS: readonly ScenarioMigration[] = [];
