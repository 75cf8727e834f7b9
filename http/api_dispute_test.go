package http_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/frente/frente"
)

const (
	disputesURL  = "/api/v1/disputes"
	incidentsURL = "/api/v1/incidents"
)

func init() {
	apiGroups = append(apiGroups, struct {
		name string
		run  func(t *testing.T, a *apiT)
	}{"disputes and incidents", testAPIDisputes})
	unreachable["deleteIncident"] = []int{409} // nothing refers to an incident
}

func testAPIDisputes(t *testing.T, a *apiT) {
	ctx := frente.WithViewer(context.Background(), frente.System)
	gm := &frente.Organization{Kind: "corporate-group", Name: "Grupo México", Country: "MX", Record: frente.Record{Visibility: frente.Public}}
	mineros := &frente.Organization{Kind: "union", Name: "Los Mineros", Country: "MX", Record: frente.Record{Visibility: frente.Public}}
	for _, o := range []*frente.Organization{gm, mineros} {
		if err := a.store.CreateOrganization(ctx, o); err != nil {
			t.Fatal(err)
		}
	}
	a.vars["gm"], a.vars["mineros"] = fmt.Sprint(gm.ID), fmt.Sprint(mineros.ID)
	a.vars["viewer"] = "Bearer " + userToken(t, a.store, "viewer@mineros.example", mineros.ID, frente.RoleViewer)
	a.vars["future"] = time.Now().AddDate(1, 0, 0).Format(time.DateOnly)
	viewer := map[string]string{"Authorization": "{{viewer}}"}
	big := `"` + strings.Repeat("x", 1<<20) + `"`

	a.run(t, []step{
		{name: "the Cananea strike", method: "POST", url: disputesURL, status: 201, save: "cananea",
			body: `{"title": "Huelga de Cananea", "owner_id": {{mineros}}, "visibility": "public", "union_ids": [{{mineros}}], "employer_id": {{gm}},
				"start": "2007-07-30", "workers": 1300, "authorized": "yes", "demands": ["Health and safety"], "ref": "cananea",
				"place": {"city": "Cananea", "region": "Sonora", "country": "mx", "latitude": 30.98, "longitude": -110.29},
				"events": [{"date": "2013-07-30", "kind": "report", "description": "More than six years of resistance"},
				           {"date": "2010-06-06", "kind": "eviction", "description": "Police evict the strikers"}]}`,
			want: map[string]string{"/kind": "strike", "/last_confirmed": "2013-07-30", "/ongoing": "true", "/needs_confirmation": "true",
				"/duration_days": "2193", "/events/0/kind": "eviction", "/place/country": "MX", "/end": ""}},
		{name: "an ended lockout", method: "POST", url: disputesURL, status: 201, save: "lockout",
			body: `{"title": "Cierre", "kind": "lockout", "owner_id": {{mineros}}, "visibility": "public", "start": "2020-01-01", "end": "2020-01-31"}`,
			want: map[string]string{"/duration_days": "31", "/ongoing": "false", "/needs_confirmation": "false"}},
		{name: "an end before the start", method: "POST", url: disputesURL, status: 400,
			body: `{"title": "X", "start": "2020-02-01", "end": "2020-01-01"}`, fields: []string{"end=before_start"}},
		{name: "a future start", method: "POST", url: disputesURL, status: 400,
			body: `{"title": "X", "start": "{{future}}"}`, fields: []string{"start=future"}},
		{name: "an event outside the span", method: "POST", url: disputesURL, status: 400,
			body:   `{"title": "X", "start": "2020-02-01", "end": "2020-03-01", "events": [{"date": "2020-01-15", "kind": "arrest"}, {"date": "2020-05-01", "kind": "arrest"}]}`,
			fields: []string{"events[0].date=outside_span", "events[1].date=outside_span"}},
		{name: "a ref taken", method: "POST", url: disputesURL, status: 409, body: `{"title": "X", "start": "2020-02-01", "ref": "cananea"}`},
		{name: "a viewer starts nothing", method: "POST", url: disputesURL, status: 403, header: viewer,
			body: `{"title": "X", "start": "2020-02-01", "owner_id": {{mineros}}}`},
		{name: "too large", method: "POST", url: disputesURL, status: 413, body: `{"title": ` + big + `}`},
		{name: "list ongoing, needing confirmation", method: "GET", url: disputesURL + "?ongoing=true&needs_confirmation=true&employer={{gm}}", status: 200,
			want: map[string]string{"/total": "1", "/items/0/id": "{{cananea}}"}},
		{name: "list with a bad filter", method: "GET", url: disputesURL + "?ongoing=maybe", status: 400, fields: []string{"ongoing=invalid_filter"}},
		{name: "get", method: "GET", url: disputesURL + "/{{cananea}}", status: 200, want: map[string]string{"/place/latitude": "30.98"}},
		{name: "get none", method: "GET", url: disputesURL + "/999999", status: 404},
		{name: "confirm it with a report", method: "PATCH", url: disputesURL + "/{{cananea}}", status: 200,
			body: `{"events": [{"date": "2010-06-06", "kind": "eviction"}, {"date": "2014-01-15", "kind": "report", "description": "Still on strike"}]}`,
			want: map[string]string{"/last_confirmed": "2014-01-15"}},
		{name: "a future end", method: "PATCH", url: disputesURL + "/{{cananea}}", status: 400, body: `{"end": "{{future}}"}`, fields: []string{"end=future"}},
		{name: "patch a ref taken", method: "PATCH", url: disputesURL + "/{{lockout}}", status: 409, body: `{"ref": "cananea"}`},
		{name: "a viewer changes nothing", method: "PATCH", url: disputesURL + "/{{cananea}}", status: 403, header: viewer, body: `{"outcome": "x"}`},
		{name: "patch none", method: "PATCH", url: disputesURL + "/999999", status: 404, body: `{"outcome": "x"}`},
		{name: "patch too large", method: "PATCH", url: disputesURL + "/{{cananea}}", status: 413, body: `{"outcome": ` + big + `}`},

		{name: "Pasta de Conchos", method: "POST", url: incidentsURL, status: 201, save: "conchos",
			body: `{"title": "Pasta de Conchos", "date": "2006-02-19", "kind": "explosion", "dead": 65, "owner_id": {{mineros}}, "visibility": "public",
				"demands": [{"text": "Recover the bodies", "since": "2006-02-19"}], "dispute_ids": [{{cananea}}], "ref": "conchos"}`,
			want: map[string]string{"/demands/0/status": "open", "/dead": "65", "/dispute_ids": "[{{cananea}}]"}},
		{name: "a future incident", method: "POST", url: incidentsURL, status: 400, body: `{"title": "X", "date": "{{future}}"}`, fields: []string{"date=future"}},
		{name: "an incident ref taken", method: "POST", url: incidentsURL, status: 409, body: `{"title": "X", "date": "2020-01-01", "ref": "conchos"}`},
		{name: "a viewer records no incident", method: "POST", url: incidentsURL, status: 403, header: viewer,
			body: `{"title": "X", "date": "2020-01-01", "owner_id": {{mineros}}}`},
		{name: "an incident too large", method: "POST", url: incidentsURL, status: 413, body: `{"title": ` + big + `}`},
		{name: "list incidents of the strike", method: "GET", url: incidentsURL + "?dispute={{cananea}}&kind=explosion", status: 200,
			want: map[string]string{"/total": "1"}},
		{name: "list incidents badly", method: "GET", url: incidentsURL + "?kind=quake", status: 400, fields: []string{"kind=invalid_filter"}},
		{name: "get the incident", method: "GET", url: incidentsURL + "/{{conchos}}", status: 200, contains: []string{`"next_anniversary": "20`, `"years": 2`}},
		{name: "get no incident", method: "GET", url: incidentsURL + "/999999", status: 404},
		{name: "a met demand", method: "PATCH", url: incidentsURL + "/{{conchos}}", status: 200,
			body: `{"demands": [{"text": "Recover the bodies", "since": "2006-02-19", "status": "partly-met"}]}`, want: map[string]string{"/demands/0/status": "partly-met"}},
		{name: "an open demand with an end", method: "PATCH", url: incidentsURL + "/{{conchos}}", status: 400,
			body: `{"demands": [{"text": "Recover the bodies", "until": "2020-01-01"}]}`, fields: []string{"demands[0].until=still_open"}},
		{name: "another incident", method: "POST", url: incidentsURL, status: 201, save: "other",
			body: `{"title": "Derrumbe", "date": "2019-05-01", "kind": "collapse", "ref": "derrumbe", "owner_id": {{mineros}}}`},
		{name: "an incident ref taken on patch", method: "PATCH", url: incidentsURL + "/{{conchos}}", status: 409, body: `{"ref": "derrumbe"}`},
		{name: "a viewer changes no incident", method: "PATCH", url: incidentsURL + "/{{conchos}}", status: 403, header: viewer, body: `{"dead": 66}`},
		{name: "patch no incident", method: "PATCH", url: incidentsURL + "/999999", status: 404, body: `{"dead": 1}`},
		{name: "patch an incident too large", method: "PATCH", url: incidentsURL + "/{{conchos}}", status: 413, body: `{"description": ` + big + `}`},
		{name: "the strike stays while the incident refers to it", method: "DELETE", url: disputesURL + "/{{cananea}}", status: 409},
		{name: "a viewer deletes no incident", method: "DELETE", url: incidentsURL + "/{{conchos}}", status: 403, header: viewer},
		{name: "delete the incident", method: "DELETE", url: incidentsURL + "/{{conchos}}", status: 204},
		{name: "delete it again", method: "DELETE", url: incidentsURL + "/{{conchos}}", status: 404},
		{name: "a viewer deletes no dispute", method: "DELETE", url: disputesURL + "/{{cananea}}", status: 403, header: viewer},
		{name: "delete the strike", method: "DELETE", url: disputesURL + "/{{cananea}}", status: 204},
		{name: "delete it again", method: "DELETE", url: disputesURL + "/{{cananea}}", status: 404},
	})
}
