/** Forkline's tables inside one PostgreSQL schema (its name comes from validated config). */
export function postgresSchemaSql(schema: string): string {
  const s = `"${schema}"`;
  return `
CREATE SCHEMA IF NOT EXISTS ${s};
CREATE TABLE IF NOT EXISTS ${s}.settings (
  key   text PRIMARY KEY,
  value text NOT NULL
);
CREATE TABLE IF NOT EXISTS ${s}.scenarios (
  id          text PRIMARY KEY,
  title       text NOT NULL,
  summary     text NOT NULL DEFAULT '',
  tags        jsonb NOT NULL DEFAULT '[]',
  node_count  integer NOT NULL DEFAULT 0,
  template    text,
  search      text NOT NULL DEFAULT '',
  created_at  timestamptz NOT NULL,
  updated_at  timestamptz NOT NULL,
  deleted_at  timestamptz
);
CREATE TABLE IF NOT EXISTS ${s}.documents (
  scenario_id  text NOT NULL REFERENCES ${s}.scenarios(id),
  kind         text NOT NULL CHECK (kind IN ('scenario', 'comments')),
  snapshot     bytea,
  snapshot_seq bigint NOT NULL DEFAULT 0,
  last_seq     bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (scenario_id, kind)
);
CREATE TABLE IF NOT EXISTS ${s}.updates (
  scenario_id text NOT NULL,
  kind        text NOT NULL,
  seq         bigint NOT NULL,
  data        bytea NOT NULL,
  PRIMARY KEY (scenario_id, kind, seq)
);
CREATE TABLE IF NOT EXISTS ${s}.export_jobs (
  id           text PRIMARY KEY,
  scenario_id  text NOT NULL,
  format       text NOT NULL,
  user_id      text NOT NULL,
  status       text NOT NULL CHECK (status IN ('queued', 'running', 'done', 'failed')),
  progress     double precision NOT NULL,
  message      text NOT NULL,
  diagnostics  text NOT NULL,
  error        text,
  created_at   timestamptz NOT NULL,
  finished_at  timestamptz,
  file_name    text,
  mime_type    text,
  output_bytes bigint,
  output       bytea
);
CREATE TABLE IF NOT EXISTS ${s}.asset_orphans (
  id    text PRIMARY KEY,
  since timestamptz NOT NULL
);
CREATE TABLE IF NOT EXISTS ${s}.assets (
  id          text PRIMARY KEY,
  mime_type   text NOT NULL,
  bytes       bigint NOT NULL,
  data        bytea NOT NULL,
  created_at  timestamptz NOT NULL
);`;
}
