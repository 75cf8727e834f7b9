package http

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"slices"
	"testing"
	"time"

	"github.com/frente/frente"
	"github.com/frente/frente/storetest"
)

// BenchmarkTimelineSVG times the server's work for the timeline of a
// campaign with 1,000 disputes (a third ongoing, three events each) and
// 20 incidents: reading them as an anonymous reader, and drawing the SVG.
//
//	go test -run '^$' -bench TimelineSVG -benchtime 50x ./http/
func BenchmarkTimelineSVG(b *testing.B) {
	store := storetest.SQLite(b)
	f := seedFront(b, store)
	ctx := sysCtx()
	kinds := frente.DisputeKinds
	for i := range 1000 {
		start := time.Date(1990+i%30, time.Month(1+i%12), 1+i%28, 0, 0, 0, 0, time.UTC)
		d := &frente.Dispute{Record: frente.Record{Visibility: frente.Public}, Title: fmt.Sprintf("Dispute %04d", i), Kind: kinds[i%len(kinds)],
			Start: frente.Date(start.Format(time.DateOnly)), CampaignIDs: []frente.ID{f.Campaign.ID}}
		if i%3 != 0 {
			d.End = frente.Date(start.AddDate(0, 1+i%20, 0).Format(time.DateOnly))
		}
		for k := range 3 {
			d.Events = append(d.Events, frente.DisputeEvent{Date: frente.Date(start.AddDate(0, 0, 3*k).Format(time.DateOnly)), Kind: frente.EventKinds[k]})
		}
		if err := store.CreateDispute(ctx, d); err != nil {
			b.Fatal(err)
		}
	}
	for i := range 20 {
		n := &frente.Incident{Record: frente.Record{Visibility: frente.Public}, Title: fmt.Sprintf("Incident %d", i), Kind: frente.IncidentFire,
			Date: frente.Date(fmt.Sprintf("%d-06-01", 1991+i)), CampaignIDs: []frente.ID{f.Campaign.ID}}
		if err := store.CreateIncident(ctx, n); err != nil {
			b.Fatal(err)
		}
	}
	srv := New(store, nil, "test")
	path := "/campaigns/" + idValue(f.Campaign.ID) + "/timeline.svg"
	var times []time.Duration
	for b.Loop() {
		rec := httptest.NewRecorder()
		start := time.Now()
		srv.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
		times = append(times, time.Since(start))
		if rec.Code != http.StatusOK {
			b.Fatalf("status %d", rec.Code)
		}
	}
	slices.Sort(times)
	b.ReportMetric(float64(times[len(times)/2].Microseconds())/1000, "ms-p50")
	b.ReportMetric(float64(times[len(times)*99/100].Microseconds())/1000, "ms-p99")
}
