package http

import (
	"encoding/xml"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/frente/frente"
)

// TestDisputePages records a strike and an incident through the forms,
// refuses impossible dates next to their fields and lines, and draws the
// campaign's timeline as a chart (well-formed SVG) beside a table.
func TestDisputePages(t *testing.T) {
	stores(t, func(t *testing.T, store frente.Store) {
		f := seedFront(t, store)
		addUser(t, store, "editor@mineros.example", false, map[frente.ID]frente.Role{f.Mineros.ID: frente.RoleEditor})
		s := newSite(t, store)
		s.lang = "es"
		s.logIn(t, "editor@mineros.example", testPassword, "/disputes/new")
		s.get("/disputes/new?campaign="+idValue(f.Campaign.ID)).want(t, http.StatusOK, `name="events"`, "Huelga")

		id, page := s.createdAt(t, s.post("/disputes", url.Values{"title": {"Huelga de Cananea"}, "kind": {"strike"}, "start": {"2007-07-30"},
			"union_ids": {idValue(f.S65.ID)}, "employer_id": {idValue(f.Group.ID)}, "workplace_ids": {idValue(f.CananeaMine.ID)},
			"campaign_ids": {idValue(f.Campaign.ID)}, "authorized": {"yes"}, "demands": {"Seguridad\nAutonomía sindical"},
			"events":     {"2010-06-06 | eviction | Desalojo de los huelguistas\n2013-07-30 | report | Seis años de resistencia"},
			"place.city": {"Cananea"}, "place.country": {"MX"}, "owner_id": {idValue(f.Mineros.ID)}, "visibility": {"public"}}), "/disputes/")
		page.want(t, http.StatusOK, "<h1>Huelga de Cananea</h1>", "al menos 6 años (2193 días)", "Falta confirmar", "Desalojo", "2013-07-30")

		// Impossible dates: each next to its field, events by line.
		future := time.Now().AddDate(1, 0, 0).Format(time.DateOnly)
		res := s.post("/disputes", url.Values{"title": {"Mal"}, "kind": {"strike"}, "start": {"2020-05-01"}, "end": {"2020-04-01"},
			"events": {"2020-04-15 | arrest | antes\n\n" + future + " | arrest | futuro"}, "authorized": {"unknown"},
			"owner_id": {idValue(f.Mineros.ID)}, "visibility": {"private"}})
		res.want(t, http.StatusUnprocessableEntity, `class="summary"`)
		wantFieldError(t, res.body, "end", "")
		wantFieldError(t, res.body, "events", "Línea 1")
		if _, err := store.FindDisputes(sysCtx(), frente.DisputeFilter{ListOptions: frente.ListOptions{Q: "Mal"}}); err != nil {
			t.Fatal(err)
		}
		if p, _ := store.FindDisputes(sysCtx(), frente.DisputeFilter{ListOptions: frente.ListOptions{Q: "mal"}}); p.Total != 0 {
			t.Errorf("a refused form stored a dispute")
		}
		res = s.post("/disputes", url.Values{"title": {"Futuro"}, "kind": {"strike"}, "start": {future}, "authorized": {"unknown"},
			"owner_id": {idValue(f.Mineros.ID)}, "visibility": {"private"}})
		wantFieldError(t, res.body, "start", "futuro")

		_, inc := s.createdAt(t, s.post("/incidents", url.Values{"title": {"Pasta de Conchos"}, "date": {"2006-02-19"}, "kind": {"explosion"},
			"dead": {"65"}, "incident_demands": {"open | 2006-02-19 | | Rescatar los cuerpos"}, "campaign_ids": {idValue(f.Campaign.ID)},
			"dispute_ids": {id}, "owner_id": {idValue(f.Mineros.ID)}, "visibility": {"public"}}), "/incidents/")
		inc.want(t, http.StatusOK, "Pasta de Conchos", "Rescatar los cuerpos", "Pendiente", "próximo aniversario")
		res = s.post("/incidents", url.Values{"title": {"X"}, "date": {"2006-02-19"}, "kind": {"fire"},
			"incident_demands": {"open | 2006-02-19 | 2007-01-01 | algo"}, "owner_id": {idValue(f.Mineros.ID)}, "visibility": {"private"}})
		wantFieldError(t, res.body, "incident_demands", "Línea 1")

		// The campaign's timeline: the chart and the table.
		tl := s.get("/campaigns/" + idValue(f.Campaign.ID) + "/timeline")
		tl.want(t, http.StatusOK, "Cronología", `<svg`, "Huelga de Cananea", `id="timeline-table"`, "Pasta de Conchos")
		req, _ := http.NewRequest(http.MethodGet, s.srv.URL+"/campaigns/"+idValue(f.Campaign.ID)+"/timeline.svg", nil)
		svg, err := s.client.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer svg.Body.Close()
		if ct := svg.Header.Get("Content-Type"); !strings.HasPrefix(ct, "image/svg+xml") {
			t.Errorf("Content-Type %q", ct)
		}
		body, _ := io.ReadAll(svg.Body)
		var doc struct {
			XMLName xml.Name
			Title   string `xml:"title"`
			Desc    string `xml:"desc"`
		}
		if err := xml.Unmarshal(body, &doc); err != nil || doc.XMLName.Local != "svg" || doc.Title == "" || doc.Desc == "" {
			t.Fatalf("the timeline is not an SVG with a title and a description: %v %+v", err, doc)
		}
		if !strings.Contains(string(body), "Huelga de Cananea") || !strings.Contains(string(body), "Pasta de Conchos") {
			t.Error("the chart lacks the strike or the incident")
		}
		// Lists and filters.
		s.get("/disputes?ongoing=true&needs_confirmation=true").want(t, http.StatusOK, "Huelga de Cananea", "falta confirmar")
		s.get("/incidents").want(t, http.StatusOK, "Pasta de Conchos", "65")
	})
}
