package demo_test

import (
	"context"
	"testing"

	"github.com/frente/frente"
	"github.com/frente/frente/demo"
	"github.com/frente/frente/sqlstore"
	"github.com/frente/frente/storetest"
)

// TestDemoDisputes checks the letter's strikes and disaster: begun on
// 2007-07-30, last confirmed six years later, flagged as needing
// confirmation; the eviction at Cananea; Pasta de Conchos's 65 dead and
// the recovery of the bodies still demanded.
func TestDemoDisputes(t *testing.T) {
	storetest.Stores(t, func(t *testing.T, s *sqlstore.Store) {
		ctx := frente.WithViewer(context.Background(), frente.System)
		if _, err := demo.Load(ctx, s); err != nil {
			t.Fatal(err)
		}
		// What anyone sees, without logging in.
		anon := context.Background()
		p, err := s.FindDisputes(anon, frente.DisputeFilter{})
		if err != nil || p.Total != 3 {
			t.Fatalf("disputes: %d, %v", p.Total, err)
		}
		for _, d := range p.Items {
			if d.Start != "2007-07-30" || d.LastConfirmed != "2013-07-30" || !d.Ongoing || !d.NeedsConfirmation || d.DurationDays != 2193 {
				t.Errorf("%s: start %s, confirmed %s, ongoing %v, needs confirmation %v, %d days", d.Title, d.Start, d.LastConfirmed, d.Ongoing, d.NeedsConfirmation, d.DurationDays)
			}
		}
		cananea, err := s.FindDisputes(anon, frente.DisputeFilter{ListOptions: frente.ListOptions{Ref: "demo:dispute:cananea"}})
		if err != nil || cananea.Total != 1 || cananea.Items[0].Events[0].Date != "2010-06-06" || cananea.Items[0].Events[0].Kind != frente.EventEviction {
			t.Fatalf("the Cananea eviction: %+v, %v", cananea.Items, err)
		}
		inc, err := s.FindIncidents(anon, frente.IncidentFilter{})
		if err != nil || inc.Total != 1 {
			t.Fatalf("incidents: %d, %v", inc.Total, err)
		}
		n := inc.Items[0]
		if n.Date != "2006-02-19" || n.Dead != 65 || n.Kind != frente.IncidentExplosion || len(n.Demands) != 1 || n.Demands[0].Status != frente.DemandOpen {
			t.Errorf("Pasta de Conchos: %+v", n)
		}
	})
}
