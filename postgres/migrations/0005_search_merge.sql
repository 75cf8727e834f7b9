-- SQLite's 0005 tunes how its FTS5 index merges; PostgreSQL's GIN index
-- has nothing alike to change. This keeps the two stores' migrations
-- numbered alike.
SELECT 1;
