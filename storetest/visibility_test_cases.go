package storetest

import (
	"context"
	"testing"

	"github.com/frente/frente"
)

// access is a small world of two unions in a campaign, a third union
// outside it, and users of each with different roles.
type access struct {
	s                                   frente.Store
	usw, local, mineros, other          *frente.Organization
	campaign                            *frente.Campaign
	uswAdmin, localEditor, localViewer  context.Context
	minerosAdmin, outsider, anonymous   context.Context
	uswAdminID, localEditorID, viewerID frente.ID
}

func mustUser(t *testing.T, s frente.Store, email string, memberships map[frente.ID]frente.Role) (context.Context, frente.ID) {
	t.Helper()
	u := frente.User{Email: email, PasswordHash: "not-a-real-hash"}
	if err := s.CreateUser(ctx(), &u); err != nil {
		t.Fatal(err)
	}
	for org, role := range memberships {
		if err := s.SetMembership(ctx(), frente.Membership{UserID: u.ID, OrganizationID: org, Role: role}); err != nil {
			t.Fatal(err)
		}
	}
	v, err := s.ViewerFor(ctx(), u.ID)
	if err != nil {
		t.Fatal(err)
	}
	return frente.WithViewer(context.Background(), v), u.ID
}

func newAccess(t *testing.T, open Opener) *access {
	s := open(t)
	a := &access{s: s, anonymous: context.Background()}
	a.usw = mustOrg(t, s, frente.Organization{Kind: "union", Name: "United Steelworkers", Country: "US"})
	a.local = mustOrg(t, s, frente.Organization{Kind: "local", Name: "USW Local (Mission)", Country: "US", ParentID: a.usw.ID})
	a.mineros = mustOrg(t, s, frente.Organization{Kind: "union", Name: "Los Mineros", Country: "MX"})
	a.other = mustOrg(t, s, frente.Organization{Kind: "union", Name: "Other union", Country: "CA"})
	a.campaign = &frente.Campaign{Name: "Common front", Members: []frente.ID{a.usw.ID, a.mineros.ID}, Record: frente.Record{Visibility: frente.Public}}
	if err := s.CreateCampaign(ctx(), a.campaign); err != nil {
		t.Fatal(err)
	}
	a.uswAdmin, a.uswAdminID = mustUser(t, s, "admin@usw.example", map[frente.ID]frente.Role{a.usw.ID: frente.RoleAdmin})
	a.localEditor, a.localEditorID = mustUser(t, s, "editor@local.example", map[frente.ID]frente.Role{a.local.ID: frente.RoleEditor})
	a.localViewer, a.viewerID = mustUser(t, s, "viewer@local.example", map[frente.ID]frente.Role{a.local.ID: frente.RoleViewer})
	a.minerosAdmin, _ = mustUser(t, s, "admin@mineros.example", map[frente.ID]frente.Role{a.mineros.ID: frente.RoleAdmin})
	a.outsider, _ = mustUser(t, s, "editor@other.example", map[frente.ID]frente.Role{a.other.ID: frente.RoleEditor})
	return a
}

// testVisibility checks who may read and write records of each visibility,
// through every store method that reads or writes them.
func testVisibility(t *testing.T, open Opener) {
	a := newAccess(t, open)
	s := a.s
	private := mustOrg(t, s, frente.Organization{Kind: "union-body", Name: "Bargaining committee", Country: "US", ParentID: a.local.ID,
		Record: frente.Record{OwnerID: a.local.ID, Visibility: frente.Private}})
	shared := frente.Person{Name: "Strategy contact", Record: frente.Record{OwnerID: a.local.ID, Visibility: frente.CampaignVisible,
		Campaigns: []frente.ID{a.campaign.ID}}}
	if err := s.CreatePerson(ctx(), &shared); err != nil {
		t.Fatal(err)
	}

	for _, c := range []struct {
		name                    string
		ctx                     context.Context
		seesPrivate, seesShared bool
		writes                  string // what an update of the private record answers
	}{
		{"anonymous", a.anonymous, false, false, frente.ENOTFOUND},
		{"admin of the union above the owner", a.uswAdmin, true, true, ""},
		{"editor of the owner", a.localEditor, true, true, ""},
		{"viewer of the owner", a.localViewer, true, true, frente.EFORBIDDEN},
		{"admin of a campaign partner", a.minerosAdmin, false, true, frente.ENOTFOUND},
		{"member of a union outside the campaign", a.outsider, false, false, frente.ENOTFOUND},
		{"system", ctx(), true, true, ""},
	} {
		_, err := s.FindOrganizationByID(c.ctx, private.ID)
		if c.seesPrivate != (err == nil) || !c.seesPrivate && frente.ErrorCode(err) != frente.ENOTFOUND {
			t.Errorf("%s: find private record: %v", c.name, err)
		}
		_, err = s.FindPersonByID(c.ctx, shared.ID)
		if c.seesShared != (err == nil) {
			t.Errorf("%s: find campaign record: %v", c.name, err)
		}
		// Listings, counts and name search agree with finding.
		orgs, err := s.FindOrganizations(c.ctx, frente.OrganizationFilter{ListOptions: frente.ListOptions{Q: "bargaining"}})
		if err != nil || (orgs.Total == 1) != c.seesPrivate || len(orgs.Items) != orgs.Total {
			t.Errorf("%s: search private record: total %d items %d (%v)", c.name, orgs.Total, len(orgs.Items), err)
		}
		people, err := s.FindPeople(c.ctx, frente.PersonFilter{})
		if err != nil || (people.Total == 1) != c.seesShared {
			t.Errorf("%s: list campaign record: total %d (%v)", c.name, people.Total, err)
		}
		tree, err := s.OrganizationSubtree(c.ctx, a.usw.ID)
		if err != nil || (len(tree) == 3) != c.seesPrivate {
			t.Errorf("%s: subtree of USW: %d records (%v)", c.name, len(tree), err)
		}
		// Writes: unseen records are not found; seen but not owned, forbidden.
		_, err = s.UpdateOrganization(c.ctx, private.ID, func(o *frente.Organization) error { o.Notes = c.name; return nil })
		if got := frente.ErrorCode(err); got != c.writes {
			t.Errorf("%s: update private record: %q (%v), want %q", c.name, got, err, c.writes)
		}
		if c.writes != "" {
			if got := frente.ErrorCode(s.DeleteOrganization(c.ctx, private.ID)); got != c.writes {
				t.Errorf("%s: delete private record: %q, want %q", c.name, got, c.writes)
			}
		}
		o := frente.Organization{Kind: "union-body", Name: "Child", Country: "US", ParentID: private.ID}
		err = s.CreateOrganization(c.ctx, &o)
		switch {
		case c.ctx == a.anonymous:
			wantCode(t, err, frente.EUNAUTHORIZED)
		case !c.seesPrivate:
			wantField(t, err, "parent_id", "unknown_ref")
		case c.writes == frente.EFORBIDDEN:
			wantCode(t, err, frente.EFORBIDDEN)
		case err != nil:
			t.Errorf("%s: create below a visible parent: %v", c.name, err)
		default:
			if err := s.DeleteOrganization(c.ctx, o.ID); err != nil {
				t.Fatalf("%s: delete own new record: %v", c.name, err)
			}
		}
	}
	// A campaign partner sees the shared record but may not change it.
	_, err := s.UpdatePerson(a.minerosAdmin, shared.ID, func(p *frente.Person) error { p.Name = "x"; return nil })
	wantCode(t, err, frente.EFORBIDDEN)
	// Anonymous callers write nothing.
	anon := frente.Organization{Kind: "union", Name: "Anonymous", Country: "US"}
	wantCode(t, s.CreateOrganization(a.anonymous, &anon), frente.EUNAUTHORIZED)
}

// testOwnership checks the owner new records get and who may change it.
func testOwnership(t *testing.T, open Opener) {
	a := newAccess(t, open)
	s := a.s
	p := frente.Person{Name: "New contact"}
	if err := s.CreatePerson(a.localEditor, &p); err != nil {
		t.Fatal(err)
	}
	if p.OwnerID != a.local.ID || p.Visibility != frente.Private {
		t.Fatalf("new record: owner %d visibility %s, want the creator's organization %d and private", p.OwnerID, p.Visibility, a.local.ID)
	}
	if _, err := s.FindPersonByID(a.minerosAdmin, p.ID); frente.ErrorCode(err) != frente.ENOTFOUND {
		t.Fatalf("another union reads a new private record: %v", err)
	}
	// Records cannot be planted in, or handed to, an organization one does not edit.
	planted := frente.Person{Name: "Planted", Record: frente.Record{OwnerID: a.mineros.ID}}
	wantCode(t, s.CreatePerson(a.localEditor, &planted), frente.EFORBIDDEN)
	_, err := s.UpdatePerson(a.localEditor, p.ID, func(p *frente.Person) error { p.OwnerID = a.mineros.ID; return nil })
	wantCode(t, err, frente.EFORBIDDEN)
	// A viewer creates nothing.
	wantCode(t, s.CreatePerson(a.localViewer, &frente.Person{Name: "x"}), frente.EFORBIDDEN)
	// An organization without an owner is administered through itself.
	if _, err := s.UpdateOrganization(a.uswAdmin, a.usw.ID, func(o *frente.Organization) error { o.City = "Pittsburgh"; return nil }); err != nil {
		t.Fatalf("admin updates their union's record: %v", err)
	}
	if _, err := s.UpdateOrganization(a.minerosAdmin, a.usw.ID, func(o *frente.Organization) error { o.City = "x"; return nil }); frente.ErrorCode(err) != frente.EFORBIDDEN {
		t.Fatalf("another union's admin updates it: %v", err)
	}
}
