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

	"github.com/jackc/pgx/v5/pgconn"
	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" database/sql driver

	"github.com/frente/frente/sqlstore"
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
func OpenDB(ctx context.Context, dsn string) (*sql.DB, error) {
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		return nil, fmt.Errorf("postgres: %w", err)
	}
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
