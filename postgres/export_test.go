package postgres

import (
	"context"
	"database/sql"
	"io/fs"

	"github.com/frente/frente/sqlstore"
)

// MigrateTo applies the migrations up to version, as a database made by
// an earlier Frente has them.
func MigrateTo(ctx context.Context, db *sql.DB, version int) ([]string, error) {
	sub, err := fs.Sub(migrationFiles, "migrations")
	if err != nil {
		return nil, err
	}
	ms, err := sqlstore.ReadMigrations(sub)
	if err != nil {
		return nil, err
	}
	var upTo []sqlstore.Migration
	for _, m := range ms {
		if m.Version <= version {
			upTo = append(upTo, m)
		}
	}
	return sqlstore.Migrate(ctx, db, dialect{}, upTo, "", "")
}
