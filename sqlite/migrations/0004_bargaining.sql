-- Bargaining: the tables (negotiations) with their unions and sessions,
-- and the proposals tabled at them with their topics and the history of
-- their status. A proposal targets a unit of the agreement its table
-- renegotiates; deleting what is still referred to is refused.

CREATE TABLE negotiations (
	id             INTEGER PRIMARY KEY,
	ref            TEXT UNIQUE,
	owner_id       INTEGER REFERENCES organizations (id),
	visibility     TEXT NOT NULL CHECK (visibility IN ('private', 'campaign', 'public')),
	sources        TEXT NOT NULL DEFAULT '[]',
	created_at     TIMESTAMP NOT NULL,
	updated_at     TIMESTAMP NOT NULL,
	title          TEXT NOT NULL,
	employer_id    INTEGER REFERENCES organizations (id),
	agreement_id   INTEGER REFERENCES agreements (id),
	campaign_id    INTEGER REFERENCES campaigns (id),
	opened         TEXT NOT NULL DEFAULT '',
	current_expiry TEXT NOT NULL DEFAULT '',
	status         TEXT NOT NULL,
	notes          TEXT NOT NULL DEFAULT '',
	sort_key       TEXT NOT NULL,
	search_key     TEXT NOT NULL
);
CREATE INDEX negotiations_sort ON negotiations (sort_key, id);
CREATE INDEX negotiations_campaign ON negotiations (campaign_id);
CREATE INDEX negotiations_agreement ON negotiations (agreement_id);
CREATE INDEX negotiations_employer ON negotiations (employer_id);

CREATE TABLE negotiation_unions (
	negotiation_id  INTEGER NOT NULL REFERENCES negotiations (id) ON DELETE CASCADE,
	organization_id INTEGER NOT NULL REFERENCES organizations (id),
	position        INTEGER NOT NULL,
	PRIMARY KEY (negotiation_id, organization_id)
);
CREATE INDEX negotiation_unions_org ON negotiation_unions (organization_id);

CREATE TABLE negotiation_sessions (
	negotiation_id INTEGER NOT NULL REFERENCES negotiations (id) ON DELETE CASCADE,
	position       INTEGER NOT NULL,
	session_date   TEXT NOT NULL,
	place          TEXT NOT NULL DEFAULT '',
	notes          TEXT NOT NULL DEFAULT '',
	PRIMARY KEY (negotiation_id, position)
);
CREATE INDEX negotiation_sessions_date ON negotiation_sessions (session_date);

CREATE TABLE proposals (
	id              INTEGER PRIMARY KEY,
	ref             TEXT UNIQUE,
	owner_id        INTEGER REFERENCES organizations (id),
	visibility      TEXT NOT NULL CHECK (visibility IN ('private', 'campaign', 'public')),
	sources         TEXT NOT NULL DEFAULT '[]',
	created_at      TIMESTAMP NOT NULL,
	updated_at      TIMESTAMP NOT NULL,
	negotiation_id  INTEGER NOT NULL REFERENCES negotiations (id),
	side            TEXT NOT NULL CHECK (side IN ('union', 'employer')),
	proposal_date   TEXT NOT NULL,
	title           TEXT NOT NULL,
	target_unit_id  INTEGER REFERENCES units (id),
	body            TEXT NOT NULL DEFAULT '',
	status          TEXT NOT NULL,
	answers_id      INTEGER REFERENCES proposals (id),
	takeaway        INTEGER NOT NULL DEFAULT 0,
	takeaway_reason TEXT NOT NULL DEFAULT '',
	suggestion      TEXT NOT NULL DEFAULT '{}',
	notes           TEXT NOT NULL DEFAULT '',
	sort_key        TEXT NOT NULL,
	search_key      TEXT NOT NULL
);
CREATE INDEX proposals_sort ON proposals (sort_key, id);
CREATE INDEX proposals_negotiation ON proposals (negotiation_id);
CREATE INDEX proposals_target ON proposals (target_unit_id);
CREATE INDEX proposals_answers ON proposals (answers_id);

CREATE TABLE proposal_topics (
	proposal_id INTEGER NOT NULL REFERENCES proposals (id) ON DELETE CASCADE,
	code        TEXT NOT NULL,
	position    INTEGER NOT NULL,
	PRIMARY KEY (proposal_id, code)
);
CREATE INDEX proposal_topics_code ON proposal_topics (code, proposal_id);

CREATE TABLE proposal_history (
	proposal_id INTEGER NOT NULL REFERENCES proposals (id) ON DELETE CASCADE,
	seq         INTEGER NOT NULL,
	at          TIMESTAMP NOT NULL,
	user_id     INTEGER,
	from_status TEXT NOT NULL DEFAULT '',
	to_status   TEXT NOT NULL,
	note        TEXT NOT NULL DEFAULT '',
	PRIMARY KEY (proposal_id, seq)
);
