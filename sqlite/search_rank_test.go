package sqlite_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/frente/frente"
	"github.com/frente/frente/contract"
	"github.com/frente/frente/contract/corpusgen"
	"github.com/frente/frente/ingest"
	"github.com/frente/frente/sqlite"
	"github.com/frente/frente/textsearch"
)

// rankedAgreement has an article about overtime by its heading, one that
// mentions overtime more often in passing, and one headed "Overtime" whose
// text says "schedule".
const rankedAgreement = `ARTICLE 1 – HOURS OF WORK

Overtime, overtime and more overtime are offered by seniority in the unit.

ARTICLE 2 – OVERTIME

Time and a half is paid past forty hours in a week.

ARTICLE 3 – OVERTIME LISTS

The lists follow the posted schedule.
`

func TestSearchRanksHeadingsFirstAndBoundsWork(t *testing.T) {
	ctx := frente.WithViewer(context.Background(), frente.System)
	s, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "frente.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	meta := ingest.Meta{Visibility: frente.Public}
	opt := contract.Options{NoPdftotext: true}
	if _, err := ingest.File(ctx, s, "ranked.txt", []byte(rankedAgreement), meta, opt); err != nil {
		t.Fatal(err)
	}
	res, err := s.Search(ctx, frente.SearchQuery{Q: "overtime"})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, h := range res.Items {
		got = append(got, h.UnitNumber)
	}
	if len(got) != 3 || got[2] != "1" || res.Total != 3 || res.More {
		t.Fatalf("overtime: units %v, total %d, more %v; want 2 and 3 (by their headings) before 1, 3, false", got, res.Total, res.More)
	}
	// A unit found by its heading must still match the whole query.
	res, err = s.Search(ctx, frente.SearchQuery{Q: "overtime -schedule"})
	if err != nil {
		t.Fatal(err)
	}
	got = got[:0]
	for _, h := range res.Items {
		got = append(got, h.UnitNumber)
	}
	if strings.Join(got, " ") != "2 1" || res.Total != 2 {
		t.Fatalf("overtime -schedule: units %v, total %d; want 2 1", got, res.Total)
	}

	// A word in most units: a bounded number is ranked, and the result
	// says there are more.
	for _, f := range corpusgen.Generate(3, 3) {
		if _, err := ingest.File(ctx, s, f.Name, f.Data, meta, opt); err != nil {
			t.Fatal(err)
		}
	}
	var all int
	if err := s.DB().QueryRow("SELECT COUNT(*) FROM units WHERE terms LIKE '%employe%'").Scan(&all); err != nil {
		t.Fatal(err)
	}
	res, err = s.Search(ctx, frente.SearchQuery{Q: "employee", Limit: 100})
	if err != nil {
		t.Fatal(err)
	}
	if !res.More || res.Total >= all || res.Total < 300 || len(res.Items) != 100 {
		t.Fatalf("employee: total %d, more %v, %d items; %d units hold the word", res.Total, res.More, len(res.Items), all)
	}
	for i, h := range res.Items {
		if !strings.Contains(h.Snippet, "<mark>") || (i > 0 && h.Score > res.Items[i-1].Score) {
			t.Fatalf("hit %d: score %v after %v, snippet %q", i, h.Score, res.Items[i-1].Score, h.Snippet)
		}
	}
	past, err := s.Search(ctx, frente.SearchQuery{Q: "employee", Offset: res.Total})
	if err != nil || len(past.Items) != 0 || past.Total != res.Total || !past.More {
		t.Fatalf("past the last ranked: %+v %v", past, err)
	}
}

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
