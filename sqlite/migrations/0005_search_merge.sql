-- FTS5 merges a level of the search index once 8 segments have gathered
-- there, not 4: about half the merging that ingest pays for at every
-- commit (measured: the store's share of ingesting 1,000 synthetic
-- agreements fell by 8%), with no measurable change in search time over
-- 2,000 agreements, whose time goes to reading doclists, not to finding
-- segments. See BENCHMARKS.md.
INSERT INTO unit_search (unit_search, rank) VALUES ('automerge', 8);
