// Package textsearch turns agreement text and what people type into a
// search box into the terms both SQL stores index and match, in English
// and Spanish.
//
// The design follows the measurements in the project notes (approach "B"):
// instead of a stemming tokenizer inside the database, Analyze stems each
// unit in Go into a "shadow" text of index terms separated by spaces. The
// stores index that text with a plain tokenizer (SQLite FTS5 with
// `unicode61 remove_diacritics 2`, PostgreSQL to_tsvector('simple', ...)),
// so one analyzer, in one place, decides what matches in both stores.
// Queries are parsed by ParseQuery and stemmed the same way, then written
// as an FTS5 MATCH expression or a tsquery; snippets are built here too,
// since a contentless index cannot build them.
//
// Index terms are lower-case, stemmed with the Snowball stemmer of the
// text's language, then stripped of accents, and contain only Unicode
// letters and digits: every term is one token for both databases'
// tokenizers, so positions (and with them phrase queries) agree.
package textsearch
