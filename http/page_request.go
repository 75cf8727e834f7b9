package http

import (
	"net/http"
	"net/url"
	"strings"

	"github.com/frente/frente"
)

// requestView is a request with its parties and pledges, and what the
// reader may do with it.
type requestView struct {
	Request  *frente.Request
	From, To *frente.Organization
	Campaign *frente.Campaign
	Pledges  []*frente.Pledge
	// Actions are the statuses the reader may move it to.
	Actions []frente.RequestStatus
}

// requestView loads what a request page or the inbox shows of q.
func (s *Server) requestView(r *http.Request, q *frente.Request) (*requestView, error) {
	ctx := r.Context()
	v := &requestView{Request: q}
	orgs, err := s.loadOrganizationMap(ctx, []frente.ID{q.FromID, q.ToID})
	if err != nil {
		return nil, err
	}
	v.From, v.To = orgs[q.FromID], orgs[q.ToID]
	if q.CampaignID != 0 {
		if v.Campaign, err = s.Store.FindCampaignByID(ctx, q.CampaignID); err != nil && frente.ErrorCode(err) != frente.ENOTFOUND {
			return nil, err
		}
	}
	for _, id := range q.PledgeIDs {
		if p, err := s.Store.FindPledgeByID(ctx, id); err == nil {
			v.Pledges = append(v.Pledges, p)
		} else if frente.ErrorCode(err) != frente.ENOTFOUND {
			return nil, err
		}
	}
	// The store decides who may; the page offers what the request's
	// status allows to the side the reader is on.
	u := userOf(r)
	if u == nil {
		return v, nil
	}
	roleIn := s.roleFinder(ctx, u)
	mine := func(org frente.ID) bool {
		if org == 0 {
			return false
		}
		role, err := roleIn(org)
		return err == nil && role.AtLeast(frente.RoleEditor)
	}
	asking, asked := mine(q.FromID), mine(q.ToID)
	if q.ToID == 0 && q.CampaignID != 0 && !asking {
		asked = true // a member of the campaign; the store checks
	}
	for _, st := range []frente.RequestStatus{frente.RequestAccepted, frente.RequestDeclined, frente.RequestDone, frente.RequestOpen} {
		if st == q.Status || !q.Status.CanBecome(st) {
			continue
		}
		switch {
		case (st == frente.RequestAccepted || st == frente.RequestDeclined) && asked,
			st == frente.RequestDone && (asked || asking),
			st == frente.RequestOpen && asking:
			v.Actions = append(v.Actions, st)
		}
	}
	return v, nil
}

type requestPage struct {
	layout
	View *requestView
	Meta recordMeta
}

func (s *Server) showRequest(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	q, err := s.Store.FindRequestByID(r.Context(), id)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	v, err := s.requestView(r, q)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	p := &requestPage{layout: layout{Nav: "messages"}, View: v}
	if p.Meta, err = s.recordMeta(r.Context(), q.Record); err != nil {
		s.pageError(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "request", p)
}

// setRequestStatus moves a request from the inbox or its page: accept,
// decline, done, reopen, with an optional note.
func (s *Server) setRequestStatus(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	f, ok := s.readForm(w, r, formSpec{})
	if !ok {
		return
	}
	status, note := frente.RequestStatus(f.Get("status")), f.Get("note")
	if _, err := s.Store.UpdateRequest(r.Context(), id, func(q *frente.Request) error {
		q.Status, q.StatusNote = status, note
		return nil
	}); err != nil {
		s.pageError(w, r, err)
		return
	}
	back := f.Get("back")
	if back != "/inbox" {
		back = "/requests/" + idValue(id)
	}
	http.Redirect(w, r, back, http.StatusSeeOther)
}

type inboxPage struct {
	layout
	To, From []*requestView
}

func (s *Server) inboxPage(w http.ResponseWriter, r *http.Request) {
	to, from, err := s.Store.Inbox(r.Context())
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	p := &inboxPage{layout: layout{Nav: "inbox"}}
	for _, list := range []struct {
		in  []*frente.Request
		out *[]*requestView
	}{{to, &p.To}, {from, &p.From}} {
		for _, q := range list.in {
			v, err := s.requestView(r, q)
			if err != nil {
				s.pageError(w, r, err)
				return
			}
			*list.out = append(*list.out, v)
		}
	}
	s.render(w, r, http.StatusOK, "inbox", p)
}

var requestSpec = formSpec{fields: []string{"pledges", "to_id", "campaign_id", "summary", "due"}, required: []string{"summary"}}

func requestValues(q *frente.Request) url.Values {
	v := url.Values{}
	v["pledges"] = idValues(q.PledgeIDs)
	v.Set("to_id", idValue(q.ToID))
	v.Set("campaign_id", idValue(q.CampaignID))
	v.Set("summary", q.Summary)
	v.Set("due", string(q.Due))
	return recordValues(v, &q.Record)
}

func readRequest(f *form, stored *frente.Request) *frente.Request {
	q := &frente.Request{}
	if stored != nil {
		*q = *stored
	}
	q.PledgeIDs, q.ToID, q.CampaignID = f.ids("pledges"), f.id("to_id"), f.id("campaign_id")
	q.Summary, q.Due = f.Get("summary"), frente.Date(strings.TrimSpace(f.Get("due")))
	applyRecord(f, &q.Record)
	return q
}

// newRequestPage offers an empty form; "?pledge=" calls on that pledge,
// shared as the pledge is.
func (s *Server) newRequestPage(w http.ResponseWriter, r *http.Request) {
	q := &frente.Request{Record: frente.Record{Visibility: frente.Private}}
	if id, err := frente.ParseID(r.URL.Query().Get("pledge")); err == nil {
		if p, err := s.Store.FindPledgeByID(r.Context(), id); err == nil {
			q.PledgeIDs, q.ToID = []frente.ID{p.ID}, p.FromID
			q.Visibility, q.Campaigns = p.Visibility, p.Campaigns
			if p.ToID != 0 {
				q.OwnerID = p.ToID
			}
		}
	}
	s.requestForm(w, r, http.StatusOK, newForm(r, requestValues(q), requestSpec), nil, "")
}

func (s *Server) createRequestPage(w http.ResponseWriter, r *http.Request) {
	f, ok := s.readForm(w, r, requestSpec)
	if !ok {
		return
	}
	q := readRequest(f, nil)
	again := func(status int) { s.requestForm(w, r, status, f, nil, "") }
	if s.submit(w, r, f, q, func() error { return s.Store.CreateRequest(r.Context(), q) }, again) {
		http.Redirect(w, r, "/requests/"+idValue(q.ID), http.StatusSeeOther)
	}
}

func (s *Server) editRequestPage(w http.ResponseWriter, r *http.Request) {
	s.editRequest(w, r, http.StatusOK, "")
}

func (s *Server) editRequest(w http.ResponseWriter, r *http.Request, status int, deleteProblem string) {
	id, err := pathID(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	q, err := s.Store.FindRequestByID(r.Context(), id)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	s.requestForm(w, r, status, newForm(r, requestValues(q), requestSpec), q, deleteProblem)
}

func (s *Server) updateRequestPage(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	stored, err := s.Store.FindRequestByID(r.Context(), id)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	f, ok := s.readForm(w, r, requestSpec)
	if !ok {
		return
	}
	q := readRequest(f, stored)
	again := func(status int) { s.requestForm(w, r, status, f, stored, "") }
	write := func() error {
		_, err := s.Store.UpdateRequest(r.Context(), id, func(old *frente.Request) error {
			q.Ref, q.Status = old.Ref, old.Status
			*old = *q
			return nil
		})
		return err
	}
	if s.submit(w, r, f, q, write, again) {
		http.Redirect(w, r, "/requests/"+idValue(id), http.StatusSeeOther)
	}
}

func (s *Server) deleteRequestPage(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	s.remove(w, r, func() error { return s.Store.DeleteRequest(r.Context(), id) }, "/inbox",
		func(status int, problem string) { s.editRequest(w, r, status, problem) })
}

func (s *Server) requestForm(w http.ResponseWriter, r *http.Request, status int, f *form, stored *frente.Request, deleteProblem string) {
	ctx := r.Context()
	lang := f.lang
	orgs, err := s.loadOrganizations(ctx, frente.OrganizationFilter{})
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	p := &formPage{layout: layout{Nav: "inbox", Path: "/requests/new"}, Form: f, Action: "/requests", Cancel: "/inbox", DeleteProblem: deleteProblem}
	if stored != nil {
		id := idValue(stored.ID)
		p.Name, p.Action, p.Delete, p.Cancel, p.Path = stored.Summary, "/requests/"+id, "/requests/"+id+"/delete", "/requests/"+id, "/requests/"+id+"/edit"
	}
	pls, err := loadAll(func(cursor string) (frente.Page[*frente.Pledge], error) {
		return s.Store.FindPledges(ctx, frente.PledgeFilter{ListOptions: frente.ListOptions{Limit: frente.MaxLimit, Cursor: cursor}})
	})
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	names := map[frente.ID]string{}
	for _, o := range orgs {
		names[o.ID] = o.Name
	}
	var pg optionGroup
	for _, pl := range pls {
		if pl.Status == frente.PledgeWithdrawn || pl.Status == frente.PledgeFulfilled {
			if !f.Has("pledges", idValue(pl.ID)) {
				continue
			}
		}
		pg.Options = append(pg.Options, option{Value: idValue(pl.ID), Label: names[pl.FromID] + " · " + lang.T("pledge_kind."+string(pl.Kind)) +
			" · " + lang.T("pledge_status."+string(pl.Status))})
	}
	f.setOptions("pledges", pg)
	f.setOptions("to_id", orgOptions(lang, orgs, nil, true)...)
	_, campaigns, err := s.bargainingChoices(ctx)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	f.setOptions("campaign_id", noneOption(f), campaigns)
	if err := s.recordOptions(ctx, f, orgs, true); err != nil {
		s.pageError(w, r, err)
		return
	}
	s.render(w, r, status, "request_form", p)
}
