package http

import (
	"html/template"
	"net/http"

	"github.com/frente/frente"
)

// negotiationsPage lists the tables the reader may see.
type negotiationsPage struct {
	layout
	Page     frente.Page[*frente.Negotiation]
	Status   string
	Statuses []frente.NegotiationStatus
	More     string
}

func (s *Server) listNegotiationsPage(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	f := frente.NegotiationFilter{ListOptions: frente.ListOptions{Q: q.Get("q"), Cursor: q.Get("cursor")}}
	if st := frente.NegotiationStatus(q.Get("status")); st.Valid() {
		f.Status = st
	}
	if id, err := frente.ParseID(q.Get("campaign")); err == nil {
		f.CampaignID = id
	}
	pg, err := s.Store.FindNegotiations(r.Context(), f)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	p := &negotiationsPage{layout: layout{Nav: "negotiations", Q: f.Q}, Page: pg, Status: string(f.Status), Statuses: frente.NegotiationStatuses}
	if pg.Next != "" {
		v := r.URL.Query()
		v.Set("cursor", pg.Next)
		p.More = "/negotiations?" + v.Encode()
	}
	s.render(w, r, http.StatusOK, "negotiations", p)
}

// negotiationPage is one table: its parties, sessions and proposals.
type negotiationPage struct {
	layout
	Negotiation *frente.Negotiation
	Employer    *frente.Organization
	Unions      []*frente.Organization
	Agreement   *frente.Agreement
	Campaign    *frente.Campaign
	Proposals   []*frente.Proposal
	Meta        recordMeta
}

func (s *Server) showNegotiation(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	id, err := pathID(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	n, err := s.Store.FindNegotiationByID(ctx, id)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	p := &negotiationPage{layout: layout{Nav: "negotiations"}, Negotiation: n}
	ids := append([]frente.ID{n.EmployerID}, n.UnionIDs...)
	orgs, err := s.loadOrganizationMap(ctx, ids)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	p.Employer = orgs[n.EmployerID]
	for _, u := range n.UnionIDs {
		if o := orgs[u]; o != nil {
			p.Unions = append(p.Unions, o)
		}
	}
	if n.AgreementID != 0 {
		if p.Agreement, err = s.Store.FindAgreementByID(ctx, n.AgreementID); err != nil && frente.ErrorCode(err) != frente.ENOTFOUND {
			s.pageError(w, r, err)
			return
		}
	}
	if n.CampaignID != 0 {
		if p.Campaign, err = s.Store.FindCampaignByID(ctx, n.CampaignID); err != nil && frente.ErrorCode(err) != frente.ENOTFOUND {
			s.pageError(w, r, err)
			return
		}
	}
	props, err := s.Store.FindProposals(ctx, frente.ProposalFilter{NegotiationID: id, ListOptions: frente.ListOptions{Limit: frente.MaxLimit}})
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	p.Proposals = props.Items
	if p.Meta, err = s.recordMeta(ctx, n.Record); err != nil {
		s.pageError(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "negotiation", p)
}

// proposalPage is one proposal with its redline against the current text.
type proposalPage struct {
	layout
	Proposal    *frente.Proposal
	Negotiation *frente.Negotiation
	Answers     *frente.Proposal
	Answered    []*frente.Proposal
	Redline     *proposalRedline
	// HTML is the redline's HTML, which redline.HTML escapes throughout.
	HTML template.HTML
	// Print drops everything but the redline, for the printable page.
	Print bool
	Meta  recordMeta
}

func (s *Server) showProposal(w http.ResponseWriter, r *http.Request) {
	s.proposalView(w, r, "proposal")
}

// showRedline is the proposal's redline alone, to print.
func (s *Server) showRedline(w http.ResponseWriter, r *http.Request) {
	s.proposalView(w, r, "redline")
}

func (s *Server) proposalView(w http.ResponseWriter, r *http.Request, tmpl string) {
	ctx := r.Context()
	id, err := pathID(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	prop, rl, err := s.redlineOf(r, id)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	p := &proposalPage{layout: layout{Nav: "negotiations"}, Proposal: prop, Redline: rl, Print: tmpl == "redline",
		HTML: template.HTML(rl.HTML)} // #nosec: redline.HTML escapes every text it writes
	if p.Negotiation, err = s.Store.FindNegotiationByID(ctx, prop.NegotiationID); err != nil {
		s.pageError(w, r, err)
		return
	}
	if prop.AnswersID != 0 {
		if p.Answers, err = s.Store.FindProposalByID(ctx, prop.AnswersID); err != nil && frente.ErrorCode(err) != frente.ENOTFOUND {
			s.pageError(w, r, err)
			return
		}
	}
	all, err := s.Store.FindProposals(ctx, frente.ProposalFilter{NegotiationID: prop.NegotiationID, ListOptions: frente.ListOptions{Limit: frente.MaxLimit}})
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	for _, o := range all.Items {
		if o.AnswersID == prop.ID {
			p.Answered = append(p.Answered, o)
		}
	}
	if p.Meta, err = s.recordMeta(ctx, prop.Record); err != nil {
		s.pageError(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, tmpl, p)
}
