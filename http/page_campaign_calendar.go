package http

import (
	"net/http"

	"github.com/frente/frente"
)

// campaignCalendarBox is the reader's secret address of the campaign's
// calendar feed, for their calendar program, and whether they have just
// replaced it.
type campaignCalendarBox struct {
	URL   string
	Reset bool
}

// calendarBox gives a logged-in reader their feed address; an anonymous
// reader has no key, so gets none.
func (s *Server) calendarBox(r *http.Request, campaign frente.ID) (*campaignCalendarBox, error) {
	if userOf(r) == nil {
		return nil, nil
	}
	key, err := s.Store.CalendarKey(r.Context())
	if err != nil {
		return nil, err
	}
	return &campaignCalendarBox{URL: calendarURL(r, campaign, key), Reset: r.URL.Query().Get("calendar") == "reset"}, nil
}

// resetCampaignCalendarPage replaces the reader's calendar key, so that an
// address that leaked stops working, and returns to the campaign page,
// which shows the new one.
func (s *Server) resetCampaignCalendarPage(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	if _, err := s.Store.FindCampaignByID(r.Context(), id); err != nil {
		s.pageError(w, r, err)
		return
	}
	if _, err := s.Store.ResetCalendarKey(r.Context()); err != nil {
		s.pageError(w, r, err)
		return
	}
	http.Redirect(w, r, "/campaigns/"+idValue(id)+"?calendar=reset#calendar-feed", http.StatusSeeOther)
}
