package storetest

import (
	"bytes"
	"slices"
	"sort"
	"testing"

	"github.com/frente/frente"
	"github.com/frente/frente/contract"
	"github.com/frente/frente/ingest"
)

// englishAgreement and spanishAgreement are small agreements written for
// these tests.
const englishAgreement = `AGREEMENT BETWEEN ASARCO AND THE UNITED STEELWORKERS

ARTICLE 1 – RECOGNITION

The Company recognizes the Union as the sole bargaining agent of the employees.

ARTICLE 2 – GRIEVANCE PROCEDURE

Section 2.1 Time limits. A grievance shall be presented within ten days. The arbitrator shall decide any dispute
not settled, and arbitrating parties share the costs.

Section 2.2 Discipline. No employee shall be disciplined without just cause.

ARTICLE 3 – DRUG AND ALCOHOL TESTING

An employee may be tested for drugs only upon reasonable suspicion, by a drug test at a certified laboratory.
`

const spanishAgreement = `CONTRATO COLECTIVO DE TRABAJO DE LA SECCIÓN 65

CLÁUSULA PRIMERA. Reconocimiento

La empresa reconoce al sindicato como titular del contrato colectivo.

CLÁUSULA SEGUNDA. Despido y sanciones

Ningún trabajador será objeto de despido sin causa justificada. Toda sanción se comunicará por escrito.

CLÁUSULA TERCERA. Jornada de trabajo

La jornada de trabajo será de ocho horas diarias.
`

func ingestText(t *testing.T, s frente.Store, name, text string, meta ingest.Meta) ingest.Result {
	t.Helper()
	res, err := ingest.File(ctx(), s, name, []byte(text), meta, contract.Options{NoPdftotext: true})
	if err != nil {
		t.Fatalf("ingest %s: %v", name, err)
	}
	return res
}

func testAgreements(t *testing.T, open Opener) {
	a := newAccess(t, open)
	s := a.s
	asarco := mustOrg(t, s, frente.Organization{Kind: "employer", Name: "ASARCO", Country: "US"})
	meta := ingest.Meta{EmployerID: asarco.ID, UnionIDs: []frente.ID{a.local.ID}, OwnerID: a.local.ID, Visibility: frente.Private,
		EffectiveDate: "2020-01-01", ExpiryDate: "2030-12-31"}
	res := ingestText(t, s, "asarco.txt", englishAgreement, meta)
	ag := res.Agreement
	if res.Existing || ag.Language != "en" || ag.Units < 5 || ag.File.Size != int64(len(englishAgreement)) || len(ag.File.SHA256) != 64 {
		t.Fatalf("ingested %+v", ag)
	}
	units, err := s.AgreementUnits(ctx(), ag.ID)
	if err != nil || len(units) != ag.Units {
		t.Fatalf("units: %d %v", len(units), err)
	}
	byKey := map[string]*frente.Unit{}
	for _, u := range units {
		byKey[u.Key] = u
	}
	sec := byKey["article 2/section 2.1"]
	if sec == nil || sec.ParentID != byKey["article 2"].ID || sec.Depth != 1 {
		t.Fatalf("section 2.1 and its parent: %+v (keys %v)", sec, keys(byKey))
	}
	if !hasTopic(byKey["article 3"], "drug-alcohol-testing") || byKey["article 3"].Topics[0].Reason == "" {
		t.Fatalf("article 3 topics: %+v", byKey["article 3"])
	}
	orig, err := s.AgreementOriginal(ctx(), ag.ID)
	if err != nil || !bytes.Equal(orig, []byte(englishAgreement)) {
		t.Fatalf("original: %d bytes %v", len(orig), err)
	}

	// The same file again is recognised.
	again := ingestText(t, s, "copy-of-asarco.txt", englishAgreement, meta)
	if !again.Existing || again.Agreement.ID != ag.ID {
		t.Fatalf("same file again: %+v", again.Agreement)
	}

	es := ingestText(t, s, "seccion65.txt", spanishAgreement, ingest.Meta{OwnerID: a.mineros.ID, Visibility: frente.Public})
	if es.Agreement.Language != "es" {
		t.Fatalf("spanish agreement: %+v", es.Agreement)
	}

	// Listing filters.
	for _, c := range []struct {
		f    frente.AgreementFilter
		want []frente.ID
	}{
		{frente.AgreementFilter{EmployerID: asarco.ID}, []frente.ID{ag.ID}},
		{frente.AgreementFilter{UnionID: a.local.ID}, []frente.ID{ag.ID}},
		{frente.AgreementFilter{Country: "US"}, []frente.ID{ag.ID}},
		{frente.AgreementFilter{InForce: "2031-01-01"}, []frente.ID{es.Agreement.ID}},
		{frente.AgreementFilter{SHA256: ag.File.SHA256}, []frente.ID{ag.ID}},
	} {
		p, err := s.FindAgreements(ctx(), c.f)
		if err != nil || !slices.Equal(agreementIDs(p.Items), c.want) {
			t.Errorf("%+v: %v %v, want %v", c.f, agreementIDs(p.Items), err, c.want)
		}
	}
	// Visibility: another union does not see the private agreement.
	if _, err := s.FindAgreementByID(a.minerosAdmin, ag.ID); frente.ErrorCode(err) != frente.ENOTFOUND {
		t.Fatalf("another union reads a private agreement: %v", err)
	}
	if _, err := s.AgreementUnits(a.minerosAdmin, ag.ID); frente.ErrorCode(err) != frente.ENOTFOUND {
		t.Fatalf("another union reads its units: %v", err)
	}

	// A person's topic choice is kept, and applied again when the same
	// text comes back.
	recog := byKey["article 1"]
	wantCode(t, s.SetUnitTopic(a.localViewer, recog.ID, "union-security", true), frente.EFORBIDDEN)
	if err := s.SetUnitTopic(a.localEditor, recog.ID, "union-security", true); err != nil {
		t.Fatal(err)
	}
	if err := s.SetUnitTopic(a.localEditor, recog.ID, "recognition", false); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteAgreement(a.localEditor, ag.ID); err != nil {
		t.Fatal(err)
	}
	re := ingestText(t, s, "asarco.txt", englishAgreement, meta)
	units, _ = s.AgreementUnits(ctx(), re.Agreement.ID)
	for _, u := range units {
		if u.Key == "article 1" {
			if !hasTopic(u, "union-security") || hasTopic(u, "recognition") {
				t.Fatalf("choices not applied again: %+v", u.Topics)
			}
			for _, tp := range u.Topics {
				if tp.Code == "union-security" && (!tp.ByPerson || tp.Reason == "") {
					t.Fatalf("a person's topic: %+v", tp)
				}
			}
		}
	}

	// An ingest that fails leaves nothing behind.
	bad := []*frente.Unit{{Kind: "article", Number: "1", Key: "a1"}, {Kind: "section", Number: "1.1", Depth: 3, Key: "s"}}
	_, _, err = s.IngestAgreement(ctx(), &frente.Agreement{Title: "Broken", Language: "en", TextSHA256: "x",
		File: frente.AgreementFile{SHA256: "ab"}}, bad, []byte("x"))
	wantCode(t, err, frente.EINVALID)
	if p, _ := s.FindAgreements(ctx(), frente.AgreementFilter{ListOptions: frente.ListOptions{Q: "broken"}}); p.Total != 0 {
		t.Fatalf("a failed ingest left %d agreements", p.Total)
	}
}

func testSearch(t *testing.T, open Opener) {
	a := newAccess(t, open)
	s := a.s
	en := ingestText(t, s, "asarco.txt", englishAgreement, ingest.Meta{OwnerID: a.local.ID, Visibility: frente.Private}).Agreement
	es := ingestText(t, s, "seccion65.txt", spanishAgreement, ingest.Meta{OwnerID: a.mineros.ID, Visibility: frente.Public}).Agreement
	search := func(q frente.SearchQuery) frente.SearchResult {
		t.Helper()
		res, err := s.Search(ctx(), q)
		if err != nil {
			t.Fatalf("search %q: %v", q.Q, err)
		}
		return res
	}
	for _, c := range []struct {
		q     string
		lang  string
		units []string // "agreement:number"
	}{
		{"arbitrating", "", []string{"en:2.1"}},
		{"arbitrator", "en", []string{"en:2.1"}},
		{"despidos", "", []string{"es:SEGUNDA"}},
		{"sancion", "es", []string{"es:SEGUNDA"}},
		{`"just cause"`, "", []string{"en:2.2"}},
		{"grievance AND arbitrator", "", []string{"en:2.1"}},
		{"recognizes OR reconoce", "", []string{"en:1", "es:PRIMERA"}},
		{"employee NOT drugs", "en", []string{"en:1", "en:2.2"}},
		{"nothingmatchesthis", "", nil},
	} {
		res := search(frente.SearchQuery{Q: c.q, Lang: c.lang})
		var got []string
		for _, h := range res.Items {
			prefix := "en:"
			if h.AgreementID == es.ID {
				prefix = "es:"
			}
			got = append(got, prefix+h.UnitNumber)
		}
		sort.Strings(got)
		want := append([]string(nil), c.units...)
		sort.Strings(want)
		if !slices.Equal(got, want) || res.Total != len(want) {
			t.Errorf("search %q (%s): %v (total %d), want %v", c.q, c.lang, got, res.Total, want)
		}
	}
	// Snippets mark what matched.
	res := search(frente.SearchQuery{Q: "arbitrator"})
	if len(res.Items) != 1 || !bytes.Contains([]byte(res.Items[0].Snippet), []byte("<mark>arbitrator</mark>")) || res.Items[0].AgreementTitle == "" {
		t.Fatalf("hit: %+v", res.Items)
	}
	// Filters and visibility.
	if r := search(frente.SearchQuery{Q: "grievance", Topic: "grievance-procedure"}); r.Total == 0 {
		t.Error("topic filter finds nothing")
	}
	if r := search(frente.SearchQuery{Q: "grievance", Topic: "pension"}); r.Total != 0 {
		t.Errorf("topic filter pension: %d", r.Total)
	}
	if r, err := s.Search(a.minerosAdmin, frente.SearchQuery{Q: "grievance"}); err != nil || r.Total != 0 {
		t.Errorf("another union searches a private agreement: %d %v", r.Total, err)
	}
	if r, err := s.Search(a.anonymous, frente.SearchQuery{Q: "despido"}); err != nil || r.Total != 1 {
		t.Errorf("anonymous search of a public agreement: %d %v", r.Total, err)
	}
	_, err := s.Search(ctx(), frente.SearchQuery{Q: "   "})
	wantField(t, err, "q", "")
	_ = en
}

func hasTopic(u *frente.Unit, code string) bool {
	if u == nil {
		return false
	}
	for _, t := range u.Topics {
		if t.Code == code {
			return true
		}
	}
	return false
}

func keys[V any](m map[string]V) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func agreementIDs(as []*frente.Agreement) []frente.ID {
	out := []frente.ID{}
	for _, a := range as {
		out = append(out, a.ID)
	}
	return out
}
