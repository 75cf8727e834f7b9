package http

import (
	"net/http"
	"net/url"

	"github.com/frente/frente"
)

var workplaceSpec = formSpec{fields: []string{"name", "kind", "operator_id", "represented_by", "country", "region", "city", "notes"}, required: []string{"name", "kind", "country"}}

func workplaceValues(wp *frente.Workplace) url.Values {
	v := url.Values{}
	v.Set("name", wp.Name)
	v.Set("kind", string(wp.Kind))
	v.Set("operator_id", idValue(wp.OperatorID))
	v["represented_by"] = idValues(wp.RepresentedBy)
	v.Set("country", wp.Country)
	v.Set("region", wp.Region)
	v.Set("city", wp.City)
	v.Set("notes", wp.Notes)
	return recordValues(v, &wp.Record)
}

func readWorkplace(f *form) *frente.Workplace {
	wp := &frente.Workplace{Name: f.Get("name"), Kind: frente.WorkplaceKind(f.Get("kind")), OperatorID: f.id("operator_id"),
		RepresentedBy: f.ids("represented_by"), Country: f.Get("country"), Region: f.Get("region"), City: f.Get("city"),
		Notes: f.Get("notes")}
	applyRecord(f, &wp.Record)
	return wp
}

// newWorkplacePage offers an empty form; "?operator=" starts it at that
// employer, in its country.
func (s *Server) newWorkplacePage(w http.ResponseWriter, r *http.Request) {
	wp := &frente.Workplace{Kind: frente.WorkplaceMine, Record: frente.Record{Visibility: frente.Private}}
	if id, err := frente.ParseID(r.URL.Query().Get("operator")); err == nil {
		if op, err := s.Store.FindOrganizationByID(r.Context(), id); err == nil && op.Kind.IsEmployer() {
			wp.OperatorID, wp.Country, wp.Region = op.ID, op.Country, op.Region
		}
	}
	s.workplaceForm(w, r, http.StatusOK, newForm(r, workplaceValues(wp), workplaceSpec), nil, "")
}

func (s *Server) createWorkplacePage(w http.ResponseWriter, r *http.Request) {
	f, ok := s.readForm(w, r, workplaceSpec)
	if !ok {
		return
	}
	wp := readWorkplace(f)
	again := func(status int) { s.workplaceForm(w, r, status, f, nil, "") }
	if s.submit(w, r, f, wp, func() error { return s.Store.CreateWorkplace(r.Context(), wp) }, again) {
		http.Redirect(w, r, "/workplaces/"+idValue(wp.ID), http.StatusSeeOther)
	}
}

func (s *Server) editWorkplacePage(w http.ResponseWriter, r *http.Request) {
	s.editWorkplace(w, r, http.StatusOK, "")
}

func (s *Server) editWorkplace(w http.ResponseWriter, r *http.Request, status int, deleteProblem string) {
	id, err := pathID(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	wp, err := s.Store.FindWorkplaceByID(r.Context(), id)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	s.workplaceForm(w, r, status, newForm(r, workplaceValues(wp), workplaceSpec), wp, deleteProblem)
}

func (s *Server) updateWorkplacePage(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	stored, err := s.Store.FindWorkplaceByID(r.Context(), id)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	f, ok := s.readForm(w, r, workplaceSpec)
	if !ok {
		return
	}
	wp := readWorkplace(f)
	wp.ID = id
	again := func(status int) { s.workplaceForm(w, r, status, f, stored, "") }
	write := func() error {
		_, err := s.Store.UpdateWorkplace(r.Context(), id, func(old *frente.Workplace) error {
			wp.Ref = old.Ref
			*old = *wp
			return nil
		})
		return err
	}
	if s.submit(w, r, f, wp, write, again) {
		http.Redirect(w, r, "/workplaces/"+idValue(id), http.StatusSeeOther)
	}
}

func (s *Server) deleteWorkplacePage(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	s.remove(w, r, func() error { return s.Store.DeleteWorkplace(r.Context(), id) }, "/workplaces",
		func(status int, problem string) { s.editWorkplace(w, r, status, problem) })
}

func (s *Server) workplaceForm(w http.ResponseWriter, r *http.Request, status int, f *form, stored *frente.Workplace, deleteProblem string) {
	orgs, err := s.loadOrganizations(r.Context(), frente.OrganizationFilter{})
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	p := &formPage{layout: layout{Nav: "workplaces", Path: "/workplaces/new"}, Form: f, Action: "/workplaces",
		Cancel: "/workplaces", DeleteProblem: deleteProblem}
	if stored != nil {
		id := idValue(stored.ID)
		p.Name, p.Action, p.Delete, p.Cancel = stored.Name, "/workplaces/"+id, "/workplaces/"+id+"/delete", "/workplaces/"+id
		p.Path = "/workplaces/" + id + "/edit"
	}
	f.setOptions("kind", workplaceKindOptions(f.lang))
	f.setOptions("operator_id", orgOptions(f.lang, orgs, f.orChosen("operator_id", isEmployerSide), true)...)
	f.setOptions("represented_by", orgOptions(f.lang, orgs, f.orChosen("represented_by", isUnionSide), false)...)
	f.setOptions("country", countrySelect(f.lang, false)...)
	if err := s.recordOptions(r.Context(), f, orgs, true); err != nil {
		s.pageError(w, r, err)
		return
	}
	s.render(w, r, status, "workplace_form", p)
}
