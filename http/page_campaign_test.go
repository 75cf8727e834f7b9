package http

import (
	"net/http"
	"strings"
	"testing"

	"github.com/frente/frente"
	"github.com/frente/frente/storetest"
)

func TestCampaignPage(t *testing.T) {
	stores(t, func(t *testing.T, store frente.Store) {
		f := seedFront(t, store)
		s := newSite(t, store)
		s.lang = "es"
		res := s.get("/campaigns/" + idValue(f.Campaign.ID))
		res.want(t, http.StatusOK, "<h1>Common front at Grupo México</h1>", "Coordinated bargaining",
			"Miembros por país", "El empleador y su árbol corporativo", `href="https://example.org/letter"`, "Solidarity letter")

		// Members grouped by country, the countries named in Spanish and in
		// Spanish alphabetical order; a section reads with its union.
		members := section(t, res.body, "members")
		es := strings.Index(members, "<h3>Estados Unidos</h3>")
		mx := strings.Index(members, "<h3>México</h3>")
		if es < 0 || mx < 0 || es > mx {
			t.Fatalf("members not grouped by country in Spanish order:\n%s", members)
		}
		usGroup, mxGroup := members[es:mx], members[mx:]
		if !strings.Contains(usGroup, "United Steelworkers") || strings.Contains(usGroup, "Sección 65") {
			t.Errorf("US group:\n%s", usGroup)
		}
		if !strings.Contains(mxGroup, "Sección 65") || !strings.Contains(mxGroup, "Los Mineros") || strings.Contains(mxGroup, "Steelworkers") {
			t.Errorf("MX group:\n%s", mxGroup)
		}
		if !strings.Contains(mxGroup, "parte de") {
			t.Errorf("Sección 65 does not say which union it is part of:\n%s", mxGroup)
		}

		// The target's tree, nested: each child list inside its parent's item.
		want := "Grupo México\n" +
			"  Americas Mining Corporation\n" +
			"    ASARCO\n" +
			"  Buenavista del Cobre\n"
		tree := section(t, res.body, "target-tree")
		if got := outline(tree); got != want {
			t.Errorf("target tree:\n%s\nwant:\n%s\nmarkup:\n%s", got, want, tree)
		}
		if !strings.Contains(tree, "Grupo corporativo") {
			t.Error("kinds are not shown in Spanish")
		}

		// The workplaces of everyone in the tree, with who represents them.
		wps := section(t, res.body, "workplaces")
		for _, want := range []string{"Hayden smelter", "Mission mine", "Mina de Cananea", "Fundición", ">USW</a>", ">Sección 65</a>", ">ASARCO</a>", ">Buenavista del Cobre</a>"} {
			if !strings.Contains(wps, want) {
				t.Errorf("workplaces lack %q:\n%s", want, wps)
			}
		}
	})
}

func TestRecordPages(t *testing.T) {
	store := storetest.SQLite(t)
	f := seedFront(t, store)
	s := newSite(t, store)
	s.lang = "en"

	org := s.get("/organizations/" + idValue(f.Asarco.ID))
	org.want(t, http.StatusOK, "<h1>ASARCO</h1>", "Employer", "Tucson, Arizona, United States",
		"Hayden smelter", "Mission mine", ">USW</a>", "/workplaces/new?operator="+idValue(f.Asarco.ID))
	crumbs := org.body[strings.Index(org.body, `<nav class="crumbs"`):]
	crumbs = crumbs[:strings.Index(crumbs, "</nav>")]
	if !(strings.Index(crumbs, "Grupo México") < strings.Index(crumbs, "Americas Mining Corporation")) {
		t.Errorf("breadcrumb not root first:\n%s", crumbs)
	}

	union := s.get("/organizations/" + idValue(f.Mineros.ID))
	union.want(t, http.StatusOK, "Los Mineros", "Sección 65", "Sección 17", "Napoleón Gómez Urrutia",
		"President and Secretary General", "Common front at Grupo México", "/positions/new?organization="+idValue(f.Mineros.ID))

	group := s.get("/organizations/" + idValue(f.Group.ID))
	group.want(t, http.StatusOK, "Common front at Grupo México", ">target</span>")

	wp := s.get("/workplaces/" + idValue(f.CananeaMine.ID))
	wp.want(t, http.StatusOK, "<h1>Mina de Cananea</h1>", "Mine", "Grupo México", "Buenavista del Cobre", "Sección 65", "Cananea, Sonora, Mexico")

	person := s.get("/people/" + idValue(f.Leader.ID))
	person.want(t, http.StatusOK, "Napoleón Gómez Urrutia", "Positions over time", "President and Secretary General",
		"Sindicato Nacional", ">current</span>", "/positions/new?person="+idValue(f.Leader.ID))
}
