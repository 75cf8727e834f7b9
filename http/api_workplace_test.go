package http_test

import "testing"

const workplaces = "/api/v1/workplaces"

func testAPIWorkplaces(t *testing.T, a *apiT) {
	a.run(t, []step{
		{name: "employer", method: "POST", url: orgs, status: 201, save: "asarco",
			body: `{"kind": "employer", "name": "ASARCO", "country": "US"}`},
		{name: "union", method: "POST", url: orgs, status: 201, save: "usw",
			body: `{"kind": "union", "name": "United Steelworkers", "country": "US"}`},
		{name: "local", method: "POST", url: orgs, status: 201, save: "l915",
			body: `{"kind": "local", "name": "Local 915", "country": "US", "parent_id": {{usw}}}`},

		{name: "create", method: "POST", url: workplaces, status: 201, save: "mission",
			body: `{"name": "Mission Mine", "kind": "mine", "operator_id": {{asarco}}, "represented_by": [{{usw}}, {{l915}}, {{usw}}],
				"country": "us", "region": "Arizona", "city": "Sahuarita"}`,
			want: map[string]string{"/represented_by": "[{{usw}},{{l915}}]", "/operator_id": "{{asarco}}", "/country": "US"}},
		{name: "create with the default kind", method: "POST", url: workplaces, status: 201, save: "amarillo",
			body: `{"name": "Amarillo Copper Refinery", "country": "US", "city": "Amarillo", "operator_id": "{{asarco}}"}`,
			want: map[string]string{"/kind": "other", "/represented_by": "[]"}},
		{name: "create in Mexico", method: "POST", url: workplaces, status: 201,
			body: `{"name": "Mina de Cananea", "kind": "mine", "country": "MX"}`},

		{name: "represented_by", method: "GET", url: workplaces + "?represented_by={{l915}}", status: 200,
			want: map[string]string{"/total": "1", "/items/0/id": "{{mission}}", "/items/0/represented_by": "[{{usw}},{{l915}}]"}},
		{name: "operator", method: "GET", url: workplaces + "?operator={{asarco}}", status: 200, want: map[string]string{"/total": "2"}},
		{name: "kind and country", method: "GET", url: workplaces + "?kind=mine&country=US", status: 200,
			want: map[string]string{"/total": "1", "/items/0/name": "Mission Mine"}},
		{name: "search by city", method: "GET", url: workplaces + "?q=sahuarita", status: 200, want: map[string]string{"/total": "1"}},

		{name: "represented by an employer", method: "POST", url: workplaces, status: 400,
			body: `{"name": "X", "country": "US", "represented_by": [{{usw}}, {{asarco}}]}`, fields: []string{"represented_by[1]=wrong_kind"}},
		{name: "operated by a union", method: "POST", url: workplaces, status: 400,
			body: `{"name": "X", "country": "US", "operator_id": {{usw}}}`, fields: []string{"operator_id=wrong_kind"}},
		{name: "represented by no one known", method: "POST", url: workplaces, status: 400,
			body: `{"name": "X", "country": "US", "represented_by": [999999]}`, fields: []string{"represented_by[0]=unknown_ref"}},
		{name: "an id that is no id", method: "POST", url: workplaces, status: 400,
			body: `{"name": "X", "country": "US", "represented_by": ["x"]}`, fields: []string{"represented_by=wrong_type"}},
		{name: "unknown kind", method: "POST", url: workplaces, status: 400,
			body: `{"name": "X", "kind": "castle", "country": "US"}`, fields: []string{"kind=invalid_choice"}},
		{name: "kind filter", method: "GET", url: workplaces + "?kind=castle", status: 400, fields: []string{"kind=invalid_filter"}},
		{name: "operator filter", method: "GET", url: workplaces + "?operator=asarco", status: 400, fields: []string{"operator=invalid_filter"}},

		{name: "patch the representatives", method: "PATCH", url: workplaces + "/{{mission}}", status: 200,
			body: `{"represented_by": [{{l915}}]}`, want: map[string]string{"/represented_by": "[{{l915}}]", "/name": "Mission Mine"}},
		{name: "patch to no representatives", method: "PATCH", url: workplaces + "/{{mission}}", status: 200,
			body: `{"represented_by": null}`, want: map[string]string{"/represented_by": "[]"}},
		{name: "another workplace, with a ref", method: "POST", url: workplaces, status: 201,
			body: `{"name": "Hayden Smelter", "kind": "smelter", "country": "US", "ref": "hayden"}`},
		{name: "ref taken on create", method: "POST", url: workplaces, status: 409,
			body: `{"name": "Hayden Concentrator", "country": "US", "ref": "hayden"}`},
		{name: "patch to a union as operator", method: "PATCH", url: workplaces + "/{{mission}}", status: 400,
			body: `{"operator_id": {{usw}}}`, fields: []string{"operator_id=wrong_kind"}},
		{name: "patch to an unknown kind", method: "PATCH", url: workplaces + "/{{mission}}", status: 400,
			body: `{"kind": "farm"}`, fields: []string{"kind=invalid_choice"}},
		{name: "ref taken", method: "PATCH", url: workplaces + "/{{mission}}", status: 409, body: `{"ref": "hayden"}`},
		{name: "get", method: "GET", url: workplaces + "/{{mission}}", status: 200, want: map[string]string{"/represented_by": "[]"}},
		{name: "delete", method: "DELETE", url: workplaces + "/{{mission}}", status: 204},
		{name: "gone", method: "GET", url: workplaces + "/{{mission}}", status: 404},
		{name: "patch gone", method: "PATCH", url: workplaces + "/{{mission}}", status: 404, body: `{}`},
		{name: "delete gone", method: "DELETE", url: workplaces + "/{{mission}}", status: 404},
		{name: "its representative may go now", method: "DELETE", url: orgs + "/{{l915}}", status: 204},
	})
}
