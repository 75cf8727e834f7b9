package storetest

import (
	"reflect"
	"testing"

	"github.com/frente/frente"
)

func testWorkplaces(t *testing.T, open Opener) {
	s := open(t)
	asarco := mustOrg(t, s, frente.Organization{Kind: "employer", Name: "ASARCO", Country: "US"})
	usw := mustOrg(t, s, frente.Organization{Kind: "union", Name: "United Steelworkers", Country: "US"})
	local := mustOrg(t, s, frente.Organization{Kind: "local", Name: "USW Local (Ray)", Country: "US", ParentID: usw.ID})

	w := frente.Workplace{Name: "Ray Operations", Kind: "mine", OperatorID: asarco.ID, RepresentedBy: []frente.ID{local.ID, usw.ID, local.ID},
		Country: "US", Region: "Arizona", Record: frente.Record{Visibility: frente.Public}}
	if err := s.CreateWorkplace(ctx(), &w); err != nil {
		t.Fatal(err)
	}
	got, err := s.FindWorkplaceByID(ctx(), w.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got.RepresentedBy, []frente.ID{local.ID, usw.ID}) || got.OperatorID != asarco.ID {
		t.Fatalf("read back %+v", got)
	}
	for _, c := range []struct {
		w           frente.Workplace
		field, code string
	}{
		{frente.Workplace{Name: "X", Country: "US", OperatorID: usw.ID}, "operator_id", "wrong_kind"},
		{frente.Workplace{Name: "X", Country: "US", RepresentedBy: []frente.ID{asarco.ID}}, "represented_by[0]", "wrong_kind"},
		{frente.Workplace{Name: "X", Country: "US", RepresentedBy: []frente.ID{99999}}, "represented_by[0]", "unknown_ref"},
		{frente.Workplace{Name: "X", Country: "US", Kind: "farm"}, "kind", "invalid_choice"},
		{frente.Workplace{Name: "", Country: "US"}, "name", "required"},
	} {
		wantField(t, s.CreateWorkplace(ctx(), &c.w), c.field, c.code)
	}
	for _, f := range []frente.WorkplaceFilter{
		{OperatorIDs: []frente.ID{asarco.ID}},
		{RepresentedBy: local.ID},
		{Kind: "mine", Country: "US"},
		{ListOptions: frente.ListOptions{Q: "arizona"}},
	} {
		p, err := s.FindWorkplaces(ctx(), f)
		if err != nil || p.Total != 1 || p.Items[0].ID != w.ID || len(p.Items[0].RepresentedBy) != 2 {
			t.Fatalf("%+v: %+v %v", f, p, err)
		}
	}
	// The representatives change with an update, and a local that
	// represents a workplace cannot be deleted from under it.
	if _, err := s.UpdateWorkplace(ctx(), w.ID, func(w *frente.Workplace) error { w.RepresentedBy = []frente.ID{local.ID}; return nil }); err != nil {
		t.Fatal(err)
	}
	wantCode(t, s.DeleteOrganization(ctx(), local.ID), frente.ECONFLICT)
	if err := s.DeleteWorkplace(ctx(), w.ID); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteOrganization(ctx(), local.ID); err != nil {
		t.Fatalf("delete local once its workplace is gone: %v", err)
	}
}

func testPeople(t *testing.T, open Opener) {
	s := open(t)
	union := mustOrg(t, s, frente.Organization{Kind: "union", Name: "Los Mineros", Country: "MX"})
	p := frente.Person{Name: "Napoleón Gómez Urrutia", Country: "MX", Record: frente.Record{Visibility: frente.Public}}
	if err := s.CreatePerson(ctx(), &p); err != nil {
		t.Fatal(err)
	}
	pos := frente.Position{PersonID: p.ID, OrganizationID: union.ID, Title: "President and Secretary General", From: "2002-01-01",
		Record: frente.Record{Visibility: frente.Public}}
	if err := s.CreatePosition(ctx(), &pos); err != nil {
		t.Fatal(err)
	}
	got, err := s.FindPositionByID(ctx(), pos.ID)
	if err != nil || got.PersonName != p.Name || got.OrganizationName != "Los Mineros" || got.From != "2002-01-01" {
		t.Fatalf("position %+v %v", got, err)
	}
	for _, c := range []struct {
		p           frente.Position
		field, code string
	}{
		{frente.Position{PersonID: 99999, OrganizationID: union.ID, Title: "X"}, "person_id", "unknown_ref"},
		{frente.Position{PersonID: p.ID, OrganizationID: 99999, Title: "X"}, "organization_id", "unknown_ref"},
		{frente.Position{PersonID: p.ID, OrganizationID: union.ID, Title: ""}, "title", "required"},
		{frente.Position{PersonID: p.ID, OrganizationID: union.ID, Title: "X", From: "2002-13-01"}, "from", "invalid_date"},
		{frente.Position{PersonID: p.ID, OrganizationID: union.ID, Title: "X", From: "2010-01-01", To: "2009-01-01"}, "to", "before_start"},
	} {
		wantField(t, s.CreatePosition(ctx(), &c.p), c.field, c.code)
	}
	people, err := s.FindPeople(ctx(), frente.PersonFilter{OrganizationID: union.ID})
	if err != nil || people.Total != 1 || people.Items[0].ID != p.ID {
		t.Fatalf("people of union: %+v %v", people, err)
	}
	people, err = s.FindPeople(ctx(), frente.PersonFilter{ListOptions: frente.ListOptions{Q: "napoleon gomez"}})
	if err != nil || people.Total != 1 {
		t.Fatalf("people search: %+v %v", people, err)
	}
	positions, err := s.FindPositions(ctx(), frente.PositionFilter{PersonID: p.ID})
	if err != nil || positions.Total != 1 {
		t.Fatalf("positions of person: %+v %v", positions, err)
	}
	// Deleting a person takes their positions along.
	if err := s.DeletePerson(ctx(), p.ID); err != nil {
		t.Fatal(err)
	}
	_, err = s.FindPositionByID(ctx(), pos.ID)
	wantCode(t, err, frente.ENOTFOUND)
}

func testCampaigns(t *testing.T, open Opener) {
	s := open(t)
	group := mustOrg(t, s, frente.Organization{Kind: "corporate-group", Name: "Grupo México", Country: "MX"})
	mineros := mustOrg(t, s, frente.Organization{Kind: "union", Name: "Los Mineros", Country: "MX"})
	usw := mustOrg(t, s, frente.Organization{Kind: "union", Name: "United Steelworkers", Country: "US"})
	c := frente.Campaign{Name: "Frente común", TargetID: group.ID, Members: []frente.ID{mineros.ID, usw.ID},
		Countries: []string{"us", "MX", "pe", "MX"}, Record: frente.Record{Visibility: frente.Public}}
	if err := s.CreateCampaign(ctx(), &c); err != nil {
		t.Fatal(err)
	}
	got, err := s.FindCampaignByID(ctx(), c.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got.Countries, []string{"MX", "PE", "US"}) || !reflect.DeepEqual(got.Members, []frente.ID{mineros.ID, usw.ID}) {
		t.Fatalf("read back %+v", got)
	}
	for _, f := range []frente.CampaignFilter{{Country: "PE"}, {MemberID: usw.ID}, {TargetID: group.ID}, {ListOptions: frente.ListOptions{Q: "comun"}}} {
		p, err := s.FindCampaigns(ctx(), f)
		if err != nil || p.Total != 1 || len(p.Items[0].Members) != 2 {
			t.Fatalf("%+v: %+v %v", f, p, err)
		}
	}
	p, _ := s.FindCampaigns(ctx(), frente.CampaignFilter{Country: "CA"})
	if p.Total != 0 {
		t.Fatalf("campaigns in CA: %d", p.Total)
	}
	for _, bad := range []frente.Campaign{
		{Name: "X", TargetID: usw.ID},
		{Name: "X", Members: []frente.ID{group.ID}},
		{Name: "X", Countries: []string{"XX"}},
		{Name: ""},
	} {
		wantCode(t, s.CreateCampaign(ctx(), &bad), frente.EINVALID)
	}
	if _, err := s.UpdateCampaign(ctx(), c.ID, func(c *frente.Campaign) error { c.Members = c.Members[1:]; return nil }); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteOrganization(ctx(), mineros.ID); err != nil {
		t.Fatalf("delete a former member: %v", err)
	}
	if err := s.DeleteCampaign(ctx(), c.ID); err != nil {
		t.Fatal(err)
	}
}
