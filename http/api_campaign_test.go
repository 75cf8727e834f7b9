package http_test

import "testing"

const campaigns = "/api/v1/campaigns"

func testAPICampaigns(t *testing.T, a *apiT) {
	a.run(t, []step{
		{name: "group", method: "POST", url: orgs, status: 201, save: "grupo",
			body: `{"kind": "corporate-group", "name": "Grupo México", "country": "MX"}`},
		{name: "mineros", method: "POST", url: orgs, status: 201, save: "mineros",
			body: `{"kind": "union", "name": "Los Mineros", "country": "MX"}`},
		{name: "usw", method: "POST", url: orgs, status: 201, save: "usw",
			body: `{"kind": "union", "name": "United Steelworkers", "country": "US"}`},
		{name: "peru", method: "POST", url: orgs, status: 201, save: "peru",
			body: `{"kind": "federation", "name": "Federación Minera del Perú", "country": "PE"}`},

		{name: "create", method: "POST", url: campaigns, status: 201, save: "frente",
			body: `{"name": "Frente común ante Grupo México", "target_id": {{grupo}}, "members": [{{usw}}, {{mineros}}],
				"countries": ["us", "MX", " pe ", "US"], "description": "Unions of the USA, Mexico and Peru"}`,
			want: map[string]string{"/members": "[{{usw}},{{mineros}}]", "/countries": `["MX","PE","US"]`, "/target_id": "{{grupo}}"}},
		{name: "create a bare one", method: "POST", url: campaigns, status: 201, save: "bare",
			body: `{"name": "Another front"}`, want: map[string]string{"/members": "[]", "/countries": "[]", "/target_id": absent}},
		{name: "get", method: "GET", url: campaigns + "/{{frente}}", status: 200,
			want: map[string]string{"/members": "[{{usw}},{{mineros}}]", "/countries": `["MX","PE","US"]`}},
		{name: "by country", method: "GET", url: campaigns + "?country=pe", status: 200,
			want: map[string]string{"/total": "1", "/items/0/id": "{{frente}}"}},
		{name: "by target", method: "GET", url: campaigns + "?target={{grupo}}", status: 200, want: map[string]string{"/total": "1"}},
		{name: "by member", method: "GET", url: campaigns + "?member={{mineros}}", status: 200,
			want: map[string]string{"/total": "1", "/items/0/members": "[{{usw}},{{mineros}}]"}},
		{name: "by a member of none", method: "GET", url: campaigns + "?member={{peru}}", status: 200, want: map[string]string{"/total": "0", "/items": "[]"}},

		{name: "an employer as a member", method: "POST", url: campaigns, status: 400,
			body: `{"name": "X", "members": [{{grupo}}]}`, fields: []string{"members[0]=wrong_kind"}},
		{name: "a union as the target", method: "POST", url: campaigns, status: 400,
			body: `{"name": "X", "target_id": {{usw}}}`, fields: []string{"target_id=wrong_kind"}},
		{name: "an unknown country", method: "POST", url: campaigns, status: 400,
			body: `{"name": "X", "countries": ["MX", "XX"]}`, fields: []string{"countries=unknown_country"}},
		{name: "countries not a list", method: "POST", url: campaigns, status: 400,
			body: `{"name": "X", "countries": "MX"}`, fields: []string{"countries=wrong_type"}},

		{name: "patch the members", method: "PATCH", url: campaigns + "/{{frente}}", status: 200,
			body: `{"members": [{{mineros}}, {{usw}}, {{peru}}]}`,
			want: map[string]string{"/members": "[{{mineros}},{{usw}},{{peru}}]", "/countries": `["MX","PE","US"]`, "/name": "Frente común ante Grupo México"}},
		{name: "patch the countries", method: "PATCH", url: campaigns + "/{{frente}}", status: 200, body: `{"countries": ["pe"]}`,
			want: map[string]string{"/countries": `["PE"]`}},
		{name: "patch badly", method: "PATCH", url: campaigns + "/{{frente}}", status: 400, body: `{"members": [{{grupo}}], "name": ""}`,
			fields: []string{"name=required"}},
		{name: "patch a ref", method: "PATCH", url: campaigns + "/{{bare}}", status: 200, body: `{"ref": "bare"}`},
		{name: "ref taken on create", method: "POST", url: campaigns, status: 409, body: `{"name": "X", "ref": "bare"}`},
		{name: "ref taken on patch", method: "PATCH", url: campaigns + "/{{frente}}", status: 409, body: `{"ref": "bare"}`},
		{name: "share a record with the campaign", method: "PATCH", url: orgs + "/{{peru}}", status: 200,
			body: `{"visibility": "campaign", "campaigns": [{{frente}}, {{frente}}]}`,
			want: map[string]string{"/visibility": "campaign", "/campaigns": "[{{frente}}]"}},
		{name: "the share is stored", method: "GET", url: orgs + "/{{peru}}", status: 200, want: map[string]string{"/campaigns": "[{{frente}}]"}},
		{name: "share with no campaign", method: "POST", url: workplaces, status: 400,
			body: `{"name": "X", "country": "PE", "campaigns": [999999]}`, fields: []string{"campaigns[0]=unknown_ref"}},
		{name: "patch unknown", method: "PATCH", url: campaigns + "/999999", status: 404, body: `{"name": "x"}`},
		{name: "a member may not go while it is one", method: "DELETE", url: orgs + "/{{peru}}", status: 409},
		{name: "delete", method: "DELETE", url: campaigns + "/{{frente}}", status: 204},
		{name: "gone", method: "GET", url: campaigns + "/{{frente}}", status: 404},
		{name: "delete gone", method: "DELETE", url: campaigns + "/{{frente}}", status: 404},
		{name: "its shares went with it", method: "GET", url: orgs + "/{{peru}}", status: 200, want: map[string]string{"/campaigns": "[]"}},
		{name: "the member may go now", method: "DELETE", url: orgs + "/{{peru}}", status: 204},
	})
}
