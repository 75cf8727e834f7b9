package main

import (
	"context"

	"github.com/frente/frente/postgres"
	"github.com/frente/frente/sqlite"
	"github.com/frente/frente/sqlstore"
)

// openStore opens the database named by dsn, a postgres:// URL or a SQLite
// file, migrating it to the current schema.
func openStore(ctx context.Context, dsn string) (*sqlstore.Store, error) {
	if postgres.IsURL(dsn) {
		return postgres.Open(ctx, dsn)
	}
	return sqlite.Open(ctx, dsn)
}
