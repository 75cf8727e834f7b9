package http

import (
	"net/http"
	"net/url"

	"github.com/frente/frente"
)

var personSpec = formSpec{fields: []string{"name", "country", "notes"}, required: []string{"name"}}

func personValues(p *frente.Person) url.Values {
	v := url.Values{}
	v.Set("name", p.Name)
	v.Set("country", p.Country)
	v.Set("notes", p.Notes)
	return recordValues(v, &p.Record)
}

func readPerson(f *form) *frente.Person {
	p := &frente.Person{Name: f.Get("name"), Country: f.Get("country"), Notes: f.Get("notes")}
	applyRecord(f, &p.Record)
	return p
}

func (s *Server) newPersonPage(w http.ResponseWriter, r *http.Request) {
	p := &frente.Person{Record: frente.Record{Visibility: frente.Private}}
	s.personForm(w, r, http.StatusOK, newForm(r, personValues(p), personSpec), nil, "")
}

func (s *Server) createPersonPage(w http.ResponseWriter, r *http.Request) {
	f, ok := s.readForm(w, r, personSpec)
	if !ok {
		return
	}
	p := readPerson(f)
	again := func(status int) { s.personForm(w, r, status, f, nil, "") }
	if s.submit(w, r, f, p, func() error { return s.Store.CreatePerson(r.Context(), p) }, again) {
		http.Redirect(w, r, "/people/"+idValue(p.ID), http.StatusSeeOther)
	}
}

func (s *Server) editPersonPage(w http.ResponseWriter, r *http.Request) {
	s.editPerson(w, r, http.StatusOK, "")
}

func (s *Server) editPerson(w http.ResponseWriter, r *http.Request, status int, deleteProblem string) {
	id, err := pathID(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	p, err := s.Store.FindPersonByID(r.Context(), id)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	s.personForm(w, r, status, newForm(r, personValues(p), personSpec), p, deleteProblem)
}

func (s *Server) updatePersonPage(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	stored, err := s.Store.FindPersonByID(r.Context(), id)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	f, ok := s.readForm(w, r, personSpec)
	if !ok {
		return
	}
	p := readPerson(f)
	p.ID = id
	again := func(status int) { s.personForm(w, r, status, f, stored, "") }
	write := func() error {
		_, err := s.Store.UpdatePerson(r.Context(), id, func(old *frente.Person) error {
			p.Ref = old.Ref
			*old = *p
			return nil
		})
		return err
	}
	if s.submit(w, r, f, p, write, again) {
		http.Redirect(w, r, "/people/"+idValue(id), http.StatusSeeOther)
	}
}

func (s *Server) deletePersonPage(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	s.remove(w, r, func() error { return s.Store.DeletePerson(r.Context(), id) }, "/people",
		func(status int, problem string) { s.editPerson(w, r, status, problem) })
}

func (s *Server) personForm(w http.ResponseWriter, r *http.Request, status int, f *form, stored *frente.Person, deleteProblem string) {
	orgs, err := s.loadOrganizations(r.Context(), frente.OrganizationFilter{})
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	p := &formPage{layout: layout{Nav: "people", Path: "/people/new"}, Form: f, Action: "/people", Cancel: "/people",
		DeleteProblem: deleteProblem}
	if stored != nil {
		id := idValue(stored.ID)
		p.Name, p.Action, p.Delete, p.Cancel = stored.Name, "/people/"+id, "/people/"+id+"/delete", "/people/"+id
		p.Path = "/people/" + id + "/edit"
	}
	f.setOptions("country", countrySelect(f.lang, true)...)
	if err := s.recordOptions(r.Context(), f, orgs, true); err != nil {
		s.pageError(w, r, err)
		return
	}
	s.render(w, r, status, "person_form", p)
}
