package http_test

import "testing"

func testAPIHealth(t *testing.T, a *apiT) {
	a.run(t, []step{
		{name: "up", method: "GET", url: "/healthz", status: 200, want: map[string]string{"/status": "ok"},
			headers: map[string]string{"Cache-Control": "no-store"}},
		{name: "head", method: "HEAD", url: "/healthz", status: 200},
	})
	if err := a.store.Close(); err != nil {
		t.Fatal(err)
	}
	a.run(t, []step{
		{name: "down", method: "GET", url: "/healthz", status: 503,
			want: map[string]string{"/code": "unavailable", "/status": "503", "/title": "Service unavailable"}},
		{name: "down, in Spanish", method: "GET", url: "/healthz", status: 503, header: map[string]string{"Accept-Language": "es"},
			want: map[string]string{"/title": "Servicio no disponible"}},
	})
}
