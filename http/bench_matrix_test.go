package http

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"slices"
	"testing"
	"time"

	"github.com/frente/frente"
	"github.com/frente/frente/auth"
	"github.com/frente/frente/contract/topic"
	"github.com/frente/frente/storetest"
)

// BenchmarkMatrixPage times the server's work for the matrix page of a
// campaign with 20 tables × 25 topics, two proposals a cell (1,000
// proposals), as a member of the campaign sees it: the store's two
// queries, the layout and the template, with no network in between.
//
//	go test -run '^$' -bench MatrixPage -benchtime 200x ./http/
func BenchmarkMatrixPage(b *testing.B) {
	store := storetest.SQLite(b)
	f := seedFront(b, store)
	ctx := sysCtx()
	user := addUser(b, store, "researcher@usw.example", false, map[frente.ID]frente.Role{f.USW.ID: frente.RoleViewer})
	topics := topic.All()[:25]
	for i := range 20 {
		n := &frente.Negotiation{Record: frente.Record{OwnerID: f.USW.ID, Visibility: frente.CampaignVisible, Campaigns: []frente.ID{f.Campaign.ID}},
			Title: fmt.Sprintf("Table %02d", i), CampaignID: f.Campaign.ID, Status: frente.NegotiationBargaining}
		if err := store.CreateNegotiation(ctx, n); err != nil {
			b.Fatal(err)
		}
		for j, t := range topics {
			for k, side := range []frente.Side{frente.SideEmployer, frente.SideUnion} {
				p := &frente.Proposal{Record: n.Record, NegotiationID: n.ID, Side: side, Date: frente.Date(fmt.Sprintf("2026-06-%02d", 1+k)),
					Title: fmt.Sprintf("%s %d", t.Code, j), Topics: []string{t.Code}, Text: "Proposed language.", Takeaway: side == frente.SideEmployer && (i+j)%3 == 0}
				p.Record.ID = 0
				if err := store.CreateProposal(ctx, p); err != nil {
					b.Fatal(err)
				}
			}
		}
	}
	srv := New(store, nil, "test")
	secret := auth.NewSecret(auth.SessionPrefix)
	if err := store.CreateSession(ctx, user.ID, auth.HashSecret(secret)); err != nil {
		b.Fatal(err)
	}
	path := "/campaigns/" + idValue(f.Campaign.ID) + "/matrix"
	times := make([]time.Duration, 0, b.N)
	for b.Loop() {
		req := httptest.NewRequest(http.MethodGet, path, nil)
		req.AddCookie(&http.Cookie{Name: sessionCookie, Value: secret})
		rec := httptest.NewRecorder()
		start := time.Now()
		srv.ServeHTTP(rec, req)
		times = append(times, time.Since(start))
		if rec.Code != http.StatusOK {
			b.Fatalf("status %d", rec.Code)
		}
	}
	slices.Sort(times)
	b.ReportMetric(float64(times[len(times)/2].Microseconds())/1000, "ms-p50")
	b.ReportMetric(float64(times[len(times)*99/100].Microseconds())/1000, "ms-p99")
}
