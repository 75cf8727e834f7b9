package demo_test

import (
	"context"
	"testing"

	"github.com/frente/frente"
	"github.com/frente/frente/demo"
	"github.com/frente/frente/sqlstore"
	"github.com/frente/frente/storetest"
)

// TestDemoSolidarity reads the seed letter in both languages and walks
// its pledge as the two unions would: the USW asks, Los Mineros accept,
// both see the states change.
func TestDemoSolidarity(t *testing.T) {
	storetest.Stores(t, func(t *testing.T, s *sqlstore.Store) {
		sys := frente.WithViewer(context.Background(), frente.System)
		if _, err := demo.Load(sys, s); err != nil {
			t.Fatal(err)
		}
		as := func(email string) context.Context {
			u, err := s.FindUserByEmail(sys, email)
			if err != nil {
				t.Fatal(err)
			}
			return frente.WithViewer(context.Background(), frente.Viewer{UserID: u.ID})
		}
		usw, mineros := as("usw@example.org"), as("mineros@example.org")
		letters, err := s.FindMessages(usw, frente.MessageFilter{ListOptions: frente.ListOptions{Ref: demo.RefLetter}})
		if err != nil || letters.Total != 1 {
			t.Fatalf("the USW reads the letter: %d, %v", letters.Total, err)
		}
		l := letters.Items[0]
		if len(l.SenderIDs) != 3 || len(l.Signatories) != 3 || l.Signatories[0].Name != "Napoleón Gómez Urrutia" ||
			l.Signatories[0].Title != "President and Secretary General" || len(l.RecipientPersonIDs) != 1 || len(l.Versions) != 1 || l.Versions[0].Language != "es" {
			t.Fatalf("the letter: %+v", l)
		}
		carta, err := s.FindMessageByID(usw, l.Versions[0].ID)
		if err != nil || carta.Signatories[0].Title != "Presidente y Secretario General" {
			t.Fatalf("la carta: %+v, %v", carta, err)
		}
		if _, err := s.FindMessageByID(context.Background(), l.ID); frente.ErrorCode(err) != frente.ENOTFOUND {
			t.Errorf("an anonymous reader reads the letter: %v", err)
		}
		pledges, err := s.FindPledges(usw, frente.PledgeFilter{ListOptions: frente.ListOptions{Ref: demo.RefPledge}})
		if err != nil || pledges.Total != 1 {
			t.Fatalf("the pledge: %v", err)
		}
		p := pledges.Items[0]
		if p.Kind != frente.PledgeAccompaniment || p.Activation != frente.ActivationOnRequest || p.Status != frente.PledgeOffered || p.MessageID != l.ID {
			t.Fatalf("the pledge: %+v", p)
		}
		req := &frente.Request{PledgeIDs: []frente.ID{p.ID}, Summary: "Accompany the Hayden local at the table on 15 December", Due: "2026-12-15",
			Record: frente.Record{Visibility: frente.CampaignVisible, Campaigns: p.Campaigns}}
		if err := s.CreateRequest(usw, req); err != nil {
			t.Fatal(err)
		}
		to, _, err := s.Inbox(mineros)
		if err != nil || len(to) != 1 || to[0].ID != req.ID {
			t.Fatalf("Los Mineros' inbox: %d, %v", len(to), err)
		}
		if _, err := s.UpdateRequest(mineros, req.ID, func(q *frente.Request) error { q.Status = frente.RequestAccepted; return nil }); err != nil {
			t.Fatal(err)
		}
		for name, ctx := range map[string]context.Context{"USW": usw, "Mineros": mineros} {
			if got, _ := s.FindPledgeByID(ctx, p.ID); got.Status != frente.PledgeInProgress {
				t.Errorf("%s sees the pledge %s", name, got.Status)
			}
			if got, _ := s.FindRequestByID(ctx, req.ID); got.Status != frente.RequestAccepted {
				t.Errorf("%s sees the request %s", name, got.Status)
			}
		}
	})
}
