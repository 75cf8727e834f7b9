package http

import (
	"net/http"
	"net/url"

	"github.com/frente/frente"
)

// calendarURL is the address of a campaign's feed for the holder of key.
func calendarURL(r *http.Request, campaign frente.ID, key string) string {
	scheme := "http"
	if r.TLS != nil {
		scheme = "https"
	}
	u := url.URL{Scheme: scheme, Host: r.Host, Path: "/campaigns/" + idValue(campaign) + "/calendar.ics", RawQuery: url.Values{"key": {key}}.Encode()}
	return u.String()
}

type calendarAnswer struct {
	URL string `json:"url"`
}

// apiCampaignCalendar answers the caller's secret address of the
// campaign's calendar feed.
func (s *Server) apiCampaignCalendar(w http.ResponseWriter, r *http.Request) {
	id, err := apiRecordID(r)
	if err != nil {
		s.error(w, r, err)
		return
	}
	if _, err := s.Store.FindCampaignByID(r.Context(), id); err != nil {
		s.error(w, r, err)
		return
	}
	key, err := s.Store.CalendarKey(r.Context())
	if err != nil {
		s.error(w, r, err)
		return
	}
	s.writeJSON(w, http.StatusOK, calendarAnswer{URL: calendarURL(r, id, key)})
}

// apiResetCalendar replaces the caller's calendar key: every address
// given before stops working.
func (s *Server) apiResetCalendar(w http.ResponseWriter, r *http.Request) {
	id, err := apiRecordID(r)
	if err != nil {
		s.error(w, r, err)
		return
	}
	if _, err := s.Store.FindCampaignByID(r.Context(), id); err != nil {
		s.error(w, r, err)
		return
	}
	key, err := s.Store.ResetCalendarKey(r.Context())
	if err != nil {
		s.error(w, r, err)
		return
	}
	s.writeJSON(w, http.StatusOK, calendarAnswer{URL: calendarURL(r, id, key)})
}
