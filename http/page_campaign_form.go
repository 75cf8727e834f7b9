package http

import (
	"net/http"
	"net/url"
	"strings"
	"unicode"

	"github.com/frente/frente"
)

var campaignSpec = formSpec{fields: []string{"name", "target_id", "members", "countries", "description"}, required: []string{"name"}}

func campaignValues(c *frente.Campaign) url.Values {
	v := url.Values{}
	v.Set("name", c.Name)
	v.Set("target_id", idValue(c.TargetID))
	v["members"] = idValues(c.Members)
	v.Set("countries", strings.Join(c.Countries, " "))
	v.Set("description", c.Description)
	return recordValues(v, &c.Record)
}

func readCampaign(f *form) *frente.Campaign {
	c := &frente.Campaign{Name: f.Get("name"), TargetID: f.id("target_id"), Members: f.ids("members"),
		Countries: splitCountries(f.Get("countries")), Description: f.Get("description")}
	applyRecord(f, &c.Record)
	return c
}

// splitCountries reads country codes however they were separated: spaces,
// commas, semicolons or lines.
func splitCountries(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == ',' || r == ';' })
}

func (s *Server) newCampaignPage(w http.ResponseWriter, r *http.Request) {
	c := &frente.Campaign{Record: frente.Record{Visibility: frente.Private}}
	if id, err := frente.ParseID(r.URL.Query().Get("target")); err == nil {
		c.TargetID = id
	}
	s.campaignForm(w, r, http.StatusOK, newForm(r, campaignValues(c), campaignSpec), nil, "")
}

func (s *Server) createCampaignPage(w http.ResponseWriter, r *http.Request) {
	f, ok := s.readForm(w, r, campaignSpec)
	if !ok {
		return
	}
	c := readCampaign(f)
	again := func(status int) { s.campaignForm(w, r, status, f, nil, "") }
	if s.submit(w, r, f, c, func() error { return s.Store.CreateCampaign(r.Context(), c) }, again) {
		http.Redirect(w, r, "/campaigns/"+idValue(c.ID), http.StatusSeeOther)
	}
}

func (s *Server) editCampaignPage(w http.ResponseWriter, r *http.Request) {
	s.editCampaign(w, r, http.StatusOK, "")
}

func (s *Server) editCampaign(w http.ResponseWriter, r *http.Request, status int, deleteProblem string) {
	id, err := pathID(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	c, err := s.Store.FindCampaignByID(r.Context(), id)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	s.campaignForm(w, r, status, newForm(r, campaignValues(c), campaignSpec), c, deleteProblem)
}

func (s *Server) updateCampaignPage(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	stored, err := s.Store.FindCampaignByID(r.Context(), id)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	f, ok := s.readForm(w, r, campaignSpec)
	if !ok {
		return
	}
	c := readCampaign(f)
	c.ID = id
	again := func(status int) { s.campaignForm(w, r, status, f, stored, "") }
	write := func() error {
		_, err := s.Store.UpdateCampaign(r.Context(), id, func(old *frente.Campaign) error {
			// The form holds every field but the external key and the
			// campaigns this one is shared with, which it does not offer.
			c.Ref, c.Campaigns = old.Ref, old.Campaigns
			*old = *c
			return nil
		})
		return err
	}
	if s.submit(w, r, f, c, write, again) {
		http.Redirect(w, r, "/campaigns/"+idValue(id), http.StatusSeeOther)
	}
}

func (s *Server) deleteCampaignPage(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	s.remove(w, r, func() error { return s.Store.DeleteCampaign(r.Context(), id) }, "/",
		func(status int, problem string) { s.editCampaign(w, r, status, problem) })
}

func (s *Server) campaignForm(w http.ResponseWriter, r *http.Request, status int, f *form, stored *frente.Campaign, deleteProblem string) {
	orgs, err := s.loadOrganizations(r.Context(), frente.OrganizationFilter{})
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	p := &formPage{layout: layout{Nav: "campaigns", Path: "/campaigns/new"}, Form: f, Action: "/campaigns", Cancel: "/",
		DeleteProblem: deleteProblem}
	if stored != nil {
		id := idValue(stored.ID)
		p.Name, p.Action, p.Delete, p.Cancel = stored.Name, "/campaigns/"+id, "/campaigns/"+id+"/delete", "/campaigns/"+id
		p.Path = "/campaigns/" + id + "/edit"
	}
	f.setOptions("target_id", orgOptions(f.lang, orgs, f.orChosen("target_id", isEmployerSide), true)...)
	f.setOptions("members", orgOptions(f.lang, orgs, f.orChosen("members", isUnionSide), false)...)
	if err := s.recordOptions(r.Context(), f, orgs, false); err != nil {
		s.pageError(w, r, err)
		return
	}
	s.render(w, r, status, "campaign_form", p)
}
