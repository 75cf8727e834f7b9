package http

import (
	"net/http"
	"net/url"

	"github.com/frente/frente"
)

var organizationSpec = formSpec{fields: []string{"kind", "name", "short_name", "number", "parent_id", "country", "region", "city", "website", "notes"}, required: []string{"kind", "name", "country"}}

func organizationValues(o *frente.Organization) url.Values {
	v := url.Values{}
	v.Set("kind", string(o.Kind))
	v.Set("name", o.Name)
	v.Set("short_name", o.ShortName)
	v.Set("number", o.Number)
	v.Set("parent_id", idValue(o.ParentID))
	v.Set("country", o.Country)
	v.Set("region", o.Region)
	v.Set("city", o.City)
	v.Set("website", o.Website)
	v.Set("notes", o.Notes)
	return recordValues(v, &o.Record)
}

func readOrganization(f *form) *frente.Organization {
	o := &frente.Organization{Kind: frente.OrgKind(f.Get("kind")), Name: f.Get("name"), ShortName: f.Get("short_name"),
		Number: f.Get("number"), ParentID: f.id("parent_id"), Country: f.Get("country"), Region: f.Get("region"),
		City: f.Get("city"), Website: f.Get("website"), Notes: f.Get("notes")}
	applyRecord(f, &o.Record)
	return o
}

// newOrganizationPage offers an empty form; "?parent=" (the "add below"
// button) starts it below that organization, on its side, in its country.
func (s *Server) newOrganizationPage(w http.ResponseWriter, r *http.Request) {
	o := &frente.Organization{Record: frente.Record{Visibility: frente.Private}}
	if id, err := frente.ParseID(r.URL.Query().Get("parent")); err == nil {
		if parent, err := s.Store.FindOrganizationByID(r.Context(), id); err == nil {
			o.ParentID, o.Country, o.Region = parent.ID, parent.Country, parent.Region
			o.OwnerID, o.Visibility, o.Kind = parent.OwnerID, parent.Visibility, frente.KindLocal
			if parent.Kind.IsEmployer() {
				o.Kind = frente.KindEmployer
			}
		}
	}
	s.organizationForm(w, r, http.StatusOK, newForm(r, organizationValues(o), organizationSpec), nil, "")
}

func (s *Server) createOrganizationPage(w http.ResponseWriter, r *http.Request) {
	f, ok := s.readForm(w, r, organizationSpec)
	if !ok {
		return
	}
	o := readOrganization(f)
	again := func(status int) { s.organizationForm(w, r, status, f, nil, "") }
	if s.submit(w, r, f, o, func() error { return s.Store.CreateOrganization(r.Context(), o) }, again) {
		http.Redirect(w, r, "/organizations/"+idValue(o.ID), http.StatusSeeOther)
	}
}

func (s *Server) editOrganizationPage(w http.ResponseWriter, r *http.Request) {
	s.editOrganization(w, r, http.StatusOK, "")
}

// editOrganization draws the edit form of the stored organization; after
// a refused deletion, with the reason.
func (s *Server) editOrganization(w http.ResponseWriter, r *http.Request, status int, deleteProblem string) {
	id, err := pathID(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	o, err := s.Store.FindOrganizationByID(r.Context(), id)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	s.organizationForm(w, r, status, newForm(r, organizationValues(o), organizationSpec), o, deleteProblem)
}

func (s *Server) updateOrganizationPage(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	stored, err := s.Store.FindOrganizationByID(r.Context(), id)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	f, ok := s.readForm(w, r, organizationSpec)
	if !ok {
		return
	}
	o := readOrganization(f)
	o.ID = id
	again := func(status int) { s.organizationForm(w, r, status, f, stored, "") }
	write := func() error {
		_, err := s.Store.UpdateOrganization(r.Context(), id, func(old *frente.Organization) error {
			// The form holds every field but the external key.
			o.Ref = old.Ref
			*old = *o
			return nil
		})
		return err
	}
	if s.submit(w, r, f, o, write, again) {
		http.Redirect(w, r, "/organizations/"+idValue(id), http.StatusSeeOther)
	}
}

func (s *Server) deleteOrganizationPage(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	s.remove(w, r, func() error { return s.Store.DeleteOrganization(r.Context(), id) }, "/organizations",
		func(status int, problem string) { s.editOrganization(w, r, status, problem) })
}

// organizationForm draws the form. stored is the organization being
// edited, nil for a new one; it and those below it are not offered as the
// parent, since that would make a cycle.
func (s *Server) organizationForm(w http.ResponseWriter, r *http.Request, status int, f *form, stored *frente.Organization, deleteProblem string) {
	ctx := r.Context()
	orgs, err := s.loadOrganizations(ctx, frente.OrganizationFilter{})
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	p := &formPage{layout: layout{Nav: "organizations", Path: "/organizations/new"}, Form: f, Action: "/organizations",
		Cancel: "/organizations", DeleteProblem: deleteProblem}
	below := map[frente.ID]bool{}
	if stored != nil {
		sub, err := s.Store.OrganizationSubtree(ctx, stored.ID)
		if err != nil {
			s.pageError(w, r, err)
			return
		}
		for _, o := range sub {
			below[o.ID] = true
		}
		id := idValue(stored.ID)
		p.Name, p.Action, p.Delete, p.Cancel = stored.Name, "/organizations/"+id, "/organizations/"+id+"/delete", "/organizations/"+id
		p.Path = "/organizations/" + id + "/edit"
	}
	f.setOptions("kind", kindOptions(f.lang))
	// Unions sit below unions and companies below companies; until the kind
	// is chosen, both are offered.
	fits := func(o *frente.Organization) bool { return !below[o.ID] }
	if k := frente.OrgKind(f.Get("kind")); k.Valid() {
		fits = func(o *frente.Organization) bool { return !below[o.ID] && o.Kind.IsEmployer() == k.IsEmployer() }
	}
	f.setOptions("parent_id", orgOptions(f.lang, orgs, f.orChosen("parent_id", fits), true)...)
	f.setOptions("country", countrySelect(f.lang, false)...)
	if err := s.recordOptions(r.Context(), f, orgs, true); err != nil {
		s.pageError(w, r, err)
		return
	}
	s.render(w, r, status, "organization_form", p)
}
