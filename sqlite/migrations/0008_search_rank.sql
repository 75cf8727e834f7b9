-- Search ranks in Go (textsearch.Ranker) over the units' index terms, now
-- kept with each unit (units.terms), instead of with FTS5's bm25(), which
-- walked every unit holding each word of a query to weigh it: most of the
-- time of a search for a common word. The terms also hold the heading's
-- words once more, marked (textsearch.HeadingMark), so that the units whose
-- heading holds a word are found through a list as short as the headings.
-- The index is made anew: the Go part of this migration (sqlite.reindexUnits)
-- analyzes every stored unit again into units.terms and the index.
ALTER TABLE units ADD COLUMN terms TEXT NOT NULL DEFAULT '';
DROP TABLE unit_search;
CREATE VIRTUAL TABLE unit_search USING fts5(terms, tokenize = 'unicode61 remove_diacritics 2', content = '', contentless_delete = 1);
INSERT INTO unit_search (unit_search, rank) VALUES ('automerge', 8);
