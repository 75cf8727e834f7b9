package http

import (
	"net/http"
	"net/url"
	"strings"

	"github.com/frente/frente"
	"github.com/frente/frente/contract/topic"
)

var proposalSpec = formSpec{fields: []string{"negotiation_id", "side", "date", "title", "target_unit_id", "topics", "text",
	"status", "status_note", "answers_id", "takeaway", "takeaway_reason", "notes"}, required: []string{"negotiation_id", "side", "date", "title"}}

func proposalValues(p *frente.Proposal) url.Values {
	v := url.Values{}
	v.Set("negotiation_id", idValue(p.NegotiationID))
	v.Set("side", string(p.Side))
	v.Set("date", string(p.Date))
	v.Set("title", p.Title)
	v.Set("target_unit_id", idValue(p.TargetUnitID))
	v["topics"] = append([]string(nil), p.Topics...)
	v.Set("text", p.Text)
	v.Set("status", string(p.Status))
	v.Set("answers_id", idValue(p.AnswersID))
	if p.Takeaway {
		v.Set("takeaway", "true")
	}
	v.Set("takeaway_reason", p.TakeawayReason)
	v.Set("notes", p.Notes)
	return recordValues(v, &p.Record)
}

func readProposal(f *form) *frente.Proposal {
	p := &frente.Proposal{NegotiationID: f.id("negotiation_id"), Side: frente.Side(f.Get("side")), Date: frente.Date(strings.TrimSpace(f.Get("date"))),
		Title: f.Get("title"), TargetUnitID: f.id("target_unit_id"), Topics: f.Values["topics"], Text: f.Get("text"),
		Status: frente.ProposalStatus(f.Get("status")), StatusNote: f.Get("status_note"), AnswersID: f.id("answers_id"),
		Takeaway: f.Get("takeaway") == "true", TakeawayReason: f.Get("takeaway_reason"), Notes: f.Get("notes")}
	if p.Topics == nil {
		p.Topics = []string{}
	}
	applyRecord(f, &p.Record)
	return p
}

// newProposalPage offers an empty form at the table of "?negotiation=",
// answering "?answers=" when given: the answer targets what the answered
// proposal targets, on its topics, from the other side.
func (s *Server) newProposalPage(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	q := r.URL.Query()
	p := &frente.Proposal{Status: frente.ProposalOpen, Side: frente.SideUnion, Record: frente.Record{Visibility: frente.Private}}
	if id, err := frente.ParseID(q.Get("negotiation")); err == nil {
		n, err := s.Store.FindNegotiationByID(ctx, id)
		if err != nil {
			s.pageError(w, r, err)
			return
		}
		p.NegotiationID, p.Visibility, p.Campaigns, p.OwnerID = n.ID, n.Visibility, n.Campaigns, n.OwnerID
	}
	if id, err := frente.ParseID(q.Get("answers")); err == nil {
		if a, err := s.Store.FindProposalByID(ctx, id); err == nil && a.NegotiationID == p.NegotiationID {
			p.AnswersID, p.TargetUnitID, p.Topics = a.ID, a.TargetUnitID, a.Topics
			p.Title = a.Title
			if a.Side == frente.SideUnion {
				p.Side = frente.SideEmployer
			}
		}
	}
	s.proposalForm(w, r, http.StatusOK, newForm(r, proposalValues(p), proposalSpec), nil, "")
}

func (s *Server) createProposalPage(w http.ResponseWriter, r *http.Request) {
	f, ok := s.readForm(w, r, proposalSpec)
	if !ok {
		return
	}
	p := readProposal(f)
	again := func(status int) { s.proposalForm(w, r, status, f, nil, "") }
	if s.submit(w, r, f, p, func() error { return s.Store.CreateProposal(r.Context(), p) }, again) {
		http.Redirect(w, r, "/proposals/"+idValue(p.ID), http.StatusSeeOther)
	}
}

func (s *Server) editProposalPage(w http.ResponseWriter, r *http.Request) {
	s.editProposal(w, r, http.StatusOK, "")
}

func (s *Server) editProposal(w http.ResponseWriter, r *http.Request, status int, deleteProblem string) {
	id, err := pathID(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	p, err := s.Store.FindProposalByID(r.Context(), id)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	s.proposalForm(w, r, status, newForm(r, proposalValues(p), proposalSpec), p, deleteProblem)
}

func (s *Server) updateProposalPage(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	stored, err := s.Store.FindProposalByID(r.Context(), id)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	f, ok := s.readForm(w, r, proposalSpec)
	if !ok {
		return
	}
	p := readProposal(f)
	p.ID = id
	again := func(status int) { s.proposalForm(w, r, status, f, stored, "") }
	write := func() error {
		_, err := s.Store.UpdateProposal(r.Context(), id, func(old *frente.Proposal) error {
			p.Ref = old.Ref
			*old = *p
			return nil
		})
		return err
	}
	if s.submit(w, r, f, p, write, again) {
		http.Redirect(w, r, "/proposals/"+idValue(id), http.StatusSeeOther)
	}
}

func (s *Server) deleteProposalPage(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	stored, err := s.Store.FindProposalByID(r.Context(), id)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	s.remove(w, r, func() error { return s.Store.DeleteProposal(r.Context(), id) }, "/negotiations/"+idValue(stored.NegotiationID),
		func(status int, problem string) { s.editProposal(w, r, status, problem) })
}

// proposalForm draws the form. The target is a unit of the table's
// agreement, the answer a proposal of the same table, and the statuses of
// a stored proposal those its history allows.
func (s *Server) proposalForm(w http.ResponseWriter, r *http.Request, status int, f *form, stored *frente.Proposal, deleteProblem string) {
	ctx := r.Context()
	lang := f.lang
	orgs, err := s.loadOrganizations(ctx, frente.OrganizationFilter{})
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	p := &formPage{layout: layout{Nav: "negotiations", Path: r.URL.RequestURI()}, Form: f, Action: "/proposals",
		Cancel: "/negotiations", DeleteProblem: deleteProblem}
	if stored != nil {
		id := idValue(stored.ID)
		p.Name, p.Action, p.Delete, p.Cancel = stored.Title, "/proposals/"+id, "/proposals/"+id+"/delete", "/proposals/"+id
		p.Path = "/proposals/" + id + "/edit"
	}
	negs, err := loadAll(func(cursor string) (frente.Page[*frente.Negotiation], error) {
		return s.Store.FindNegotiations(ctx, frente.NegotiationFilter{ListOptions: frente.ListOptions{Limit: frente.MaxLimit, Cursor: cursor}})
	})
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	ng := optionGroup{Options: []option{{Value: "", Label: lang.T("form.choose")}}}
	var table *frente.Negotiation
	for _, n := range negs {
		ng.Options = append(ng.Options, option{Value: idValue(n.ID), Label: n.Title})
		if idValue(n.ID) == f.Get("negotiation_id") {
			table = n
		}
	}
	f.setOptions("negotiation_id", ng)
	if table != nil && stored == nil {
		p.Cancel = "/negotiations/" + idValue(table.ID)
	}
	var sides optionGroup
	for _, sd := range frente.Sides {
		sides.Options = append(sides.Options, option{Value: string(sd), Label: lang.T("side." + string(sd))})
	}
	f.setOptions("side", sides)
	statuses := frente.ProposalStatuses
	if stored != nil {
		statuses = append([]frente.ProposalStatus{stored.Status}, stored.Status.NextStatuses()...)
	}
	var st optionGroup
	for _, v := range statuses {
		st.Options = append(st.Options, option{Value: string(v), Label: lang.T("proposal_status." + string(v))})
	}
	f.setOptions("status", st)
	targets := optionGroup{Options: []option{{Value: "", Label: lang.T("proposal.new_language")}}}
	answers := noneOption(f)
	if table != nil {
		if table.AgreementID != 0 {
			units, err := s.Store.AgreementUnits(ctx, table.AgreementID)
			if err != nil && frente.ErrorCode(err) != frente.ENOTFOUND {
				s.pageError(w, r, err)
				return
			}
			for _, u := range units {
				if u.Depth > 2 {
					continue
				}
				label := strings.Repeat("  ", u.Depth) + strings.TrimSpace(u.Number+" "+u.Heading)
				targets.Options = append(targets.Options, option{Value: idValue(u.ID), Label: label})
			}
		}
		props, err := s.Store.FindProposals(ctx, frente.ProposalFilter{NegotiationID: table.ID, ListOptions: frente.ListOptions{Limit: frente.MaxLimit}})
		if err != nil {
			s.pageError(w, r, err)
			return
		}
		for _, o := range props.Items {
			if stored != nil && o.ID == stored.ID {
				continue
			}
			answers.Options = append(answers.Options, option{Value: idValue(o.ID), Label: string(o.Date) + " · " + lang.T("side."+string(o.Side)) + " · " + o.Title})
		}
	}
	f.setOptions("target_unit_id", targets)
	f.setOptions("answers_id", answers)
	var topics optionGroup
	for _, t := range topic.All() {
		topics.Options = append(topics.Options, option{Value: t.Code, Label: t.Label(string(lang))})
	}
	f.setOptions("topics", topics)
	f.setOptions("takeaway", optionGroup{Options: []option{{Value: "true", Label: lang.T("hint.takeaway")}}})
	if err := s.recordOptions(ctx, f, orgs, true); err != nil {
		s.pageError(w, r, err)
		return
	}
	s.render(w, r, status, "proposal_form", p)
}
