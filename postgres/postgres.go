// Package postgres opens Frente's store on PostgreSQL, for deployments with
// many users, through pgx; the schema is migrated on open under an advisory
// lock so that servers starting together migrate once.
package postgres

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/stdlib"

	"github.com/frente/frente"
	"github.com/frente/frente/sqlstore"
	"github.com/frente/frente/textsearch"
)

//go:embed migrations/*.sql
var migrationFiles embed.FS

// lockKey is the advisory lock taken while migrating ("frente" in ASCII).
const lockKey = "102114101110116101"

// dialect is PostgreSQL's side of sqlstore.Dialect.
type dialect struct{}

func (dialect) Name() string   { return "postgres" }
func (dialect) Numbered() bool { return true }

func (dialect) IsUnique(err error) bool { return pgCode(err) == "23505" }

func (dialect) IsForeignKey(err error) bool { return pgCode(err) == "23503" }

func pgCode(err error) string {
	var e *pgconn.PgError
	if errors.As(err, &e) {
		return e.Code
	}
	return ""
}

// IsURL reports whether s names a PostgreSQL database rather than a file.
func IsURL(s string) bool {
	return strings.HasPrefix(s, "postgres://") || strings.HasPrefix(s, "postgresql://")
}

// Open connects to the database at dsn and brings its schema up to date.
func Open(ctx context.Context, dsn string) (*sqlstore.Store, error) {
	db, err := OpenDB(ctx, dsn)
	if err != nil {
		return nil, err
	}
	if _, err := Migrate(ctx, db); err != nil {
		db.Close()
		return nil, fmt.Errorf("postgres: %w", err)
	}
	return sqlstore.New(db, dialect{}), nil
}

// OpenDB connects without migrating.
//
// Every connection plans each statement for its values
// (plan_cache_mode=force_custom_plan): pgx prepares the statements it
// runs, and after five runs PostgreSQL would plan a prepared statement once
// for any value. A search's plan depends on its words — the latest 300
// units holding a common word are read backwards by id in 1 ms, while the
// plan for any word sorted every match first (20–30 ms, measured on
// Oregon); the visibility and filter conditions are alike.
func OpenDB(ctx context.Context, dsn string) (*sql.DB, error) {
	cfg, err := pgx.ParseConfig(dsn)
	if err != nil {
		return nil, fmt.Errorf("postgres: %w", err)
	}
	if _, set := cfg.RuntimeParams["plan_cache_mode"]; !set {
		cfg.RuntimeParams["plan_cache_mode"] = "force_custom_plan"
	}
	db := stdlib.OpenDB(*cfg)
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("postgres: %w", err)
	}
	return db, nil
}

// Migrate applies the migrations db lacks and returns their names.
func Migrate(ctx context.Context, db *sql.DB) ([]string, error) {
	sub, err := fs.Sub(migrationFiles, "migrations")
	if err != nil {
		return nil, err
	}
	ms, err := sqlstore.ReadMigrations(sub)
	if err != nil {
		return nil, err
	}
	return sqlstore.Migrate(ctx, db, dialect{}, ms,
		"SELECT pg_advisory_lock("+lockKey+")", "SELECT pg_advisory_unlock("+lockKey+")")
}

// ReserveIDs takes n values of the table's identity sequence.
func (dialect) ReserveIDs(ctx context.Context, tx *sqlstore.Tx, table string, n int) ([]frente.ID, error) {
	rows, err := tx.Query(ctx, "SELECT nextval(pg_get_serial_sequence('"+table+"', 'id')) FROM generate_series(1, ?)", n)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	ids := make([]frente.ID, 0, n)
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, frente.ID(id))
	}
	return ids, rows.Err()
}

// IndexUnits sets units' terms as tsvectors of the 'simple' configuration,
// many a statement: they are stems already, made by the same Go analyzer
// as SQLite's, so both stores find the same units. The text's terms go to
// units.terms and the heading's to units.heading_terms, unmarked: the
// marks would be split off their words by PostgreSQL's parser.
func (dialect) IndexUnits(ctx context.Context, tx *sqlstore.Tx, units []sqlstore.UnitTerms) error {
	const batch = 500
	for len(units) > 0 {
		n := min(batch, len(units))
		args := make([]any, 0, 3*n)
		for _, u := range units[:n] {
			args = append(args, int64(u.ID), textsearch.TextTerms(u.Terms), textsearch.HeadingTerms(u.Terms))
		}
		q := "UPDATE units SET terms = to_tsvector('simple', v.t), heading_terms = to_tsvector('simple', v.h) FROM (VALUES " +
			strings.TrimSuffix(strings.Repeat("(?::bigint, ?::text, ?::text), ", n), ", ") + ") AS v(id, t, h) WHERE units.id = v.id"
		if _, err := tx.Exec(ctx, q, args...); err != nil {
			return err
		}
		units = units[n:]
	}
	return nil
}

// UnindexAgreement has nothing to do: the terms go with the units.
func (dialect) UnindexAgreement(context.Context, *sqlstore.Tx, frente.ID) error { return nil }

// QueryText is a tsquery text for to_tsquery('simple', ...).
func (dialect) QueryText(q *textsearch.Query, lang string) string { return q.TSQuery(lang) }

// TermsColumn is units.search_terms (migration 0008): units.terms is the
// tsvector the text is matched with.
func (dialect) TermsColumn() string { return "search_terms" }

// MatchIDs selects the units whose terms match the tsquery, highest id
// first.
func (dialect) MatchIDs(queryText string) (string, []any) {
	return "SELECT id FROM units WHERE terms @@ to_tsquery('simple', ?) ORDER BY id DESC", []any{queryText}
}

// MatchHeadingIDs selects, highest id first, the units whose heading
// holds a phrase of q, through units.heading_terms.
func (dialect) MatchHeadingIDs(q *textsearch.Query, lang string) (string, []any) {
	h := q.TSQueryHeadings(lang)
	if h == "" {
		return "", nil
	}
	return "SELECT id FROM units WHERE heading_terms @@ to_tsquery('simple', ?) ORDER BY id DESC", []any{h}
}

// PhraseQueryText is the tsquery of one phrase of a ranker.
func (dialect) PhraseQueryText(r *textsearch.Ranker, i int) string { return r.PhraseTSQuery(i) }

// OptimizeSearch refreshes the planner's statistics of the tables a search
// reads after a bulk ingest: until autovacuum gets to them, the planner
// takes a table of agreements just filled for empty and joins every unit
// (measured on Oregon: 130 ms a search before, 5 ms after).
func (dialect) OptimizeSearch(ctx context.Context, tx *sqlstore.Tx) error {
	_, err := tx.Exec(ctx, "ANALYZE agreements, units, unit_topics")
	return err
}
