package http

import (
	"context"
	"net/http"
	"net/url"
	"strings"

	"github.com/frente/frente"
)

var negotiationSpec = formSpec{fields: []string{"title", "status", "union_ids", "employer_id", "agreement_id", "campaign_id",
	"opened", "current_expiry", "sessions", "notes"}, required: []string{"title", "status"}}

func negotiationValues(n *frente.Negotiation) url.Values {
	v := url.Values{}
	v.Set("title", n.Title)
	v.Set("status", string(n.Status))
	v["union_ids"] = idValues(n.UnionIDs)
	v.Set("employer_id", idValue(n.EmployerID))
	v.Set("agreement_id", idValue(n.AgreementID))
	v.Set("campaign_id", idValue(n.CampaignID))
	v.Set("opened", string(n.Opened))
	v.Set("current_expiry", string(n.CurrentExpiry))
	v.Set("sessions", sessionsText(n.Sessions))
	v.Set("notes", n.Notes)
	return recordValues(v, &n.Record)
}

func readNegotiation(f *form) *frente.Negotiation {
	n := &frente.Negotiation{Title: f.Get("title"), Status: frente.NegotiationStatus(f.Get("status")), UnionIDs: f.ids("union_ids"),
		EmployerID: f.id("employer_id"), AgreementID: f.id("agreement_id"), CampaignID: f.id("campaign_id"),
		Opened: frente.Date(strings.TrimSpace(f.Get("opened"))), CurrentExpiry: frente.Date(strings.TrimSpace(f.Get("current_expiry"))),
		Sessions: parseSessions(f.Get("sessions")), Notes: f.Get("notes")}
	applyRecord(f, &n.Record)
	return n
}

// parseSessions reads the sessions text area: a session a line, its date,
// place and notes separated by "|". The store checks the dates.
func parseSessions(text string) []frente.BargainingSession {
	out := []frente.BargainingSession{}
	for _, line := range strings.Split(text, "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		parts := strings.SplitN(line, "|", 3)
		for len(parts) < 3 {
			parts = append(parts, "")
		}
		out = append(out, frente.BargainingSession{Date: frente.Date(strings.TrimSpace(parts[0])), Place: strings.TrimSpace(parts[1]), Notes: strings.TrimSpace(parts[2])})
	}
	return out
}

// sessionsText writes sessions the way parseSessions reads them.
func sessionsText(ss []frente.BargainingSession) string {
	lines := make([]string, len(ss))
	for i, s := range ss {
		lines[i] = strings.TrimRight(string(s.Date)+" | "+s.Place+" | "+s.Notes, " |")
	}
	return strings.Join(lines, "\n")
}

// newNegotiationPage offers an empty form; "?campaign=" starts it in that
// campaign.
func (s *Server) newNegotiationPage(w http.ResponseWriter, r *http.Request) {
	n := &frente.Negotiation{Status: frente.NegotiationPreparing, Record: frente.Record{Visibility: frente.Private}}
	if id, err := frente.ParseID(r.URL.Query().Get("campaign")); err == nil {
		if c, err := s.Store.FindCampaignByID(r.Context(), id); err == nil {
			n.CampaignID, n.EmployerID = c.ID, 0
		}
	}
	s.negotiationForm(w, r, http.StatusOK, newForm(r, negotiationValues(n), negotiationSpec), nil, "")
}

func (s *Server) createNegotiationPage(w http.ResponseWriter, r *http.Request) {
	f, ok := s.readForm(w, r, negotiationSpec)
	if !ok {
		return
	}
	n := readNegotiation(f)
	again := func(status int) { s.negotiationForm(w, r, status, f, nil, "") }
	if s.submit(w, r, f, n, func() error { return s.Store.CreateNegotiation(r.Context(), n) }, again) {
		http.Redirect(w, r, "/negotiations/"+idValue(n.ID), http.StatusSeeOther)
	}
}

func (s *Server) editNegotiationPage(w http.ResponseWriter, r *http.Request) {
	s.editNegotiation(w, r, http.StatusOK, "")
}

func (s *Server) editNegotiation(w http.ResponseWriter, r *http.Request, status int, deleteProblem string) {
	id, err := pathID(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	n, err := s.Store.FindNegotiationByID(r.Context(), id)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	s.negotiationForm(w, r, status, newForm(r, negotiationValues(n), negotiationSpec), n, deleteProblem)
}

func (s *Server) updateNegotiationPage(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	stored, err := s.Store.FindNegotiationByID(r.Context(), id)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	f, ok := s.readForm(w, r, negotiationSpec)
	if !ok {
		return
	}
	n := readNegotiation(f)
	n.ID = id
	again := func(status int) { s.negotiationForm(w, r, status, f, stored, "") }
	write := func() error {
		_, err := s.Store.UpdateNegotiation(r.Context(), id, func(old *frente.Negotiation) error {
			n.Ref = old.Ref
			*old = *n
			return nil
		})
		return err
	}
	if s.submit(w, r, f, n, write, again) {
		http.Redirect(w, r, "/negotiations/"+idValue(id), http.StatusSeeOther)
	}
}

func (s *Server) deleteNegotiationPage(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	s.remove(w, r, func() error { return s.Store.DeleteNegotiation(r.Context(), id) }, "/negotiations",
		func(status int, problem string) { s.editNegotiation(w, r, status, problem) })
}

func (s *Server) negotiationForm(w http.ResponseWriter, r *http.Request, status int, f *form, stored *frente.Negotiation, deleteProblem string) {
	ctx := r.Context()
	orgs, err := s.loadOrganizations(ctx, frente.OrganizationFilter{})
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	p := &formPage{layout: layout{Nav: "negotiations", Path: "/negotiations/new"}, Form: f, Action: "/negotiations",
		Cancel: "/negotiations", DeleteProblem: deleteProblem}
	if stored != nil {
		id := idValue(stored.ID)
		p.Name, p.Action, p.Delete, p.Cancel = stored.Title, "/negotiations/"+id, "/negotiations/"+id+"/delete", "/negotiations/"+id
		p.Path = "/negotiations/" + id + "/edit"
	}
	var st optionGroup
	for _, v := range frente.NegotiationStatuses {
		st.Options = append(st.Options, option{Value: string(v), Label: f.lang.T("negotiation_status." + string(v))})
	}
	f.setOptions("status", st)
	f.setOptions("union_ids", orgOptions(f.lang, orgs, f.orChosen("union_ids", isUnionSide), false)...)
	f.setOptions("employer_id", orgOptions(f.lang, orgs, f.orChosen("employer_id", isEmployerSide), true)...)
	agreements, campaigns, err := s.bargainingChoices(ctx)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	f.setOptions("agreement_id", noneOption(f), agreements)
	f.setOptions("campaign_id", noneOption(f), campaigns)
	if err := s.recordOptions(ctx, f, orgs, true); err != nil {
		s.pageError(w, r, err)
		return
	}
	s.render(w, r, status, "negotiation_form", p)
}

func noneOption(f *form) optionGroup {
	return optionGroup{Options: []option{{Value: "", Label: f.lang.T("form.none")}}}
}

// bargainingChoices are the agreements and campaigns the reader may see,
// for a table's selects.
func (s *Server) bargainingChoices(ctx context.Context) (agreements, campaigns optionGroup, err error) {
	as, err := loadAll(func(cursor string) (frente.Page[*frente.Agreement], error) {
		return s.Store.FindAgreements(ctx, frente.AgreementFilter{ListOptions: frente.ListOptions{Limit: frente.MaxLimit, Cursor: cursor}})
	})
	if err != nil {
		return agreements, campaigns, err
	}
	for _, a := range as {
		agreements.Options = append(agreements.Options, option{Value: idValue(a.ID), Label: a.Title})
	}
	cs, err := loadAll(func(cursor string) (frente.Page[*frente.Campaign], error) {
		return s.Store.FindCampaigns(ctx, frente.CampaignFilter{ListOptions: frente.ListOptions{Limit: frente.MaxLimit, Cursor: cursor}})
	})
	if err != nil {
		return agreements, campaigns, err
	}
	for _, c := range cs {
		campaigns.Options = append(campaigns.Options, option{Value: idValue(c.ID), Label: c.Name})
	}
	return agreements, campaigns, nil
}
