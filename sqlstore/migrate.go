package sqlstore

import (
	"context"
	"database/sql"
	"fmt"
	"io/fs"
	"sort"
	"strconv"
	"strings"
)

// Migration is one numbered schema change.
type Migration struct {
	Version int
	Name    string
	SQL     string
	// Go, when set, runs after SQL in the same transaction: for the
	// changes SQL cannot make alone, such as re-indexing the units' text
	// with the Go analyzer (ReadMigrations sets it from goSteps).
	Go func(ctx context.Context, tx *Tx) error
}

// ReadMigrations reads files named NNNN_name.sql from fsys, in order.
func ReadMigrations(fsys fs.FS) ([]Migration, error) {
	names, err := fs.Glob(fsys, "*.sql")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	var out []Migration
	for _, name := range names {
		num, _, ok := strings.Cut(name, "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil || v <= 0 {
			return nil, fmt.Errorf("migration %s: name must start with a number and an underscore", name)
		}
		if len(out) > 0 && out[len(out)-1].Version == v {
			return nil, fmt.Errorf("migration %s: version %d is used twice", name, v)
		}
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, err
		}
		out = append(out, Migration{Version: v, Name: name, SQL: string(b), Go: goSteps[v]})
	}
	return out, nil
}

// Migrate applies the migrations not yet recorded in schema_migrations, each
// in its own transaction. lock and unlock, when not empty, are statements
// run around the whole on one connection (PostgreSQL's advisory lock), so
// that two servers starting at once do not migrate twice. It returns the
// names of the migrations it applied.
func Migrate(ctx context.Context, db *sql.DB, d Dialect, migrations []Migration, lock, unlock string) (applied []string, err error) {
	conn, err := db.Conn(ctx)
	if err != nil {
		return nil, fmt.Errorf("migrate: %w", err)
	}
	defer conn.Close()
	if lock != "" {
		if _, err := conn.ExecContext(ctx, lock); err != nil {
			return nil, fmt.Errorf("migrate: lock: %w", err)
		}
		defer func() {
			if _, uerr := conn.ExecContext(context.WithoutCancel(ctx), unlock); uerr != nil && err == nil {
				err = fmt.Errorf("migrate: unlock: %w", uerr)
			}
		}()
	}
	if _, err := conn.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version INTEGER PRIMARY KEY,
		name TEXT NOT NULL,
		applied_at TEXT NOT NULL)`); err != nil {
		return nil, fmt.Errorf("migrate: create schema_migrations: %w", err)
	}
	done := map[int]bool{}
	rows, err := conn.QueryContext(ctx, "SELECT version FROM schema_migrations")
	if err != nil {
		return nil, fmt.Errorf("migrate: read schema_migrations: %w", err)
	}
	for rows.Next() {
		var v int
		if err := rows.Scan(&v); err != nil {
			rows.Close()
			return nil, fmt.Errorf("migrate: read schema_migrations: %w", err)
		}
		done[v] = true
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("migrate: read schema_migrations: %w", err)
	}
	record := "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, CURRENT_TIMESTAMP)"
	if d.Numbered() {
		record = Rebind(record)
	}
	for _, m := range migrations {
		if done[m.Version] {
			continue
		}
		tx, err := conn.BeginTx(ctx, nil)
		if err != nil {
			return applied, fmt.Errorf("migrate %s: %w", m.Name, err)
		}
		if _, err := tx.ExecContext(ctx, m.SQL); err != nil {
			_ = tx.Rollback()
			return applied, fmt.Errorf("migrate %s: %w", m.Name, err)
		}
		if m.Go != nil {
			if err := m.Go(ctx, &Tx{tx: tx, s: New(db, d)}); err != nil {
				_ = tx.Rollback()
				return applied, fmt.Errorf("migrate %s: %w", m.Name, err)
			}
		}
		if _, err := tx.ExecContext(ctx, record, m.Version, m.Name); err != nil {
			_ = tx.Rollback()
			return applied, fmt.Errorf("migrate %s: record: %w", m.Name, err)
		}
		if err := tx.Commit(); err != nil {
			return applied, fmt.Errorf("migrate %s: commit: %w", m.Name, err)
		}
		applied = append(applied, m.Name)
	}
	return applied, nil
}
