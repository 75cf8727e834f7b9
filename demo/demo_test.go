package demo_test

import (
	"context"
	"testing"

	"github.com/frente/frente"
	"github.com/frente/frente/auth"
	"github.com/frente/frente/demo"
	"github.com/frente/frente/sqlstore"
	"github.com/frente/frente/storetest"
)

func TestLoadTwiceChangesNothing(t *testing.T) {
	storetest.Stores(t, func(t *testing.T, s *sqlstore.Store) {
		ctx := frente.WithViewer(context.Background(), frente.System)
		n, err := demo.Load(ctx, s)
		if err != nil {
			t.Fatal(err)
		}
		if n < 30 {
			t.Fatalf("first load created %d records, want the whole seed case", n)
		}
		before, _ := s.FindOrganizations(ctx, frente.OrganizationFilter{})
		again, err := demo.Load(ctx, s)
		if err != nil || again != 0 {
			t.Fatalf("second load created %d (%v), want 0", again, err)
		}
		after, _ := s.FindOrganizations(ctx, frente.OrganizationFilter{})
		if before.Total != after.Total {
			t.Fatalf("organizations %d then %d", before.Total, after.Total)
		}
		for i := range before.Items {
			if !before.Items[i].UpdatedAt.Equal(after.Items[i].UpdatedAt) {
				t.Fatalf("%s was touched by the second load", after.Items[i].Name)
			}
		}

		// The facts the issue checks.
		p, _ := s.FindOrganizations(ctx, frente.OrganizationFilter{ListOptions: frente.ListOptions{Q: "Cananea"}})
		if p.Total != 1 || p.Items[0].Number != "65" || p.Items[0].Country != "MX" {
			t.Fatalf("q=Cananea: %+v", p.Items)
		}
		us, _ := s.FindOrganizations(ctx, frente.OrganizationFilter{Country: "US"})
		names := map[string]bool{}
		for _, o := range us.Items {
			names[o.Name] = true
		}
		if !names["ASARCO"] || !names["United Steelworkers"] || us.Total != 7 {
			t.Fatalf("country=US: %d %v", us.Total, names)
		}
		c, _ := s.FindCampaigns(ctx, frente.CampaignFilter{})
		if c.Total != 1 || len(c.Items[0].Members) != 2 || len(c.Items[0].Countries) != 3 || c.Items[0].Visibility != frente.Public {
			t.Fatalf("campaigns: %+v", c.Items)
		}
		tree, _ := s.OrganizationSubtree(ctx, c.Items[0].TargetID)
		if len(tree) != 2 || tree[1].Name != "ASARCO" {
			t.Fatalf("target tree: %d records", len(tree))
		}
		wp, _ := s.FindWorkplaces(ctx, frente.WorkplaceFilter{OperatorIDs: []frente.ID{tree[0].ID, tree[1].ID}})
		if wp.Total != 9 {
			t.Fatalf("workplaces of the target: %d, want 9", wp.Total)
		}
		for _, du := range demo.Users {
			u, err := s.FindUserByEmail(ctx, du.Email)
			if err != nil || auth.CheckPassword(u.PasswordHash, demo.Password) != nil {
				t.Fatalf("demo user %s: %v", du.Email, err)
			}
			ms, _ := s.MembershipsOfUser(ctx, u.ID)
			if len(ms) != 1 || ms[0].Role != frente.RoleAdmin {
				t.Fatalf("demo user %s memberships: %+v", du.Email, ms)
			}
		}
		pos, _ := s.FindPositions(ctx, frente.PositionFilter{ListOptions: frente.ListOptions{Q: "president gomez"}})
		if pos.Total != 1 || pos.Items[0].PersonName != "Napoleón Gómez Urrutia" {
			t.Fatalf("positions: %+v", pos.Items)
		}
	})
}
