package main

import (
	"context"
	"fmt"
	"net/url"
	"runtime/debug"

	"github.com/frente/frente/demo"
	"github.com/frente/frente/postgres"
	"github.com/frente/frente/sqlite"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "dev"

func buildVersion() string {
	v := version
	if info, ok := debug.ReadBuildInfo(); ok {
		for _, s := range info.Settings {
			if s.Key == "vcs.revision" && len(s.Value) >= 12 {
				v += " (" + s.Value[:12] + ")"
			}
		}
	}
	return v
}

func runVersion(ctx context.Context, args []string, e *env) error {
	fs := newFlags("version", "", "Print the version of this binary.", e.stderr)
	if err := parse(fs, args); err != nil {
		return err
	}
	fmt.Fprintln(e.stdout, "frente", buildVersion())
	return nil
}

func runMigrate(ctx context.Context, args []string, e *env) error {
	fs := newFlags("migrate", "", "Apply the schema migrations the database lacks. (serve does this too on start.)", e.stderr)
	db := dbFlag(fs)
	if err := parse(fs, args); err != nil {
		return err
	}
	var applied []string
	if postgres.IsURL(*db) {
		sqldb, err := postgres.OpenDB(ctx, *db)
		if err != nil {
			return err
		}
		defer sqldb.Close()
		if applied, err = postgres.Migrate(ctx, sqldb); err != nil {
			return err
		}
	} else {
		sqldb, err := sqlite.OpenDB(*db)
		if err != nil {
			return err
		}
		defer sqldb.Close()
		if applied, err = sqlite.Migrate(ctx, sqldb); err != nil {
			return err
		}
	}
	if len(applied) == 0 {
		fmt.Fprintf(e.stdout, "%s is up to date.\n", redact(*db))
	}
	for _, name := range applied {
		fmt.Fprintf(e.stdout, "applied %s\n", name)
	}
	return nil
}

func runDemo(ctx context.Context, args []string, e *env) error {
	fs := newFlags("demo", "", "Load the seed case into the database. Running it again changes nothing.", e.stderr)
	db := dbFlag(fs)
	if err := parse(fs, args); err != nil {
		return err
	}
	store, err := openStore(ctx, *db)
	if err != nil {
		return err
	}
	defer store.Close()
	n, err := demo.Load(ctx, store) // the demo loads as the trusted local viewer
	if err != nil {
		return err
	}
	if n == 0 {
		fmt.Fprintf(e.stdout, "The demo is already in %s; nothing changed.\n", redact(*db))
	} else {
		fmt.Fprintf(e.stdout, "Loaded the demo into %s: %d records.\n", redact(*db), n)
	}
	return nil
}

// redact hides the password of a database URL before it is printed.
func redact(dsn string) string {
	if !postgres.IsURL(dsn) {
		return dsn
	}
	u, err := url.Parse(dsn)
	if err != nil {
		return "postgres://…"
	}
	return u.Redacted()
}
