package main

import (
	"context"

	"github.com/frente/frente"
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

// openLocal opens the store for a command run on the server's own
// machine, which acts as the trusted local viewer: it sees every record.
func openLocal(ctx context.Context, dsn string) (context.Context, *sqlstore.Store, error) {
	store, err := openStore(ctx, dsn)
	if err != nil {
		return ctx, nil, err
	}
	return frente.WithViewer(ctx, frente.System), store, nil
}
