package http

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/frente/frente"
	"github.com/frente/frente/storetest"
)

// created follows the 303 of a successful form to the record's page.
func (s *site) created(t *testing.T, res pageResult, prefix string) pageResult {
	t.Helper()
	loc := res.header.Get("Location")
	if res.status != http.StatusSeeOther || !strings.HasPrefix(loc, prefix) {
		t.Fatalf("answer %d to %q, want 303 to %s…; body:\n%.3000s", res.status, loc, prefix, res.body)
	}
	return s.get(loc)
}

// wantFieldError fails unless the field shows message next to it.
func wantFieldError(t *testing.T, body, field, message string) {
	t.Helper()
	block := fieldBlock(t, body, field)
	if !strings.Contains(block, `class="error"`) || !strings.Contains(block, message) || !strings.Contains(block, `aria-invalid="true"`) {
		t.Errorf("field %s does not show %q:\n%s", field, message, block)
	}
}

func countOrgs(t *testing.T, s frente.Store) int {
	t.Helper()
	p, err := s.FindOrganizations(sysCtx(), frente.OrganizationFilter{})
	if err != nil {
		t.Fatal(err)
	}
	return p.Total
}

func TestOrganizationForm(t *testing.T) {
	stores(t, func(t *testing.T, store frente.Store) {
		f := seedFront(t, store)
		s := newSite(t, store)
		s.lang = "en"
		// Logged out, the form is not offered: the login comes first, and
		// leads back to it.
		res := s.get("/organizations/new")
		if res.status != http.StatusSeeOther || res.header.Get("Location") != "/login?next=%2Forganizations%2Fnew" {
			t.Fatalf("logged out: %d to %q", res.status, res.header.Get("Location"))
		}
		addUser(t, store, "editor@mineros.example", false, map[frente.ID]frente.Role{f.Mineros.ID: frente.RoleEditor})
		s.logIn(t, "editor@mineros.example", testPassword, "/organizations/new")

		s.get("/organizations/new").want(t, http.StatusOK, `name="kind"`, `name="parent_id"`, `<option value="MX">Mexico</option>`)
		s.get("/organizations/new?parent="+idValue(f.Mineros.ID)).want(t, http.StatusOK,
			`<option value="`+idValue(f.Mineros.ID)+`" selected>`, `<option value="local" selected>`, `<option value="MX" selected>`)

		page := s.created(t, s.post("/organizations", url.Values{"kind": {"local"}, "name": {"Sección 201"}, "number": {"201"},
			"country": {"MX"}, "region": {"Zacatecas"}, "city": {"Sombrerete"}, "parent_id": {idValue(f.Mineros.ID)},
			"visibility": {"public"}, "sources": {"https://example.org/s201 Section history\nMinutes of the 2020 assembly"}}), "/organizations/")
		page.want(t, http.StatusOK, "<h1>Sección 201</h1>", "Sombrerete, Zacatecas, Mexico", ">Los Mineros</a>",
			`href="https://example.org/s201"`, "Section history", "Minutes of the 2020 assembly")

		// Empty name and an unknown country: the form comes back with what
		// was typed and each problem next to its field; nothing is written.
		before := countOrgs(t, store)
		res = s.post("/organizations", url.Values{"kind": {"union"}, "name": {"  "}, "short_name": {"SNTE"}, "country": {"XX"},
			"visibility": {"private"}, "sources": {"a note\nhttp:/broken link"}})
		res.want(t, http.StatusUnprocessableEntity, `class="summary"`, `value="SNTE"`, `<option value="XX" selected>XX</option>`,
			`<a href="#f-name">Name</a>`)
		wantFieldError(t, res.body, "name", "This is required.")
		wantFieldError(t, res.body, "country", "“XX” is not an ISO 3166-1 country code.")
		wantFieldError(t, res.body, "sources", "Line 2: “http:/broken” is not an http or https address.")
		summary := res.body[strings.Index(res.body, `class="summary"`):]
		if n, c, src := strings.Index(summary, "#f-name"), strings.Index(summary, "#f-country"), strings.Index(summary, "#f-sources"); !(n < c && c < src) {
			t.Errorf("summary not in the order of the fields: name %d, country %d, sources %d", n, c, src)
		}
		res = s.post("/organizations", url.Values{"kind": {""}, "name": {"No kind"}, "country": {"MX"}})
		wantFieldError(t, res.body, "kind", "This is required.")
		if n := countOrgs(t, store); n != before {
			t.Errorf("%d organizations after an invalid form, want %d", n, before)
		}

		// A union cannot be put below its own section.
		s.lang = "es"
		res = s.post("/organizations/"+idValue(f.Mineros.ID), url.Values{"kind": {"union"}, "name": {f.Mineros.Name},
			"country": {"MX"}, "parent_id": {idValue(f.S65.ID)}, "visibility": {"public"}})
		res.want(t, http.StatusUnprocessableEntity, "Corrija lo siguiente")
		wantFieldError(t, res.body, "parent_id", "Esto pondría a la organización debajo de sí misma.")
		if o, _ := store.FindOrganizationByID(sysCtx(), f.Mineros.ID); o.ParentID != 0 {
			t.Errorf("parent written despite the cycle: %d", o.ParentID)
		}
	})
}

func TestEditKeepsWhatTheFormDoesNotShow(t *testing.T) {
	store := storetest.SQLite(t)
	f := seedFront(t, store)
	if _, err := store.UpdateOrganization(sysCtx(), f.USW.ID, func(o *frente.Organization) error { o.Ref = "usw"; return nil }); err != nil {
		t.Fatal(err)
	}
	s := newAdminSite(t, store)
	edit := s.get("/organizations/" + idValue(f.USW.ID) + "/edit")
	edit.want(t, http.StatusOK, `value="United Steelworkers"`, `value="USW"`, `<option value="union" selected>`, `action="/organizations/`+idValue(f.USW.ID)+`/delete"`)
	// Neither the organization nor a company is offered as its parent.
	parents := fieldBlock(t, edit.body, "parent_id")
	if strings.Contains(parents, `value="`+idValue(f.USW.ID)+`"`) || strings.Contains(parents, `value="`+idValue(f.Group.ID)+`"`) {
		t.Errorf("a union is offered itself or a company as its parent:\n%s", parents)
	}
	if !strings.Contains(parents, `value="`+idValue(f.Mineros.ID)+`"`) {
		t.Errorf("another union is not offered as parent:\n%s", parents)
	}
	edit = s.get("/organizations/" + idValue(f.Mineros.ID) + "/edit")
	if strings.Contains(fieldBlock(t, edit.body, "parent_id"), `value="`+idValue(f.S65.ID)+`"`) {
		t.Error("a section is offered as the parent of its own union")
	}
	s.created(t, s.post("/organizations/"+idValue(f.USW.ID), url.Values{"kind": {"union"}, "name": {"United Steelworkers (USW)"},
		"short_name": {"USW"}, "country": {"US"}, "visibility": {"public"}}), "/organizations/").want(t, http.StatusOK, "<h1>United Steelworkers (USW)</h1>")
	o, err := store.FindOrganizationByID(sysCtx(), f.USW.ID)
	if err != nil || o.Ref != "usw" || o.Region != "" {
		t.Errorf("after edit: %+v, %v", o, err)
	}
}

func TestWorkplaceForm(t *testing.T) {
	stores(t, func(t *testing.T, store frente.Store) {
		f := seedFront(t, store)
		s := newAdminSite(t, store)
		s.get("/workplaces/new?operator="+idValue(f.Asarco.ID)).want(t, http.StatusOK, `<option value="`+idValue(f.Asarco.ID)+`" selected>`,
			`type="checkbox" name="represented_by" value="`+idValue(f.USW.ID)+`"`)
		res := s.post("/workplaces", url.Values{"name": {"Ray mine"}, "kind": {"mine"}, "operator_id": {idValue(f.Asarco.ID)},
			"represented_by": {idValue(f.USW.ID), idValue(f.S65.ID)}, "country": {"US"}, "region": {"Arizona"}, "city": {"Kearny"},
			"visibility": {"campaign"}, "campaigns": {idValue(f.Campaign.ID)}, "owner_id": {idValue(f.USW.ID)}})
		page := s.created(t, res, "/workplaces/")
		page.want(t, http.StatusOK, "<h1>Ray mine</h1>", "Americas Mining Corporation", ">ASARCO</a>", "United Steelworkers", "Sección 65",
			"Shared with its campaigns", "shared with: <a href=\"/campaigns/"+idValue(f.Campaign.ID)+"\">Common front at Grupo México</a>")
		edit := s.get(res.header.Get("Location") + "/edit")
		edit.want(t, http.StatusOK, `name="campaigns" value="`+idValue(f.Campaign.ID)+`" checked`, `<option value="campaign" selected>`)

		// An employer cannot represent workers; the choices stay ticked.
		res = s.post("/workplaces", url.Values{"name": {"Bad"}, "kind": {"mine"}, "represented_by": {idValue(f.Asarco.ID), idValue(f.USW.ID)},
			"country": {"US"}, "visibility": {"public"}})
		res.want(t, http.StatusUnprocessableEntity, `value="`+idValue(f.USW.ID)+`" checked`, `value="`+idValue(f.Asarco.ID)+`" checked`)
		wantFieldError(t, res.body, "represented_by", "ASARCO (Employer) cannot be chosen here.")
		if p, _ := store.FindWorkplaces(sysCtx(), frente.WorkplaceFilter{ListOptions: frente.ListOptions{Q: "Bad"}}); p.Total != 0 {
			t.Error("invalid workplace written")
		}
	})
}

func TestPersonAndPositionForms(t *testing.T) {
	stores(t, func(t *testing.T, store frente.Store) {
		f := seedFront(t, store)
		s := newAdminSite(t, store)
		s.lang = "es"
		res := s.post("/people", url.Values{"name": {""}, "country": {"ZZ"}, "notes": {"keeps this"}, "visibility": {"public"}})
		res.want(t, http.StatusUnprocessableEntity, "keeps this")
		wantFieldError(t, res.body, "name", "Este dato es obligatorio.")
		wantFieldError(t, res.body, "country", "«ZZ» no es un código de país ISO 3166-1.")

		person := s.created(t, s.post("/people", url.Values{"name": {"Sergio Beltrán Reyes"}, "country": {"MX"}, "visibility": {"public"}}), "/people/")
		person.want(t, http.StatusOK, "<h1>Sergio Beltrán Reyes</h1>", "México", "No hay cargos registrados.")
		id := strings.TrimPrefix(s.post("/people", url.Values{"name": {"Juan Linares Montufar"}, "visibility": {"public"}}).header.Get("Location"), "/people/")

		// A position started from the person's page returns there.
		form := s.get("/positions/new?person=" + id)
		form.want(t, http.StatusOK, `<option value="`+id+`" selected>Juan Linares Montufar</option>`, `name="back" value="/people/`+id+`"`)
		res = s.post("/positions", url.Values{"person_id": {id}, "organization_id": {idValue(f.Mineros.ID)}, "title": {"Secretary"},
			"from": {"2012-05-01"}, "to": {"2010-01-01"}, "visibility": {"public"}, "back": {"/people/" + id}})
		res.want(t, http.StatusUnprocessableEntity, `value="2012-05-01"`)
		wantFieldError(t, res.body, "to", "Es anterior a la fecha de inicio.")
		page := s.created(t, s.post("/positions", url.Values{"person_id": {id}, "organization_id": {idValue(f.Mineros.ID)},
			"title": {"Secretary of the General Council of Vigilance and Justice"}, "from": {"2012-05-01"}, "visibility": {"public"},
			"back": {"/people/" + id}}), "/people/"+id)
		page.want(t, http.StatusOK, "Secretary of the General Council of Vigilance and Justice", "2012-05-01", "la actualidad")

		// Started from the organization's page, it returns there.
		res = s.post("/positions", url.Values{"person_id": {id}, "organization_id": {idValue(f.S65.ID)}, "title": {"Delegate"},
			"visibility": {"public"}, "back": {"/organizations/" + idValue(f.S65.ID)}})
		s.created(t, res, "/organizations/"+idValue(f.S65.ID)).want(t, http.StatusOK, "Delegate", "Juan Linares Montufar")
		// An off-site "back" is not followed.
		res = s.post("/positions", url.Values{"person_id": {id}, "organization_id": {idValue(f.S65.ID)}, "title": {"Adviser"},
			"visibility": {"public"}, "back": {"//evil.example/"}})
		if loc := res.header.Get("Location"); loc != "/people/"+id {
			t.Errorf("off-site back: Location %q", loc)
		}
	})
}

func TestCampaignForm(t *testing.T) {
	stores(t, func(t *testing.T, store frente.Store) {
		f := seedFront(t, store)
		s := newAdminSite(t, store)
		s.get("/campaigns/new").want(t, http.StatusOK, `name="members"`, `name="target_id"`, `name="countries"`)
		page := s.created(t, s.post("/campaigns", url.Values{"name": {"ASARCO bargaining"}, "target_id": {idValue(f.Asarco.ID)},
			"members": {idValue(f.USW.ID), idValue(f.Mineros.ID)}, "countries": {"us, mx"}, "description": {"Five locals."},
			"visibility": {"public"}}), "/campaigns/")
		page.want(t, http.StatusOK, "<h1>ASARCO bargaining</h1>", "Mexico, United States", "Hayden smelter", "Five locals.")
		if strings.Contains(page.body, "Mina de Cananea") {
			t.Error("a workplace outside the target's tree is listed")
		}

		res := s.post("/campaigns", url.Values{"name": {"Bad"}, "countries": {"MX ZZ"},
			"sources": {"https://ok.example/\n\nftp://x.example/ file"}, "visibility": {"public"}})
		res.want(t, http.StatusUnprocessableEntity, "MX ZZ")
		wantFieldError(t, res.body, "countries", "“ZZ” is not an ISO 3166-1 country code.")
		wantFieldError(t, res.body, "sources", "Line 3: “ftp://x.example/” is not an http or https address.")
		res = s.post("/campaigns", url.Values{"name": {"Bad"}, "target_id": {idValue(f.USW.ID)}, "visibility": {"public"}})
		wantFieldError(t, res.body, "target_id", "United Steelworkers (Union) cannot be chosen here.")
		if p, _ := store.FindCampaigns(sysCtx(), frente.CampaignFilter{}); p.Total != 2 {
			t.Errorf("%d campaigns, want 2", p.Total)
		}
	})
}

func TestDelete(t *testing.T) {
	stores(t, func(t *testing.T, store frente.Store) {
		f := seedFront(t, store)
		s := newAdminSite(t, store)
		s.lang = "es"
		mineros := "/organizations/" + idValue(f.Mineros.ID)

		// No confirmation: nothing happens.
		res := s.post(mineros+"/delete", url.Values{})
		res.want(t, http.StatusUnprocessableEntity, "Marque la casilla para confirmar el borrado.")
		// Confirmed, but it has sections below it.
		res = s.post(mineros+"/delete", url.Values{"confirm": {"yes"}})
		res.want(t, http.StatusConflict, "Esta organización tiene 2 organizaciones debajo", `value="`+f.Mineros.Name+`"`)
		if _, err := store.FindOrganizationByID(sysCtx(), f.Mineros.ID); err != nil {
			t.Fatal(err)
		}

		res = s.post("/workplaces/"+idValue(f.MissionMine.ID)+"/delete", url.Values{"confirm": {"yes"}})
		if res.status != http.StatusSeeOther || res.header.Get("Location") != "/workplaces" {
			t.Fatalf("delete workplace: %d to %q", res.status, res.header.Get("Location"))
		}
		s.get("/workplaces/"+idValue(f.MissionMine.ID)).want(t, http.StatusNotFound)

		s.created(t, s.post("/people/"+idValue(f.Leader.ID)+"/delete", url.Values{"confirm": {"yes"}}), "/people").want(t, http.StatusOK)
		s.created(t, s.post("/campaigns/"+idValue(f.Campaign.ID)+"/delete", url.Values{"confirm": {"yes"}}), "/").want(t, http.StatusOK, "Aún no hay campañas")
		s.post("/campaigns/999/delete", url.Values{"confirm": {"yes"}}).want(t, http.StatusNotFound, "No encontrado")
	})
}
