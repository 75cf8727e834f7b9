package storetest

import (
	"fmt"
	"reflect"
	"sort"
	"testing"

	"github.com/frente/frente"
)

func testListing(t *testing.T, open Opener) {
	s := open(t)
	group := mustOrg(t, s, frente.Organization{Kind: "corporate-group", Name: "Grupo México", Country: "MX"})
	mustOrg(t, s, frente.Organization{Kind: "employer", Name: "ASARCO", Country: "US", ParentID: group.ID})
	mustOrg(t, s, frente.Organization{Kind: "union", Name: "United Steelworkers", ShortName: "USW", Country: "US"})
	mustOrg(t, s, frente.Organization{Kind: "local", Name: "Sección 65", Number: "65", City: "Cananea", Region: "Sonora", Country: "MX"})
	var names []string
	for i := 0; i < 23; i++ {
		o := mustOrg(t, s, frente.Organization{Kind: "local", Name: fmt.Sprintf("Local %02d", 22-i), Country: "CA"})
		names = append(names, o.Name)
	}

	find := func(f frente.OrganizationFilter) frente.Page[*frente.Organization] {
		t.Helper()
		p, err := s.FindOrganizations(ctx(), f)
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	for _, c := range []struct {
		f    frente.OrganizationFilter
		want []string
	}{
		{frente.OrganizationFilter{ListOptions: frente.ListOptions{Q: "cananea"}}, []string{"Sección 65"}},
		{frente.OrganizationFilter{ListOptions: frente.ListOptions{Q: "SECCION sonora"}}, []string{"Sección 65"}},
		{frente.OrganizationFilter{ListOptions: frente.ListOptions{Q: "mexico"}}, []string{"Grupo México"}},
		{frente.OrganizationFilter{ListOptions: frente.ListOptions{Q: "usw"}}, []string{"United Steelworkers"}},
		{frente.OrganizationFilter{ListOptions: frente.ListOptions{Q: "100%"}}, []string{}},
		{frente.OrganizationFilter{ListOptions: frente.ListOptions{Q: "_"}}, []string{}},
		{frente.OrganizationFilter{Country: "US"}, []string{"ASARCO", "United Steelworkers"}},
		{frente.OrganizationFilter{Kind: frente.KindCorporateGroup}, []string{"Grupo México"}},
		{frente.OrganizationFilter{ParentID: group.ID}, []string{"ASARCO"}},
		{frente.OrganizationFilter{Country: "MX", Kind: frente.KindLocal}, []string{"Sección 65"}},
	} {
		p := find(c.f)
		if got := orgNames(p.Items); !reflect.DeepEqual(got, c.want) || p.Total != len(c.want) {
			t.Errorf("%+v: got %v (total %d), want %v", c.f, got, p.Total, c.want)
		}
	}

	// Paging through the Canadian locals: every one once, in name order,
	// the total the same on every page.
	sort.Strings(names)
	var seen []string
	f := frente.OrganizationFilter{Country: "CA", ListOptions: frente.ListOptions{Limit: 5}}
	for pages := 0; ; pages++ {
		if pages > 10 {
			t.Fatal("paging does not end")
		}
		p := find(f)
		if p.Total != 23 {
			t.Fatalf("total %d, want 23", p.Total)
		}
		seen = append(seen, orgNames(p.Items)...)
		if p.Next == "" {
			break
		}
		f.Cursor = p.Next
	}
	if !reflect.DeepEqual(seen, names) {
		t.Fatalf("paged %v, want %v", seen, names)
	}
	_, err := s.FindOrganizations(ctx(), frente.OrganizationFilter{ListOptions: frente.ListOptions{Cursor: "not-a-cursor!"}})
	wantField(t, err, "cursor", "invalid_cursor")
}
