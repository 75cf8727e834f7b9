-- Solidarity: messages (letters, statements, resolutions) with their
-- senders, signatories (with the titles they signed with), recipients,
-- translations (versions of one message) and original files; pledges of
-- support with the history of their status; requests that call on them;
-- and each user's secret calendar key.

CREATE TABLE messages (
	id          INTEGER PRIMARY KEY,
	ref         TEXT UNIQUE,
	owner_id    INTEGER REFERENCES organizations (id),
	visibility  TEXT NOT NULL CHECK (visibility IN ('private', 'campaign', 'public')),
	sources     TEXT NOT NULL DEFAULT '[]',
	created_at  TIMESTAMP NOT NULL,
	updated_at  TIMESTAMP NOT NULL,
	kind         TEXT NOT NULL,
	message_date TEXT NOT NULL,
	language     TEXT NOT NULL,
	subject      TEXT NOT NULL,
	body         TEXT NOT NULL DEFAULT '',
	version_of   INTEGER REFERENCES messages (id),
	file_name    TEXT NOT NULL DEFAULT '',
	file_type    TEXT NOT NULL DEFAULT '',
	file_size    INTEGER NOT NULL DEFAULT 0,
	file_sha256  TEXT NOT NULL DEFAULT '',
	sort_key     TEXT NOT NULL,
	search_key   TEXT NOT NULL
);
CREATE INDEX messages_sort ON messages (sort_key, id);
CREATE INDEX messages_version ON messages (version_of);

CREATE TABLE message_files (
	message_id INTEGER PRIMARY KEY REFERENCES messages (id) ON DELETE CASCADE,
	content    BLOB NOT NULL
);

CREATE TABLE message_signatories (
	message_id INTEGER NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
	position   INTEGER NOT NULL,
	person_id  INTEGER NOT NULL REFERENCES people (id),
	title      TEXT NOT NULL DEFAULT '',
	PRIMARY KEY (message_id, position)
);
CREATE INDEX message_signatories_person ON message_signatories (person_id);

CREATE TABLE message_senders (
	message_id INTEGER NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
	organization_id INTEGER NOT NULL REFERENCES organizations (id),
	position INTEGER NOT NULL,
	PRIMARY KEY (message_id, organization_id)
);
CREATE INDEX message_senders_organization ON message_senders (organization_id);

CREATE TABLE message_recipients (
	message_id INTEGER NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
	organization_id INTEGER NOT NULL REFERENCES organizations (id),
	position INTEGER NOT NULL,
	PRIMARY KEY (message_id, organization_id)
);
CREATE INDEX message_recipients_organization ON message_recipients (organization_id);

CREATE TABLE message_recipient_people (
	message_id INTEGER NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
	person_id INTEGER NOT NULL REFERENCES people (id),
	position INTEGER NOT NULL,
	PRIMARY KEY (message_id, person_id)
);
CREATE INDEX message_recipient_people_person ON message_recipient_people (person_id);

CREATE TABLE message_campaigns (
	message_id INTEGER NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
	campaign_id INTEGER NOT NULL REFERENCES campaigns (id),
	position INTEGER NOT NULL,
	PRIMARY KEY (message_id, campaign_id)
);
CREATE INDEX message_campaigns_campaign ON message_campaigns (campaign_id);

CREATE TABLE message_negotiations (
	message_id INTEGER NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
	negotiation_id INTEGER NOT NULL REFERENCES negotiations (id),
	position INTEGER NOT NULL,
	PRIMARY KEY (message_id, negotiation_id)
);
CREATE INDEX message_negotiations_negotiation ON message_negotiations (negotiation_id);

CREATE TABLE message_disputes (
	message_id INTEGER NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
	dispute_id INTEGER NOT NULL REFERENCES disputes (id),
	position INTEGER NOT NULL,
	PRIMARY KEY (message_id, dispute_id)
);
CREATE INDEX message_disputes_dispute ON message_disputes (dispute_id);

CREATE TABLE pledges (
	id          INTEGER PRIMARY KEY,
	ref         TEXT UNIQUE,
	owner_id    INTEGER REFERENCES organizations (id),
	visibility  TEXT NOT NULL CHECK (visibility IN ('private', 'campaign', 'public')),
	sources     TEXT NOT NULL DEFAULT '[]',
	created_at  TIMESTAMP NOT NULL,
	updated_at  TIMESTAMP NOT NULL,
	from_id        INTEGER NOT NULL REFERENCES organizations (id),
	to_id          INTEGER REFERENCES organizations (id),
	to_campaign_id INTEGER REFERENCES campaigns (id),
	kind           TEXT NOT NULL,
	terms          TEXT NOT NULL DEFAULT '',
	activation     TEXT NOT NULL,
	amount         TEXT NOT NULL DEFAULT '',
	currency       TEXT NOT NULL DEFAULT '',
	pledge_date    TEXT NOT NULL DEFAULT '',
	status         TEXT NOT NULL,
	message_id     INTEGER REFERENCES messages (id),
	sort_key       TEXT NOT NULL,
	search_key     TEXT NOT NULL
);
CREATE INDEX pledges_sort ON pledges (sort_key, id);
CREATE INDEX pledges_from ON pledges (from_id);
CREATE INDEX pledges_to ON pledges (to_id);
CREATE INDEX pledges_campaign ON pledges (to_campaign_id);

CREATE TABLE pledge_history (
	pledge_id   INTEGER NOT NULL REFERENCES pledges (id) ON DELETE CASCADE,
	seq         INTEGER NOT NULL,
	at          TIMESTAMP NOT NULL,
	user_id     INTEGER,
	from_status TEXT NOT NULL DEFAULT '',
	to_status   TEXT NOT NULL,
	note        TEXT NOT NULL DEFAULT '',
	PRIMARY KEY (pledge_id, seq)
);

CREATE TABLE requests (
	id          INTEGER PRIMARY KEY,
	ref         TEXT UNIQUE,
	owner_id    INTEGER REFERENCES organizations (id),
	visibility  TEXT NOT NULL CHECK (visibility IN ('private', 'campaign', 'public')),
	sources     TEXT NOT NULL DEFAULT '[]',
	created_at  TIMESTAMP NOT NULL,
	updated_at  TIMESTAMP NOT NULL,
	from_id     INTEGER NOT NULL REFERENCES organizations (id),
	to_id       INTEGER REFERENCES organizations (id),
	campaign_id INTEGER REFERENCES campaigns (id),
	summary     TEXT NOT NULL,
	due         TEXT NOT NULL DEFAULT '',
	status      TEXT NOT NULL,
	sort_key    TEXT NOT NULL,
	search_key  TEXT NOT NULL
);
CREATE INDEX requests_sort ON requests (sort_key, id);
CREATE INDEX requests_from ON requests (from_id);
CREATE INDEX requests_to ON requests (to_id);
CREATE INDEX requests_campaign ON requests (campaign_id);

CREATE TABLE request_pledges (
	request_id INTEGER NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
	pledge_id INTEGER NOT NULL REFERENCES pledges (id),
	position INTEGER NOT NULL,
	PRIMARY KEY (request_id, pledge_id)
);
CREATE INDEX request_pledges_pledge ON request_pledges (pledge_id);

CREATE TABLE request_history (
	request_id  INTEGER NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
	seq         INTEGER NOT NULL,
	at          TIMESTAMP NOT NULL,
	user_id     INTEGER,
	from_status TEXT NOT NULL DEFAULT '',
	to_status   TEXT NOT NULL,
	note        TEXT NOT NULL DEFAULT '',
	PRIMARY KEY (request_id, seq)
);

CREATE TABLE calendar_keys (
	user_id    INTEGER PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
	secret     TEXT NOT NULL UNIQUE,
	created_at TIMESTAMP NOT NULL
);
