package http_test

import "testing"

func testAPIRouting(t *testing.T, a *apiT) {
	a.run(t, []step{
		{name: "no such path", method: "GET", url: "/api/v1/nothing", status: 404,
			want: map[string]string{"/code": "not_found", "/title": "Not found", "/detail": "There is nothing at this address."}},
		{name: "no such version", method: "GET", url: "/api/v2/organizations", status: 404},
		{name: "a path below a record", method: "GET", url: orgs + "/1/members", status: 404},
		{name: "a trailing slash", method: "GET", url: orgs + "/", status: 404},
		{name: "the API root", method: "POST", url: "/api/", status: 404},
		{name: "a method the collection does not take", method: "DELETE", url: orgs, status: 405,
			headers: map[string]string{"Allow": "GET, HEAD, POST, OPTIONS"},
			want:    map[string]string{"/code": "method_not_allowed", "/status": "405", "/title": "Method not allowed"}},
		{name: "a method a record does not take", method: "PUT", url: workplaces + "/1", status: 405, body: `{}`,
			headers: map[string]string{"Allow": "GET, HEAD, PATCH, DELETE, OPTIONS"}},
		{name: "POST to a record", method: "POST", url: people + "/1", status: 405, body: `{}`,
			headers: map[string]string{"Allow": "GET, HEAD, PATCH, DELETE, OPTIONS"}},
		{name: "PATCH to a collection, in Spanish", method: "PATCH", url: campaigns, status: 405, body: `{}`,
			header: map[string]string{"Accept-Language": "es-MX,es;q=0.9"},
			want:   map[string]string{"/title": "Método no permitido", "/detail": "Esta dirección no acepta ese método."}},
		{name: "the document is read-only", method: "POST", url: "/api/v1/openapi.json", status: 405, body: `{}`,
			headers: map[string]string{"Allow": "GET, HEAD, OPTIONS"}},
		{name: "OPTIONS lists the methods", method: "OPTIONS", url: positions + "/7", status: 204,
			headers: map[string]string{"Allow": "GET, HEAD, PATCH, DELETE, OPTIONS"}},
		{name: "the document", method: "GET", url: "/api/v1/openapi.json", status: 200, want: map[string]string{"/openapi": "3.1.0"}},
	})
}
