/** Tables of the lake's SQLite file. Version 1; later versions add statements, never edit these. */
export const SCHEMA_V1 = `
CREATE TABLE IF NOT EXISTS documents (
  dataset TEXT NOT NULL,
  id TEXT NOT NULL,
  type TEXT,
  doc TEXT NOT NULL,
  -- An index on the slug lets "slug.current == $slug" fetch its candidates without a scan.
  slug TEXT GENERATED ALWAYS AS (json_extract(doc, '$.slug.current')) VIRTUAL,
  PRIMARY KEY (dataset, id)
);
CREATE INDEX IF NOT EXISTS documents_by_type ON documents (dataset, type);
CREATE INDEX IF NOT EXISTS documents_by_slug ON documents (dataset, slug);

-- Committed document changes, in commit order; the listen endpoint replays them for Last-Event-ID.
-- hooks_pending marks changes whose webhooks are not queued yet (so a crash cannot lose them).
CREATE TABLE IF NOT EXISTS events (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  dataset TEXT NOT NULL,
  transaction_id TEXT NOT NULL,
  document_id TEXT NOT NULL,
  payload TEXT NOT NULL,
  hooks_pending INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS events_pending ON events (hooks_pending) WHERE hooks_pending = 1;

CREATE TABLE IF NOT EXISTS webhook_deliveries (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  webhook TEXT NOT NULL,
  dataset TEXT NOT NULL,
  document_id TEXT NOT NULL,
  transaction_id TEXT NOT NULL,
  operation TEXT NOT NULL,
  body TEXT NOT NULL,
  idempotency_key TEXT NOT NULL,
  created_at TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at INTEGER NOT NULL,
  state TEXT NOT NULL DEFAULT 'pending'
);
CREATE INDEX IF NOT EXISTS webhook_deliveries_due ON webhook_deliveries (state, next_attempt_at);

CREATE TABLE IF NOT EXISTS webhook_attempts (
  delivery_id INTEGER NOT NULL,
  attempt INTEGER NOT NULL,
  status INTEGER,
  ms INTEGER NOT NULL,
  error TEXT,
  at TEXT NOT NULL
);
`
