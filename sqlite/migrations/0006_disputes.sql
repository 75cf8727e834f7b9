-- Disputes (strikes, lockouts, actions) with their parties, workplaces,
-- campaigns and timeline of events; incidents (disasters at workplaces)
-- with their unresolved demands, linked to disputes and campaigns.
-- Demands are JSON lists: they are read and written with their record.

CREATE TABLE disputes (
	id                   INTEGER PRIMARY KEY,
	ref                  TEXT UNIQUE,
	owner_id             INTEGER REFERENCES organizations (id),
	visibility           TEXT NOT NULL CHECK (visibility IN ('private', 'campaign', 'public')),
	sources              TEXT NOT NULL DEFAULT '[]',
	created_at           TIMESTAMP NOT NULL,
	updated_at           TIMESTAMP NOT NULL,
	kind                 TEXT NOT NULL,
	title                TEXT NOT NULL,
	employer_id          INTEGER REFERENCES organizations (id),
	start_date           TEXT NOT NULL,
	end_date             TEXT NOT NULL DEFAULT '',
	last_confirmed       TEXT NOT NULL DEFAULT '',
	workers              INTEGER NOT NULL DEFAULT 0,
	authorized           TEXT NOT NULL,
	demands              TEXT NOT NULL DEFAULT '[]',
	outcome              TEXT NOT NULL DEFAULT '',
	address              TEXT NOT NULL DEFAULT '',
	city                 TEXT NOT NULL DEFAULT '',
	region               TEXT NOT NULL DEFAULT '',
	zip                  TEXT NOT NULL DEFAULT '',
	country              TEXT NOT NULL DEFAULT '',
	latitude             REAL,
	longitude            REAL,
	industry             TEXT NOT NULL DEFAULT '',
	bargaining_unit_size INTEGER NOT NULL DEFAULT 0,
	locations            INTEGER NOT NULL DEFAULT 0,
	naics                TEXT NOT NULL DEFAULT '',
	notes                TEXT NOT NULL DEFAULT '',
	sort_key             TEXT NOT NULL,
	search_key           TEXT NOT NULL
);
CREATE INDEX disputes_sort ON disputes (sort_key, id);
CREATE INDEX disputes_employer ON disputes (employer_id);
CREATE INDEX disputes_start ON disputes (start_date);

CREATE TABLE dispute_unions (
	dispute_id      INTEGER NOT NULL REFERENCES disputes (id) ON DELETE CASCADE,
	organization_id INTEGER NOT NULL REFERENCES organizations (id),
	position        INTEGER NOT NULL,
	PRIMARY KEY (dispute_id, organization_id)
);
CREATE INDEX dispute_unions_org ON dispute_unions (organization_id);

CREATE TABLE dispute_workplaces (
	dispute_id   INTEGER NOT NULL REFERENCES disputes (id) ON DELETE CASCADE,
	workplace_id INTEGER NOT NULL REFERENCES workplaces (id),
	position     INTEGER NOT NULL,
	PRIMARY KEY (dispute_id, workplace_id)
);
CREATE INDEX dispute_workplaces_workplace ON dispute_workplaces (workplace_id);

CREATE TABLE dispute_campaigns (
	dispute_id  INTEGER NOT NULL REFERENCES disputes (id) ON DELETE CASCADE,
	campaign_id INTEGER NOT NULL REFERENCES campaigns (id),
	position    INTEGER NOT NULL,
	PRIMARY KEY (dispute_id, campaign_id)
);
CREATE INDEX dispute_campaigns_campaign ON dispute_campaigns (campaign_id);

CREATE TABLE dispute_events (
	dispute_id  INTEGER NOT NULL REFERENCES disputes (id) ON DELETE CASCADE,
	position    INTEGER NOT NULL,
	event_date  TEXT NOT NULL,
	kind        TEXT NOT NULL,
	description TEXT NOT NULL DEFAULT '',
	sources     TEXT NOT NULL DEFAULT '[]',
	PRIMARY KEY (dispute_id, position)
);

CREATE TABLE incidents (
	id            INTEGER PRIMARY KEY,
	ref           TEXT UNIQUE,
	owner_id      INTEGER REFERENCES organizations (id),
	visibility    TEXT NOT NULL CHECK (visibility IN ('private', 'campaign', 'public')),
	sources       TEXT NOT NULL DEFAULT '[]',
	created_at    TIMESTAMP NOT NULL,
	updated_at    TIMESTAMP NOT NULL,
	incident_date TEXT NOT NULL,
	title         TEXT NOT NULL,
	workplace_id  INTEGER REFERENCES workplaces (id),
	kind          TEXT NOT NULL,
	dead          INTEGER NOT NULL DEFAULT 0,
	injured       INTEGER NOT NULL DEFAULT 0,
	description   TEXT NOT NULL DEFAULT '',
	demands       TEXT NOT NULL DEFAULT '[]',
	sort_key      TEXT NOT NULL,
	search_key    TEXT NOT NULL
);
CREATE INDEX incidents_sort ON incidents (sort_key, id);
CREATE INDEX incidents_workplace ON incidents (workplace_id);

CREATE TABLE incident_disputes (
	incident_id INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
	dispute_id  INTEGER NOT NULL REFERENCES disputes (id),
	position    INTEGER NOT NULL,
	PRIMARY KEY (incident_id, dispute_id)
);
CREATE INDEX incident_disputes_dispute ON incident_disputes (dispute_id);

CREATE TABLE incident_campaigns (
	incident_id INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
	campaign_id INTEGER NOT NULL REFERENCES campaigns (id),
	position    INTEGER NOT NULL,
	PRIMARY KEY (incident_id, campaign_id)
);
CREATE INDEX incident_campaigns_campaign ON incident_campaigns (campaign_id);
