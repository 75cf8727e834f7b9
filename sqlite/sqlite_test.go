package sqlite_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/frente/frente"
	"github.com/frente/frente/sqlite"
	"github.com/frente/frente/storetest"
)

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) frente.Store { return storetest.SQLite(t) })
}

func TestMigrateTwice(t *testing.T) {
	path := filepath.Join(t.TempDir(), "frente.db")
	db, err := sqlite.OpenDB(path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	first, err := sqlite.Migrate(context.Background(), db)
	if err != nil || len(first) == 0 {
		t.Fatalf("first migrate: %v %v", first, err)
	}
	again, err := sqlite.Migrate(context.Background(), db)
	if err != nil || len(again) != 0 {
		t.Fatalf("second migrate applied %v (%v), want nothing", again, err)
	}
	var mode string
	if err := db.QueryRow("PRAGMA journal_mode").Scan(&mode); err != nil || mode != "wal" {
		t.Fatalf("journal_mode %q %v, want wal", mode, err)
	}
	var fk int
	if err := db.QueryRow("PRAGMA foreign_keys").Scan(&fk); err != nil || fk != 1 {
		t.Fatalf("foreign_keys %d %v, want 1", fk, err)
	}
	// Ingest merges the search index's segments 8 at a time (0005).
	var automerge int
	if err := db.QueryRow("SELECT v FROM unit_search_config WHERE k = 'automerge'").Scan(&automerge); err != nil || automerge != 8 {
		t.Fatalf("FTS5 automerge %d %v, want 8", automerge, err)
	}
}
