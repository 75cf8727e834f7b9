package http

import (
	"fmt"
	"html"
	"net/http"
	"regexp"
	"strings"
	"testing"

	"github.com/frente/frente"
	"github.com/frente/frente/storetest"
)

func TestListFilters(t *testing.T) {
	stores(t, func(t *testing.T, store frente.Store) {
		seedFront(t, store)
		s := newSite(t, store)
		s.lang = "es"
		res := s.get("/organizations?kind=local")
		res.want(t, http.StatusOK, "2 encontrados", "Sección 65", "Sección 17", `<option value="local" selected>Sección o local</option>`)
		if strings.Contains(res.body, "Grupo México") {
			t.Error("kind filter ignored")
		}
		res = s.get("/organizations?country=us")
		res.want(t, http.StatusOK, "3 encontrados", "United Steelworkers", "ASARCO", `<option value="US" selected>Estados Unidos</option>`)
		s.get("/organizations?q=seccion%2065").want(t, http.StatusOK, "1 encontrados", "Sección 65")

		s.get("/workplaces?kind=mine&country=US").want(t, http.StatusOK, "1 encontrados", "Mission mine", ">USW</a>")
		s.get("/people?q=gomez").want(t, http.StatusOK, "Napoleón Gómez Urrutia")
		s.get("/people?country=PE").want(t, http.StatusOK, "0 encontrados", "Nada coincide")
		s.get("/organizations?cursor=garbage").want(t, http.StatusBadRequest, "Este cursor no lo dio este servidor.")
	})
}

var nextLink = regexp.MustCompile(`<a href="([^"]+)" rel="next">`)

func TestListPages(t *testing.T) {
	store := storetest.SQLite(t)
	for i := range 57 {
		o := &frente.Organization{Kind: frente.KindLocal, Name: fmt.Sprintf("Local %03d", i), Country: "US", Record: frente.Record{Visibility: frente.Public}}
		if err := store.CreateOrganization(sysCtx(), o); err != nil {
			t.Fatal(err)
		}
	}
	s := newSite(t, store)
	first := s.get("/organizations?q=local&country=US")
	first.want(t, http.StatusOK, "57 found", "Local 000", "Local 049")
	m := nextLink.FindStringSubmatch(first.body)
	if m == nil || strings.Contains(first.body, "Local 050") {
		t.Fatalf("first page is not cut at 50 with a link to the next")
	}
	next := html.UnescapeString(m[1])
	if !strings.Contains(next, "q=local") || !strings.Contains(next, "country=US") || !strings.Contains(next, "cursor=") {
		t.Errorf("next link %q loses the filters", next)
	}
	second := s.get(next)
	second.want(t, http.StatusOK, "Local 050", "Local 056", "« First page")
	if strings.Contains(second.body, "Local 049") || nextLink.MatchString(second.body) {
		t.Error("second page repeats the first or offers a third")
	}
}

func TestSearch(t *testing.T) {
	stores(t, func(t *testing.T, store frente.Store) {
		seedFront(t, store)
		s := newSite(t, store)
		s.lang = "en"
		res := s.get("/search?q=mexico")
		res.want(t, http.StatusOK, "Results for “mexico”", `value="mexico"`, "Common front at Grupo México", "Grupo México", "Los Mineros")
		res = s.get("/search?q=cananea")
		res.want(t, http.StatusOK, "Sección 65", "Mina de Cananea", "Buenavista del Cobre")
		s.get("/search?q=urrutia").want(t, http.StatusOK, "Napoleón Gómez Urrutia")
		s.get("/search?q=zzzz").want(t, http.StatusOK, "Nothing matches")
		s.get("/search").want(t, http.StatusOK, "Type part of a name")
	})
}
