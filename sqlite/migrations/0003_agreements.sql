-- Agreements: their parties, the original file, the units the parser
-- recovered with their topics, a person's topic choices (kept by the text's
-- hash and the unit's key, so they survive re-ingesting), and the search
-- index of the units.

CREATE TABLE agreements (
	id             INTEGER PRIMARY KEY,
	ref            TEXT UNIQUE,
	owner_id       INTEGER REFERENCES organizations (id),
	visibility     TEXT NOT NULL CHECK (visibility IN ('private', 'campaign', 'public')),
	sources        TEXT NOT NULL DEFAULT '[]',
	created_at     TIMESTAMP NOT NULL,
	updated_at     TIMESTAMP NOT NULL,
	title          TEXT NOT NULL,
	language       TEXT NOT NULL,
	employer_id    INTEGER REFERENCES organizations (id),
	effective_date TEXT NOT NULL DEFAULT '',
	expiry_date    TEXT NOT NULL DEFAULT '',
	file_name      TEXT NOT NULL DEFAULT '',
	file_format    TEXT NOT NULL DEFAULT '',
	file_size      INTEGER NOT NULL DEFAULT 0,
	file_sha256    TEXT NOT NULL,
	text_sha256    TEXT NOT NULL,
	unit_count     INTEGER NOT NULL DEFAULT 0,
	sort_key       TEXT NOT NULL,
	search_key     TEXT NOT NULL
);
CREATE INDEX agreements_sort ON agreements (sort_key, id);
CREATE INDEX agreements_file ON agreements (file_sha256);
CREATE INDEX agreements_employer ON agreements (employer_id);

CREATE TABLE agreement_unions (
	agreement_id    INTEGER NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
	organization_id INTEGER NOT NULL REFERENCES organizations (id),
	position        INTEGER NOT NULL,
	PRIMARY KEY (agreement_id, organization_id)
);
CREATE INDEX agreement_unions_org ON agreement_unions (organization_id);

CREATE TABLE agreement_workplaces (
	agreement_id    INTEGER NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
	workplace_id    INTEGER NOT NULL REFERENCES workplaces (id),
	position        INTEGER NOT NULL,
	PRIMARY KEY (agreement_id, workplace_id)
);

CREATE TABLE agreement_files (
	agreement_id INTEGER PRIMARY KEY REFERENCES agreements (id) ON DELETE CASCADE,
	content      BLOB NOT NULL
);

CREATE TABLE units (
	id           INTEGER PRIMARY KEY,
	agreement_id INTEGER NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
	parent_id    INTEGER,
	seq          INTEGER NOT NULL,
	depth        INTEGER NOT NULL,
	kind         TEXT NOT NULL,
	number       TEXT NOT NULL,
	heading      TEXT NOT NULL,
	body         TEXT NOT NULL,
	start_offset INTEGER NOT NULL,
	end_offset   INTEGER NOT NULL,
	unit_key     TEXT NOT NULL
);
CREATE INDEX units_agreement ON units (agreement_id, seq);

CREATE TABLE unit_topics (
	unit_id   INTEGER NOT NULL REFERENCES units (id) ON DELETE CASCADE,
	code      TEXT NOT NULL,
	by_person INTEGER NOT NULL,
	reason    TEXT NOT NULL,
	PRIMARY KEY (unit_id, code)
);
CREATE INDEX unit_topics_code ON unit_topics (code, unit_id);

CREATE TABLE topic_overrides (
	text_sha256 TEXT NOT NULL,
	unit_key    TEXT NOT NULL,
	code        TEXT NOT NULL,
	add_topic   INTEGER NOT NULL,
	user_id     INTEGER,
	at          TIMESTAMP NOT NULL,
	PRIMARY KEY (text_sha256, unit_key, code)
);

-- The search terms of each unit (textsearch.Analyze of its heading and
-- text), indexed without a stemmer of SQLite's: the terms are stems
-- already. Contentless: the text lives in units; rowid is the unit's id.
CREATE VIRTUAL TABLE unit_search USING fts5(terms, tokenize = 'unicode61 remove_diacritics 2', content = '', contentless_delete = 1);
