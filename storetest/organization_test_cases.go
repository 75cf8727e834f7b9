package storetest

import (
	"reflect"
	"testing"
	"time"

	"github.com/frente/frente"
)

func testOrganizations(t *testing.T, open Opener) {
	s := open(t)
	mineros := mustOrg(t, s, frente.Organization{Kind: frente.KindUnion, Name: "Sindicato Nacional de Trabajadores Mineros",
		ShortName: "Los Mineros", Country: "mx", Website: "https://example.org",
		Record: frente.Record{Ref: "demo:mineros", Sources: []frente.Source{{URL: "https://example.org/letter", Text: "letter"}}}})
	if mineros.ID == 0 || mineros.Country != "MX" || mineros.CreatedAt.IsZero() || !mineros.CreatedAt.Equal(mineros.UpdatedAt) {
		t.Fatalf("created %+v", mineros)
	}
	got, err := s.FindOrganizationByID(ctx(), mineros.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, mineros) {
		t.Fatalf("read back\n%+v\nwant\n%+v", got, mineros)
	}

	byRef, err := s.FindOrganizations(ctx(), frente.OrganizationFilter{ListOptions: frente.ListOptions{Ref: "demo:mineros"}})
	if err != nil || byRef.Total != 1 || byRef.Items[0].ID != mineros.ID {
		t.Fatalf("find by ref: %+v %v", byRef, err)
	}

	t.Run("invalid input changes nothing", func(t *testing.T) {
		cases := []struct {
			org         frente.Organization
			field, code string
		}{
			{frente.Organization{Kind: "union", Name: "  ", Country: "MX"}, "name", "required"},
			{frente.Organization{Kind: "union", Name: "X", Country: "XX"}, "country", "unknown_country"},
			{frente.Organization{Kind: "union", Name: "X"}, "country", "required"},
			{frente.Organization{Kind: "club", Name: "X", Country: "MX"}, "kind", "invalid_choice"},
			{frente.Organization{Kind: "union", Name: "X", Country: "MX", ParentID: 99999}, "parent_id", "unknown_ref"},
			{frente.Organization{Kind: "employer", Name: "X", Country: "MX", ParentID: mineros.ID}, "parent_id", "wrong_parent_kind"},
			{frente.Organization{Kind: "union", Name: "X", Country: "MX", Record: frente.Record{OwnerID: 99999}}, "owner_id", "unknown_ref"},
			{frente.Organization{Kind: "union", Name: "X", Country: "MX", Website: "javascript:alert(1)"}, "website", "invalid_url"},
			{frente.Organization{Kind: "union", Name: "X", Country: "MX", Record: frente.Record{Visibility: "secret"}}, "visibility", "invalid_choice"},
			{frente.Organization{Kind: "union", Name: "X", Country: "MX", Record: frente.Record{Sources: []frente.Source{{}}}}, "sources[0]", "required"},
		}
		for _, c := range cases {
			o := c.org
			err := s.CreateOrganization(ctx(), &o)
			wantCode(t, err, frente.EINVALID)
			wantField(t, err, c.field, c.code)
		}
		p, err := s.FindOrganizations(ctx(), frente.OrganizationFilter{})
		if err != nil || p.Total != 1 {
			t.Fatalf("after refused creates: total %d, err %v; want 1", p.Total, err)
		}
	})

	t.Run("duplicate ref", func(t *testing.T) {
		o := frente.Organization{Kind: "union", Name: "Other", Country: "MX", Record: frente.Record{Ref: "demo:mineros"}}
		wantCode(t, s.CreateOrganization(ctx(), &o), frente.ECONFLICT)
	})

	t.Run("update", func(t *testing.T) {
		before := mineros.UpdatedAt
		time.Sleep(2 * time.Millisecond)
		u, err := s.UpdateOrganization(ctx(), mineros.ID, func(o *frente.Organization) error {
			o.City = "Ciudad de México"
			o.ID = 12345 // ignored: ids do not change
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if u.ID != mineros.ID || u.City != "Ciudad de México" || !u.UpdatedAt.After(before) || !u.CreatedAt.Equal(mineros.CreatedAt) {
			t.Fatalf("updated %+v", u)
		}
		_, err = s.UpdateOrganization(ctx(), mineros.ID, func(o *frente.Organization) error {
			o.City = "Somewhere"
			o.Country = "ZZ"
			return nil
		})
		wantField(t, err, "country", "unknown_country")
		got, _ := s.FindOrganizationByID(ctx(), mineros.ID)
		if got.City != "Ciudad de México" || got.Country != "MX" {
			t.Fatalf("a refused update changed the record: %+v", got)
		}
		_, err = s.UpdateOrganization(ctx(), 99999, func(o *frente.Organization) error { return nil })
		wantCode(t, err, frente.ENOTFOUND)
	})

	t.Run("delete", func(t *testing.T) {
		sec := mustOrg(t, s, frente.Organization{Kind: "local", Name: "Sección 65", Country: "MX", ParentID: mineros.ID})
		wantCode(t, s.DeleteOrganization(ctx(), mineros.ID), frente.ECONFLICT)
		if err := s.DeleteOrganization(ctx(), sec.ID); err != nil {
			t.Fatal(err)
		}
		wantCode(t, s.DeleteOrganization(ctx(), sec.ID), frente.ENOTFOUND)
		_, err := s.FindOrganizationByID(ctx(), sec.ID)
		wantCode(t, err, frente.ENOTFOUND)
	})
}

func testOrganizationTree(t *testing.T, open Opener) {
	s := open(t)
	union := mustOrg(t, s, frente.Organization{Kind: "union", Name: "Los Mineros", Country: "MX"})
	body := mustOrg(t, s, frente.Organization{Kind: "union-body", Name: "Comité Ejecutivo Nacional", Country: "MX", ParentID: union.ID})
	s65 := mustOrg(t, s, frente.Organization{Kind: "local", Name: "Sección 65", Number: "65", City: "Cananea", Country: "MX", ParentID: union.ID})
	s17 := mustOrg(t, s, frente.Organization{Kind: "local", Name: "Sección 17", Number: "17", City: "Taxco", Country: "MX", ParentID: union.ID})
	sub := mustOrg(t, s, frente.Organization{Kind: "union-body", Name: "Comisión de Seguridad", Country: "MX", ParentID: s65.ID})

	anc, err := s.OrganizationAncestors(ctx(), sub.ID)
	if err != nil {
		t.Fatal(err)
	}
	if want := []frente.ID{union.ID, s65.ID}; !reflect.DeepEqual(orgIDs(anc), want) {
		t.Fatalf("ancestors %v, want %v", orgNames(anc), want)
	}
	tree, err := s.OrganizationSubtree(ctx(), union.ID)
	if err != nil {
		t.Fatal(err)
	}
	// Each after its parent, siblings by name.
	if want := []frente.ID{union.ID, body.ID, s17.ID, s65.ID, sub.ID}; !reflect.DeepEqual(orgIDs(tree), want) {
		t.Fatalf("subtree %v, want ids %v", orgNames(tree), want)
	}

	// Making the union a child of its own grandchild is a cycle.
	_, err = s.UpdateOrganization(ctx(), union.ID, func(o *frente.Organization) error { o.ParentID = sub.ID; return nil })
	wantField(t, err, "parent_id", "cycle")
	_, err = s.UpdateOrganization(ctx(), union.ID, func(o *frente.Organization) error { o.ParentID = union.ID; return nil })
	wantField(t, err, "parent_id", "cycle")
	// Moving a section under another is fine.
	if _, err := s.UpdateOrganization(ctx(), sub.ID, func(o *frente.Organization) error { o.ParentID = s17.ID; return nil }); err != nil {
		t.Fatal(err)
	}
	children, err := s.FindOrganizations(ctx(), frente.OrganizationFilter{ParentID: s17.ID})
	if err != nil || children.Total != 1 || children.Items[0].ID != sub.ID {
		t.Fatalf("children of s17: %+v %v", children, err)
	}
}
