package demo_test

import (
	"context"
	"testing"

	"github.com/frente/frente"
	"github.com/frente/frente/demo"
	"github.com/frente/frente/sqlstore"
	"github.com/frente/frente/storetest"
)

// TestDemoBargaining checks the five USW–ASARCO tables: the five
// takeaways in different states, shared with the campaign's partners,
// hidden from everyone else.
func TestDemoBargaining(t *testing.T) {
	storetest.Stores(t, func(t *testing.T, s *sqlstore.Store) {
		ctx := frente.WithViewer(context.Background(), frente.System)
		if _, err := demo.Load(ctx, s); err != nil {
			t.Fatal(err)
		}
		camp, _ := s.FindCampaigns(ctx, frente.CampaignFilter{ListOptions: frente.ListOptions{Ref: demo.RefCampaign}})
		if camp.Total != 1 {
			t.Fatal("no demo campaign")
		}
		m, err := s.CampaignMatrix(ctx, camp.Items[0].ID)
		if err != nil {
			t.Fatal(err)
		}
		if len(m.Negotiations) != 5 || len(m.Topics) != 5 {
			t.Fatalf("matrix: %d tables × %d topics, want 5 × 5: %v", len(m.Negotiations), len(m.Topics), m.Topics)
		}
		states := map[frente.MatrixState]int{}
		for _, c := range m.Cells {
			states[c.State]++
		}
		for _, st := range []frente.MatrixState{frente.MatrixEmployerTakeaway, frente.MatrixUnionProposal, frente.MatrixAgreed, frente.MatrixWithdrawn, frente.MatrixNone} {
			if states[st] == 0 {
				t.Errorf("no cell is %s: %v", st, states)
			}
		}
		takeaways, err := s.FindProposals(ctx, frente.ProposalFilter{CampaignID: camp.Items[0].ID, Takeaways: true})
		if err != nil || takeaways.Total != 16 {
			t.Fatalf("takeaways: %d, %v", takeaways.Total, err)
		}
		for _, p := range takeaways.Items {
			if p.Visibility != frente.CampaignVisible || p.Target == nil || !p.Suggestion.Suggested {
				t.Errorf("takeaway %q: visibility %s, target %v, suggestion %+v", p.Title, p.Visibility, p.Target, p.Suggestion)
			}
		}
		// Los Mineros, a partner, sees the tables; an anonymous visitor does not.
		mineros, err := s.FindUserByEmail(ctx, "mineros@example.org")
		if err != nil {
			t.Fatal(err)
		}
		pm, err := s.CampaignMatrix(frente.WithViewer(context.Background(), frente.Viewer{UserID: mineros.ID}), camp.Items[0].ID)
		if err != nil || len(pm.Negotiations) != 5 {
			t.Fatalf("a partner's matrix: %v", err)
		}
		am, err := s.CampaignMatrix(context.Background(), camp.Items[0].ID)
		if err != nil || len(am.Negotiations) != 0 || len(am.Topics) != 0 {
			t.Fatalf("an anonymous matrix shows %d tables (%v)", len(am.Negotiations), err)
		}
	})
}
