// Package sqlstore implements frente.Store over database/sql with SQL that
// SQLite and PostgreSQL both understand. What the two say differently (the
// schema, placeholders, error codes, the opening of a connection) each
// dialect package (sqlite, postgres) says in its own code through Dialect.
package sqlstore

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/frente/frente"
	"github.com/frente/frente/textsearch"
)

// Dialect is what differs between the databases.
type Dialect interface {
	// Name is "sqlite" or "postgres".
	Name() string
	// Placeholders says whether queries use $1, $2 instead of ?.
	Numbered() bool
	// IsUnique and IsForeignKey classify constraint violations.
	IsUnique(err error) bool
	IsForeignKey(err error) bool

	// The search index of agreement units differs most between the two:
	// an FTS5 table in SQLite, a tsvector column in PostgreSQL. Both index
	// the terms textsearch.Analyze makes, so they find the same units.

	// ReserveIDs returns n new ids of table, for rows inserted many a
	// statement without RETURNING.
	ReserveIDs(ctx context.Context, tx *Tx, table string, n int) ([]frente.ID, error)
	// IndexUnits stores the search terms of units just inserted, in as few
	// statements as it can: SQLite's FTS5 flushes its pending terms at
	// every statement of a transaction that follows one that wrote it.
	IndexUnits(ctx context.Context, tx *Tx, units []UnitTerms) error
	// UnindexAgreement removes the terms of an agreement's units, before
	// the units are deleted.
	UnindexAgreement(ctx context.Context, tx *Tx, agreementID frente.ID) error
	// QueryText turns a parsed query into the dialect's query text.
	QueryText(q *textsearch.Query, lang string) string
	TermsIndex
}

// UnitTerms are the search terms of one unit.
type UnitTerms struct {
	ID    frente.ID
	Terms string
}

// Store keeps Frente's records in a SQL database.
type Store struct {
	db      *sql.DB
	dialect Dialect
	// stmts are the statements ExecBulk and QueryCached prepared.
	stmtMu sync.Mutex
	stmts  map[string]*sql.Stmt
	// Now returns the current time; tests may replace it.
	Now func() time.Time
}

var _ frente.Store = (*Store)(nil)

// New returns a store over an open, migrated database.
func New(db *sql.DB, d Dialect) *Store {
	return &Store{db: db, dialect: d, Now: func() time.Time { return time.Now() }}
}

// DB returns the underlying database, for the dialect packages' own work.
func (s *Store) DB() *sql.DB { return s.db }

// Dialect returns the store's dialect.
func (s *Store) Dialect() Dialect { return s.dialect }

// Ping reports whether the database answers.
func (s *Store) Ping(ctx context.Context) error {
	var one int
	if err := s.db.QueryRowContext(ctx, "SELECT 1").Scan(&one); err != nil {
		return fmt.Errorf("store: ping: %w", err)
	}
	return nil
}

// Close closes the store's prepared statements and the database.
func (s *Store) Close() error {
	s.stmtMu.Lock()
	for _, st := range s.stmts {
		st.Close()
	}
	s.stmts = nil
	s.stmtMu.Unlock()
	return s.db.Close()
}

// now is the time written into created_at/updated_at: UTC, to the
// millisecond, so that it reads back equal from every database.
func (s *Store) now() time.Time { return s.Now().UTC().Truncate(time.Millisecond) }

// Tx is a transaction whose queries are written with ? placeholders.
type Tx struct {
	tx *sql.Tx
	s  *Store
}

// WithTx runs fn in a transaction, committed when fn returns nil and rolled
// back otherwise: what belongs together is written whole or not at all.
func (s *Store) WithTx(ctx context.Context, fn func(tx *Tx) error) error {
	sqltx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("store: begin: %w", err)
	}
	tx := &Tx{tx: sqltx, s: s}
	if err := fn(tx); err != nil {
		_ = sqltx.Rollback()
		return err
	}
	if err := sqltx.Commit(); err != nil {
		return fmt.Errorf("store: commit: %w", err)
	}
	return nil
}

// ReadTx runs fn in a read-only transaction that sees one consistent
// snapshot. Read-only matters on SQLite too: there it begins a deferred
// transaction, so readers do not queue for the write lock that writers take
// when they begin.
func (s *Store) ReadTx(ctx context.Context, fn func(tx *Tx) error) error {
	sqltx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return fmt.Errorf("store: begin: %w", err)
	}
	defer sqltx.Rollback()
	return fn(&Tx{tx: sqltx, s: s})
}

func (tx *Tx) bind(q string) string {
	if !tx.s.dialect.Numbered() {
		return q
	}
	return Rebind(q)
}

// Exec runs a statement.
func (tx *Tx) Exec(ctx context.Context, q string, args ...any) (sql.Result, error) {
	return tx.tx.ExecContext(ctx, tx.bind(q), args...)
}

// Query runs a query.
func (tx *Tx) Query(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	return tx.tx.QueryContext(ctx, tx.bind(q), args...)
}

// QueryRow runs a query that returns at most one row.
func (tx *Tx) QueryRow(ctx context.Context, q string, args ...any) *sql.Row {
	return tx.tx.QueryRowContext(ctx, tx.bind(q), args...)
}

// Rebind turns ? placeholders into $1, $2, ... Queries here never hold a ?
// inside a string literal.
func Rebind(q string) string {
	var b strings.Builder
	b.Grow(len(q) + 16)
	n := 0
	for i := 0; i < len(q); i++ {
		if q[i] == '?' {
			n++
			b.WriteByte('$')
			b.WriteString(strconv.Itoa(n))
			continue
		}
		b.WriteByte(q[i])
	}
	return b.String()
}

// constraint turns a constraint violation into a frente error on field.
func (s *Store) constraint(err error, entity, field string) error {
	switch {
	case err == nil:
		return nil
	case s.dialect.IsUnique(err):
		return &frente.Error{Code: frente.ECONFLICT, Message: fmt.Sprintf("another %s already has this %s", entity, field),
			Key: "err.duplicate", Args: []any{entity, field},
			Fields: []frente.FieldError{{Field: field, Code: "duplicate", Message: field + " is already taken"}}}
	case s.dialect.IsForeignKey(err):
		return &frente.Error{Code: frente.ECONFLICT, Message: fmt.Sprintf("this %s is still referred to by other records", entity),
			Key: "err.in_use", Args: []any{entity}}
	}
	return err
}

// nullID writes 0 as NULL.
func nullID(id frente.ID) any {
	if id == 0 {
		return nil
	}
	return int64(id)
}

// nullText writes "" as NULL.
func nullText(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// placeholders returns "?, ?, ?" for n values.
func placeholders(n int) string {
	return strings.TrimSuffix(strings.Repeat("?, ", n), ", ")
}

// idArgs turns ids into query arguments.
func idArgs(ids []frente.ID) []any {
	out := make([]any, len(ids))
	for i, id := range ids {
		out[i] = int64(id)
	}
	return out
}

var errNoRows = sql.ErrNoRows

func isNoRows(err error) bool { return errors.Is(err, errNoRows) }

// nullInt scans a nullable integer.
type nullInt = sql.NullInt64
