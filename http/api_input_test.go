package http_test

import (
	"strings"
	"testing"

	fhttp "github.com/frente/frente/http"
)

// collections are the paths of every kind of record.
var collections = []string{orgs, workplaces, people, positions, campaigns}

// testAPIBadInput sends bodies and queries the API must refuse, each
// naming what is wrong, and checks that refusing them changed nothing.
func testAPIBadInput(t *testing.T, a *apiT) {
	a.run(t, []step{
		{name: "a record to change", method: "POST", url: orgs, status: 201, save: "usw",
			body: `{"kind": "union", "name": "United Steelworkers", "country": "US"}`},

		{name: "Spanish", method: "POST", url: orgs, status: 400, header: map[string]string{"Accept-Language": "es"},
			body:     `{"kind": "union", "name": "", "country": "XX"}`,
			fields:   []string{"name=required", "country=unknown_country"},
			want:     map[string]string{"/title": "Datos no válidos", "/detail": "Los datos tienen problemas; vea los campos indicados."},
			contains: []string{"Este dato es obligatorio.", "«XX» no es un código de país ISO 3166-1."},
			headers:  map[string]string{"Content-Language": "es"}},
		{name: "Spanish chosen by cookie", method: "GET", url: orgs + "?limit=0", status: 400, header: map[string]string{"Cookie": "lang=es"},
			fields: []string{"limit=out_of_range"}, contains: []string{"Debe ser un número entero de 1 a 500."}},

		{name: "malformed JSON", method: "POST", url: orgs, status: 400, body: `{"name": `, fields: []string{"body=malformed_json"}},
		{name: "an array where an object belongs", method: "POST", url: orgs, status: 400, body: `[{"kind": "union", "name": "X", "country": "US"}]`,
			fields: []string{"body=not_object"}},
		{name: "null", method: "POST", url: orgs, status: 400, body: `null`, fields: []string{"body=not_object"}},
		{name: "a string", method: "PATCH", url: orgs + "/{{usw}}", status: 400, body: `"name"`, fields: []string{"body=not_object"}},
		{name: "an array to patch", method: "PATCH", url: orgs + "/{{usw}}", status: 400, body: `[]`, fields: []string{"body=not_object"}},
		{name: "no body", method: "POST", url: orgs, status: 400, fields: []string{"body=malformed_json"}},
		{name: "data after the object", method: "POST", url: orgs, status: 400, body: `{} {}`, fields: []string{"body=malformed_json"}},
		{name: "an unknown field", method: "POST", url: orgs, status: 400, body: `{"kind": "union", "nmae": "X", "country": "US"}`,
			fields: []string{"nmae=unknown_field"}},
		{name: "an unknown field to patch", method: "PATCH", url: orgs + "/{{usw}}", status: 400, body: `{"city": "Pittsburgh", "countyr": "US"}`,
			fields: []string{"countyr=unknown_field"}, contains: []string{"This field does not exist."}},
		{name: "an unknown field inside a source", method: "POST", url: orgs, status: 400,
			body: `{"kind": "union", "name": "X", "country": "US", "sources": [{"link": "https://x.org"}]}`, fields: []string{"sources.link=unknown_field"}},
		{name: "wrong types, each named", method: "POST", url: orgs, status: 400,
			body:   `{"kind": "union", "name": 5, "country": ["US"], "parent_id": "abc", "sources": [{"url": 5}]}`,
			fields: []string{"name=wrong_type", "country=wrong_type", "parent_id=wrong_type", "sources.url=wrong_type"}},
		{name: "an id of zero", method: "PATCH", url: orgs + "/{{usw}}", status: 400, body: `{"parent_id": 0}`, fields: []string{"parent_id=wrong_type"}},
		{name: "an object where text belongs", method: "PATCH", url: orgs + "/{{usw}}", status: 400, body: `{"notes": {"a": 1}}`,
			fields: []string{"notes=wrong_type"}},
		{name: "a source with neither url nor text", method: "PATCH", url: orgs + "/{{usw}}", status: 400, body: `{"sources": [{}]}`,
			fields: []string{"sources[0]=required"}},
		{name: "an unknown visibility", method: "PATCH", url: orgs + "/{{usw}}", status: 400, body: `{"visibility": "secret"}`,
			fields: []string{"visibility=invalid_choice"}},
		{name: "an unknown owner", method: "PATCH", url: orgs + "/{{usw}}", status: 400, body: `{"owner_id": 999999}`,
			fields: []string{"owner_id=unknown_ref"}},
		{name: "too long", method: "PATCH", url: orgs + "/{{usw}}", status: 400, body: `{"short_name": "` + strings.Repeat("x", 101) + `"}`,
			fields: []string{"short_name=too_long"}},
		{name: "the record is as it was", method: "GET", url: orgs + "/{{usw}}", status: 200,
			want: map[string]string{"/name": "United Steelworkers", "/city": "", "/notes": "", "/visibility": "private", "/parent_id": absent}},

		{name: "kind=foo", method: "GET", url: orgs + "?kind=foo", status: 400, fields: []string{"kind=invalid_filter"}},
		{name: "country=XX", method: "GET", url: orgs + "?country=XX", status: 400, fields: []string{"country=unknown_country"}},
		{name: "parent=abc", method: "GET", url: orgs + "?parent=abc", status: 400, fields: []string{"parent=invalid_filter"}},
		{name: "limit=0", method: "GET", url: orgs + "?limit=0", status: 400, fields: []string{"limit=out_of_range"}},
		{name: "limit=9999", method: "GET", url: orgs + "?limit=9999", status: 400, fields: []string{"limit=out_of_range"}},
		{name: "limit=x", method: "GET", url: orgs + "?limit=x", status: 400, fields: []string{"limit=out_of_range"}},
		{name: "a typo", method: "GET", url: orgs + "?countyr=US", status: 400, fields: []string{"countyr=unknown_parameter"},
			contains: []string{"the parameters are q, ref, limit, cursor, kind, country, parent"}},
		{name: "a filter given twice", method: "GET", url: orgs + "?kind=union&kind=local", status: 400, fields: []string{"kind=repeated_parameter"}},
		{name: "every problem at once", method: "GET", url: orgs + "?kind=foo&country=XX&limit=0&x=1", status: 400,
			fields: []string{"kind=invalid_filter", "country=unknown_country", "limit=out_of_range", "x=unknown_parameter"}},
		{name: "a malformed query", method: "GET", url: orgs + "?q=%zz", status: 400, fields: []string{"query=malformed_query"}},
		{name: "NUL in a search", method: "GET", url: orgs + "?q=a%00b", status: 400, fields: []string{"q=invalid_text"}},
		{name: "a search that is not UTF-8", method: "GET", url: orgs + "?q=%FF", status: 400, fields: []string{"q=invalid_text"}},
		{name: "a search too long", method: "GET", url: orgs + "?q=" + strings.Repeat("a+", 150), status: 400, fields: []string{"q=too_long"}},
		{name: "people filters", method: "GET", url: people + "?organization=x&country=ZZ", status: 400,
			fields: []string{"organization=invalid_filter", "country=unknown_country"}},
		{name: "campaign filters", method: "GET", url: campaigns + "?target=0&member=-3", status: 400,
			fields: []string{"target=invalid_filter", "member=invalid_filter"}},
	})

	// What every kind of record refuses alike: a query it does not know,
	// a body too large, a change from another site.
	huge := `{"notes": "` + strings.Repeat("x", fhttp.MaxBodyBytes) + `"}`
	for _, c := range collections {
		a.run(t, []step{
			{name: c + " typo", method: "GET", url: c + "?nmae=x", status: 400, fields: []string{"nmae=unknown_parameter"}},
			{name: c + " create too large", method: "POST", url: c, status: 413, body: huge,
				want: map[string]string{"/code": "too_large", "/status": "413"}},
			{name: c + " patch too large", method: "PATCH", url: c + "/{{usw}}", status: 413, body: huge},
			{name: c + " create from another site", method: "POST", url: c, status: 403, body: `{}`,
				header: map[string]string{"Sec-Fetch-Site": "cross-site"}, want: map[string]string{"/code": "forbidden"}},
			{name: c + " patch from another site", method: "PATCH", url: c + "/{{usw}}", status: 403, body: `{}`,
				header: map[string]string{"Origin": "https://evil.example"}},
			{name: c + " delete from another site", method: "DELETE", url: c + "/{{usw}}", status: 403,
				header: map[string]string{"Sec-Fetch-Site": "cross-site"}},
			{name: c + " patch nothing", method: "PATCH", url: c + "/999999", status: 404, body: `{}`},
			{name: c + " get nothing", method: "GET", url: c + "/999999", status: 404},
			{name: c + " delete nothing", method: "DELETE", url: c + "/999999", status: 404},
		})
	}
}
