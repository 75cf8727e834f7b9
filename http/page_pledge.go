package http

import (
	"net/http"
	"net/url"
	"strings"

	"github.com/frente/frente"
)

type pledgePage struct {
	layout
	Pledge   *frente.Pledge
	From     *frente.Organization
	To       *frente.Organization
	Campaign *frente.Campaign
	Message  *frente.Message
	Requests []*frente.Request
	// CanRequest is true when the reader may ask for it: it is on request
	// and still open to being called on.
	CanRequest bool
	Meta       recordMeta
}

func (s *Server) showPledge(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	id, err := pathID(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	pl, err := s.Store.FindPledgeByID(ctx, id)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	p := &pledgePage{layout: layout{Nav: "messages"}, Pledge: pl,
		CanRequest: pl.Status == frente.PledgeOffered || pl.Status == frente.PledgeRequested}
	orgs, err := s.loadOrganizationMap(ctx, []frente.ID{pl.FromID, pl.ToID})
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	p.From, p.To = orgs[pl.FromID], orgs[pl.ToID]
	if pl.ToCampaignID != 0 {
		if p.Campaign, err = s.Store.FindCampaignByID(ctx, pl.ToCampaignID); err != nil && frente.ErrorCode(err) != frente.ENOTFOUND {
			s.pageError(w, r, err)
			return
		}
	}
	if pl.MessageID != 0 {
		if p.Message, err = s.Store.FindMessageByID(ctx, pl.MessageID); err != nil && frente.ErrorCode(err) != frente.ENOTFOUND {
			s.pageError(w, r, err)
			return
		}
	}
	reqs, err := s.Store.FindRequests(ctx, frente.RequestFilter{PledgeID: pl.ID, ListOptions: frente.ListOptions{Limit: frente.MaxLimit}})
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	p.Requests = reqs.Items
	if p.Meta, err = s.recordMeta(ctx, pl.Record); err != nil {
		s.pageError(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "pledge", p)
}

var pledgeSpec = formSpec{fields: []string{"from_id", "to_id", "to_campaign_id", "kind", "terms", "activation", "amount", "currency", "date",
	"status", "status_note", "message_id"}, required: []string{"from_id", "kind", "activation"}}

func pledgeValues(p *frente.Pledge) url.Values {
	v := url.Values{}
	v.Set("from_id", idValue(p.FromID))
	v.Set("to_id", idValue(p.ToID))
	v.Set("to_campaign_id", idValue(p.ToCampaignID))
	v.Set("kind", string(p.Kind))
	v.Set("terms", p.Terms)
	v.Set("activation", string(p.Activation))
	v.Set("amount", p.Amount)
	v.Set("currency", p.Currency)
	v.Set("date", string(p.Date))
	v.Set("status", string(p.Status))
	v.Set("message_id", idValue(p.MessageID))
	return recordValues(v, &p.Record)
}

func readPledge(f *form) *frente.Pledge {
	p := &frente.Pledge{FromID: f.id("from_id"), ToID: f.id("to_id"), ToCampaignID: f.id("to_campaign_id"), Kind: frente.PledgeKind(f.Get("kind")),
		Terms: f.Get("terms"), Activation: frente.Activation(f.Get("activation")), Amount: f.Get("amount"), Currency: f.Get("currency"),
		Date: frente.Date(strings.TrimSpace(f.Get("date"))), Status: frente.PledgeStatus(f.Get("status")), StatusNote: f.Get("status_note"),
		MessageID: f.id("message_id")}
	applyRecord(f, &p.Record)
	return p
}

// newPledgePage offers an empty form; "?message=" starts it as made in
// that message, from its first sender to its first recipient.
func (s *Server) newPledgePage(w http.ResponseWriter, r *http.Request) {
	p := &frente.Pledge{Kind: frente.PledgeAccompaniment, Activation: frente.ActivationOnRequest, Record: frente.Record{Visibility: frente.Private}}
	if id, err := frente.ParseID(r.URL.Query().Get("message")); err == nil {
		if m, err := s.Store.FindMessageByID(r.Context(), id); err == nil {
			p.MessageID, p.Date = m.ID, m.Date
			if len(m.SenderIDs) > 0 {
				p.FromID = m.SenderIDs[0]
			}
			if len(m.RecipientIDs) > 0 {
				p.ToID = m.RecipientIDs[0]
			}
			p.Record.OwnerID, p.Record.Visibility, p.Record.Campaigns = m.OwnerID, m.Visibility, m.Campaigns
		}
	}
	s.pledgeForm(w, r, http.StatusOK, newForm(r, pledgeValues(p), pledgeSpec), nil, "")
}

func (s *Server) createPledgePage(w http.ResponseWriter, r *http.Request) {
	f, ok := s.readForm(w, r, pledgeSpec)
	if !ok {
		return
	}
	p := readPledge(f)
	again := func(status int) { s.pledgeForm(w, r, status, f, nil, "") }
	if s.submit(w, r, f, p, func() error { return s.Store.CreatePledge(r.Context(), p) }, again) {
		http.Redirect(w, r, "/pledges/"+idValue(p.ID), http.StatusSeeOther)
	}
}

func (s *Server) editPledgePage(w http.ResponseWriter, r *http.Request) {
	s.editPledge(w, r, http.StatusOK, "")
}

func (s *Server) editPledge(w http.ResponseWriter, r *http.Request, status int, deleteProblem string) {
	id, err := pathID(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	p, err := s.Store.FindPledgeByID(r.Context(), id)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	s.pledgeForm(w, r, status, newForm(r, pledgeValues(p), pledgeSpec), p, deleteProblem)
}

func (s *Server) updatePledgePage(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	stored, err := s.Store.FindPledgeByID(r.Context(), id)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	f, ok := s.readForm(w, r, pledgeSpec)
	if !ok {
		return
	}
	p := readPledge(f)
	again := func(status int) { s.pledgeForm(w, r, status, f, stored, "") }
	write := func() error {
		_, err := s.Store.UpdatePledge(r.Context(), id, func(old *frente.Pledge) error {
			p.Ref = old.Ref
			*old = *p
			return nil
		})
		return err
	}
	if s.submit(w, r, f, p, write, again) {
		http.Redirect(w, r, "/pledges/"+idValue(id), http.StatusSeeOther)
	}
}

func (s *Server) deletePledgePage(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	s.remove(w, r, func() error { return s.Store.DeletePledge(r.Context(), id) }, "/inbox",
		func(status int, problem string) { s.editPledge(w, r, status, problem) })
}

func (s *Server) pledgeForm(w http.ResponseWriter, r *http.Request, status int, f *form, stored *frente.Pledge, deleteProblem string) {
	ctx := r.Context()
	lang := f.lang
	orgs, err := s.loadOrganizations(ctx, frente.OrganizationFilter{})
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	p := &formPage{layout: layout{Nav: "messages", Path: "/pledges/new"}, Form: f, Action: "/pledges", Cancel: "/inbox", DeleteProblem: deleteProblem}
	if stored != nil {
		id := idValue(stored.ID)
		p.Name, p.Action, p.Delete, p.Cancel, p.Path = lang.T("pledge_kind."+string(stored.Kind)), "/pledges/"+id, "/pledges/"+id+"/delete", "/pledges/"+id, "/pledges/"+id+"/edit"
	}
	f.setOptions("from_id", orgOptions(lang, orgs, nil, true)...)
	f.setOptions("to_id", orgOptions(lang, orgs, nil, true)...)
	_, campaigns, err := s.bargainingChoices(ctx)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	f.setOptions("to_campaign_id", noneOption(f), campaigns)
	var kinds, acts, sts optionGroup
	for _, k := range frente.PledgeKinds {
		kinds.Options = append(kinds.Options, option{Value: string(k), Label: lang.T("pledge_kind." + string(k))})
	}
	for _, a := range frente.Activations {
		acts.Options = append(acts.Options, option{Value: string(a), Label: lang.T("activation." + string(a))})
	}
	if stored == nil {
		sts.Options = append(sts.Options, option{Value: "", Label: lang.T("pledge.status_default")})
	}
	for _, st := range frente.PledgeStatuses {
		if stored == nil || stored.Status.CanBecome(st) {
			sts.Options = append(sts.Options, option{Value: string(st), Label: lang.T("pledge_status." + string(st))})
		}
	}
	f.setOptions("kind", kinds)
	f.setOptions("activation", acts)
	f.setOptions("status", sts)
	msgs, err := loadAll(func(cursor string) (frente.Page[*frente.Message], error) {
		return s.Store.FindMessages(ctx, frente.MessageFilter{ListOptions: frente.ListOptions{Limit: frente.MaxLimit, Cursor: cursor}})
	})
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	mg := noneOption(f)
	for _, x := range msgs {
		mg.Options = append(mg.Options, option{Value: idValue(x.ID), Label: string(x.Date) + " · " + x.Subject})
	}
	f.setOptions("message_id", mg)
	if err := s.recordOptions(ctx, f, orgs, true); err != nil {
		s.pageError(w, r, err)
		return
	}
	s.render(w, r, status, "pledge_form", p)
}
