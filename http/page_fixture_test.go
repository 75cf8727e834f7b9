package http

import (
	"context"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/frente/frente"
	"github.com/frente/frente/auth"
	"github.com/frente/frente/storetest"
)

// front is a small common front: a Mexican union with sections, a US
// union, and a corporate group three levels deep with its workplaces.
type front struct {
	Mineros, S65, S17, USW                  *frente.Organization
	Group, Americas, Asarco, Buenavista     *frente.Organization
	CananeaMine, HaydenSmelter, MissionMine *frente.Workplace
	Leader                                  *frente.Person
	Campaign                                *frente.Campaign
}

func sysCtx() context.Context { return frente.WithViewer(context.Background(), frente.System) }

// seedFront stores the front in s.
func seedFront(t testing.TB, s frente.Store) *front {
	t.Helper()
	ctx := sysCtx()
	org := func(o frente.Organization) *frente.Organization {
		t.Helper()
		o.Visibility = frente.Public
		if err := s.CreateOrganization(ctx, &o); err != nil {
			t.Fatalf("create %s: %v", o.Name, err)
		}
		return &o
	}
	f := &front{}
	f.Mineros = org(frente.Organization{Kind: frente.KindUnion, Name: "Sindicato Nacional de Trabajadores Mineros, Metalúrgicos, Siderúrgicos y Similares de la República Mexicana",
		ShortName: "Los Mineros", Country: "MX", City: "Ciudad de México"})
	f.S65 = org(frente.Organization{Kind: frente.KindLocal, Name: "Sección 65", Number: "65", Country: "MX", Region: "Sonora", City: "Cananea", ParentID: f.Mineros.ID})
	f.S17 = org(frente.Organization{Kind: frente.KindLocal, Name: "Sección 17", Number: "17", Country: "MX", Region: "Guerrero", City: "Taxco", ParentID: f.Mineros.ID})
	f.USW = org(frente.Organization{Kind: frente.KindUnion, Name: "United Steelworkers", ShortName: "USW", Country: "US", Region: "Pennsylvania", City: "Pittsburgh"})
	f.Group = org(frente.Organization{Kind: frente.KindCorporateGroup, Name: "Grupo México", Country: "MX", City: "Ciudad de México"})
	f.Americas = org(frente.Organization{Kind: frente.KindCorporateGroup, Name: "Americas Mining Corporation", Country: "US", ParentID: f.Group.ID})
	f.Asarco = org(frente.Organization{Kind: frente.KindEmployer, Name: "ASARCO", Country: "US", Region: "Arizona", City: "Tucson", ParentID: f.Americas.ID})
	f.Buenavista = org(frente.Organization{Kind: frente.KindEmployer, Name: "Buenavista del Cobre", Country: "MX", Region: "Sonora", City: "Cananea", ParentID: f.Group.ID})
	wp := func(w frente.Workplace) *frente.Workplace {
		t.Helper()
		w.Visibility = frente.Public
		if err := s.CreateWorkplace(ctx, &w); err != nil {
			t.Fatalf("create %s: %v", w.Name, err)
		}
		return &w
	}
	f.CananeaMine = wp(frente.Workplace{Name: "Mina de Cananea", Kind: frente.WorkplaceMine, OperatorID: f.Buenavista.ID,
		RepresentedBy: []frente.ID{f.S65.ID}, Country: "MX", Region: "Sonora", City: "Cananea"})
	f.HaydenSmelter = wp(frente.Workplace{Name: "Hayden smelter", Kind: frente.WorkplaceSmelter, OperatorID: f.Asarco.ID,
		RepresentedBy: []frente.ID{f.USW.ID}, Country: "US", Region: "Arizona", City: "Hayden"})
	f.MissionMine = wp(frente.Workplace{Name: "Mission mine", Kind: frente.WorkplaceMine, OperatorID: f.Asarco.ID,
		RepresentedBy: []frente.ID{f.USW.ID}, Country: "US", Region: "Arizona", City: "Sahuarita"})
	f.Leader = &frente.Person{Name: "Napoleón Gómez Urrutia", Country: "MX", Record: frente.Record{Visibility: frente.Public}}
	if err := s.CreatePerson(ctx, f.Leader); err != nil {
		t.Fatal(err)
	}
	pos := &frente.Position{PersonID: f.Leader.ID, OrganizationID: f.Mineros.ID, Title: "President and Secretary General",
		Record: frente.Record{Visibility: frente.Public}}
	if err := s.CreatePosition(ctx, pos); err != nil {
		t.Fatal(err)
	}
	f.Campaign = &frente.Campaign{Name: "Common front at Grupo México", TargetID: f.Group.ID,
		Members: []frente.ID{f.Mineros.ID, f.S65.ID, f.USW.ID}, Countries: []string{"MX", "US", "PE"},
		Description: "Coordinated bargaining and mutual support of the unions at Grupo México's operations.",
		Record:      frente.Record{Visibility: frente.Public, Sources: []frente.Source{{URL: "https://example.org/letter", Text: "Solidarity letter"}}}}
	if err := s.CreateCampaign(ctx, f.Campaign); err != nil {
		t.Fatal(err)
	}
	return f
}

// site is a real server over a real store, and a client that keeps
// cookies but does not follow redirects, so tests see the 303s.
type site struct {
	t      testing.TB
	store  frente.Store
	server *Server
	srv    *httptest.Server
	client *http.Client
	// lang is sent as Accept-Language when set.
	lang string
}

func newSite(t testing.TB, store frente.Store) *site {
	t.Helper()
	server := New(store, nil, "test")
	srv := httptest.NewServer(server)
	t.Cleanup(srv.Close)
	return (&site{t: t, store: store, server: server, srv: srv}).browser()
}

// browser returns the site with a browser of its own: a new, empty
// cookie jar, for a second person or a second device.
func (s *site) browser() *site {
	jar, _ := cookiejar.New(nil)
	b := *s
	b.client = &http.Client{Jar: jar, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	return &b
}

// testPassword is the password of every user the page tests make.
const testPassword = "solidarity-forever"

// testHash is its hash, made once: argon2id is slow on purpose.
var testHash = sync.OnceValue(func() string {
	h, err := auth.HashPassword(testPassword)
	if err != nil {
		panic(err)
	}
	return h
})

// addUser stores a user with testPassword and these roles.
func addUser(t testing.TB, store frente.Store, email string, siteAdmin bool, roles map[frente.ID]frente.Role) *frente.User {
	t.Helper()
	u := &frente.User{Email: email, Name: strings.Split(email, "@")[0], SiteAdmin: siteAdmin, PasswordHash: testHash()}
	if err := store.CreateUser(sysCtx(), u); err != nil {
		t.Fatal(err)
	}
	for org, role := range roles {
		if err := store.SetMembership(sysCtx(), frente.Membership{UserID: u.ID, OrganizationID: org, Role: role}); err != nil {
			t.Fatal(err)
		}
	}
	return u
}

// logIn logs the site's browser in through the login form, as a person
// would, and fails unless it is sent on to next.
func (s *site) logIn(t testing.TB, email, password, next string) {
	t.Helper()
	res := s.post("/login", url.Values{"email": {email}, "password": {password}, "next": {next}})
	if res.status != http.StatusSeeOther || res.header.Get("Location") != next {
		t.Fatalf("login as %s: %d to %q, want 303 to %s; body:\n%.3000s", email, res.status, res.header.Get("Location"), next, res.body)
	}
}

// loginAs gives the site's browser a session of u the quick way, as the
// login form would: a secret in the cookie, its hash in the store.
func (s *site) loginAs(u *frente.User) {
	s.t.Helper()
	secret := auth.NewSecret(auth.SessionPrefix)
	if err := s.store.CreateSession(sysCtx(), u.ID, auth.HashSecret(secret)); err != nil {
		s.t.Fatal(err)
	}
	s.setCookie(sessionCookie, secret)
}

// setCookie puts a cookie for the site into the browser's jar.
func (s *site) setCookie(name, value string) {
	u, _ := url.Parse(s.srv.URL)
	s.client.Jar.SetCookies(u, []*http.Cookie{{Name: name, Value: value, Path: "/"}})
}

// newAdminSite is a site whose browser is logged in as a site
// administrator, who may change every record.
func newAdminSite(t testing.TB, store frente.Store) *site {
	t.Helper()
	s := newSite(t, store)
	s.loginAs(addUser(t, store, "admin@frente.example", true, nil))
	return s
}

// page is an answer read whole.
type pageResult struct {
	status int
	header http.Header
	body   string
}

func (s *site) do(req *http.Request) pageResult {
	s.t.Helper()
	if s.lang != "" {
		req.Header.Set("Accept-Language", s.lang)
	}
	res, err := s.client.Do(req)
	if err != nil {
		s.t.Fatal(err)
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		s.t.Fatal(err)
	}
	return pageResult{status: res.StatusCode, header: res.Header, body: string(b)}
}

func (s *site) get(path string) pageResult {
	s.t.Helper()
	req, err := http.NewRequest(http.MethodGet, s.srv.URL+path, nil)
	if err != nil {
		s.t.Fatal(err)
	}
	return s.do(req)
}

func (s *site) post(path string, form url.Values) pageResult {
	s.t.Helper()
	req, err := http.NewRequest(http.MethodPost, s.srv.URL+path, strings.NewReader(form.Encode()))
	if err != nil {
		s.t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	return s.do(req)
}

// want fails unless the answer has the status and contains every string.
func (p pageResult) want(t testing.TB, status int, contains ...string) {
	t.Helper()
	if p.status != status {
		t.Fatalf("status %d, want %d; body:\n%.3000s", p.status, status, p.body)
	}
	for _, c := range contains {
		if !strings.Contains(p.body, c) {
			t.Errorf("page lacks %q; body:\n%.3000s", c, p.body)
		}
	}
}

// fieldBlock returns the markup of one form field: its wrapper, label,
// input and error messages.
func fieldBlock(t testing.TB, body, name string) string {
	t.Helper()
	i := strings.Index(body, `id="f-`+name+`"`)
	if i < 0 {
		t.Fatalf("no field %s in:\n%.3000s", name, body)
	}
	start := strings.LastIndex(body[:i], `class="field`)
	end := "</div>"
	if strings.HasPrefix(body[strings.LastIndex(body[:start], "<"):], "<fieldset") {
		end = "</fieldset>"
	}
	return body[start : i+strings.Index(body[i:], end)]
}

var treeToken = regexp.MustCompile(`<ul[^>]*>|</ul>|<a href="/organizations/\d+">([^<]*)</a>`)

// outline reads the nested lists of a section as an indented outline of
// its organization links, one a line: what the tree looks like to a reader.
func outline(html string) string {
	var b strings.Builder
	depth := 0
	for _, m := range treeToken.FindAllStringSubmatch(html, -1) {
		switch {
		case strings.HasPrefix(m[0], "<ul"):
			depth++
		case m[0] == "</ul>":
			depth--
		default:
			b.WriteString(strings.Repeat("  ", depth-1) + m[1] + "\n")
		}
	}
	return b.String()
}

// section returns the markup of the section with this id, up to the next
// section with an id (nested sections have none).
func section(t testing.TB, body, id string) string {
	t.Helper()
	i := strings.Index(body, `<section id="`+id+`"`)
	if i < 0 {
		t.Fatalf("no section %s in:\n%.3000s", id, body)
	}
	rest := body[i+1:]
	if j := strings.Index(rest, `<section id=`); j >= 0 {
		rest = rest[:j]
	}
	return rest
}

// stores runs f on SQLite and, when configured, PostgreSQL.
func stores(t *testing.T, f func(t *testing.T, s frente.Store)) {
	t.Run("sqlite", func(t *testing.T) { f(t, storetest.SQLite(t)) })
	t.Run("postgres", func(t *testing.T) { f(t, storetest.Postgres(t)) })
}
