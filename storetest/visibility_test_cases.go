package storetest

import (
	"context"
	"testing"

	"github.com/frente/frente"
)

// testVisibility checks the store's filtering hook: anonymous callers see
// public records; members see the private records of their organization
// and of those below it, and nothing of other unions.
func testVisibility(t *testing.T, open Opener) {
	s := open(t)
	usw := mustOrg(t, s, frente.Organization{Kind: "union", Name: "United Steelworkers", Country: "US"})
	local := mustOrg(t, s, frente.Organization{Kind: "local", Name: "USW Local (Mission)", Country: "US", ParentID: usw.ID})
	mineros := mustOrg(t, s, frente.Organization{Kind: "union", Name: "Los Mineros", Country: "MX"})
	secret := mustOrg(t, s, frente.Organization{Kind: "union-body", Name: "Bargaining committee", Country: "US", ParentID: local.ID,
		Record: frente.Record{OwnerID: local.ID, Visibility: frente.Private}})

	as := func(orgs ...frente.ID) context.Context {
		return frente.WithViewer(context.Background(), frente.Viewer{UserID: 1, Orgs: orgs})
	}
	for _, c := range []struct {
		name  string
		ctx   context.Context
		sees  bool
		total int
	}{
		{"anonymous", context.Background(), false, 3},
		{"member of the union above the owner", as(usw.ID), true, 4},
		{"member of the owner", as(local.ID), true, 4},
		{"member of another union", as(mineros.ID), false, 3},
		{"system", ctx(), true, 4},
	} {
		_, err := s.FindOrganizationByID(c.ctx, secret.ID)
		if c.sees && err != nil || !c.sees && frente.ErrorCode(err) != frente.ENOTFOUND {
			t.Errorf("%s: find private record: %v", c.name, err)
		}
		p, err := s.FindOrganizations(c.ctx, frente.OrganizationFilter{})
		if err != nil || p.Total != c.total || len(p.Items) != c.total {
			t.Errorf("%s: list: total %d items %d err %v, want %d", c.name, p.Total, len(p.Items), err, c.total)
		}
		tree, err := s.OrganizationSubtree(c.ctx, usw.ID)
		if err != nil || len(tree) != c.total-1 {
			t.Errorf("%s: subtree of USW: %d records (%v), want %d", c.name, len(tree), err, c.total-1)
		}
		if !c.sees {
			if err := s.DeleteOrganization(c.ctx, secret.ID); frente.ErrorCode(err) != frente.ENOTFOUND {
				t.Errorf("%s: delete an unseen record: %v, want not found", c.name, err)
			}
			_, err := s.UpdateOrganization(c.ctx, secret.ID, func(o *frente.Organization) error { o.Name = "Leaked"; return nil })
			if frente.ErrorCode(err) != frente.ENOTFOUND {
				t.Errorf("%s: update an unseen record: %v, want not found", c.name, err)
			}
		}
		o := frente.Organization{Kind: "union-body", Name: "Child", Country: "US", ParentID: secret.ID}
		err = s.CreateOrganization(c.ctx, &o)
		if !c.sees {
			wantField(t, err, "parent_id", "unknown_ref")
		} else if err != nil {
			t.Errorf("%s: create below a visible parent: %v", c.name, err)
		} else if err := s.DeleteOrganization(ctx(), o.ID); err != nil {
			t.Fatal(err)
		}
	}
}
