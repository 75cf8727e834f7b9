package http

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/frente/frente"
	fcontract "github.com/frente/frente/contract"
	"github.com/frente/frente/ingest"
)

const pageBargainingText = `AGREEMENT BETWEEN ASARCO AND THE USW AT HAYDEN

ARTICLE 14 – DRUG AND ALCOHOL TESTING

An employee may be tested for drugs only upon reasonable suspicion, with a union representative present.

ARTICLE 17 – CIVIL RIGHTS COMMITTEE

A joint civil rights committee shall meet every quarter.
`

// TestBargainingForms opens a table and tables, answers and settles
// proposals through the pages, in English and Spanish, and checks that
// impossible changes come back with the field named and change nothing.
func TestBargainingForms(t *testing.T) {
	stores(t, func(t *testing.T, store frente.Store) {
		f := seedFront(t, store)
		res0, err := ingest.File(sysCtx(), store, "hayden.txt", []byte(pageBargainingText),
			ingest.Meta{OwnerID: f.USW.ID, Visibility: frente.Private}, fcontract.Options{NoPdftotext: true})
		if err != nil {
			t.Fatal(err)
		}
		agreement := res0.Agreement.ID
		units, _ := store.AgreementUnits(sysCtx(), agreement)
		var testing14 frente.ID
		for _, u := range units {
			if u.Number == "14" {
				testing14 = u.ID
			}
		}
		addUser(t, store, "editor@usw.example", false, map[frente.ID]frente.Role{f.USW.ID: frente.RoleEditor})
		s := newSite(t, store)
		s.lang = "en"
		s.logIn(t, "editor@usw.example", testPassword, "/negotiations/new")

		s.get("/negotiations/new?campaign="+idValue(f.Campaign.ID)).want(t, http.StatusOK, `name="sessions"`,
			`<option value="`+idValue(f.Campaign.ID)+`" selected>`)
		table, page := s.createdAt(t, s.post("/negotiations", url.Values{"title": {"Hayden smelter 2026"}, "status": {"bargaining"},
			"union_ids": {idValue(f.USW.ID)}, "employer_id": {idValue(f.Asarco.ID)}, "agreement_id": {idValue(agreement)},
			"campaign_id": {idValue(f.Campaign.ID)}, "opened": {"2026-06-01"}, "owner_id": {idValue(f.USW.ID)}, "visibility": {"private"},
			"sessions": {"2026-06-15 | Tucson | second session\n2026-06-01 | Hayden | opening"}}), "/negotiations/")
		page.want(t, http.StatusOK, "<h1>Hayden smelter 2026</h1>", "Bargaining", "Tucson", "opening")

		// A bad session date comes back next to the sessions, nothing stored.
		res := s.post("/negotiations", url.Values{"title": {"Bad"}, "status": {"bargaining"}, "sessions": {"2026-13-40 | nowhere"},
			"owner_id": {idValue(f.USW.ID)}, "visibility": {"private"}})
		res.want(t, http.StatusUnprocessableEntity, `class="summary"`)
		wantFieldError(t, res.body, "sessions", "2026-13-40")

		form := s.get("/proposals/new?negotiation=" + table)
		form.want(t, http.StatusOK, `<option value="`+idValue(testing14)+`">`, "DRUG AND ALCOHOL TESTING", `name="takeaway"`)
		drugID, drug := s.createdAt(t, s.post("/proposals", url.Values{"negotiation_id": {table}, "side": {"employer"}, "date": {"2026-06-01"},
			"title": {"Random testing"}, "target_unit_id": {idValue(testing14)}, "status": {"open"},
			"text":     {"Employees shall be subject to random testing at the sole discretion of the Company."},
			"takeaway": {"true"}, "takeaway_reason": {"random testing replaces reasonable suspicion"},
			"owner_id": {idValue(f.USW.ID)}, "visibility": {"private"}}), "/proposals/")
		drug.want(t, http.StatusOK, "<h1>Random testing</h1>", "random testing replaces reasonable suspicion", `class="rl-del"`, `class="rl-ins"`)

		// The answer form starts from the answered proposal.
		s.get("/proposals/new?negotiation="+table+"&answers="+drugID).want(t, http.StatusOK,
			`<option value="`+drugID+`" selected>`, `<option value="union" selected>`)
		counter := s.created(t, s.post("/proposals", url.Values{"negotiation_id": {table}, "side": {"union"}, "date": {"2026-06-15"},
			"title": {"Keep reasonable suspicion"}, "target_unit_id": {idValue(testing14)}, "answers_id": {drugID}, "status": {"open"},
			"text":     {"An employee may be tested for drugs only upon reasonable suspicion, with a union representative present and a certified laboratory."},
			"owner_id": {idValue(f.USW.ID)}, "visibility": {"private"}}), "/proposals/")
		counter.want(t, http.StatusOK, "Keep reasonable suspicion", "Random testing")
		s.get("/proposals/"+drugID).want(t, http.StatusOK, "Countered")

		// Withdrawn, then an impossible agreement: refused, named, unchanged.
		p, _ := store.FindProposalByID(sysCtx(), mustID(t, drugID))
		values := url.Values{"negotiation_id": {table}, "side": {"employer"}, "date": {"2026-06-01"}, "title": {"Random testing"},
			"target_unit_id": {idValue(testing14)}, "text": {p.Text}, "takeaway": {"true"}, "owner_id": {idValue(f.USW.ID)}, "visibility": {"private"}}
		values.Set("status", "withdrawn")
		values.Set("status_note", "withdrawn at the table")
		s.created(t, s.post("/proposals/"+drugID, values), "/proposals/").want(t, http.StatusOK, "withdrawn at the table")
		s.get("/proposals/"+drugID+"/edit").want(t, http.StatusOK, `<option value="withdrawn" selected>`)
		values.Set("status", "tentatively-agreed")
		values.Set("title", "Sneaked")
		s.lang = "es"
		res = s.post("/proposals/"+drugID, values)
		res.want(t, http.StatusUnprocessableEntity, `class="summary"`)
		wantFieldError(t, res.body, "status", "Una propuesta en estado Retirada no puede pasar a Acordada en principio")
		if again, _ := store.FindProposalByID(sysCtx(), mustID(t, drugID)); again.Title != "Random testing" || again.Status != frente.ProposalWithdrawn {
			t.Errorf("a refused form changed the proposal: %q %s", again.Title, again.Status)
		}
		// A target outside the table's agreement.
		other, err := ingest.File(sysCtx(), store, "other.txt", []byte(strings.Replace(pageBargainingText, "HAYDEN", "RAY", 1)),
			ingest.Meta{OwnerID: f.USW.ID, Visibility: frente.Private}, fcontract.Options{NoPdftotext: true})
		if err != nil {
			t.Fatal(err)
		}
		ou, _ := store.AgreementUnits(sysCtx(), other.Agreement.ID)
		res = s.post("/proposals", url.Values{"negotiation_id": {table}, "side": {"union"}, "date": {"2026-06-16"}, "title": {"Elsewhere"},
			"target_unit_id": {idValue(ou[len(ou)-1].ID)}, "owner_id": {idValue(f.USW.ID)}, "visibility": {"private"}})
		res.want(t, http.StatusUnprocessableEntity)
		wantFieldError(t, res.body, "target_unit_id", "Esta cláusula no pertenece al contrato")

		// The two agreements compared, in Spanish: article 14 kept, its
		// redline offered; the picker keeps the choice.
		cmp := s.get("/compare?a=" + idValue(agreement) + "&b=" + idValue(other.Agreement.ID))
		cmp.want(t, http.StatusOK, "Comparar dos contratos", `<option value="`+idValue(agreement)+`" selected>`, "DRUG AND ALCOHOL TESTING", `data-change="same"`)
		s.get("/compare?a=x&b="+idValue(agreement)).want(t, http.StatusBadRequest)

		// The table page lists them, in Spanish.
		s.get("/negotiations/"+table).want(t, http.StatusOK, "Abierta", "Retirada", "Sindicato", "Empresa", "Concesión exigida")
		// A table with proposals is not deleted; the edit page says why.
		s.post("/negotiations/"+table+"/delete", url.Values{"confirm": {"yes"}}).want(t, http.StatusConflict, `id="delete-problem"`)
	})
}

// createdAt follows the 303 of a successful form and returns the id at
// the end of its address with the page there.
func (s *site) createdAt(t *testing.T, res pageResult, prefix string) (string, pageResult) {
	t.Helper()
	loc := res.header.Get("Location")
	page := s.created(t, res, prefix)
	return loc[strings.LastIndex(loc, "/")+1:], page
}

func mustID(t *testing.T, s string) frente.ID {
	t.Helper()
	id, err := frente.ParseID(s)
	if err != nil {
		t.Fatal(err)
	}
	return id
}
