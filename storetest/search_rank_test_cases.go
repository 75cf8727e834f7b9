package storetest

import (
	"strings"
	"testing"

	"github.com/frente/frente"
	"github.com/frente/frente/contract"
	"github.com/frente/frente/contract/corpusgen"
	"github.com/frente/frente/ingest"
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

// testSearchRanking checks the ranking both stores share: units whose
// heading holds the query first, the whole query checked on each, the same
// order in both stores, and a bounded number ranked for a common word.
func testSearchRanking(t *testing.T, open Opener) {
	s := open(t)
	meta := ingest.Meta{Visibility: frente.Public}
	ingestText(t, s, "ranked.txt", rankedAgreement, meta)
	order := func(q string) ([]string, frente.SearchResult) {
		t.Helper()
		res, err := s.Search(ctx(), frente.SearchQuery{Q: q})
		if err != nil {
			t.Fatalf("search %q: %v", q, err)
		}
		var got []string
		for _, h := range res.Items {
			got = append(got, h.UnitNumber)
		}
		return got, res
	}
	// Both headed units first (the shorter one leads), the passing
	// mentions last, whatever their number.
	if got, res := order("overtime"); strings.Join(got, " ") != "3 2 1" || res.Total != 3 || res.More {
		t.Errorf("overtime: units %v, total %d, more %v; want 3 2 1, 3, false", got, res.Total, res.More)
	}
	// A unit found by its heading must still match the whole query.
	if got, res := order("overtime -schedule"); strings.Join(got, " ") != "2 1" || res.Total != 2 {
		t.Errorf("overtime -schedule: units %v, total %d; want 2 1", got, res.Total)
	}
	if got, _ := order(`"overtime lists" OR hours`); strings.Join(got, " ") != "3 1 2" {
		t.Errorf(`"overtime lists" OR hours: units %v; want 3 1 2`, got)
	}

	// A word in most units: a bounded number is ranked, best first, and
	// the result says there are more.
	for _, f := range corpusgen.Generate(3, 3) {
		if _, err := ingest.File(ctx(), s, f.Name, f.Data, meta, contract.Options{NoPdftotext: true}); err != nil {
			t.Fatal(err)
		}
	}
	res, err := s.Search(ctx(), frente.SearchQuery{Q: "employee", Limit: 100})
	if err != nil {
		t.Fatal(err)
	}
	if !res.More || res.Total < 300 || res.Total > 501 || len(res.Items) != 100 {
		t.Fatalf("employee: total %d, more %v, %d items", res.Total, res.More, len(res.Items))
	}
	for i, h := range res.Items {
		if !strings.Contains(h.Snippet, "<mark>") || (i > 0 && h.Score > res.Items[i-1].Score) {
			t.Fatalf("hit %d: score %v, snippet %q", i, h.Score, h.Snippet)
		}
	}
	past, err := s.Search(ctx(), frente.SearchQuery{Q: "employee", Offset: res.Total})
	if err != nil || len(past.Items) != 0 || past.Total != res.Total || !past.More {
		t.Fatalf("past the last ranked: %+v %v", past, err)
	}
}
