// Package sqlite opens Frente's embedded store: one SQLite file in WAL mode
// with foreign keys on, through a pure-Go driver (no cgo), migrated on open.
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"

	"github.com/frente/frente"
	"github.com/frente/frente/sqlstore"
	"github.com/frente/frente/textsearch"
)

//go:embed migrations/*.sql
var migrationFiles embed.FS

// Migrations returns the embedded schema migrations.
func Migrations() ([]sqlstore.Migration, error) {
	sub, err := fsSub()
	if err != nil {
		return nil, err
	}
	return sqlstore.ReadMigrations(sub)
}

// dialect is SQLite's side of sqlstore.Dialect.
type dialect struct{}

func (dialect) Name() string   { return "sqlite" }
func (dialect) Numbered() bool { return false }

func (dialect) IsUnique(err error) bool {
	var e *sqlite.Error
	return errors.As(err, &e) && (e.Code() == sqlite3.SQLITE_CONSTRAINT_UNIQUE || e.Code() == sqlite3.SQLITE_CONSTRAINT_PRIMARYKEY)
}

func (dialect) IsForeignKey(err error) bool {
	var e *sqlite.Error
	return errors.As(err, &e) && e.Code() == sqlite3.SQLITE_CONSTRAINT_FOREIGNKEY
}

// Open opens (creating when missing) the database file at path and brings
// its schema up to date.
func Open(ctx context.Context, path string) (*sqlstore.Store, error) {
	db, err := open(path)
	if err != nil {
		return nil, err
	}
	if _, err := Migrate(ctx, db); err != nil {
		db.Close()
		return nil, fmt.Errorf("sqlite %s: %w", path, err)
	}
	return sqlstore.New(db, dialect{}), nil
}

// Migrate applies the migrations db lacks and returns their names.
func Migrate(ctx context.Context, db *sql.DB) ([]string, error) {
	ms, err := Migrations()
	if err != nil {
		return nil, err
	}
	return sqlstore.Migrate(ctx, db, dialect{}, ms, "", "")
}

// OpenDB opens the database file without migrating it (for `frente migrate`).
func OpenDB(path string) (*sql.DB, error) { return open(path) }

func open(path string) (*sql.DB, error) {
	if path == "" {
		return nil, errors.New("sqlite: no database path given")
	}
	if dir := filepath.Dir(path); dir != "." {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, fmt.Errorf("sqlite %s: %w", path, err)
		}
	}
	q := url.Values{}
	q.Add("_pragma", "foreign_keys(1)")
	q.Add("_pragma", "journal_mode(WAL)")
	q.Add("_pragma", "synchronous(NORMAL)")
	q.Add("_pragma", "busy_timeout(10000)")
	// Reads go through a memory map of the file rather than a read call a
	// page: a search reads a few hundred units' rows scattered over the
	// file, and the calls were a fifth of its time (BENCHMARKS.md).
	q.Add("_pragma", "mmap_size(268435456)")
	// Writers take the write lock when they begin, so that two writers
	// wait for each other instead of failing on upgrade.
	q.Set("_txlock", "immediate")
	q.Set("_time_format", "sqlite")
	db, err := sql.Open("sqlite", path+"?"+q.Encode())
	if err != nil {
		return nil, fmt.Errorf("sqlite %s: %w", path, err)
	}
	if err := db.Ping(); err != nil {
		db.Close()
		return nil, fmt.Errorf("sqlite %s: %w", path, err)
	}
	return db, nil
}

func fsSub() (fs.FS, error) { return fs.Sub(migrationFiles, "migrations") }

// ReserveIDs takes the next n ids of table: a writing transaction holds
// SQLite's write lock from its start (_txlock=immediate), so no one else
// can take them meanwhile.
func (dialect) ReserveIDs(ctx context.Context, tx *sqlstore.Tx, table string, n int) ([]frente.ID, error) {
	var last int64
	if err := tx.QueryRow(ctx, "SELECT COALESCE(MAX(id), 0) FROM "+table).Scan(&last); err != nil {
		return nil, err
	}
	ids := make([]frente.ID, n)
	for i := range ids {
		ids[i] = frente.ID(last + int64(i) + 1)
	}
	return ids, nil
}

// IndexUnits adds units' terms to the FTS5 table under their ids, many
// rows a statement: FTS5 flushes its pending terms to disk whenever another
// statement of the transaction starts, so one row a statement would flush
// once per unit.
func (dialect) IndexUnits(ctx context.Context, tx *sqlstore.Tx, units []sqlstore.UnitTerms) error {
	const batch = 500
	for len(units) > 0 {
		n := min(batch, len(units))
		args := make([]any, 0, 2*n)
		for _, u := range units[:n] {
			args = append(args, int64(u.ID), u.Terms)
		}
		q := "INSERT INTO unit_search (rowid, terms) VALUES " + strings.TrimSuffix(strings.Repeat("(?, ?), ", n), ", ")
		if _, err := tx.Exec(ctx, q, args...); err != nil {
			return err
		}
		units = units[n:]
	}
	return nil
}

// UnindexAgreement deletes its units' rows from the contentless FTS5
// table, which cannot follow the units' deletion by itself.
func (dialect) UnindexAgreement(ctx context.Context, tx *sqlstore.Tx, agreementID frente.ID) error {
	_, err := tx.Exec(ctx, "DELETE FROM unit_search WHERE rowid IN (SELECT id FROM units WHERE agreement_id = ?)", int64(agreementID))
	return err
}

// QueryText is an FTS5 MATCH expression.
func (dialect) QueryText(q *textsearch.Query, lang string) string { return q.FTS5(lang) }

// MatchIDs selects the matching units' ids, highest first: FTS5 walks its
// lists backwards itself, so a LIMIT stops the walk early.
func (dialect) MatchIDs(queryText string) (string, []any) {
	return "SELECT rowid AS id FROM unit_search WHERE unit_search MATCH ? ORDER BY rowid DESC", []any{queryText}
}

// TermsColumn is units.terms (migration 0008).
func (dialect) TermsColumn() string { return "terms" }

// MatchHeadingIDs selects, highest first, the units whose heading holds a
// phrase of q: the same FTS5 index, through the marked heading terms.
func (dialect) MatchHeadingIDs(q *textsearch.Query, lang string) (string, []any) {
	h := q.FTS5Headings(lang)
	if h == "" {
		return "", nil
	}
	return dialect{}.MatchIDs(h)
}

// PhraseQueryText is the FTS5 expression of one phrase of a ranker.
func (dialect) PhraseQueryText(r *textsearch.Ranker, i int) string { return r.PhraseFTS5(i) }

// OptimizeSearch merges the FTS5 index into one segment.
func (dialect) OptimizeSearch(ctx context.Context, tx *sqlstore.Tx) error {
	_, err := tx.Exec(ctx, "INSERT INTO unit_search (unit_search) VALUES ('optimize')")
	return err
}
