package http

import (
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/frente/frente"
)

var disputeSpec = formSpec{fields: []string{"title", "kind", "union_ids", "employer_id", "workplace_ids", "campaign_ids", "start", "end",
	"last_confirmed", "workers", "authorized", "demands", "outcome", "place.city", "place.region", "place.country", "events", "notes"},
	required: []string{"title", "kind", "start"}}

func disputeValues(d *frente.Dispute) url.Values {
	v := url.Values{}
	v.Set("title", d.Title)
	v.Set("kind", string(d.Kind))
	v["union_ids"] = idValues(d.UnionIDs)
	v.Set("employer_id", idValue(d.EmployerID))
	v["workplace_ids"] = idValues(d.WorkplaceIDs)
	v["campaign_ids"] = idValues(d.CampaignIDs)
	v.Set("start", string(d.Start))
	v.Set("end", string(d.End))
	v.Set("last_confirmed", string(d.LastConfirmed))
	if d.Workers > 0 {
		v.Set("workers", strconv.Itoa(d.Workers))
	}
	v.Set("authorized", string(d.Authorized))
	v.Set("demands", strings.Join(d.Demands, "\n"))
	v.Set("outcome", d.Outcome)
	v.Set("place.city", d.Place.City)
	v.Set("place.region", d.Place.Region)
	v.Set("place.country", d.Place.Country)
	v.Set("events", eventsText(d.Events))
	v.Set("notes", d.Notes)
	return recordValues(v, &d.Record)
}

// readDispute reads the form into a dispute. Fields the form does not
// show (the tracker's) are kept from stored, when there is one.
func readDispute(f *form, stored *frente.Dispute) *frente.Dispute {
	d := &frente.Dispute{}
	if stored != nil {
		*d = *stored
	}
	d.Title, d.Kind = f.Get("title"), frente.DisputeKind(f.Get("kind"))
	d.UnionIDs, d.EmployerID, d.WorkplaceIDs, d.CampaignIDs = f.ids("union_ids"), f.id("employer_id"), f.ids("workplace_ids"), f.ids("campaign_ids")
	d.Start, d.End, d.LastConfirmed = frente.Date(strings.TrimSpace(f.Get("start"))), frente.Date(strings.TrimSpace(f.Get("end"))), frente.Date(strings.TrimSpace(f.Get("last_confirmed")))
	d.Workers = 0
	if w := strings.TrimSpace(f.Get("workers")); w != "" {
		n, err := strconv.Atoi(strings.ReplaceAll(strings.ReplaceAll(w, ",", ""), ".", ""))
		if err != nil {
			f.add("workers", f.lang.T("field.not_a_number"))
		}
		d.Workers = n
	}
	d.Authorized = frente.Authorized(f.Get("authorized"))
	d.Demands = strings.Split(f.Get("demands"), "\n")
	d.Outcome, d.Notes = f.Get("outcome"), f.Get("notes")
	d.Place.City, d.Place.Region, d.Place.Country = f.Get("place.city"), f.Get("place.region"), f.Get("place.country")
	var lines []int
	d.Events, lines = parseEvents(f.Get("events"))
	f.setLines("events", lines)
	applyRecord(f, &d.Record)
	return d
}

// parseEvents reads the events text area: an event a line, its date,
// kind and description separated by "|". The store checks them.
func parseEvents(text string) ([]frente.DisputeEvent, []int) {
	out, lines := []frente.DisputeEvent{}, []int{}
	for i, line := range strings.Split(text, "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		parts := strings.SplitN(line, "|", 3)
		for len(parts) < 3 {
			parts = append(parts, "")
		}
		out = append(out, frente.DisputeEvent{Date: frente.Date(strings.TrimSpace(parts[0])), Kind: frente.EventKind(strings.TrimSpace(parts[1])),
			Description: strings.TrimSpace(parts[2]), Sources: []frente.Source{}})
		lines = append(lines, i+1)
	}
	return out, lines
}

func eventsText(es []frente.DisputeEvent) string {
	lines := make([]string, len(es))
	for i, e := range es {
		lines[i] = strings.TrimRight(string(e.Date)+" | "+string(e.Kind)+" | "+e.Description, " |")
	}
	return strings.Join(lines, "\n")
}

func (s *Server) newDisputePage(w http.ResponseWriter, r *http.Request) {
	d := &frente.Dispute{Kind: frente.DisputeStrike, Authorized: frente.AuthorizedUnknown, Record: frente.Record{Visibility: frente.Private}}
	if id, err := frente.ParseID(r.URL.Query().Get("campaign")); err == nil {
		d.CampaignIDs = []frente.ID{id}
	}
	s.disputeForm(w, r, http.StatusOK, newForm(r, disputeValues(d), disputeSpec), nil, "")
}

func (s *Server) createDisputePage(w http.ResponseWriter, r *http.Request) {
	f, ok := s.readForm(w, r, disputeSpec)
	if !ok {
		return
	}
	d := readDispute(f, nil)
	again := func(status int) { s.disputeForm(w, r, status, f, nil, "") }
	if s.submit(w, r, f, d, func() error { return s.Store.CreateDispute(r.Context(), d) }, again) {
		http.Redirect(w, r, "/disputes/"+idValue(d.ID), http.StatusSeeOther)
	}
}

func (s *Server) editDisputePage(w http.ResponseWriter, r *http.Request) {
	s.editDispute(w, r, http.StatusOK, "")
}

func (s *Server) editDispute(w http.ResponseWriter, r *http.Request, status int, deleteProblem string) {
	id, err := pathID(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	d, err := s.Store.FindDisputeByID(r.Context(), id)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	s.disputeForm(w, r, status, newForm(r, disputeValues(d), disputeSpec), d, deleteProblem)
}

func (s *Server) updateDisputePage(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	stored, err := s.Store.FindDisputeByID(r.Context(), id)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	f, ok := s.readForm(w, r, disputeSpec)
	if !ok {
		return
	}
	d := readDispute(f, stored)
	again := func(status int) { s.disputeForm(w, r, status, f, stored, "") }
	write := func() error {
		_, err := s.Store.UpdateDispute(r.Context(), id, func(old *frente.Dispute) error {
			d.Ref = old.Ref
			*old = *d
			return nil
		})
		return err
	}
	if s.submit(w, r, f, d, write, again) {
		http.Redirect(w, r, "/disputes/"+idValue(id), http.StatusSeeOther)
	}
}

func (s *Server) deleteDisputePage(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	s.remove(w, r, func() error { return s.Store.DeleteDispute(r.Context(), id) }, "/disputes",
		func(status int, problem string) { s.editDispute(w, r, status, problem) })
}

func (s *Server) disputeForm(w http.ResponseWriter, r *http.Request, status int, f *form, stored *frente.Dispute, deleteProblem string) {
	ctx := r.Context()
	lang := f.lang
	orgs, err := s.loadOrganizations(ctx, frente.OrganizationFilter{})
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	p := &formPage{layout: layout{Nav: "disputes", Path: "/disputes/new"}, Form: f, Action: "/disputes", Cancel: "/disputes", DeleteProblem: deleteProblem}
	if stored != nil {
		id := idValue(stored.ID)
		p.Name, p.Action, p.Delete, p.Cancel, p.Path = stored.Title, "/disputes/"+id, "/disputes/"+id+"/delete", "/disputes/"+id, "/disputes/"+id+"/edit"
	}
	var kinds, auth optionGroup
	for _, k := range frente.DisputeKinds {
		kinds.Options = append(kinds.Options, option{Value: string(k), Label: lang.T("dispute_kind." + string(k))})
	}
	for _, a := range frente.AuthorizedValues {
		auth.Options = append(auth.Options, option{Value: string(a), Label: lang.T("authorized." + string(a))})
	}
	f.setOptions("kind", kinds)
	f.setOptions("authorized", auth)
	f.setOptions("union_ids", orgOptions(lang, orgs, f.orChosen("union_ids", isUnionSide), false)...)
	f.setOptions("employer_id", orgOptions(lang, orgs, f.orChosen("employer_id", isEmployerSide), true)...)
	f.setOptions("place.country", countrySelect(lang, true)...)
	wps, err := s.loadWorkplaces(ctx, frente.WorkplaceFilter{})
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	var wg optionGroup
	for _, x := range wps {
		wg.Options = append(wg.Options, option{Value: idValue(x.ID), Label: x.Name})
	}
	f.setOptions("workplace_ids", wg)
	_, campaigns, err := s.bargainingChoices(ctx)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	f.setOptions("campaign_ids", campaigns)
	if err := s.recordOptions(ctx, f, orgs, true); err != nil {
		s.pageError(w, r, err)
		return
	}
	s.render(w, r, status, "dispute_form", p)
}
