package storetest

import (
	"errors"
	"strings"
	"testing"

	"github.com/frente/frente"
)

// importRows are three rows as a tracker's reader gives them: names as
// the tracker writes them, one employer and one union already known
// under other capitals and accents.
func importRows() []frente.DisputeRow {
	return []frente.DisputeRow{
		{Line: 2, TrackerID: "C-1", Employer: "GRUPO MEXICO", Union: "united steelworkers", Local: "12-345",
			Dispute: frente.Dispute{Record: frente.Record{Ref: "fmcs:C-1:2019-03-01"}, Kind: frente.DisputeWorkStoppage, Start: "2019-03-01",
				End: "2019-03-20", Workers: 110, Industry: "Mining", Place: frente.Place{City: "Hayden", Region: "AZ", Country: "US"}}},
		{Line: 3, TrackerID: "C-2", Employer: "Café Ñandú S.A.", Union: "Sindicato Gastronómico",
			Dispute: frente.Dispute{Record: frente.Record{Ref: "fmcs:C-2:2020-05-01", Sources: []frente.Source{{URL: "https://example.org/c2"}}},
				Kind: frente.DisputeStrike, Start: "2020-05-01", Demands: []string{"Pay", "Heat protection"}, Place: frente.Place{Country: "US"}}},
		{Line: 4, TrackerID: "C-3", Employer: "cafe nandu s.a.", Union: "Sindicato Gastronomico", Local: "12-345",
			Dispute: frente.Dispute{Record: frente.Record{Ref: "fmcs:C-3:2021-01-10"}, Kind: frente.DisputeStrike, Start: "2021-01-10",
				LastConfirmed: "2021-02-01", Place: frente.Place{Country: "US"}}},
	}
}

var importColumns = map[string]string{"end": "End Date", "start": "Start Date", "employer": "Employer", "ref": "Case Number"}

func countRecords(t *testing.T, s frente.Store) (orgs, disputes int) {
	t.Helper()
	o, err := s.FindOrganizations(ctx(), frente.OrganizationFilter{})
	if err != nil {
		t.Fatal(err)
	}
	d, err := s.FindDisputes(ctx(), frente.DisputeFilter{})
	if err != nil {
		t.Fatal(err)
	}
	return o.Total, d.Total
}

func testDisputeImport(t *testing.T, open Opener) {
	a := newAccess(t, open)
	s := a.s
	gm := mustOrg(t, s, frente.Organization{Kind: "corporate-group", Name: "Grupo México", Country: "MX"})
	orgs0, _ := countRecords(t, s)
	imp := &frente.DisputeImport{Source: "fmcs test.csv", Rows: importRows(), OwnerID: a.usw.ID, Visibility: frente.Public, Columns: importColumns}
	res, err := s.ImportDisputes(ctx(), imp)
	if err != nil {
		t.Fatal(err)
	}
	// Grupo México and the Steelworkers are found; the café, the
	// Sindicato (once, for two spellings) and two locals 12-345 (one of
	// each union) are created.
	if res.Rows != 3 || res.Created != 3 || res.Updated != 0 || res.Unchanged != 0 || len(res.Refused) != 0 || res.OrganizationsCreated != 4 {
		t.Fatalf("first import: %+v", res)
	}
	page, err := s.FindDisputes(ctx(), frente.DisputeFilter{ListOptions: frente.ListOptions{Ref: "fmcs:C-1:2019-03-01"}})
	if err != nil || len(page.Items) != 1 {
		t.Fatalf("by ref: %+v %v", page, err)
	}
	d := page.Items[0]
	if d.EmployerID != gm.ID || len(d.UnionIDs) != 2 || d.UnionIDs[0] != a.usw.ID || d.Workers != 110 || d.DurationDays != 20 ||
		d.OwnerID != a.usw.ID || d.Visibility != frente.Public || !strings.Contains(d.Title, "Grupo México") {
		t.Fatalf("imported dispute: %+v", d)
	}
	local, err := s.FindOrganizationByID(ctx(), d.UnionIDs[1])
	if err != nil || local.Kind != frente.KindLocal || local.ParentID != a.usw.ID || local.Number != "12-345" || local.Visibility != frente.Public {
		t.Fatalf("local: %+v %v", local, err)
	}
	cafes, _ := s.FindOrganizations(ctx(), frente.OrganizationFilter{ListOptions: frente.ListOptions{Q: "nandu"}})
	if cafes.Total != 1 || cafes.Items[0].Kind != frente.KindEmployer || cafes.Items[0].OwnerID != a.usw.ID {
		t.Fatalf("the café, twice spelt, once created: %+v", cafes.Items)
	}
	orgs1, disputes1 := countRecords(t, s)
	if orgs1 != orgs0+4 || disputes1 != 3 {
		t.Fatalf("counts: %d organizations (was %d), %d disputes", orgs1, orgs0, disputes1)
	}

	// The same file again changes nothing.
	res, err = s.ImportDisputes(ctx(), &frente.DisputeImport{Source: "again", Rows: importRows(), OwnerID: a.usw.ID, Visibility: frente.Public})
	if err != nil || res.Unchanged != 3 || res.Created != 0 || res.Updated != 0 || res.OrganizationsCreated != 0 {
		t.Fatalf("re-import: %+v %v", res, err)
	}
	if o, n := countRecords(t, s); o != orgs1 || n != disputes1 {
		t.Fatalf("re-import changed the counts: %d %d", o, n)
	}

	// What people record here stays: an end the tracker has not seen, a
	// title. A changed row updates the tracker's fields.
	if _, err := s.UpdateDispute(ctx(), d.ID, func(x *frente.Dispute) error {
		x.Title = "La huelga de Hayden"
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	c3, err := s.FindDisputes(ctx(), frente.DisputeFilter{ListOptions: frente.ListOptions{Ref: "fmcs:C-3:2021-01-10"}})
	if err != nil || len(c3.Items) != 1 {
		t.Fatalf("C-3: %+v %v", c3, err)
	}
	if _, err := s.UpdateDispute(ctx(), c3.Items[0].ID, func(x *frente.Dispute) error {
		x.End = "2021-03-01"
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	rows := importRows()
	rows[0].Dispute.Workers = 150
	res, err = s.ImportDisputes(ctx(), &frente.DisputeImport{Rows: rows, OwnerID: a.usw.ID})
	if err != nil || res.Updated != 1 || res.Unchanged != 2 {
		t.Fatalf("changed row: %+v %v", res, err)
	}
	got, _ := s.FindDisputeByID(ctx(), d.ID)
	if got.Workers != 150 || got.Title != "La huelga de Hayden" || got.Visibility != frente.Public || !got.CreatedAt.Equal(d.CreatedAt) {
		t.Fatalf("updated: %+v", got)
	}
	if got, _ := s.FindDisputeByID(ctx(), c3.Items[0].ID); got.End != "2021-03-01" || got.LastConfirmed != "2021-02-01" {
		t.Fatalf("an end recorded here was undone: %+v", got)
	}

	// A file that fails at its last row leaves nothing behind.
	audit0, _ := s.FindAudit(ctx(), frente.AuditFilter{Limit: frente.MaxLimit})
	for name, bad := range map[string]func(r *frente.DisputeRow){
		"end before start": func(r *frente.DisputeRow) { r.Dispute.End = "2001-01-01" },
		"employer name":    func(r *frente.DisputeRow) { r.Employer = strings.Repeat("x", 301) },
	} {
		rows := freshRows("last-"+strings.ReplaceAll(name, " ", "-"), 50)
		bad(&rows[len(rows)-1])
		res, err := s.ImportDisputes(ctx(), &frente.DisputeImport{Rows: rows, OwnerID: a.usw.ID, Columns: importColumns})
		wantCode(t, err, frente.EINVALID)
		if len(res.Refused) != 1 || res.Refused[0].Line != rows[len(rows)-1].Line || res.Created != 0 {
			t.Fatalf("%s: %+v", name, res)
		}
		if o, n := countRecords(t, s); o != orgs1 || n != disputes1 {
			t.Fatalf("%s: a refused file left %d organizations (want %d) and %d disputes (want %d)", name, o, orgs1, n, disputes1)
		}
	}
	if audit1, _ := s.FindAudit(ctx(), frente.AuditFilter{Limit: frente.MaxLimit}); len(audit1) != len(audit0) {
		t.Fatalf("a refused file left audit entries: %d, was %d", len(audit1), len(audit0))
	}

	// With skip-invalid the valid rows go in and each refused one is
	// reported with its line, column and reason, those the reader refused
	// too.
	rows = freshRows("skip", 5)
	rows[1].Dispute.End = "2001-01-01"
	rows[3].Employer = ""
	rows[3].Dispute.Start = "2999-01-01"
	read := []frente.ImportProblem{{Line: 99, Column: "# Idled", Reason: `"ten" is not a number`}}
	res, err = s.ImportDisputes(ctx(), &frente.DisputeImport{Rows: rows, Refused: read, SkipInvalid: true, OwnerID: a.usw.ID, Columns: importColumns})
	if err != nil {
		t.Fatal(err)
	}
	if res.Rows != 6 || res.Created != 3 || len(res.Refused) != 2+1 {
		t.Fatalf("skip-invalid: %+v", res)
	}
	want := []frente.ImportProblem{{Line: rows[1].Line, Column: "End Date"}, {Line: rows[3].Line, Column: "Start Date"}, {Line: 99, Column: "# Idled"}}
	for i, p := range res.Refused {
		if p.Line != want[i].Line || p.Column != want[i].Column || p.Reason == "" {
			t.Errorf("refused[%d] = %+v, want line %d column %q", i, p, want[i].Line, want[i].Column)
		}
	}
	if !strings.Contains(res.Refused[0].Reason, "before the start") || !strings.Contains(res.Refused[1].Reason, "future") {
		t.Errorf("reasons: %+v", res.Refused)
	}
	// Without it, the reader's refusals alone refuse the file.
	res, err = s.ImportDisputes(ctx(), &frente.DisputeImport{Rows: freshRows("unread", 2), Refused: read, OwnerID: a.usw.ID})
	wantCode(t, err, frente.EINVALID)
	var fe *frente.Error
	if !errors.As(err, &fe) || len(fe.Fields) != 1 || !strings.Contains(fe.Fields[0].Field, "line 99") || res.Created != 0 {
		t.Fatalf("refused by the reader: %+v %v", res, err)
	}

	// Importing is writing: for the owner's editors only, and a dispute
	// someone else keeps is not theirs to change.
	_, err = s.ImportDisputes(a.outsider, &frente.DisputeImport{Rows: freshRows("outsider", 1), OwnerID: a.usw.ID})
	wantCode(t, err, frente.EFORBIDDEN)
	res, err = s.ImportDisputes(a.outsider, &frente.DisputeImport{Rows: importRows()[:1], OwnerID: a.other.ID, SkipInvalid: true, Columns: importColumns})
	if err != nil || len(res.Refused) != 1 || res.Refused[0].Column != "Case Number" || res.Updated+res.Created != 0 {
		t.Fatalf("outsider's import of a USW dispute: %+v %v", res, err)
	}
}

// freshRows are n valid rows of new refs under prefix.
func freshRows(prefix string, n int) []frente.DisputeRow {
	rows := make([]frente.DisputeRow, n)
	for i := range rows {
		rows[i] = frente.DisputeRow{Line: i + 2, TrackerID: prefix, Employer: "Employer of " + prefix, Union: "Union of " + prefix,
			Dispute: frente.Dispute{Record: frente.Record{Ref: "fmcs:" + prefix + ":" + string(rune('a'+i%26)) + strings.Repeat("z", i/26)},
				Kind: frente.DisputeStrike, Start: "2022-02-01", Place: frente.Place{Country: "US"}}}
	}
	return rows
}
