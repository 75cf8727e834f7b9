-- Accounts and access: users, their memberships (a role in an
-- organization and all below it), browser sessions and API tokens (kept as
-- hashes of their secrets), failed logins for throttling, the campaigns a
-- record is shared with, and the audit log of every change.

CREATE TABLE users (
	id            INTEGER PRIMARY KEY,
	email         TEXT NOT NULL UNIQUE,
	name          TEXT NOT NULL DEFAULT '',
	site_admin    INTEGER NOT NULL DEFAULT 0,
	password_hash TEXT NOT NULL,
	created_at    TIMESTAMP NOT NULL,
	updated_at    TIMESTAMP NOT NULL
);

CREATE TABLE memberships (
	user_id         INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
	organization_id INTEGER NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
	role            TEXT NOT NULL CHECK (role IN ('viewer', 'editor', 'admin')),
	created_at      TIMESTAMP NOT NULL,
	PRIMARY KEY (user_id, organization_id)
);
CREATE INDEX memberships_org ON memberships (organization_id);

CREATE TABLE sessions (
	secret_hash  TEXT PRIMARY KEY,
	user_id      INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
	created_at   TIMESTAMP NOT NULL,
	last_seen_at TIMESTAMP NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE api_tokens (
	id           INTEGER PRIMARY KEY,
	user_id      INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
	name         TEXT NOT NULL,
	secret_hash  TEXT NOT NULL UNIQUE,
	created_at   TIMESTAMP NOT NULL,
	last_used_at TIMESTAMP,
	revoked_at   TIMESTAMP
);
CREATE INDEX api_tokens_user ON api_tokens (user_id);

CREATE TABLE login_failures (
	key        TEXT PRIMARY KEY,
	failures   INTEGER NOT NULL,
	last_at    TIMESTAMP NOT NULL
);

CREATE TABLE record_campaigns (
	entity      TEXT NOT NULL,
	record_id   INTEGER NOT NULL,
	campaign_id INTEGER NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
	PRIMARY KEY (entity, record_id, campaign_id)
);
CREATE INDEX record_campaigns_campaign ON record_campaigns (campaign_id);

CREATE TABLE audit_log (
	id        INTEGER PRIMARY KEY,
	at        TIMESTAMP NOT NULL,
	user_id   INTEGER,
	entity    TEXT NOT NULL,
	record_id INTEGER NOT NULL,
	action    TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete')),
	owner_id  INTEGER,
	before    TEXT,
	after     TEXT
);
CREATE INDEX audit_log_record ON audit_log (entity, record_id, id);
CREATE INDEX audit_log_owner ON audit_log (owner_id, id);
