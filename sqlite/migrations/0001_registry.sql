-- The registry: organizations, workplaces, people, positions, campaigns.
-- Every record table starts with the same columns (sqlstore.recordColumns);
-- sort_key and search_key are written by the store (frente.Fold).

CREATE TABLE organizations (
	id          INTEGER PRIMARY KEY,
	ref         TEXT UNIQUE,
	owner_id    INTEGER REFERENCES organizations (id),
	visibility  TEXT NOT NULL CHECK (visibility IN ('private', 'campaign', 'public')),
	sources     TEXT NOT NULL DEFAULT '[]',
	created_at  TIMESTAMP NOT NULL,
	updated_at  TIMESTAMP NOT NULL,
	kind        TEXT NOT NULL,
	name        TEXT NOT NULL,
	short_name  TEXT NOT NULL DEFAULT '',
	number      TEXT NOT NULL DEFAULT '',
	country     TEXT NOT NULL,
	region      TEXT NOT NULL DEFAULT '',
	city        TEXT NOT NULL DEFAULT '',
	parent_id   INTEGER REFERENCES organizations (id),
	website     TEXT NOT NULL DEFAULT '',
	notes       TEXT NOT NULL DEFAULT '',
	sort_key    TEXT NOT NULL,
	search_key  TEXT NOT NULL
);
CREATE INDEX organizations_sort ON organizations (sort_key, id);
CREATE INDEX organizations_parent ON organizations (parent_id);
CREATE INDEX organizations_owner ON organizations (owner_id);
CREATE INDEX organizations_country ON organizations (country);

CREATE TABLE workplaces (
	id          INTEGER PRIMARY KEY,
	ref         TEXT UNIQUE,
	owner_id    INTEGER REFERENCES organizations (id),
	visibility  TEXT NOT NULL CHECK (visibility IN ('private', 'campaign', 'public')),
	sources     TEXT NOT NULL DEFAULT '[]',
	created_at  TIMESTAMP NOT NULL,
	updated_at  TIMESTAMP NOT NULL,
	name        TEXT NOT NULL,
	kind        TEXT NOT NULL,
	operator_id INTEGER REFERENCES organizations (id),
	country     TEXT NOT NULL,
	region      TEXT NOT NULL DEFAULT '',
	city        TEXT NOT NULL DEFAULT '',
	notes       TEXT NOT NULL DEFAULT '',
	sort_key    TEXT NOT NULL,
	search_key  TEXT NOT NULL
);
CREATE INDEX workplaces_sort ON workplaces (sort_key, id);
CREATE INDEX workplaces_operator ON workplaces (operator_id);
CREATE INDEX workplaces_owner ON workplaces (owner_id);

CREATE TABLE workplace_representatives (
	workplace_id    INTEGER NOT NULL REFERENCES workplaces (id) ON DELETE CASCADE,
	organization_id INTEGER NOT NULL REFERENCES organizations (id),
	position        INTEGER NOT NULL,
	PRIMARY KEY (workplace_id, organization_id)
);
CREATE INDEX workplace_representatives_org ON workplace_representatives (organization_id);

CREATE TABLE people (
	id          INTEGER PRIMARY KEY,
	ref         TEXT UNIQUE,
	owner_id    INTEGER REFERENCES organizations (id),
	visibility  TEXT NOT NULL CHECK (visibility IN ('private', 'campaign', 'public')),
	sources     TEXT NOT NULL DEFAULT '[]',
	created_at  TIMESTAMP NOT NULL,
	updated_at  TIMESTAMP NOT NULL,
	name        TEXT NOT NULL,
	country     TEXT NOT NULL DEFAULT '',
	notes       TEXT NOT NULL DEFAULT '',
	sort_key    TEXT NOT NULL,
	search_key  TEXT NOT NULL
);
CREATE INDEX people_sort ON people (sort_key, id);
CREATE INDEX people_owner ON people (owner_id);

CREATE TABLE positions (
	id              INTEGER PRIMARY KEY,
	ref             TEXT UNIQUE,
	owner_id        INTEGER REFERENCES organizations (id),
	visibility      TEXT NOT NULL CHECK (visibility IN ('private', 'campaign', 'public')),
	sources         TEXT NOT NULL DEFAULT '[]',
	created_at      TIMESTAMP NOT NULL,
	updated_at      TIMESTAMP NOT NULL,
	person_id       INTEGER NOT NULL REFERENCES people (id),
	organization_id INTEGER NOT NULL REFERENCES organizations (id),
	title           TEXT NOT NULL,
	from_date       TEXT NOT NULL DEFAULT '',
	to_date         TEXT NOT NULL DEFAULT '',
	sort_key        TEXT NOT NULL,
	search_key      TEXT NOT NULL
);
CREATE INDEX positions_sort ON positions (sort_key, id);
CREATE INDEX positions_person ON positions (person_id);
CREATE INDEX positions_organization ON positions (organization_id);

CREATE TABLE campaigns (
	id          INTEGER PRIMARY KEY,
	ref         TEXT UNIQUE,
	owner_id    INTEGER REFERENCES organizations (id),
	visibility  TEXT NOT NULL CHECK (visibility IN ('private', 'campaign', 'public')),
	sources     TEXT NOT NULL DEFAULT '[]',
	created_at  TIMESTAMP NOT NULL,
	updated_at  TIMESTAMP NOT NULL,
	name        TEXT NOT NULL,
	target_id   INTEGER REFERENCES organizations (id),
	countries   TEXT NOT NULL DEFAULT '',
	description TEXT NOT NULL DEFAULT '',
	sort_key    TEXT NOT NULL,
	search_key  TEXT NOT NULL
);
CREATE INDEX campaigns_sort ON campaigns (sort_key, id);
CREATE INDEX campaigns_target ON campaigns (target_id);

CREATE TABLE campaign_members (
	campaign_id     INTEGER NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
	organization_id INTEGER NOT NULL REFERENCES organizations (id),
	position        INTEGER NOT NULL,
	PRIMARY KEY (campaign_id, organization_id)
);
CREATE INDEX campaign_members_org ON campaign_members (organization_id);
