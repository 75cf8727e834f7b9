package http

import (
	"net/http"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/frente/frente"
	"github.com/frente/frente/sqlstore"
	"github.com/frente/frente/storetest"
)

// sessionOf returns the session cookie a response sets, or nil.
func sessionOf(res pageResult) *http.Cookie {
	for _, c := range (&http.Response{Header: res.header}).Cookies() {
		if c.Name == sessionCookie {
			return c
		}
	}
	return nil
}

func TestLogin(t *testing.T) {
	stores(t, func(t *testing.T, store frente.Store) {
		addUser(t, store, "organizer@usw.example", false, nil)
		s := newSite(t, store)
		s.lang = "en"

		// Logged out, the header offers the login, back to this page.
		s.get("/organizations?q=x").want(t, http.StatusOK, `href="/login?next=%2forganizations%3fq%3dx"`, ">Log in</a>")
		s.get("/login?next=/organizations").want(t, http.StatusOK, `<input type="hidden" name="next" value="/organizations">`,
			`type="email" id="f-email" name="email"`, `type="password" id="f-password" name="password" autocomplete="current-password"`)

		// Any case and spaces around the email.
		res := s.post("/login", url.Values{"email": {" Organizer@USW.example "}, "password": {testPassword}, "next": {"/organizations?q=x"}})
		if res.status != http.StatusSeeOther || res.header.Get("Location") != "/organizations?q=x" {
			t.Fatalf("login: %d to %q; body:\n%.2000s", res.status, res.header.Get("Location"), res.body)
		}
		c := sessionOf(res)
		if c == nil || !strings.HasPrefix(c.Value, "frs_") || !c.HttpOnly || c.SameSite != http.SameSiteLaxMode || c.Path != "/" || c.Secure {
			t.Fatalf("session cookie %+v; Set-Cookie %q", c, res.header.Values("Set-Cookie"))
		}
		// The header names the user and offers the logout, a POST.
		home := s.get("/")
		home.want(t, http.StatusOK, `<a href="/account"`, "organizer@usw.example", `<form class="user" method="post" action="/logout">`)
		if strings.Contains(home.body, ">Log in</a>") {
			t.Error("a logged-in page offers the login")
		}
		s.get("/login").want(t, http.StatusOK, "You are logged in as", "organizer@usw.example", `action="/logout"`)
		s.get("/account").want(t, http.StatusOK, "Your account")

		// Logout ends the session itself, not only the cookie: the old
		// cookie, sent again, no longer works.
		res = s.post("/logout", nil)
		if res.status != http.StatusSeeOther || res.header.Get("Location") != "/" {
			t.Fatalf("logout: %d to %q", res.status, res.header.Get("Location"))
		}
		if gone := sessionOf(res); gone == nil || gone.MaxAge >= 0 {
			t.Errorf("logout does not clear the cookie: %+v", gone)
		}
		s.setCookie(sessionCookie, c.Value)
		res = s.get("/account")
		if res.status != http.StatusSeeOther || res.header.Get("Location") != "/login?next=%2Faccount" {
			t.Errorf("old session after logout: %d to %q", res.status, res.header.Get("Location"))
		}
	})
}

func TestLoginGoesOnlyToLocalPages(t *testing.T) {
	store := storetest.SQLite(t)
	addUser(t, store, "organizer@usw.example", false, nil)
	s := newSite(t, store)
	for next, want := range map[string]string{
		"/campaigns/1":            "/campaigns/1",
		"":                        "/",
		"//evil.example/":         "/",
		"https://evil.example/":   "/",
		`/\evil.example`:          "/",
		"javascript:alert(1)":     "/",
		"organizations":           "/",
		"/%0d%0aSet-Cookie:x=1":   "/%0d%0aSet-Cookie:x=1",
		"/ok?next=//evil.example": "/ok?next=//evil.example",
	} {
		res := s.browser().post("/login", url.Values{"email": {"organizer@usw.example"}, "password": {testPassword}, "next": {next}})
		if loc := res.header.Get("Location"); res.status != http.StatusSeeOther || loc != want {
			t.Errorf("next %q: %d to %q, want %q", next, res.status, loc, want)
		}
	}
}

// TestLoginFailuresLookAlike: an unknown email and a wrong password get
// the same status and the same page, so the login does not tell who has
// an account.
func TestLoginFailuresLookAlike(t *testing.T) {
	stores(t, func(t *testing.T, store frente.Store) {
		addUser(t, store, "organizer@usw.example", false, nil)
		s := newSite(t, store)
		s.lang = "es"
		wrong := s.post("/login", url.Values{"email": {"organizer@usw.example"}, "password": {"not the password"}, "next": {"/people"}})
		unknown := s.post("/login", url.Values{"email": {"nobody@usw.example"}, "password": {"not the password"}, "next": {"/people"}})
		wrong.want(t, http.StatusUnauthorized, "Correo o contraseña incorrectos.", `value="organizer@usw.example"`)
		unknown.want(t, http.StatusUnauthorized)
		a := strings.ReplaceAll(wrong.body, "organizer@usw.example", "EMAIL")
		b := strings.ReplaceAll(unknown.body, "nobody@usw.example", "EMAIL")
		if a != b {
			t.Errorf("the two failures differ:\n%s\n----\n%s", a, b)
		}
		if strings.Contains(wrong.body, "not the password") {
			t.Error("the password is written back into the page")
		}
		if sessionOf(wrong) != nil || sessionOf(unknown) != nil {
			t.Error("a failed login set a session")
		}
		// An empty form is asked again, field by field, and counts for nothing.
		res := s.post("/login", url.Values{"email": {""}, "password": {""}})
		res.want(t, http.StatusUnprocessableEntity)
		wantFieldError(t, res.body, "email", "Este dato es obligatorio.")
		wantFieldError(t, res.body, "password", "Este dato es obligatorio.")
	})
}

// TestLoginThrottled: after a few failures the next try must wait, even
// with the right password, and is told how long; the count is kept per
// address and per account.
func TestLoginThrottled(t *testing.T) {
	storetest.Stores(t, func(t *testing.T, store *sqlstore.Store) {
		// The store's clock stands still unless the test moves it, so
		// the waits are exact however slow the machine.
		clock := &testClock{now: time.Now()}
		store.Now = clock.Now
		addUser(t, store, "organizer@usw.example", false, nil)
		addUser(t, store, "other@usw.example", false, nil)
		s := newSite(t, store)
		s.lang = "en"
		for range 3 {
			s.post("/login", url.Values{"email": {"organizer@usw.example"}, "password": {"guess"}}).want(t, http.StatusUnauthorized)
		}
		s.post("/login", url.Values{"email": {"organizer@usw.example"}, "password": {testPassword}}).want(t, http.StatusTooManyRequests)
		// Once the wait is over, one more failure doubles it.
		clock.add(time.Second)
		s.post("/login", url.Values{"email": {"organizer@usw.example"}, "password": {"guess"}}).want(t, http.StatusUnauthorized)
		res := s.post("/login", url.Values{"email": {"organizer@usw.example"}, "password": {testPassword}})
		res.want(t, http.StatusTooManyRequests, "Too many failed attempts. Wait 2 s and try again.", `value="organizer@usw.example"`)
		if res.header.Get("Retry-After") != "2" || sessionOf(res) != nil {
			t.Errorf("throttled: Retry-After %q, cookie %v", res.header.Get("Retry-After"), sessionOf(res))
		}
		// The address waits for every account, known or not, alike.
		s.post("/login", url.Values{"email": {"other@usw.example"}, "password": {testPassword}}).want(t, http.StatusTooManyRequests)
		s.post("/login", url.Values{"email": {"nobody@usw.example"}, "password": {"guess"}}).want(t, http.StatusTooManyRequests)

		// From another address (the count of this one forgotten), the
		// account still waits, and another account does not.
		if err := store.LoginSucceeded(sysCtx(), "addr:127.0.0.1"); err != nil {
			t.Fatal(err)
		}
		s.post("/login", url.Values{"email": {"organizer@usw.example"}, "password": {testPassword}}).want(t, http.StatusTooManyRequests)
		res = s.post("/login", url.Values{"email": {"other@usw.example"}, "password": {testPassword}})
		if res.status != http.StatusSeeOther {
			t.Errorf("another account from a forgiven address: %d", res.status)
		}
		// And when the wait is over, the right password works.
		clock.add(2 * time.Second)
		s.logIn(t, "organizer@usw.example", testPassword, "/")
	})
}

// testClock is a clock for the store that moves only when told.
type testClock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *testClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *testClock) add(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
}

// TestRefusedPostLeadsToLogin: a form posted without a login leads to the
// login, and from there back to the page the form was on when the browser
// says it was on this site.
func TestRefusedPostLeadsToLogin(t *testing.T) {
	s := newSite(t, storetest.SQLite(t))
	post := func(referer string) string {
		req, err := http.NewRequest(http.MethodPost, s.srv.URL+"/people", strings.NewReader("name=X&visibility=public"))
		if err != nil {
			t.Fatal(err)
		}
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		if referer != "" {
			req.Header.Set("Referer", referer)
		}
		res := s.do(req)
		if res.status != http.StatusSeeOther {
			t.Fatalf("anonymous post: %d, want 303", res.status)
		}
		return res.header.Get("Location")
	}
	for referer, want := range map[string]string{
		s.srv.URL + "/people/new?x=1":     "/login?next=%2Fpeople%2Fnew%3Fx%3D1",
		"":                                "/login?next=%2F",
		"https://evil.example/people/new": "/login?next=%2F",
		"not a url at all%%":              "/login?next=%2F",
	} {
		if got := post(referer); got != want {
			t.Errorf("Referer %q: to %q, want %q", referer, got, want)
		}
	}
	if n, _ := s.store.FindPeople(sysCtx(), frente.PersonFilter{}); n.Total != 0 {
		t.Errorf("%d people written anonymously", n.Total)
	}
}
