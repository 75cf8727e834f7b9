package postgres_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/frente/frente"
	"github.com/frente/frente/postgres"
	"github.com/frente/frente/storetest"
	"github.com/frente/frente/textsearch"
)

// TestMigrationReindexesUnits opens a database as an earlier Frente left
// it (units with their text's tsvector only) and checks that migrating it
// fills in the terms and the heading index, so that its search ranks as a
// new one's.
func TestMigrationReindexesUnits(t *testing.T) {
	ctx := context.Background()
	dsn := storetest.PostgresDSN(t)
	db, err := postgres.OpenDB(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := postgres.MigrateTo(ctx, db, 7); err != nil {
		t.Fatal(err)
	}
	exec := func(q string, args ...any) {
		t.Helper()
		if _, err := db.ExecContext(ctx, q, args...); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	exec(`INSERT INTO agreements (visibility, created_at, updated_at, title, language, file_sha256, text_sha256, sort_key, search_key)
		VALUES ('public', now(), now(), 'Old', 'es', 'f', 't', 'old', 'old')`)
	units := []struct{ heading, body string }{
		{"Jornada de trabajo", "La jornada es de ocho horas."},
		{"Salarios", "Las horas extras de la jornada se pagan dobles."},
	}
	ids := make([]int64, len(units))
	for i, u := range units {
		if err := db.QueryRowContext(ctx, `INSERT INTO units (agreement_id, seq, depth, kind, number, heading, body, start_offset, end_offset, unit_key, terms)
			VALUES ((SELECT id FROM agreements), $1, 0, 'article', $2, $3, $4, 0, 0, $2, to_tsvector('simple', $5)) RETURNING id`,
			i, fmt.Sprint(i+1), u.heading, u.body, textsearch.Analyze(u.heading+"\n"+u.body, "es")).Scan(&ids[i]); err != nil {
			t.Fatal(err)
		}
	}
	db.Close()

	s, err := postgres.Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for i, u := range units {
		var terms, heading string
		if err := s.DB().QueryRowContext(ctx, "SELECT search_terms, heading_terms::text FROM units WHERE id = $1", ids[i]).Scan(&terms, &heading); err != nil {
			t.Fatal(err)
		}
		if want := textsearch.AnalyzeUnit(u.heading, u.body, "es"); terms != want || heading == "" {
			t.Errorf("unit %d: search_terms %q (want %q), heading_terms %q", ids[i], terms, want, heading)
		}
	}
	res, err := s.Search(frente.WithViewer(ctx, frente.System), frente.SearchQuery{Q: "jornadas", Lang: "es"})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Items) != 2 || int64(res.Items[0].UnitID) != ids[0] || res.Total != 2 {
		t.Fatalf("jornadas after the migration: %+v; want unit %d (its heading) then %d", res, ids[0], ids[1])
	}
}
