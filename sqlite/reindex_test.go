package sqlite_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/frente/frente"
	"github.com/frente/frente/sqlite"
	"github.com/frente/frente/textsearch"
)

// TestMigrationReindexesUnits opens a database as an earlier Frente left
// it (units without terms, the index without heading marks) and checks
// that migrating it fills in both, so that its search works as a new one's.
func TestMigrationReindexesUnits(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	db, err := sqlite.OpenDB(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := sqlite.MigrateTo(ctx, db, 7); err != nil {
		t.Fatal(err)
	}
	exec := func(q string, args ...any) {
		t.Helper()
		if _, err := db.Exec(q, args...); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	exec(`INSERT INTO agreements (id, visibility, created_at, updated_at, title, language, file_sha256, text_sha256, sort_key, search_key)
		VALUES (1, 'public', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'Old', 'es', 'f', 't', 'old', 'old')`)
	units := []struct {
		id            int
		heading, body string
	}{
		{1, "Jornada de trabajo", "La jornada es de ocho horas."},
		{2, "Salarios", "Las horas extras de la jornada se pagan dobles."},
	}
	for i, u := range units {
		exec(`INSERT INTO units (id, agreement_id, seq, depth, kind, number, heading, body, start_offset, end_offset, unit_key)
			VALUES (?, 1, ?, 0, 'article', ?, ?, ?, 0, 0, ?)`, u.id, i, u.id, u.heading, u.body, u.id)
		exec(`INSERT INTO unit_search (rowid, terms) VALUES (?, ?)`, u.id, textsearch.Analyze(u.heading+"\n"+u.body, "es"))
	}
	db.Close()

	s, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for _, u := range units {
		var terms string
		if err := s.DB().QueryRow("SELECT terms FROM units WHERE id = ?", u.id).Scan(&terms); err != nil {
			t.Fatal(err)
		}
		if want := textsearch.AnalyzeUnit(u.heading, u.body, "es"); terms != want {
			t.Errorf("unit %d terms %q, want %q", u.id, terms, want)
		}
	}
	res, err := s.Search(frente.WithViewer(ctx, frente.System), frente.SearchQuery{Q: "jornadas", Lang: "es"})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Items) != 2 || res.Items[0].UnitID != 1 || res.Total != 2 {
		t.Fatalf("jornadas after the migration: %+v; want unit 1 (its heading) then 2", res)
	}
}
