package http_test

import "testing"

const (
	people    = "/api/v1/people"
	positions = "/api/v1/positions"
)

func testAPIPeople(t *testing.T, a *apiT) {
	a.run(t, []step{
		{name: "union", method: "POST", url: orgs, status: 201, save: "mineros",
			body: `{"kind": "union", "name": "Los Mineros", "country": "MX"}`},
		{name: "USW", method: "POST", url: orgs, status: 201, save: "usw",
			body: `{"kind": "union", "name": "United Steelworkers", "country": "US"}`},
		{name: "person", method: "POST", url: people, status: 201, save: "napoleon",
			body: `{"name": "Napoleón Gómez Urrutia", "country": "mx"}`, want: map[string]string{"/country": "MX"}},
		{name: "person without a country", method: "POST", url: people, status: 201, save: "david",
			body: `{"name": "David McCall"}`, want: map[string]string{"/country": ""}},
		{name: "person invalid", method: "POST", url: people, status: 400,
			body: `{"name": "", "country": "Mexico"}`, fields: []string{"name=required", "country=unknown_country"}},

		{name: "position", method: "POST", url: positions, status: 201, save: "president",
			body: `{"person_id": {{napoleon}}, "organization_id": {{mineros}}, "title": "President and Secretary General", "from": "2002-01-01"}`,
			want: map[string]string{"/person_name": "Napoleón Gómez Urrutia", "/organization_name": "Los Mineros", "/to": ""}},
		{name: "another position", method: "POST", url: positions, status: 201, save: "uswpres",
			body: `{"person_id": "{{david}}", "organization_id": "{{usw}}", "title": "International President"}`,
			want: map[string]string{"/person_name": "David McCall", "/organization_name": "United Steelworkers"}},
		{name: "get position", method: "GET", url: positions + "/{{president}}", status: 200,
			want: map[string]string{"/person_name": "Napoleón Gómez Urrutia", "/organization_name": "Los Mineros", "/from": "2002-01-01"}},
		{name: "positions of a person", method: "GET", url: positions + "?person={{napoleon}}", status: 200,
			want: map[string]string{"/total": "1", "/items/0/title": "President and Secretary General", "/items/0/organization_name": "Los Mineros"}},
		{name: "positions in an organization", method: "GET", url: positions + "?organization={{usw}}", status: 200,
			want: map[string]string{"/total": "1", "/items/0/person_name": "David McCall"}},
		{name: "people of an organization", method: "GET", url: people + "?organization={{mineros}}", status: 200,
			want: map[string]string{"/total": "1", "/items/0/id": "{{napoleon}}"}},
		{name: "people of a country", method: "GET", url: people + "?country=MX", status: 200, want: map[string]string{"/total": "1"}},
		{name: "people by name", method: "GET", url: people + "?q=gomez", status: 200, want: map[string]string{"/total": "1"}},
		{name: "positions filter", method: "GET", url: positions + "?person=someone", status: 400, fields: []string{"person=invalid_filter"}},

		{name: "position ending before it starts", method: "POST", url: positions, status: 400,
			body:   `{"person_id": {{napoleon}}, "organization_id": {{mineros}}, "title": "X", "from": "2010-01-01", "to": "2009-12-31"}`,
			fields: []string{"to=before_start"}},
		{name: "position of no one", method: "POST", url: positions, status: 400,
			body: `{"person_id": 999999, "organization_id": {{mineros}}, "title": "X"}`, fields: []string{"person_id=unknown_ref"}},
		{name: "position without person, title or valid date", method: "POST", url: positions, status: 400,
			body: `{"organization_id": {{mineros}}, "from": "2010-13-01"}`, fields: []string{"person_id=required", "title=required", "from=invalid_date"}},
		{name: "patch a position", method: "PATCH", url: positions + "/{{president}}", status: 200,
			body: `{"to": "2030-12-31"}`, want: map[string]string{"/to": "2030-12-31", "/title": "President and Secretary General", "/person_name": "Napoleón Gómez Urrutia"}},
		{name: "patch a position to end before it starts", method: "PATCH", url: positions + "/{{president}}", status: 400,
			body: `{"to": "1990-01-01"}`, fields: []string{"to=before_start"}},
		{name: "patch a position to another organization", method: "PATCH", url: positions + "/{{president}}", status: 200,
			body: `{"organization_id": {{usw}}}`, want: map[string]string{"/organization_name": "United Steelworkers"}},
		{name: "patch a position to a taken ref", method: "POST", url: positions, status: 201,
			body: `{"person_id": {{david}}, "organization_id": {{usw}}, "title": "Member", "ref": "taken"}`},
		{name: "ref taken on create", method: "POST", url: positions, status: 409,
			body: `{"person_id": {{david}}, "organization_id": {{usw}}, "title": "Member", "ref": "taken"}`},
		{name: "ref taken on patch", method: "PATCH", url: positions + "/{{president}}", status: 409, body: `{"ref": "taken"}`},
		{name: "patch a person", method: "PATCH", url: people + "/{{david}}", status: 200,
			body: `{"country": "US"}`, want: map[string]string{"/country": "US", "/name": "David McCall"}},
		{name: "get a person", method: "GET", url: people + "/{{david}}", status: 200,
			want: map[string]string{"/country": "US", "/name": "David McCall", "/notes": ""}},
		{name: "person ref", method: "PATCH", url: people + "/{{david}}", status: 200, body: `{"ref": "mccall"}`},
		{name: "person ref taken on create", method: "POST", url: people, status: 409, body: `{"name": "X", "ref": "mccall"}`},
		{name: "person ref taken on patch", method: "PATCH", url: people + "/{{napoleon}}", status: 409, body: `{"ref": "mccall"}`},
		{name: "person patched badly", method: "PATCH", url: people + "/{{napoleon}}", status: 400, body: `{"country": "ZZ"}`,
			fields: []string{"country=unknown_country"}},
		{name: "person unknown", method: "PATCH", url: people + "/999999", status: 404, body: `{"country": "US"}`},
		{name: "position unknown", method: "PATCH", url: positions + "/999999", status: 404, body: `{"title": "x"}`},

		{name: "delete the position", method: "DELETE", url: positions + "/{{president}}", status: 204},
		{name: "position gone", method: "GET", url: positions + "/{{president}}", status: 404},
		{name: "position delete gone", method: "DELETE", url: positions + "/{{president}}", status: 404},
		{name: "a position again", method: "POST", url: positions, status: 201, save: "again",
			body: `{"person_id": {{napoleon}}, "organization_id": {{mineros}}, "title": "President"}`},
		{name: "delete the person", method: "DELETE", url: people + "/{{napoleon}}", status: 204},
		{name: "their positions went with them", method: "GET", url: positions + "/{{again}}", status: 404},
		{name: "person gone", method: "GET", url: people + "/{{napoleon}}", status: 404},
		{name: "person delete gone", method: "DELETE", url: people + "/{{napoleon}}", status: 404},
	})
}
