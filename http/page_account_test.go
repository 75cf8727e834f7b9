package http

import (
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"github.com/frente/frente"
)

// bearer asks the API for path with an API token, from no browser.
func (s *site) bearer(path, token string) pageResult {
	s.t.Helper()
	req, err := http.NewRequest(http.MethodGet, s.srv.URL+path, nil)
	if err != nil {
		s.t.Fatal(err)
	}
	req.Header.Set("Authorization", "Bearer "+token)
	return s.browser().do(req)
}

var (
	tokenSecret = regexp.MustCompile(`<code>(frt_[A-Za-z0-9_-]+)</code>`)
	revokeForm  = regexp.MustCompile(`action="(/account/tokens/\d+/revoke)"`)
)

// TestAccountTokens: a token made in the page is shown once, works on the
// API, and stops working once revoked in the page.
func TestAccountTokens(t *testing.T) {
	stores(t, func(t *testing.T, store frente.Store) {
		f := seedFront(t, store)
		u := addUser(t, store, "organizer@usw.example", false, map[frente.ID]frente.Role{f.USW.ID: frente.RoleEditor})
		s := newSite(t, store)
		s.lang = "es"
		res := s.get("/account")
		if res.status != http.StatusSeeOther || res.header.Get("Location") != "/login?next=%2Faccount" {
			t.Fatalf("logged out: %d to %q", res.status, res.header.Get("Location"))
		}
		s.loginAs(u)
		s.get("/account").want(t, http.StatusOK, "Su cuenta", "organizer@usw.example", "Sus organizaciones",
			`<a href="/organizations/`+idValue(f.USW.ID)+`">United Steelworkers</a>`, "Editor", "No tiene tokens de la API.")

		res = s.post("/account/tokens", url.Values{"token_name": {"import script"}})
		res.want(t, http.StatusCreated, "Token nuevo «import script»", "se muestra solo esta vez")
		m := tokenSecret.FindStringSubmatch(res.body)
		if m == nil {
			t.Fatalf("no token on the page:\n%.3000s", res.body)
		}
		if cc := res.header.Get("Cache-Control"); cc != "no-store" {
			t.Errorf("Cache-Control %q", cc)
		}
		token := m[1]
		page := s.get("/account")
		page.want(t, http.StatusOK, "import script", "nunca")
		if strings.Contains(page.body, token) {
			t.Fatal("the token is shown again")
		}

		me := s.bearer("/api/v1/me", token)
		me.want(t, http.StatusOK, `"email": "organizer@usw.example"`)
		s.get("/account").want(t, http.StatusOK, "import script")

		// Revoked in the page, the API refuses it.
		action := revokeForm.FindStringSubmatch(page.body)
		if action == nil {
			t.Fatalf("no revoke button:\n%.3000s", page.body)
		}
		res = s.post(action[1], nil)
		if res.status != http.StatusSeeOther || res.header.Get("Location") != "/account?notice=token_revoked" {
			t.Fatalf("revoke: %d to %q", res.status, res.header.Get("Location"))
		}
		page = s.get(res.header.Get("Location"))
		page.want(t, http.StatusOK, "El token fue revocado", "revocado")
		if revokeForm.MatchString(page.body) {
			t.Error("a revoked token still has a revoke button")
		}
		s.bearer("/api/v1/me", token).want(t, http.StatusUnauthorized)

		// Someone else's token cannot be revoked from here.
		other := addUser(t, store, "other@usw.example", false, nil)
		theirs := frente.Token{UserID: other.ID, Name: "theirs"}
		if err := store.CreateToken(sysCtx(), &theirs, "hash-of-theirs"); err != nil {
			t.Fatal(err)
		}
		s.post("/account/tokens/"+idValue(theirs.ID)+"/revoke", nil).want(t, http.StatusNotFound)
		// A notice that is not one of the page's shows nothing.
		if strings.Contains(s.get("/account?notice=hacked").body, `class="notice"`) {
			t.Error("the page writes an arbitrary notice")
		}
	})
}

// TestChangePassword: the current password is checked; the change ends
// every other session and keeps this browser logged in.
func TestChangePassword(t *testing.T) {
	stores(t, func(t *testing.T, store frente.Store) {
		addUser(t, store, "organizer@usw.example", false, nil)
		s := newSite(t, store)
		s.lang = "en"
		s.logIn(t, "organizer@usw.example", testPassword, "/account")
		phone := s.browser()
		phone.logIn(t, "organizer@usw.example", testPassword, "/account")

		res := s.post("/account/password", url.Values{"current_password": {"wrong"}, "new_password": {"a new long password"},
			"new_password_again": {"a new long password"}})
		res.want(t, http.StatusUnprocessableEntity)
		wantFieldError(t, res.body, "current_password", "This is not your current password.")
		if strings.Contains(res.body, "a new long password") {
			t.Error("passwords are written back into the page")
		}
		res = s.post("/account/password", url.Values{"current_password": {testPassword}, "new_password": {"short"}, "new_password_again": {"short"}})
		wantFieldError(t, res.body, "new_password", "This is shorter than 10 characters.")

		res = s.post("/account/password", url.Values{"current_password": {testPassword}, "new_password": {"a new long password"},
			"new_password_again": {"a new long password"}})
		if res.status != http.StatusSeeOther || res.header.Get("Location") != "/account?notice=password_changed" || sessionOf(res) == nil {
			t.Fatalf("change: %d to %q; body:\n%.2000s", res.status, res.header.Get("Location"), res.body)
		}
		s.get("/account?notice=password_changed").want(t, http.StatusOK, "Your password has been changed.")
		if res := phone.get("/account"); res.status != http.StatusSeeOther {
			t.Errorf("the other browser is still logged in: %d", res.status)
		}
		phone.post("/login", url.Values{"email": {"organizer@usw.example"}, "password": {testPassword}}).want(t, http.StatusUnauthorized)
		phone.logIn(t, "organizer@usw.example", "a new long password", "/")
	})
}
