package http

import (
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/frente/frente"
	"github.com/frente/frente/storetest"
)

func TestHomeInBothLanguages(t *testing.T) {
	stores(t, func(t *testing.T, store frente.Store) {
		f := seedFront(t, store)
		s := newSite(t, store)

		s.lang = "es-MX,es;q=0.9,en;q=0.5"
		es := s.get("/")
		es.want(t, http.StatusOK, `<html lang="es">`, ">Campañas</a>", ">Organizaciones</a>", ">Centros de trabajo</a>",
			">Personas</a>", `action="/search"`, `name="q"`, `action="/lang"`, f.Campaign.Name,
			"Grupo México", "Estados Unidos, México, Perú")
		if got := es.header.Get("Content-Language"); got != "es" {
			t.Errorf("Content-Language %q", got)
		}

		s.lang = "en-US"
		en := s.get("/")
		en.want(t, http.StatusOK, `<html lang="en">`, ">Campaigns</a>", ">Organizations</a>", ">Workplaces</a>", ">People</a>",
			"Mexico, Peru, United States", `<meta name="viewport"`)
		if strings.Contains(en.body, "Campañas") {
			t.Error("English page has Spanish chrome")
		}
	})
}

func TestLanguageSwitch(t *testing.T) {
	s := newSite(t, storetest.SQLite(t))
	s.lang = "en"
	res := s.post("/lang", url.Values{"lang": {"es"}, "next": {"/organizations?q=sec"}})
	if res.status != http.StatusSeeOther {
		t.Fatalf("status %d, want 303", res.status)
	}
	if loc := res.header.Get("Location"); loc != "/organizations?q=sec" {
		t.Errorf("Location %q", loc)
	}
	cookie := res.header.Get("Set-Cookie")
	for _, want := range []string{"lang=es", "Path=/", "Max-Age=31536000", "HttpOnly", "SameSite=Lax"} {
		if !strings.Contains(cookie, want) {
			t.Errorf("Set-Cookie %q lacks %s", cookie, want)
		}
	}
	// The cookie now wins over the browser's English.
	s.get("/").want(t, http.StatusOK, `<html lang="es">`, ">Campañas</a>")
	// And back.
	s.post("/lang", url.Values{"lang": {"en"}, "next": {"/"}})
	s.lang = "es"
	s.get("/").want(t, http.StatusOK, `<html lang="en">`, ">Campaigns</a>")
}

func TestLanguageSwitchStaysOnSite(t *testing.T) {
	s := newSite(t, storetest.SQLite(t))
	for _, next := range []string{"https://evil.example/", "//evil.example/x", `/\evil.example`, "evil", "", "javascript:alert(1)", "/%0d%0aSet-Cookie:x"} {
		res := s.post("/lang", url.Values{"lang": {"es"}, "next": {next}})
		loc := res.header.Get("Location")
		if res.status != http.StatusSeeOther || (loc != "/" && next != "/%0d%0aSet-Cookie:x") || strings.Contains(loc, "evil") {
			t.Errorf("next %q: %d to %q, want 303 to /", next, res.status, loc)
		}
	}
	if res := s.get("/lang"); res.status == http.StatusOK || res.header.Get("Set-Cookie") != "" {
		t.Errorf("GET /lang answered %d and set %q; only POST may change the language", res.status, res.header.Get("Set-Cookie"))
	}
}

func TestLanguageSwitchFormOnEveryPage(t *testing.T) {
	s := newSite(t, storetest.SQLite(t))
	res := s.get("/organizations?q=x&kind=union")
	res.want(t, http.StatusOK, `<form class="lang" method="post" action="/lang"`,
		`<input type="hidden" name="next" value="/organizations?q=x&amp;kind=union">`)
}

func TestNotFoundPages(t *testing.T) {
	store := storetest.SQLite(t)
	s := newSite(t, store)
	s.lang = "es"
	// A form asks for a login before anything else, so that it tells an
	// anonymous reader nothing about the record.
	if res := s.get("/positions/999/edit"); res.status != http.StatusSeeOther || res.header.Get("Location") != "/login?next=%2Fpositions%2F999%2Fedit" {
		t.Errorf("logged out: %d to %q, want 303 to the login", res.status, res.header.Get("Location"))
	}
	s.loginAs(addUser(t, store, "admin@frente.example", true, nil))
	res := s.get("/no/such/page")
	res.want(t, http.StatusNotFound, `<html lang="es">`, "No encontrado", "No hay nada en esta dirección.", ">Campañas</a>")
	if ct := res.header.Get("Content-Type"); !strings.HasPrefix(ct, "text/html") {
		t.Errorf("Content-Type %q", ct)
	}
	for _, path := range []string{"/organizations/999", "/campaigns/999", "/workplaces/999", "/people/999", "/positions/999/edit", "/organizations/abc"} {
		s.get(path).want(t, http.StatusNotFound, `<html lang="es">`, "No encontrado")
	}
	s.get("/organizations/999").want(t, http.StatusNotFound, "No existe la organización 999")
	s.lang = "en"
	s.get("/workplaces/999").want(t, http.StatusNotFound, `<html lang="en">`, "There is no workplace 999")
}

var stylesheet = regexp.MustCompile(`<link rel="stylesheet" href="(/static/([0-9a-f]+)/style\.css)">`)

func TestStaticAssets(t *testing.T) {
	s := newSite(t, storetest.SQLite(t))
	m := stylesheet.FindStringSubmatch(s.get("/").body)
	if m == nil {
		t.Fatal("home page links no hashed stylesheet")
	}
	res := s.get(m[1])
	res.want(t, http.StatusOK, "@media print")
	if got := res.header.Get("Cache-Control"); got != "public, max-age=31536000, immutable" {
		t.Errorf("Cache-Control %q", got)
	}
	if got := res.header.Get("Content-Type"); !strings.HasPrefix(got, "text/css") {
		t.Errorf("Content-Type %q", got)
	}
	if got := res.header.Get("Vary"); got != "" {
		t.Errorf("Vary %q: the asset does not depend on the language", got)
	}
	wrong := strings.Replace(m[1], m[2], "0123456789ab", 1)
	s.get(wrong).want(t, http.StatusNotFound)
	s.get("/static/"+m[2]+"/nothing.css").want(t, http.StatusNotFound)
	if res := s.get(wrong); res.header.Get("Cache-Control") == "public, max-age=31536000, immutable" {
		t.Error("a 404 must not be cached for a year")
	}
}

func TestPrintAndPhoneStyles(t *testing.T) {
	css := string(staticAssets["style.css"].body)
	for _, want := range []string{"@media print", ".site nav, .site form", "@media (max-width: 40rem)"} {
		if !strings.Contains(css, want) {
			t.Errorf("style.css lacks %q", want)
		}
	}
}

// syncBuffer collects log output written from the server's goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  strings.Builder
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func TestInternalErrorPage(t *testing.T) {
	store := storetest.SQLite(t)
	var log syncBuffer
	srv := httptest.NewServer(New(store, slog.New(slog.NewTextHandler(&log, nil)), "test"))
	t.Cleanup(srv.Close)
	// A closed database is a real failure of the store, not a mock of one.
	store.Close()
	req, _ := http.NewRequest(http.MethodGet, srv.URL+"/organizations", nil)
	req.Header.Set("Accept-Language", "es")
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)
	page := pageResult{status: res.StatusCode, body: string(body)}
	page.want(t, http.StatusInternalServerError, `<html lang="es">`, "Error interno", "Algo falló en el servidor. Quedó registrado.")
	if strings.Contains(page.body, "closed") {
		t.Errorf("the page shows the internal detail:\n%s", page.body)
	}
	if !strings.Contains(log.String(), "closed") {
		t.Errorf("the detail was not logged:\n%s", log.String())
	}
}
