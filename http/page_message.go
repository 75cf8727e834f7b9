package http

import (
	"html/template"
	"net/http"
	"net/url"

	"github.com/frente/frente"
)

type messagesPage struct {
	layout
	Items []*frente.Message
	Total int
	More  string
}

func (s *Server) listMessagesPage(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	f := frente.MessageFilter{ListOptions: frente.ListOptions{Q: q.Get("q"), Cursor: q.Get("cursor")}}
	if id, err := frente.ParseID(q.Get("campaign")); err == nil {
		f.CampaignID = id
	}
	res, err := s.Store.FindMessages(r.Context(), f)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	p := &messagesPage{layout: layout{Nav: "messages", Q: f.Q}, Items: res.Items, Total: res.Total}
	if res.Next != "" {
		v := url.Values{"cursor": {res.Next}}
		for _, k := range []string{"q", "campaign"} {
			if x := q.Get(k); x != "" {
				v.Set(k, x)
			}
		}
		p.More = "/messages?" + v.Encode()
	}
	s.render(w, r, http.StatusOK, "messages", p)
}

// messagePage is a message, and beside it another version of it: the one
// in the reader's language when the message is in another, else the
// first other.
type messagePage struct {
	layout
	Message    *frente.Message
	Body       template.HTML
	Other      *frente.Message
	OtherBody  template.HTML
	Senders    []*frente.Organization
	Recipients []*frente.Organization
	People     []*frente.Person
	Campaigns  []*frente.Campaign
	Pledges    []*frente.Pledge
	Meta       recordMeta
}

func (s *Server) showMessage(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	id, err := pathID(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	m, err := s.Store.FindMessageByID(ctx, id)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	p := &messagePage{layout: layout{Nav: "messages"}, Message: m, Body: renderMarkdown(m.Body)}
	if len(m.Versions) > 0 {
		pick := m.Versions[0]
		for _, v := range m.Versions {
			if v.Language == string(langOf(r)) {
				pick = v
			}
		}
		if o, err := s.Store.FindMessageByID(ctx, pick.ID); err == nil {
			p.Other, p.OtherBody = o, renderMarkdown(o.Body)
		} else if frente.ErrorCode(err) != frente.ENOTFOUND {
			s.pageError(w, r, err)
			return
		}
	}
	orgs, err := s.loadOrganizationMap(ctx, append(append([]frente.ID{}, m.SenderIDs...), m.RecipientIDs...))
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	for _, id := range m.SenderIDs {
		if o := orgs[id]; o != nil {
			p.Senders = append(p.Senders, o)
		}
	}
	for _, id := range m.RecipientIDs {
		if o := orgs[id]; o != nil {
			p.Recipients = append(p.Recipients, o)
		}
	}
	for _, id := range m.RecipientPersonIDs {
		if x, err := s.Store.FindPersonByID(ctx, id); err == nil {
			p.People = append(p.People, x)
		}
	}
	for _, id := range m.CampaignIDs {
		if c, err := s.Store.FindCampaignByID(ctx, id); err == nil {
			p.Campaigns = append(p.Campaigns, c)
		}
	}
	// The pledges made in this text, in whichever of its versions.
	texts := []frente.ID{m.ID}
	for _, v := range m.Versions {
		texts = append(texts, v.ID)
	}
	pls, err := s.Store.FindPledges(ctx, frente.PledgeFilter{MessageIDs: texts, ListOptions: frente.ListOptions{Limit: frente.MaxLimit}})
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	p.Pledges = pls.Items
	if p.Meta, err = s.recordMeta(ctx, m.Record); err != nil {
		s.pageError(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "message", p)
}
