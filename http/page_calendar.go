package http

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"time"

	"github.com/frente/frente"
	"github.com/frente/frente/ical"
)

// calendarStamp is every event's DTSTAMP: fixed, so that an unchanged
// feed is the same bytes and calendar programs see nothing new.
var calendarStamp = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)

// campaignCalendar answers the campaign's iCalendar feed for the user
// whose calendar key is ?key=: calendar programs cannot log in, so the key
// stands for the user, and the feed holds what the user may see.
func (s *Server) campaignCalendar(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	uid, err := s.Store.CalendarUser(r.Context(), r.URL.Query().Get("key"))
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	ctx := frente.WithViewer(r.Context(), frente.Viewer{UserID: uid})
	cal, err := s.calendarOf(ctx, r, id)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	b, err := ical.Marshal(*cal)
	if err != nil {
		s.pageError(w, r, fmt.Errorf("calendar of campaign %d: %w", id, err))
		return
	}
	w.Header().Set("Content-Type", ical.ContentType)
	w.Header().Set("Content-Disposition", `inline; filename="campaign-`+idValue(id)+`.ics"`)
	w.Header().Set("Cache-Control", "no-store")
	_, _ = w.Write(b)
}

// calendarOf gathers the dates of a campaign the viewer may see: the
// expiries of its agreements, its negotiation sessions, its action days,
// its requests' deadlines and its incidents' anniversaries.
func (s *Server) calendarOf(ctx context.Context, r *http.Request, id frente.ID) (*ical.Calendar, error) {
	lang := langOf(r)
	c, err := s.Store.FindCampaignByID(ctx, id)
	if err != nil {
		return nil, err
	}
	scheme := "http"
	if r.TLS != nil {
		scheme = "https"
	}
	link := func(path string) string { return (&url.URL{Scheme: scheme, Host: r.Host, Path: path}).String() }
	day := func(d frente.Date) (time.Time, bool) {
		t, err := time.Parse(time.DateOnly, string(d))
		return t, err == nil && d != ""
	}
	cal := &ical.Calendar{Name: lang.T("calendar.name", c.Name), Description: lang.T("calendar.description"), Language: string(lang),
		RefreshInterval: 12 * time.Hour, Stamp: calendarStamp}
	add := func(e ical.Event) { cal.Events = append(cal.Events, e) }

	ags, err := loadAll(func(cursor string) (frente.Page[*frente.Agreement], error) {
		return s.Store.FindAgreements(ctx, frente.AgreementFilter{CampaignID: id, ExpiresFrom: "0000-01-01", ListOptions: frente.ListOptions{Limit: frente.MaxLimit, Cursor: cursor}})
	})
	if err != nil {
		return nil, err
	}
	for _, a := range ags {
		if t, ok := day(a.ExpiryDate); ok {
			add(ical.Event{UID: fmt.Sprintf("agreement-%d-expiry@frente", a.ID), Date: t, Summary: lang.T("calendar.expiry", a.Title),
				URL: link("/agreements/" + idValue(a.ID)), Categories: []string{lang.T("calendar.cat_agreements")}})
		}
	}
	negs, err := loadAll(func(cursor string) (frente.Page[*frente.Negotiation], error) {
		return s.Store.FindNegotiations(ctx, frente.NegotiationFilter{CampaignID: id, ListOptions: frente.ListOptions{Limit: frente.MaxLimit, Cursor: cursor}})
	})
	if err != nil {
		return nil, err
	}
	for _, n := range negs {
		for i, ses := range n.Sessions {
			if t, ok := day(ses.Date); ok {
				add(ical.Event{UID: fmt.Sprintf("negotiation-%d-session-%d-%s@frente", n.ID, i, ses.Date), Date: t,
					Summary: lang.T("calendar.session", n.Title), Description: joinNonEmpty(ses.Place, ses.Notes),
					URL: link("/negotiations/" + idValue(n.ID)), Categories: []string{lang.T("calendar.cat_bargaining")}})
			}
		}
	}
	pls, err := loadAll(func(cursor string) (frente.Page[*frente.Pledge], error) {
		return s.Store.FindPledges(ctx, frente.PledgeFilter{CampaignID: id, Kind: frente.PledgeActionDay, ListOptions: frente.ListOptions{Limit: frente.MaxLimit, Cursor: cursor}})
	})
	if err != nil {
		return nil, err
	}
	for _, p := range pls {
		if t, ok := day(p.Date); ok && p.Status != frente.PledgeWithdrawn {
			add(ical.Event{UID: fmt.Sprintf("pledge-%d-action-day@frente", p.ID), Date: t, Summary: lang.T("calendar.action_day"),
				Description: p.Terms, URL: link("/pledges/" + idValue(p.ID)), Categories: []string{lang.T("calendar.cat_solidarity")}})
		}
	}
	reqs, err := loadAll(func(cursor string) (frente.Page[*frente.Request], error) {
		return s.Store.FindRequests(ctx, frente.RequestFilter{CampaignID: id, ListOptions: frente.ListOptions{Limit: frente.MaxLimit, Cursor: cursor}})
	})
	if err != nil {
		return nil, err
	}
	for _, q := range reqs {
		if t, ok := day(q.Due); ok && (q.Status == frente.RequestOpen || q.Status == frente.RequestAccepted) {
			add(ical.Event{UID: fmt.Sprintf("request-%d-due@frente", q.ID), Date: t, Summary: lang.T("calendar.request_due"),
				Description: q.Summary, URL: link("/requests/" + idValue(q.ID)), Categories: []string{lang.T("calendar.cat_solidarity")}})
		}
	}
	incs, err := loadAll(func(cursor string) (frente.Page[*frente.Incident], error) {
		return s.Store.FindIncidents(ctx, frente.IncidentFilter{CampaignID: id, ListOptions: frente.ListOptions{Limit: frente.MaxLimit, Cursor: cursor}})
	})
	if err != nil {
		return nil, err
	}
	for _, n := range incs {
		if t, ok := day(n.Date); ok {
			add(ical.Event{UID: fmt.Sprintf("incident-%d-anniversary@frente", n.ID), Date: t, Yearly: true,
				Summary: lang.T("calendar.anniversary", n.Title), Description: n.Description, URL: link("/incidents/" + idValue(n.ID)),
				Categories: []string{lang.T("calendar.cat_memory")}})
		}
	}
	return cal, nil
}

func joinNonEmpty(parts ...string) string {
	out := ""
	for _, p := range parts {
		if p == "" {
			continue
		}
		if out != "" {
			out += " — "
		}
		out += p
	}
	return out
}
