package http

import (
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"github.com/frente/frente"
)

var shownSecret = regexp.MustCompile(`<p class="secret"><code>([^<]+)</code></p>`)

// TestMembers: an admin adds a member, whose generated password is shown
// once; the member then logs in and sees the organization's private
// records. Who is not an admin sees no forms and is refused.
func TestMembers(t *testing.T) {
	stores(t, func(t *testing.T, store frente.Store) {
		f := seedFront(t, store)
		secret := &frente.Person{Name: "Bargaining adviser", Record: frente.Record{OwnerID: f.Mineros.ID, Visibility: frente.Private}}
		if err := store.CreatePerson(sysCtx(), secret); err != nil {
			t.Fatal(err)
		}
		addUser(t, store, "admin@mineros.example", false, map[frente.ID]frente.Role{f.Mineros.ID: frente.RoleAdmin})
		outsider := addUser(t, store, "editor@usw.example", false, map[frente.ID]frente.Role{f.USW.ID: frente.RoleEditor})
		members := "/organizations/" + idValue(f.Mineros.ID) + "/members"
		person := "/people/" + idValue(secret.ID)

		admin := newSite(t, store)
		admin.lang = "es"
		admin.logIn(t, "admin@mineros.example", testPassword, members)
		org := admin.get("/organizations/" + idValue(f.Mineros.ID))
		org.want(t, http.StatusOK, `href="`+members+`"`, `href="/audit?entity=organizations&amp;id=`+idValue(f.Mineros.ID)+`"`)
		// An admin of the union administers its sections too.
		admin.get("/organizations/"+idValue(f.S65.ID)).want(t, http.StatusOK, `href="/organizations/`+idValue(f.S65.ID)+`/members"`)
		admin.get(members).want(t, http.StatusOK, "Miembros de Sindicato Nacional", "admin@mineros.example", "Administrador",
			`action="`+members+`"`, `<option value="viewer" selected>Lector</option>`)

		res := admin.post(members, url.Values{"email": {"Organizer@Mineros.example"}, "role": {"editor"}})
		res.want(t, http.StatusCreated, "Se creó una cuenta para organizer@mineros.example", "organizer@mineros.example", "se muestra solo esta vez")
		m := shownSecret.FindStringSubmatch(res.body)
		if m == nil {
			t.Fatalf("no password on the page:\n%.3000s", res.body)
		}
		password := m[1]
		if strings.Contains(admin.get(members).body, password) {
			t.Fatal("the password is shown again")
		}

		// The new member logs in with it and reads the private record.
		if res := newSite(t, store).get(person); res.status != http.StatusNotFound {
			t.Fatalf("a private record read anonymously on another server: %d", res.status)
		}
		member := admin.browser()
		member.get(person).want(t, http.StatusNotFound)
		member.logIn(t, "organizer@mineros.example", password, person)
		member.get(person).want(t, http.StatusOK, "Bargaining adviser")
		member.get("/people").want(t, http.StatusOK, "Bargaining adviser")

		// An editor sees the members but no forms, and is refused a change.
		page := member.get(members)
		page.want(t, http.StatusOK, "organizer@mineros.example", "Editor", "Solo los administradores")
		if strings.Contains(page.body, `action="`+members) {
			t.Errorf("an editor is offered the forms:\n%.3000s", page.body)
		}
		member.post(members, url.Values{"email": {"friend@mineros.example"}, "role": {"admin"}}).want(t, http.StatusForbidden, "Administrador")
		if _, err := store.FindUserByEmail(sysCtx(), "friend@mineros.example"); frente.ErrorCode(err) != frente.ENOTFOUND {
			t.Errorf("a refused request made an account: %v", err)
		}

		// Someone of another union who may see the organization is not
		// shown who its members are: that is the union's own business.
		other := admin.browser()
		other.loginAs(outsider)
		if page := other.get("/organizations/" + idValue(f.Mineros.ID)); page.status != http.StatusOK || strings.Contains(page.body, `href="`+members+`"`) {
			t.Errorf("an outsider is offered the members list: %d", page.status)
		}
		other.get(members).want(t, http.StatusForbidden)
		other.post(members, url.Values{"email": {"friend@mineros.example"}, "role": {"admin"}}).want(t, http.StatusForbidden)
		if res := admin.browser().get(members); res.status != http.StatusSeeOther {
			t.Errorf("logged out: %d", res.status)
		}
		if strings.Contains(newSite(t, store).get("/organizations/"+idValue(f.Mineros.ID)).body, `href="`+members+`"`) {
			t.Error("the organization page offers its members to anonymous readers")
		}

		// A role changes by adding again; an existing account gets no new password.
		res = admin.post(members, url.Values{"email": {"organizer@mineros.example"}, "role": {"viewer"}})
		if res.status != http.StatusSeeOther || res.header.Get("Location") != members+"?notice=member_saved" {
			t.Fatalf("change role: %d to %q; body:\n%.2000s", res.status, res.header.Get("Location"), res.body)
		}
		admin.get(res.header.Get("Location")).want(t, http.StatusOK, "El miembro quedó guardado.", "Lector")
		res = admin.post(members, url.Values{"email": {"not an email"}, "role": {"owner"}})
		res.want(t, http.StatusUnprocessableEntity)
		wantFieldError(t, res.body, "role", "«owner» no es una de las opciones.")
		res = admin.post(members, url.Values{"email": {"not an email"}, "role": {"viewer"}})
		wantFieldError(t, res.body, "email", "«not an email» no es una dirección de correo.")

		// Removal asks for the confirmation, then takes the access away.
		remove := members + "/" + idValue(mustUserID(t, store, "organizer@mineros.example")) + "/delete"
		admin.post(remove, nil).want(t, http.StatusUnprocessableEntity, "Marque la casilla para confirmar")
		res = admin.post(remove, url.Values{"confirm": {"yes"}})
		if res.status != http.StatusSeeOther || res.header.Get("Location") != members+"?notice=member_removed" {
			t.Fatalf("remove: %d to %q", res.status, res.header.Get("Location"))
		}
		member.get(person).want(t, http.StatusNotFound)
		if strings.Contains(member.get(members).body, "organizer@mineros.example</td>") {
			t.Error("a removed member is still listed")
		}
	})
}

// TestMembersOfHiddenOrganization: an organization one may not see has no
// members page either: 404, as for the organization itself.
func TestMembersOfHiddenOrganization(t *testing.T) {
	stores(t, func(t *testing.T, store frente.Store) {
		f := seedFront(t, store)
		hidden := &frente.Organization{Kind: frente.KindLocal, Name: "Local 937", Country: "US", ParentID: f.USW.ID,
			Record: frente.Record{Visibility: frente.Private}}
		if err := store.CreateOrganization(sysCtx(), hidden); err != nil {
			t.Fatal(err)
		}
		s := newSite(t, store)
		s.loginAs(addUser(t, store, "admin@mineros.example", false, map[frente.ID]frente.Role{f.Mineros.ID: frente.RoleAdmin}))
		path := "/organizations/" + idValue(hidden.ID) + "/members"
		s.get(path).want(t, http.StatusNotFound)
		s.post(path, url.Values{"email": {"x@example.org"}, "role": {"viewer"}}).want(t, http.StatusNotFound)
		s.get("/organizations/abc/members").want(t, http.StatusNotFound)
	})
}

func mustUserID(t *testing.T, store frente.Store, email string) frente.ID {
	t.Helper()
	u, err := store.FindUserByEmail(sysCtx(), email)
	if err != nil {
		t.Fatal(err)
	}
	return u.ID
}
