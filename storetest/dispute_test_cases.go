package storetest

import (
	"testing"
	"time"

	"github.com/frente/frente"
)

func testDisputes(t *testing.T, open Opener) {
	a := newAccess(t, open)
	s := a.s
	gm := mustOrg(t, s, frente.Organization{Kind: "corporate-group", Name: "Grupo México", Country: "MX"})
	mine := &frente.Workplace{Name: "Mina de Cananea", Kind: "mine", Country: "MX", Record: frente.Record{Visibility: frente.Public}}
	if err := s.CreateWorkplace(ctx(), mine); err != nil {
		t.Fatal(err)
	}
	shared := frente.Record{OwnerID: a.mineros.ID, Visibility: frente.CampaignVisible, Campaigns: []frente.ID{a.campaign.ID}}
	strike := &frente.Dispute{Record: shared, Kind: frente.DisputeStrike, Title: "Huelga de Cananea", UnionIDs: []frente.ID{a.mineros.ID},
		EmployerID: gm.ID, WorkplaceIDs: []frente.ID{mine.ID}, CampaignIDs: []frente.ID{a.campaign.ID}, Start: "2007-07-30",
		Workers: 1300, Authorized: frente.AuthorizedYes, Demands: []string{"Health and safety", "Health and safety", "Union freedom"},
		Events: []frente.DisputeEvent{
			{Date: "2013-07-30", Kind: frente.EventReport, Description: "Six years of resistance", Sources: []frente.Source{{Text: "letter"}}},
			{Date: "2010-06-06", Kind: frente.EventEviction, Description: "Federal police evict the strikers"},
		}}
	if err := s.CreateDispute(ctx(), strike); err != nil {
		t.Fatal(err)
	}
	got, err := s.FindDisputeByID(ctx(), strike.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.LastConfirmed != "2013-07-30" || !got.Ongoing || !got.NeedsConfirmation || got.DurationDays != 2193 ||
		len(got.Demands) != 2 || len(got.Events) != 2 || got.Events[0].Kind != frente.EventEviction || got.Events[1].Sources[0].Text != "letter" ||
		len(got.WorkplaceIDs) != 1 || got.CampaignIDs[0] != a.campaign.ID || got.Authorized != frente.AuthorizedYes {
		t.Fatalf("stored strike: %+v", got)
	}
	// Ended, recently confirmed and impossible disputes.
	today := time.Now().UTC()
	recent := today.AddDate(0, 0, -5).Format(time.DateOnly)
	fresh := &frente.Dispute{Record: shared, Title: "Paro reciente", Start: frente.Date(today.AddDate(0, -2, 0).Format(time.DateOnly)), LastConfirmed: frente.Date(recent),
		CampaignIDs: []frente.ID{a.campaign.ID}}
	ended := &frente.Dispute{Record: shared, Kind: frente.DisputeLockout, Title: "Cierre", Start: "2020-01-01", End: "2020-01-31"}
	for _, d := range []*frente.Dispute{fresh, ended} {
		if err := s.CreateDispute(ctx(), d); err != nil {
			t.Fatal(err)
		}
	}
	if fresh.NeedsConfirmation || !fresh.Ongoing || ended.Ongoing || ended.DurationDays != 31 {
		t.Errorf("fresh %+v / ended %+v", fresh, ended)
	}
	future := frente.Date(today.AddDate(1, 0, 0).Format(time.DateOnly))
	for _, c := range []struct {
		name, field, code string
		d                 frente.Dispute
	}{
		{"end before start", "end", "before_start", frente.Dispute{Title: "X", Start: "2020-02-01", End: "2020-01-01"}},
		{"future start", "start", "future", frente.Dispute{Title: "X", Start: future}},
		{"event before start", "events[0].date", "outside_span", frente.Dispute{Title: "X", Start: "2020-02-01", Events: []frente.DisputeEvent{{Date: "2019-01-01", Kind: "arrest"}}}},
		{"event after end", "events[0].date", "outside_span", frente.Dispute{Title: "X", Start: "2020-02-01", End: "2020-03-01", Events: []frente.DisputeEvent{{Date: "2020-04-01", Kind: "arrest"}}}},
		{"future event", "events[0].date", "future", frente.Dispute{Title: "X", Start: "2020-02-01", Events: []frente.DisputeEvent{{Date: future, Kind: "arrest"}}}},
		{"unknown kind", "kind", "invalid_choice", frente.Dispute{Title: "X", Start: "2020-02-01", Kind: "riot"}},
		{"union as employer", "employer_id", "wrong_kind", frente.Dispute{Title: "X", Start: "2020-02-01", EmployerID: a.usw.ID}},
	} {
		d := c.d
		err := s.CreateDispute(ctx(), &d)
		if err == nil {
			t.Errorf("%s: accepted", c.name)
			continue
		}
		wantField(t, err, c.field, c.code)
	}
	// Filters.
	for _, c := range []struct {
		name string
		f    frente.DisputeFilter
		want int
	}{
		{"campaign", frente.DisputeFilter{CampaignID: a.campaign.ID}, 2},
		{"ongoing", frente.DisputeFilter{Ongoing: "true"}, 2},
		{"ended", frente.DisputeFilter{Ongoing: "false"}, 1},
		{"needs confirmation", frente.DisputeFilter{NeedsConfirmation: true}, 1},
		{"workplace", frente.DisputeFilter{WorkplaceID: mine.ID}, 1},
		{"union", frente.DisputeFilter{UnionID: a.mineros.ID}, 1},
		{"kind", frente.DisputeFilter{Kind: frente.DisputeLockout}, 1},
	} {
		p, err := s.FindDisputes(ctx(), c.f)
		if err != nil || p.Total != c.want {
			t.Errorf("%s: %d, %v; want %d", c.name, p.Total, err, c.want)
		}
	}
	// Ongoing first, then the latest start.
	all, _ := s.FindDisputes(ctx(), frente.DisputeFilter{})
	if len(all.Items) != 3 || all.Items[0].ID != fresh.ID || all.Items[1].ID != strike.ID || all.Items[2].ID != ended.ID {
		t.Errorf("order: %v", ids(all.Items, func(d *frente.Dispute) frente.ID { return d.ID }))
	}
	// Partners see the shared strike; outsiders do not.
	if _, err := s.FindDisputeByID(a.uswAdmin, strike.ID); err != nil {
		t.Errorf("the USW admin, a partner, should see it: %v", err)
	}
	_, err = s.FindDisputeByID(a.outsider, strike.ID)
	wantCode(t, err, frente.ENOTFOUND)

	// An incident with its demands, linked to the strike.
	conchos := &frente.Incident{Record: frente.Record{OwnerID: a.mineros.ID, Visibility: frente.Public}, Date: "2006-02-19",
		Title: "Pasta de Conchos", Kind: frente.IncidentExplosion, Dead: 65, WorkplaceID: mine.ID,
		Demands:    []frente.IncidentDemand{{Text: "Recover the bodies", Since: "2006-02-19"}},
		DisputeIDs: []frente.ID{strike.ID}, CampaignIDs: []frente.ID{a.campaign.ID}}
	if err := s.CreateIncident(ctx(), conchos); err != nil {
		t.Fatal(err)
	}
	n, err := s.FindIncidentByID(ctx(), conchos.ID)
	if err != nil || n.Dead != 65 || n.Demands[0].Status != frente.DemandOpen || n.DisputeIDs[0] != strike.ID || n.Years < 20 || n.NextAnniversary == "" {
		t.Fatalf("stored incident: %+v, %v", n, err)
	}
	for _, c := range []struct {
		name, field, code string
		n                 frente.Incident
	}{
		{"future", "date", "future", frente.Incident{Title: "X", Date: future}},
		{"negative dead", "dead", "out_of_range", frente.Incident{Title: "X", Date: "2020-01-01", Dead: -1}},
		{"open demand with an end", "demands[0].until", "still_open", frente.Incident{Title: "X", Date: "2020-01-01", Demands: []frente.IncidentDemand{{Text: "x", Until: "2021-01-01"}}}},
		{"unknown dispute", "dispute_ids[0]", "unknown_ref", frente.Incident{Title: "X", Date: "2020-01-01", DisputeIDs: []frente.ID{999999}}},
	} {
		x := c.n
		err := s.CreateIncident(ctx(), &x)
		if err == nil {
			t.Errorf("%s: accepted", c.name)
			continue
		}
		wantField(t, err, c.field, c.code)
	}
	list, err := s.FindIncidents(ctx(), frente.IncidentFilter{DisputeID: strike.ID})
	if err != nil || list.Total != 1 {
		t.Errorf("incidents of the strike: %d, %v", list.Total, err)
	}
	if list, err := s.FindIncidents(ctx(), frente.IncidentFilter{DisputeIDs: []frente.ID{ended.ID, strike.ID}}); err != nil || list.Total != 1 {
		t.Errorf("incidents of either dispute: %d, %v", list.Total, err)
	}
	if list, _ := s.FindIncidents(ctx(), frente.IncidentFilter{DisputeIDs: []frente.ID{ended.ID}}); list.Total != 0 {
		t.Errorf("incidents of the lockout: %d", list.Total)
	}
	// The strike is referred to by the incident: it stays.
	wantCode(t, s.DeleteDispute(ctx(), strike.ID), frente.ECONFLICT)
	if err := s.DeleteIncident(ctx(), conchos.ID); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteDispute(ctx(), strike.ID); err != nil {
		t.Fatal(err)
	}
}
