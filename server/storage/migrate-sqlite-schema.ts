import type Database from "better-sqlite3";
import { SQLITE_MIGRATIONS, SQLITE_SCHEMA, SQLITE_SCHEMA_VERSION } from "./sqlite-schema";

/**
 * Brings a data file at `fromVersion` (0: new) to the current schema in one
 * transaction: either every step lands or the file is left as it was.
 */
export function migrateSqliteSchema(db: Database.Database, fromVersion: number): void {
  db.transaction(() => {
    if (fromVersion > 0) {
      for (let version = fromVersion; version < SQLITE_SCHEMA_VERSION; version++) {
        const step = SQLITE_MIGRATIONS[version];
        if (step === undefined) throw new Error(`no migration from store schema ${version}`);
        db.exec(step);
      }
    }
    db.exec(SQLITE_SCHEMA);
    db.pragma(`user_version = ${SQLITE_SCHEMA_VERSION}`);
  })();
}
