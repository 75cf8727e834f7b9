package http_test

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	goical "github.com/emersion/go-ical"

	"github.com/frente/frente"
	fcontract "github.com/frente/frente/contract"
	"github.com/frente/frente/ingest"
	"github.com/frente/frente/sqlstore"
	"github.com/frente/frente/storetest"
)

// TestCampaignCalendar subscribes to a campaign's feed as two users with
// a real iCalendar parser: each sees what they may, every event links
// back to its page, and a reset key stops the old address.
func TestCampaignCalendar(t *testing.T) {
	storetest.Stores(t, func(t *testing.T, s *sqlstore.Store) {
		sys := frente.WithViewer(context.Background(), frente.System)
		w := newAccessWorld(t, s)
		ctx := func(r role) context.Context {
			return frente.WithViewer(context.Background(), frente.Viewer{UserID: w.userIDs[r]})
		}
		shared := frente.Record{OwnerID: w.usw.ID, Visibility: frente.CampaignVisible, Campaigns: []frente.ID{w.campaign.ID}}
		private := frente.Record{OwnerID: w.usw.ID, Visibility: frente.Private}
		ag, err := ingest.File(sys, s, "asarco.txt", []byte("AGREEMENT\n\nARTICLE 1 – RECOGNITION\n\nThe Company recognizes the Union.\n"),
			ingest.Meta{Title: "Hayden agreement, 2022–2026", ExpiryDate: "2026-07-31", OwnerID: w.usw.ID, Visibility: frente.CampaignVisible, Campaigns: []frente.ID{w.campaign.ID}},
			fcontract.Options{NoPdftotext: true})
		if err != nil {
			t.Fatal(err)
		}
		for _, n := range []*frente.Negotiation{
			{Record: shared, Title: "Hayden, shared", CampaignID: w.campaign.ID, Sessions: []frente.BargainingSession{{Date: "2026-06-01", Place: "Hayden, AZ; room 2"}}},
			{Record: private, Title: "Mission, private", CampaignID: w.campaign.ID, Sessions: []frente.BargainingSession{{Date: "2026-06-02"}}},
		} {
			if err := s.CreateNegotiation(sys, n); err != nil {
				t.Fatal(err)
			}
		}
		day := &frente.Pledge{Record: shared, FromID: w.mineros.ID, ToCampaignID: w.campaign.ID, Kind: frente.PledgeActionDay, Date: "2026-08-15",
			Terms: "Rallies at the consulates", Activation: frente.ActivationImmediate}
		if err := s.CreatePledge(sys, day); err != nil {
			t.Fatal(err)
		}
		req := &frente.Request{Record: shared, FromID: w.usw.ID, ToID: w.mineros.ID, Summary: "A delegation to Hayden", Due: "2026-12-15"}
		if err := s.CreateRequest(sys, req); err != nil {
			t.Fatal(err)
		}
		conchos := &frente.Incident{Record: frente.Record{Visibility: frente.Public}, Title: "Pasta de Conchos", Date: "2006-02-19", Kind: frente.IncidentExplosion,
			CampaignIDs: []frente.ID{w.campaign.ID}}
		if err := s.CreateIncident(sys, conchos); err != nil {
			t.Fatal(err)
		}

		feed := func(r role) (*goical.Calendar, string) {
			t.Helper()
			key, err := s.CalendarKey(ctx(r))
			if err != nil {
				t.Fatal(err)
			}
			res, err := http.Get(w.srv.URL + "/campaigns/" + idStr(w.campaign.ID) + "/calendar.ics?key=" + key)
			if err != nil {
				t.Fatal(err)
			}
			defer res.Body.Close()
			body, _ := io.ReadAll(res.Body)
			if res.StatusCode != 200 || !strings.HasPrefix(res.Header.Get("Content-Type"), "text/calendar") {
				t.Fatalf("%s: %d %q\n%s", r, res.StatusCode, res.Header.Get("Content-Type"), body)
			}
			cal, err := goical.NewDecoder(strings.NewReader(string(body))).Decode()
			if err != nil {
				t.Fatalf("%s: the feed does not parse: %v\n%s", r, err, body)
			}
			return cal, key
		}
		summaries := func(cal *goical.Calendar) map[string]*goical.Event {
			out := map[string]*goical.Event{}
			for _, e := range cal.Events() {
				sum, _ := e.Props.Text(goical.PropSummary)
				ev := e
				out[sum] = &ev
			}
			return out
		}
		cal, key := feed(editor)
		got := summaries(cal)
		for _, want := range []string{"Agreement expires: Hayden agreement, 2022–2026", "Bargaining session: Hayden, shared", "Bargaining session: Mission, private",
			"Action day", "Request due", "Anniversary: Pasta de Conchos"} {
			e := got[want]
			if e == nil {
				t.Errorf("the USW editor's feed lacks %q: %v", want, eventNames(got))
				continue
			}
			u, err := e.Props.URI(goical.PropURL)
			if err != nil || !strings.HasPrefix(u.String(), w.srv.URL+"/") {
				t.Errorf("%q links to %v (%v)", want, u, err)
			}
		}
		if e := got["Agreement expires: Hayden agreement, 2022–2026"]; e != nil {
			if start, err := e.DateTimeStart(time.UTC); err != nil || start.Format(time.DateOnly) != "2026-07-31" {
				t.Errorf("expiry on %v (%v)", start, err)
			}
		}
		if e := got["Anniversary: Pasta de Conchos"]; e != nil {
			if rule, err := e.Props.RecurrenceRule(); err != nil || rule == nil || rule.Freq.String() != "YEARLY" {
				t.Errorf("the anniversary does not recur yearly: %v %v", rule, err)
			}
		}
		if e := got["Bargaining session: Hayden, shared"]; e != nil {
			if d, _ := e.Props.Text(goical.PropDescription); d != "Hayden, AZ; room 2" {
				t.Errorf("session place %q", d)
			}
		}
		// A partner sees the shared table, not the private one.
		partnerCal, _ := feed(partner)
		pgot := summaries(partnerCal)
		if pgot["Bargaining session: Hayden, shared"] == nil || pgot["Bargaining session: Mission, private"] != nil {
			t.Errorf("the partner's feed: %v", eventNames(pgot))
		}
		// A reset stops the old address.
		if _, err := s.ResetCalendarKey(ctx(editor)); err != nil {
			t.Fatal(err)
		}
		res, err := http.Get(w.srv.URL + "/campaigns/" + idStr(w.campaign.ID) + "/calendar.ics?key=" + key)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if res.StatusCode != 404 {
			t.Errorf("the old address answered %d", res.StatusCode)
		}
		_ = ag
	})
}

func idStr(id frente.ID) string { return fmt.Sprint(id) }

func eventNames(m map[string]*goical.Event) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}
