package http

import (
	"bytes"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"github.com/frente/frente"
	"github.com/frente/frente/contract"
	"github.com/frente/frente/ingest"
)

const pageAgreementText = `AGREEMENT BETWEEN ASARCO AND THE UNITED STEELWORKERS

ARTICLE 12 – GRIEVANCE PROCEDURE

Section 12.1 A grievance shall be presented within ten days.
The arbitrator shall decide any dispute not settled.

Section 12.2 No employee shall be disciplined without just cause.

ARTICLE 33 – DRUG AND ALCOHOL TESTING

An employee may be tested for drugs only upon reasonable suspicion, by a drug test at a certified laboratory.
`

const pageContratoText = `CONTRATO COLECTIVO DE TRABAJO DE LA SECCIÓN 65

CLÁUSULA PRIMERA. Procedimiento de quejas

Toda queja se presentará por escrito ante la comisión mixta. El procedimiento de quejas tendrá tres instancias y la decisión final corresponderá al árbitro.

CLÁUSULA SEGUNDA. Jornada de trabajo

La jornada de trabajo será de ocho horas diarias.
`

// postMultipart posts a multipart form with one file to path.
func (s *site) postMultipart(path string, fields url.Values, filename, content string) pageResult {
	s.t.Helper()
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	for k, vs := range fields {
		for _, v := range vs {
			_ = mw.WriteField(k, v)
		}
	}
	if filename != "" {
		fw, _ := mw.CreateFormFile("file", filename)
		_, _ = io.WriteString(fw, content)
	}
	_ = mw.Close()
	req, err := http.NewRequest(http.MethodPost, s.srv.URL+path, &body)
	if err != nil {
		s.t.Fatal(err)
	}
	req.Header.Set("Content-Type", mw.FormDataContentType())
	return s.do(req)
}

// ingestFor stores an agreement the quick way, for pages that show one.
func ingestFor(t *testing.T, store frente.Store, name, text string, meta ingest.Meta) *frente.Agreement {
	t.Helper()
	res, err := ingest.File(sysCtx(), store, name, []byte(text), meta, contract.Options{NoPdftotext: true})
	if err != nil {
		t.Fatal(err)
	}
	return res.Agreement
}

func agreementTotal(t *testing.T, store frente.Store) int {
	t.Helper()
	p, err := store.FindAgreements(sysCtx(), frente.AgreementFilter{})
	if err != nil {
		t.Fatal(err)
	}
	return p.Total
}

var locationID = regexp.MustCompile(`^/agreements/(\d+)$`)

func TestAgreementUploadPage(t *testing.T) {
	stores(t, func(t *testing.T, store frente.Store) {
		f := seedFront(t, store)
		s := newSite(t, store)
		editor := addUser(t, store, "editor@usw.example", false, map[frente.ID]frente.Role{f.USW.ID: frente.RoleEditor})
		s.loginAs(editor)
		s.get("/agreements").want(t, 200, `enctype="multipart/form-data"`, `name="file"`, `id="f-union_ids"`)

		fields := url.Values{"owner_id": {idValue(f.USW.ID)}, "visibility": {"private"}, "employer_id": {idValue(f.Asarco.ID)},
			"union_ids": {idValue(f.USW.ID)}, "expiry_date": {"2000-01-31"}}
		res := s.postMultipart("/agreements", fields, "junk.txt", "\x00\x01\x02 junk \xff\xfe\x00")
		res.want(t, http.StatusUnprocessableEntity)
		if block := fieldBlock(t, res.body, "file"); !strings.Contains(block, `class="error"`) || !strings.Contains(block, "binary") {
			t.Errorf("the parser's reason is not next to the file field:\n%s", block)
		}
		if !strings.Contains(res.body, `value="2000-01-31"`) {
			t.Error("the form sent back lost the expiry date")
		}
		if n := agreementTotal(t, store); n != 0 {
			t.Fatalf("a refused upload stored %d agreements", n)
		}

		res = s.postMultipart("/agreements", fields, "asarco.txt", pageAgreementText)
		m := locationID.FindStringSubmatch(res.header.Get("Location"))
		if res.status != http.StatusSeeOther || m == nil {
			t.Fatalf("upload: %d to %q\n%.2000s", res.status, res.header.Get("Location"), res.body)
		}
		again := s.postMultipart("/agreements", fields, "copy.txt", pageAgreementText)
		if again.status != http.StatusSeeOther || again.header.Get("Location") != res.header.Get("Location") {
			t.Errorf("the same file again: %d to %q", again.status, again.header.Get("Location"))
		}
		page := s.get("/agreements/" + m[1])
		page.want(t, 200, "United Steelworkers", "ASARCO", `class="warning"`, "expired on 2000-01-31",
			`href="/api/v1/agreements/`+m[1]+`/original"`, `id="toc-heading"`, "GRIEVANCE PROCEDURE", "DRUG AND ALCOHOL TESTING")
		if !regexp.MustCompile(`<a href="#unit-\d+"><span class="unit-number">12\.1</span>`).MatchString(page.body) {
			t.Errorf("the contents do not link section 12.1:\n%.4000s", page.body)
		}
		// A chip names the topic and explains itself.
		if !regexp.MustCompile(`(?s)<details><summary><a href="/topics/drug-alcohol-testing">Drug[^<]*</a></summary>\s*<p>[^<]*matched`).MatchString(page.body) {
			t.Errorf("no explained drug testing chip:\n%.6000s", page.body)
		}
		if !strings.Contains(page.body, "The arbitrator shall decide") {
			t.Error("the text of section 12.1 is missing")
		}
		s.get("/agreements?employer="+idValue(f.Asarco.ID)).want(t, 200, ">AGREEMENT BETWEEN ASARCO AND THE UNITED STEELWORKERS<")
		if strings.Contains(s.get("/agreements?in_force=true").body, ">AGREEMENT BETWEEN ASARCO") {
			t.Error("an expired agreement is listed as in force")
		}

		// In Spanish, the same page, topics labelled in Spanish.
		es := s
		es.lang = "es"
		es.get("/agreements/"+m[1]).want(t, 200, "Índice", "venció el 2000-01-31")
	})
}

func TestAgreementTopicChoices(t *testing.T) {
	stores(t, func(t *testing.T, store frente.Store) {
		f := seedFront(t, store)
		ag := ingestFor(t, store, "asarco.txt", pageAgreementText, ingest.Meta{OwnerID: f.USW.ID, Visibility: frente.Public})
		units, err := store.AgreementUnits(sysCtx(), ag.ID)
		if err != nil || len(units) == 0 {
			t.Fatal(units, err)
		}
		unit := idValue(units[0].ID)
		editor := newSite(t, store)
		editor.loginAs(addUser(t, store, "editor@usw.example", false, map[frente.ID]frente.Role{f.USW.ID: frente.RoleEditor}))
		viewer := newSite(t, store)
		viewer.loginAs(addUser(t, store, "viewer@usw.example", false, map[frente.ID]frente.Role{f.USW.ID: frente.RoleViewer}))

		if strings.Contains(viewer.get("/agreements/"+idValue(ag.ID)).body, `action="/units/`) {
			t.Error("a viewer is offered the topic forms")
		}
		editor.get("/agreements/"+idValue(ag.ID)).want(t, 200, `action="/units/`+unit+`/topics"`, `<option value="seniority">`)
		form := url.Values{"code": {"seniority"}, "on": {"1"}, "agreement": {idValue(ag.ID)}}
		viewer.post("/units/"+unit+"/topics", form).want(t, http.StatusForbidden)
		res := editor.post("/units/"+unit+"/topics", form)
		if res.status != http.StatusSeeOther || res.header.Get("Location") != "/agreements/"+idValue(ag.ID)+"#unit-"+unit {
			t.Fatalf("add a topic: %d to %q", res.status, res.header.Get("Location"))
		}
		page := editor.get("/agreements/" + idValue(ag.ID))
		if !regexp.MustCompile(`<li class="chip by-person">\s*<details><summary><a href="/topics/seniority">Seniority</a> <span class="by">chosen by a person</span>`).MatchString(page.body) {
			t.Errorf("the chosen topic is not marked:\n%.6000s", page.body)
		}
		editor.post("/units/"+unit+"/topics", url.Values{"code": {"astrology"}, "on": {"1"}}).want(t, http.StatusBadRequest)
		res = editor.post("/units/"+unit+"/topics", url.Values{"code": {"seniority"}, "on": {"0"}, "agreement": {idValue(ag.ID)}})
		if res.status != http.StatusSeeOther || strings.Contains(editor.get("/agreements/"+idValue(ag.ID)).body, `href="/topics/seniority"`) {
			t.Errorf("remove a topic: %d", res.status)
		}
	})
}

func TestAgreementSearchPage(t *testing.T) {
	stores(t, func(t *testing.T, store frente.Store) {
		f := seedFront(t, store)
		ag := ingestFor(t, store, "asarco.txt", pageAgreementText, ingest.Meta{OwnerID: f.USW.ID, Visibility: frente.Private,
			EmployerID: f.Asarco.ID})
		hidden := ingestFor(t, store, "s65.txt", pageContratoText, ingest.Meta{OwnerID: f.Mineros.ID, Visibility: frente.Private})
		s := newSite(t, store)
		s.loginAs(addUser(t, store, "viewer@usw.example", false, map[frente.ID]frente.Role{f.USW.ID: frente.RoleViewer}))

		res := s.get("/agreements/search?q=arbitrating&employer=" + idValue(f.Asarco.ID) + "&in_force=true")
		res.want(t, 200, "<mark>arbitrator</mark>", fmt.Sprintf(`href="/agreements/%d#unit-`, ag.ID), "Results 1–1 of 1")
		if strings.Contains(s.get("/agreements/search?q=quejas").body, fmt.Sprintf(`/agreements/%d`, hidden.ID)) {
			t.Error("another union's private agreement is found")
		}
		s.get("/agreements/search?q=%22unclosed").want(t, 200, `class="summary"`)
		s.get("/agreements/search?q=grievance&topic=astrology").want(t, 200, `class="summary"`)
		s.get("/agreements/search").want(t, 200, `name="q"`)
		s.get("/").want(t, 200, `href="/agreements"`)
	})
}

func TestSafeSnippet(t *testing.T) {
	for in, want := range map[string]string{
		"a <mark>grievance</mark> &amp; more":      "a <mark>grievance</mark> &amp; more",
		"5 &lt; 6 &#39;x&#39; <mark>b</mark>":      "5 &lt; 6 &#39;x&#39; <mark>b</mark>",
		"<script>alert(1)</script> <mark>x</mark>": "&lt;script&gt;alert(1)&lt;/script&gt; x",
		"<mark onclick=x>y</mark>":                 "&lt;mark onclick=x&gt;y",
		"AT&T":                                     "AT&amp;T",
	} {
		if got := string(safeSnippet(in)); got != want {
			t.Errorf("safeSnippet(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestTopicAcrossAgreements(t *testing.T) {
	stores(t, func(t *testing.T, store frente.Store) {
		f := seedFront(t, store)
		en := ingestFor(t, store, "asarco.txt", pageAgreementText, ingest.Meta{OwnerID: f.USW.ID, Visibility: frente.Public,
			EmployerID: f.Asarco.ID, UnionIDs: []frente.ID{f.USW.ID}})
		es := ingestFor(t, store, "s65.txt", pageContratoText, ingest.Meta{OwnerID: f.Mineros.ID, Visibility: frente.Public,
			UnionIDs: []frente.ID{f.S65.ID}})
		outside := ingestFor(t, store, "other.txt", strings.Replace(pageAgreementText, "ASARCO", "ACME", 1), ingest.Meta{Visibility: frente.Public, OwnerID: f.USW.ID})
		s := newSite(t, store)
		s.get("/topics").want(t, 200, `href="/topics/grievance-procedure"`)
		res := s.get("/topics/grievance-procedure?campaign=" + idValue(f.Campaign.ID))
		res.want(t, 200, `<div class="compare">`, `12.1</span>`, "The arbitrator shall decide", "Toda queja se presentará")
		if n := strings.Count(res.body, `<section class="compare-col"`); n != 2 {
			t.Errorf("%d columns, want the campaign's 2:\n%.5000s", n, res.body)
		}
		for _, id := range []frente.ID{en.ID, es.ID} {
			if !strings.Contains(res.body, fmt.Sprintf(`<h2><a href="/agreements/%d">`, id)) {
				t.Errorf("agreement %d has no column", id)
			}
		}
		if strings.Contains(res.body, fmt.Sprintf(`<h2><a href="/agreements/%d">`, outside.ID)) {
			t.Error("an agreement outside the campaign has a column")
		}
		if n := strings.Count(s.get("/topics/grievance-procedure").body, `<section class="compare-col"`); n != 3 {
			t.Errorf("without a campaign, %d columns, want 3", n)
		}
		s.get("/topics/astrology").want(t, 404)
		s.get("/campaigns/"+idValue(f.Campaign.ID)).want(t, 200, `href="/topics?campaign=`+idValue(f.Campaign.ID)+`"`)
		s.get("/topics?campaign="+idValue(f.Campaign.ID)).want(t, 200, `href="/topics/wages?campaign=`+idValue(f.Campaign.ID)+`"`)
	})
}

func TestAgreementEditPages(t *testing.T) {
	stores(t, func(t *testing.T, store frente.Store) {
		f := seedFront(t, store)
		ag := ingestFor(t, store, "asarco.txt", pageAgreementText, ingest.Meta{OwnerID: f.USW.ID, Visibility: frente.Public})
		s := newAdminSite(t, store)
		path := "/agreements/" + idValue(ag.ID)
		s.get(path+"/edit").want(t, 200, `name="title"`, `action="`+path+`/delete"`)
		s.post(path, url.Values{"title": {""}, "language": {"en"}, "owner_id": {idValue(f.USW.ID)}, "visibility": {"public"}}).
			want(t, http.StatusUnprocessableEntity, `id="f-title-error"`)
		res := s.post(path, url.Values{"title": {"ASARCO–USW 2020"}, "language": {"en"}, "employer_id": {idValue(f.Asarco.ID)},
			"owner_id": {idValue(f.USW.ID)}, "visibility": {"public"}, "expiry_date": {"2099-01-01"}})
		if res.status != http.StatusSeeOther {
			t.Fatalf("save: %d\n%.3000s", res.status, res.body)
		}
		got, err := store.FindAgreementByID(sysCtx(), ag.ID)
		if err != nil || got.Title != "ASARCO–USW 2020" || got.EmployerID != f.Asarco.ID || got.File.SHA256 != ag.File.SHA256 || got.Units != ag.Units {
			t.Fatalf("saved: %+v %v", got, err)
		}
		s.post(path+"/delete", url.Values{}).want(t, http.StatusUnprocessableEntity)
		if res := s.post(path+"/delete", url.Values{"confirm": {"yes"}}); res.status != http.StatusSeeOther || res.header.Get("Location") != "/agreements" {
			t.Fatalf("delete: %d", res.status)
		}
		s.get(path).want(t, 404)
	})
}
