package http

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/frente/frente"
)

// TestAuditPage: a change made in the pages shows in the history of the
// record, with who, what and the values before and after, to the admins
// of its owner and to no one else.
func TestAuditPage(t *testing.T) {
	stores(t, func(t *testing.T, store frente.Store) {
		f := seedFront(t, store)
		admin := newSite(t, store)
		admin.lang = "en"
		admin.loginAs(addUser(t, store, "admin@mineros.example", false, map[frente.ID]frente.Role{f.Mineros.ID: frente.RoleAdmin}))
		s65 := "/organizations/" + idValue(f.S65.ID)
		history := "/audit?entity=organizations&id=" + idValue(f.S65.ID)

		admin.created(t, admin.post(s65, url.Values{"kind": {"local"}, "name": {"Sección 65"}, "number": {"65"}, "country": {"MX"},
			"region": {"Sonora"}, "city": {"Cananea, Son."}, "parent_id": {idValue(f.Mineros.ID)}, "visibility": {"public"}}), s65).
			want(t, http.StatusOK, `href="/audit?entity=organizations&amp;id=`+idValue(f.S65.ID)+`"`)

		page := admin.get(history)
		page.want(t, http.StatusOK, "<h1>History</h1>", "Of organization "+idValue(f.S65.ID)+".", "admin@mineros.example", "Changed",
			`<dt>City</dt><dd><del>Cananea</del> → <ins>Cananea, Son.</ins></dd>`, `<a href="`+s65+`">Organization `+idValue(f.S65.ID)+`</a>`)
		// Newest first: the change, then the creation by the system.
		if c, u := strings.Index(page.body, "Created"), strings.Index(page.body, "Changed"); c < 0 || u < 0 || u > c {
			t.Errorf("entries not newest first (changed at %d, created at %d)", u, c)
		}
		if strings.Contains(page.body, "<dt>Name</dt><dd><del>") || strings.Contains(page.body, "updated_at") {
			t.Errorf("unchanged or noisy fields shown:\n%.4000s", page.body)
		}
		admin.lang = "es"
		admin.get(history).want(t, http.StatusOK, "<h1>Historial</h1>", "Cambiado", "<dt>Ciudad</dt>")

		// An editor of the section sees no entries, and is told why.
		editor := admin.browser()
		editor.lang = "en"
		editor.loginAs(addUser(t, store, "editor@s65.example", false, map[frente.ID]frente.Role{f.S65.ID: frente.RoleEditor}))
		page = editor.get(history)
		page.want(t, http.StatusOK, "Only administrators of the organization that keeps a record see its history.")
		if strings.Contains(page.body, "<del>") || strings.Contains(editor.get(s65).body, `href="/audit`) {
			t.Error("an editor is shown the history, or a link to it")
		}
		editor.get("/audit?entity=nothing").want(t, http.StatusBadRequest)

		// Logged out, the history asks for a login first.
		res := admin.browser().get(history)
		if res.status != http.StatusSeeOther || !strings.HasPrefix(res.header.Get("Location"), "/login?next=%2Faudit%3Fentity") {
			t.Errorf("logged out: %d to %q", res.status, res.header.Get("Location"))
		}
	})
}

func TestAuditChanges(t *testing.T) {
	e := frente.AuditEntry{Entity: "workplaces", Action: "update",
		Before: []byte(`{"id":3,"name":"Mina","kind":"mine","represented_by":[1],"notes":"","updated_at":"2020-01-01T00:00:00Z","visibility":"private"}`),
		After:  []byte(`{"id":3,"name":"Mina","kind":"smelter","represented_by":[1,2],"notes":"new","updated_at":"2021-01-01T00:00:00Z","visibility":"public"}`)}
	got := auditChanges("es", e)
	want := []auditChange{{"Tipo", "Mina", "Fundición"}, {"Notas", "", "new"}, {"Representado por", "[1]", "[1,2]"}, {"Visibilidad", "Privado, solo para quien lo lleva", "Público"}}
	if len(got) != len(want) {
		t.Fatalf("changes %+v, want %+v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("change %d: %+v, want %+v", i, got[i], want[i])
		}
	}
	// A creation shows what it set; a deletion what it took away.
	created := auditChanges("en", frente.AuditEntry{Entity: "people", Before: []byte("null"), After: []byte(`{"name":"Ana","notes":""}`)})
	if len(created) != 1 || created[0] != (auditChange{"Name", "", "Ana"}) {
		t.Errorf("creation: %+v", created)
	}
}
