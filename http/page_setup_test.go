package http

import (
	"net/http"
	"net/url"
	"testing"

	"github.com/frente/frente"
	"github.com/frente/frente/auth"
	"github.com/frente/frente/storetest"
)

// TestSetup: the one-time link makes the first administrator, once.
func TestSetup(t *testing.T) {
	stores(t, func(t *testing.T, store frente.Store) {
		s := newSite(t, store)
		s.lang = "en"
		// Before it is armed, and with a wrong secret, there is nothing here.
		s.get("/setup").want(t, http.StatusNotFound)
		secret := auth.NewSecret(auth.SetupPrefix)
		s.server.SetSetupSecret(secret)
		for _, bad := range []string{"", auth.NewSecret(auth.SetupPrefix), "fru_short", secret + "x"} {
			s.get("/setup?token="+url.QueryEscape(bad)).want(t, http.StatusNotFound)
		}
		s.get("/setup?token="+secret).want(t, http.StatusOK, "Create the first administrator", `name="token" value="`+secret+`"`,
			`autocomplete="new-password"`, "at least 10 characters")

		// Too short, then not the same twice: told next to the fields.
		form := url.Values{"token": {secret}, "email": {"admin@frente.example"}, "name": {"Ana"}, "password": {"short"}, "password_again": {"short"}}
		res := s.post("/setup", form)
		res.want(t, http.StatusUnprocessableEntity, `value="admin@frente.example"`)
		wantFieldError(t, res.body, "password", "This is shorter than 10 characters.")
		form.Set("password", "a long enough password")
		res = s.post("/setup", form)
		wantFieldError(t, res.body, "password_again", "The two passwords differ.")
		form.Set("password_again", "a long enough password")
		form.Set("email", "not an email")
		wantFieldError(t, s.post("/setup", form).body, "email", "“not an email” is not an email address.")
		if n, _ := store.CountUsers(sysCtx()); n != 0 {
			t.Fatalf("%d users after invalid forms", n)
		}

		form.Set("email", "Admin@Frente.example")
		res = s.post("/setup", form)
		if res.status != http.StatusSeeOther || res.header.Get("Location") != "/account" || sessionOf(res) == nil {
			t.Fatalf("setup: %d to %q; body:\n%.2000s", res.status, res.header.Get("Location"), res.body)
		}
		s.get("/account").want(t, http.StatusOK, "admin@frente.example", "Site administrator")
		u, err := store.FindUserByEmail(sysCtx(), "admin@frente.example")
		if err != nil || !u.SiteAdmin || u.Name != "Ana" {
			t.Fatalf("first user: %+v %v", u, err)
		}

		// Used once, the link is gone, for this browser and any other.
		s.get("/setup?token="+secret).want(t, http.StatusNotFound)
		s.browser().post("/setup", form).want(t, http.StatusNotFound)
		if n, _ := store.CountUsers(sysCtx()); n != 1 {
			t.Fatalf("%d users, want 1", n)
		}
	})
}

// TestSetupOnlyWithoutUsers: an armed link does nothing once someone has
// an account (made, say, with `frente user add` in the meantime).
func TestSetupOnlyWithoutUsers(t *testing.T) {
	store := storetest.SQLite(t)
	s := newSite(t, store)
	secret := auth.NewSecret(auth.SetupPrefix)
	s.server.SetSetupSecret(secret)
	addUser(t, store, "first@frente.example", false, nil)
	s.get("/setup?token="+secret).want(t, http.StatusNotFound)
	s.post("/setup", url.Values{"token": {secret}, "email": {"second@frente.example"}, "password": {"a long enough password"},
		"password_again": {"a long enough password"}}).want(t, http.StatusNotFound)
}
