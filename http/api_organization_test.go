package http_test

import (
	"fmt"
	"net/http"
	"net/url"
	"testing"
)

const orgs = "/api/v1/organizations"

func testAPIOrganizations(t *testing.T, a *apiT) {
	a.run(t, []step{
		// A tree of each side: union → section, group → employer.
		{name: "create union", method: "POST", url: orgs, status: 201, save: "mineros",
			body: `{"kind": "union", "name": "Sindicato Nacional de Trabajadores Mineros", "short_name": "Los Mineros", "country": "mx"}`,
			want: map[string]string{"/country": "MX", "/visibility": "private", "/parent_id": absent, "/sources": "[]"}},
		{name: "create section below it", method: "POST", url: orgs, status: 201, save: "s65",
			body: `{"kind": "local", "name": "Sección 65", "number": "65", "country": "MX", "region": "Sonora", "city": "Cananea", "parent_id": {{mineros}}}`,
			want: map[string]string{"/parent_id": "{{mineros}}", "/city": "Cananea"}},
		{name: "create USW", method: "POST", url: orgs, status: 201, save: "usw",
			body: `{"kind": "union", "name": "United Steelworkers", "short_name": "USW", "country": "US", "ref": "demo:usw",
				"sources": [{"url": "https://www.usw.org", "text": "USW"}]}`},
		{name: "create a USW local, parent as a string", method: "POST", url: orgs, status: 201, save: "l5613",
			body: `{"kind": "local", "name": "Local 5613", "number": "5613", "country": "US", "city": "Hayden", "parent_id": "{{usw}}"}`,
			want: map[string]string{"/parent_id": "{{usw}}"}},
		{name: "create group", method: "POST", url: orgs, status: 201, save: "grupo",
			body: `{"kind": "corporate-group", "name": "Grupo México", "country": "MX"}`},
		{name: "create employer below it", method: "POST", url: orgs, status: 201, save: "asarco",
			body: `{"kind": "employer", "name": "ASARCO", "country": "US", "parent_id": {{grupo}}}`},

		{name: "get", method: "GET", url: orgs + "/{{s65}}", status: 200,
			want: map[string]string{"/id": "{{s65}}", "/name": "Sección 65", "/kind": "local"}},
		{name: "head", method: "HEAD", url: orgs + "/{{s65}}", status: 200},
		{name: "search finds a section by its city", method: "GET", url: orgs + "?q=Cananea", status: 200,
			want: map[string]string{"/total": "1", "/items/0/name": "Sección 65", "/next": ""}},
		{name: "search ignores case and accents", method: "GET", url: orgs + "?q=SECCION+sonora", status: 200,
			want: map[string]string{"/total": "1", "/items/0/id": "{{s65}}"}},
		{name: "country", method: "GET", url: orgs + "?country=US", status: 200,
			want: map[string]string{"/total": "3", "/items/0/name": "ASARCO", "/items/1/name": "Local 5613", "/items/2/name": "United Steelworkers"}},
		{name: "country in lower case", method: "GET", url: orgs + "?country=us&kind=union", status: 200,
			want: map[string]string{"/total": "1", "/items/0/id": "{{usw}}"}},
		{name: "kind", method: "GET", url: orgs + "?kind=local", status: 200, want: map[string]string{"/total": "2"}},
		{name: "parent", method: "GET", url: orgs + "?parent={{grupo}}", status: 200,
			want: map[string]string{"/total": "1", "/items/0/id": "{{asarco}}"}},
		{name: "ref", method: "GET", url: orgs + "?ref=demo:usw", status: 200,
			want: map[string]string{"/total": "1", "/items/0/id": "{{usw}}", "/items/0/ref": "demo:usw"}},
		{name: "empty filters are no filters", method: "GET", url: orgs + "?q=&country=&kind=&limit=", status: 200,
			want: map[string]string{"/total": "6"}},

		{name: "patch changes only what is sent", method: "PATCH", url: orgs + "/{{s65}}", status: 200,
			body: `{"city": "Cananea, Sonora"}`,
			want: map[string]string{"/city": "Cananea, Sonora", "/name": "Sección 65", "/number": "65", "/parent_id": "{{mineros}}", "/kind": "local"}},
		{name: "the change is stored", method: "GET", url: orgs + "/{{s65}}", status: 200,
			want: map[string]string{"/city": "Cananea, Sonora", "/region": "Sonora"}},
		{name: "patch that makes a cycle", method: "PATCH", url: orgs + "/{{mineros}}", status: 400,
			body: `{"parent_id": {{s65}}}`, fields: []string{"parent_id=cycle"}},
		{name: "patch to be its own parent", method: "PATCH", url: orgs + "/{{mineros}}", status: 400,
			body: `{"parent_id": {{mineros}}}`, fields: []string{"parent_id=cycle"}},
		{name: "patch to a parent of the wrong side", method: "PATCH", url: orgs + "/{{s65}}", status: 400,
			body: `{"parent_id": {{asarco}}}`, fields: []string{"parent_id=wrong_parent_kind"}},
		{name: "patch to an unknown parent", method: "PATCH", url: orgs + "/{{s65}}", status: 400,
			body: `{"parent_id": 999999}`, fields: []string{"parent_id=unknown_ref"}},
		{name: "patch with several problems names each", method: "PATCH", url: orgs + "/{{s65}}", status: 400,
			body:   `{"name": " ", "country": "XX", "website": "ftp://x"}`,
			fields: []string{"name=required", "country=unknown_country", "website=invalid_url"}},
		{name: "patch of an unknown record", method: "PATCH", url: orgs + "/999999", status: 404, body: `{"city": "x"}`},
		{name: "patch with null takes the section out of the tree", method: "PATCH", url: orgs + "/{{s65}}", status: 200,
			body: `{"parent_id": null, "region": null}`, want: map[string]string{"/parent_id": absent, "/region": "", "/city": "Cananea, Sonora"}},
		{name: "patch puts it back", method: "PATCH", url: orgs + "/{{s65}}", status: 200,
			body: `{"parent_id": "{{mineros}}", "region": "Sonora"}`, want: map[string]string{"/parent_id": "{{mineros}}"}},
		{name: "patch replaces lists whole", method: "PATCH", url: orgs + "/{{usw}}", status: 200,
			body: `{"sources": [{"url": "https://usw.org/news"}]}`,
			want: map[string]string{"/sources": `[{"url":"https://usw.org/news"}]`}},
		{name: "patch ignores what the server sets", method: "PATCH", url: orgs + "/{{usw}}", status: 200,
			body: `{"id": 999, "created_at": "2000-01-01T00:00:00Z"}`,
			want: map[string]string{"/id": "{{usw}}"}},

		{name: "create with a taken ref", method: "POST", url: orgs, status: 409,
			body: `{"kind": "union", "name": "Another", "country": "US", "ref": "demo:usw"}`},
		{name: "patch to a taken ref", method: "PATCH", url: orgs + "/{{mineros}}", status: 409, body: `{"ref": "demo:usw"}`},
		{name: "create invalid", method: "POST", url: orgs, status: 400,
			body:   `{"kind": "guild", "name": "", "country": "XX", "parent_id": 999999}`,
			fields: []string{"kind=invalid_choice", "name=required", "country=unknown_country"}},
		{name: "create below an unknown parent", method: "POST", url: orgs, status: 400,
			body: `{"kind": "local", "name": "Orphan", "country": "MX", "parent_id": 999999}`, fields: []string{"parent_id=unknown_ref"}},
		{name: "create a union below an employer", method: "POST", url: orgs, status: 400,
			body: `{"kind": "local", "name": "Wrong side", "country": "US", "parent_id": {{asarco}}}`, fields: []string{"parent_id=wrong_parent_kind"}},

		{name: "delete with children", method: "DELETE", url: orgs + "/{{mineros}}", status: 409,
			want: map[string]string{"/code": "conflict"}},
		{name: "delete", method: "DELETE", url: orgs + "/{{s65}}", status: 204},
		{name: "get after delete", method: "GET", url: orgs + "/{{s65}}", status: 404,
			want: map[string]string{"/code": "not_found", "/status": "404"}},
		{name: "delete again", method: "DELETE", url: orgs + "/{{s65}}", status: 404},
		{name: "the parent has no children now", method: "DELETE", url: orgs + "/{{mineros}}", status: 204},
		{name: "an id that is no number", method: "GET", url: orgs + "/abc", status: 404},
		{name: "delete by an id that is no number", method: "DELETE", url: orgs + "/-1", status: 404},
	})
}

// testAPIOrganizationPages walks a listing page by page through next.
func testAPIOrganizationPages(t *testing.T, a *apiT) {
	const n = 23
	for i := range n {
		a.do(t, step{method: "POST", url: orgs, status: 201,
			body: fmt.Sprintf(`{"kind": "local", "name": "Local %02d", "country": "CA"}`, n-1-i)})
	}
	a.do(t, step{method: "POST", url: orgs, status: 201, body: `{"kind": "union", "name": "Unifor", "country": "CA"}`})
	a.do(t, step{method: "POST", url: orgs, status: 201, body: `{"kind": "union", "name": "USW", "country": "US"}`})

	type page struct {
		Items []struct {
			ID   int64  `json:"id"`
			Name string `json:"name"`
		} `json:"items"`
		Total int    `json:"total"`
		Next  string `json:"next"`
	}
	var names []string
	seen := map[int64]bool{}
	next, pages := "", 0
	for {
		var p page
		a.get(t, orgs+"?kind=local&country=CA&limit=5&cursor="+url.QueryEscape(next), &p)
		pages++
		if p.Total != n {
			t.Fatalf("page %d: total %d, want %d", pages, p.Total, n)
		}
		for _, it := range p.Items {
			if seen[it.ID] {
				t.Fatalf("page %d repeats %s", pages, it.Name)
			}
			seen[it.ID] = true
			names = append(names, it.Name)
		}
		if p.Next == "" {
			break
		}
		if len(p.Items) != 5 {
			t.Fatalf("page %d has %d items and a next page", pages, len(p.Items))
		}
		next = p.Next
	}
	if pages != 5 || len(names) != n {
		t.Fatalf("%d pages, %d records; want 5 and %d", pages, len(names), n)
	}
	for i, name := range names {
		if want := fmt.Sprintf("Local %02d", i); name != want {
			t.Fatalf("record %d is %s, want %s: %v", i, name, want, names)
		}
	}

	var all page
	a.get(t, orgs+"?limit=500", &all)
	if all.Total != n+2 || len(all.Items) != n+2 || all.Next != "" {
		t.Errorf("limit=500: %d of %d, next %q", len(all.Items), all.Total, all.Next)
	}
	var first page
	a.get(t, orgs, &first)
	if len(first.Items) != n+2 {
		t.Errorf("default limit: %d items", len(first.Items))
	}
	a.do(t, step{method: http.MethodGet, url: orgs + "?cursor=not-a-cursor", status: 400, fields: []string{"cursor=invalid_cursor"}})
}
