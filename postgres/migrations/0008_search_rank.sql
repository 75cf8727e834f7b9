-- Search ranks in Go (textsearch.Ranker) over the units' index terms, kept
-- with each unit as text (units.search_terms), as SQLite does, so that the
-- two stores rank alike; units.terms stays the tsvector the text is matched
-- with. units.heading_terms holds the heading's stems, so that the units
-- whose heading holds a word are found through their own index. The Go part
-- of this migration (postgres.reindexUnits) analyzes every stored unit again.
ALTER TABLE units ADD COLUMN search_terms TEXT NOT NULL DEFAULT '';
ALTER TABLE units ADD COLUMN heading_terms TSVECTOR;
CREATE INDEX units_heading_terms ON units USING GIN (heading_terms);
