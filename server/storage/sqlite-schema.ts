/**
 * Schema of the embedded store. `user_version` tracks it so a later build can
 * migrate a data directory in place. A table added with `IF NOT EXISTS` (as
 * `assets` was) keeps the version: older builds simply never read it.
 */
export const SQLITE_SCHEMA_VERSION = 2;

export const SQLITE_SCHEMA = `
CREATE TABLE IF NOT EXISTS settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS scenarios (
  id          TEXT PRIMARY KEY,
  title       TEXT NOT NULL,
  summary     TEXT NOT NULL DEFAULT '',
  tags        TEXT NOT NULL DEFAULT '[]',
  node_count  INTEGER NOT NULL DEFAULT 0,
  template    TEXT,
  search      TEXT NOT NULL DEFAULT '',
  created_at  INTEGER NOT NULL,
  updated_at  INTEGER NOT NULL,
  deleted_at  INTEGER
);
CREATE TABLE IF NOT EXISTS documents (
  scenario_id  TEXT NOT NULL REFERENCES scenarios(id),
  kind         TEXT NOT NULL CHECK (kind IN ('scenario', 'comments')),
  snapshot_seq INTEGER NOT NULL DEFAULT 0,
  last_seq     INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (scenario_id, kind)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS snapshots (
  scenario_id TEXT NOT NULL,
  kind        TEXT NOT NULL,
  data        BLOB NOT NULL,
  PRIMARY KEY (scenario_id, kind),
  FOREIGN KEY (scenario_id, kind) REFERENCES documents(scenario_id, kind)
);
CREATE TABLE IF NOT EXISTS updates (
  scenario_id TEXT NOT NULL,
  kind        TEXT NOT NULL,
  seq         INTEGER NOT NULL,
  data        BLOB NOT NULL,
  PRIMARY KEY (scenario_id, kind, seq)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS export_jobs (
  id           TEXT PRIMARY KEY,
  scenario_id  TEXT NOT NULL,
  format       TEXT NOT NULL,
  user_id      TEXT NOT NULL,
  status       TEXT NOT NULL CHECK (status IN ('queued', 'running', 'done', 'failed')),
  progress     REAL NOT NULL,
  message      TEXT NOT NULL,
  diagnostics  TEXT NOT NULL,
  error        TEXT,
  created_at   INTEGER NOT NULL,
  finished_at  INTEGER,
  file_name    TEXT,
  mime_type    TEXT,
  output_bytes INTEGER,
  output       BLOB
);
CREATE TABLE IF NOT EXISTS asset_orphans (
  id    TEXT PRIMARY KEY,
  since INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS assets (
  id          TEXT PRIMARY KEY,
  mime_type   TEXT NOT NULL,
  bytes       INTEGER NOT NULL,
  data        BLOB NOT NULL,
  created_at  INTEGER NOT NULL
);
`;

/**
 * Steps that bring an older data file up to `SQLITE_SCHEMA_VERSION`, keyed by
 * the version they start from. Each runs in the transaction that also sets the
 * new `user_version`, so a file is never left half-migrated.
 */
export const SQLITE_MIGRATIONS: Readonly<Record<number, string>> = {
  // Version 1 kept the snapshot in the `documents` row, so bumping `last_seq` on
  // every append rewrote a row as large as the whole document (about 55 ms per
  // edit for a 5,000-node scenario). The snapshot moves to a table of its own.
  1: `
CREATE TABLE snapshots (
  scenario_id TEXT NOT NULL,
  kind        TEXT NOT NULL,
  data        BLOB NOT NULL,
  PRIMARY KEY (scenario_id, kind),
  FOREIGN KEY (scenario_id, kind) REFERENCES documents(scenario_id, kind)
);
INSERT INTO snapshots (scenario_id, kind, data)
  SELECT scenario_id, kind, snapshot FROM documents WHERE snapshot IS NOT NULL;
ALTER TABLE documents DROP COLUMN snapshot;
`,
};
