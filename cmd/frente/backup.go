package main

import (
	"context"
	"errors"
	"fmt"
	"os"

	"github.com/frente/frente/postgres"
	"github.com/frente/frente/sqlite"
)

func runBackup(ctx context.Context, args []string, e *env) error {
	fs := newFlags("backup", "PATH", "Write a consistent copy of the SQLite database to PATH while the server keeps running.\n"+
		"Restore by stopping the server and putting the copy in the database's place. For PostgreSQL use pg_dump.", e.stderr)
	db := dbFlag(fs)
	path, rest := firstArg(args)
	if err := parse(fs, rest); err != nil {
		return err
	}
	if path == "" {
		fs.Usage()
		return errUsage
	}
	if postgres.IsURL(*db) {
		return errors.New("--db is a PostgreSQL database: back it up with pg_dump")
	}
	if _, err := os.Stat(path); err == nil {
		return fmt.Errorf("%s exists already: choose a new file, a backup never overwrites one", path)
	}
	if _, err := os.Stat(*db); err != nil {
		return fmt.Errorf("--db %s: %w", *db, err)
	}
	sqldb, err := sqlite.OpenDB(*db)
	if err != nil {
		return err
	}
	defer sqldb.Close()
	// VACUUM INTO writes a compact copy as of one transaction, so writers
	// may go on meanwhile.
	if _, err := sqldb.ExecContext(ctx, "VACUUM INTO ?", path); err != nil {
		return fmt.Errorf("backup to %s: %w", path, err)
	}
	st, err := os.Stat(path)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "Backed up %s to %s (%.1f MB).\n", *db, path, float64(st.Size())/1e6)
	return nil
}
