package http

import (
	"context"

	"github.com/frente/frente"
	"github.com/frente/frente/i18n"
)

// maxLoadPages bounds what a page loads through a paginated listing: a
// select of organizations stops growing at this many pages of MaxLimit.
const maxLoadPages = 20

// loadAll reads every page of a listing, up to maxLoadPages.
func loadAll[T any](fetch func(cursor string) (frente.Page[T], error)) ([]T, error) {
	var out []T
	cursor := ""
	for range maxLoadPages {
		p, err := fetch(cursor)
		if err != nil {
			return nil, err
		}
		out = append(out, p.Items...)
		if p.Next == "" {
			break
		}
		cursor = p.Next
	}
	return out, nil
}

// loadOrganizations reads organizations by filter, all pages of it.
func (s *Server) loadOrganizations(ctx context.Context, f frente.OrganizationFilter) ([]*frente.Organization, error) {
	f.Limit = frente.MaxLimit
	return loadAll(func(cursor string) (frente.Page[*frente.Organization], error) {
		f.Cursor = cursor
		return s.Store.FindOrganizations(ctx, f)
	})
}

// loadOrganizationMap reads the organizations with these ids, by id; those
// the reader may not see are simply absent.
func (s *Server) loadOrganizationMap(ctx context.Context, ids []frente.ID) (map[frente.ID]*frente.Organization, error) {
	out := map[frente.ID]*frente.Organization{}
	if len(ids) == 0 {
		return out, nil
	}
	orgs, err := s.loadOrganizations(ctx, frente.OrganizationFilter{IDs: ids})
	for _, o := range orgs {
		out[o.ID] = o
	}
	return out, err
}

// loadWorkplaces reads workplaces by filter, all pages of it.
func (s *Server) loadWorkplaces(ctx context.Context, f frente.WorkplaceFilter) ([]*frente.Workplace, error) {
	f.Limit = frente.MaxLimit
	return loadAll(func(cursor string) (frente.Page[*frente.Workplace], error) {
		f.Cursor = cursor
		return s.Store.FindWorkplaces(ctx, f)
	})
}

func isUnionSide(o *frente.Organization) bool    { return !o.Kind.IsEmployer() }
func isEmployerSide(o *frente.Organization) bool { return o.Kind.IsEmployer() }

// orgOptions makes the choices of a select or checkboxes of organizations:
// those keep accepts, grouped by country in lang, led by a "none" choice
// when none is set.
func orgOptions(lang i18n.Lang, orgs []*frente.Organization, keep func(*frente.Organization) bool, none bool) []optionGroup {
	var kept []*frente.Organization
	for _, o := range orgs {
		if keep == nil || keep(o) {
			kept = append(kept, o)
		}
	}
	var out []optionGroup
	if none {
		out = append(out, optionGroup{Options: []option{{Value: "", Label: lang.T("form.none")}}})
	}
	for _, g := range groupByCountry(lang, kept, func(o *frente.Organization) string { return o.Country }) {
		og := optionGroup{Label: g.Name}
		for _, o := range g.Items {
			label := o.Name
			if o.ShortName != "" && o.ShortName != o.Name {
				label += " (" + o.ShortName + ")"
			}
			og.Options = append(og.Options, option{Value: idValue(o.ID), Label: label + " · " + lang.T("kind."+string(o.Kind))})
		}
		out = append(out, og)
	}
	return out
}

func kindOptions(lang i18n.Lang) optionGroup {
	g := optionGroup{Options: []option{{Value: "", Label: lang.T("form.choose")}}}
	for _, k := range frente.OrgKinds {
		g.Options = append(g.Options, option{Value: string(k), Label: lang.T("kind." + string(k))})
	}
	return g
}

func workplaceKindOptions(lang i18n.Lang) optionGroup {
	var g optionGroup
	for _, k := range frente.WorkplaceKinds {
		g.Options = append(g.Options, option{Value: string(k), Label: lang.T("workplace_kind." + string(k))})
	}
	return g
}

func visibilityOptions(lang i18n.Lang) optionGroup {
	var g optionGroup
	for _, v := range frente.Visibilities {
		g.Options = append(g.Options, option{Value: string(v), Label: lang.T("visibility." + string(v))})
	}
	return g
}

// countrySelect is the choice of a country, optionally none.
func countrySelect(lang i18n.Lang, none bool) []optionGroup {
	var out []optionGroup
	if none {
		out = append(out, optionGroup{Options: []option{{Value: "", Label: lang.T("form.none")}}})
	} else {
		out = append(out, optionGroup{Options: []option{{Value: "", Label: lang.T("form.choose")}}})
	}
	return append(out, optionGroup{Options: countryOptions[lang]})
}

// recordOptions gives the fields every record has their choices: the owner
// is one of the union side, which keeps the record; the campaigns it may be
// shared with are all of them, unless shareable is false (a campaign is not
// shared with campaigns).
func (s *Server) recordOptions(ctx context.Context, f *form, orgs []*frente.Organization, shareable bool) error {
	f.setOptions("owner_id", orgOptions(f.lang, orgs, f.orChosen("owner_id", isUnionSide), true)...)
	f.setOptions("visibility", visibilityOptions(f.lang))
	if !shareable {
		return nil
	}
	campaigns, err := loadAll(func(cursor string) (frente.Page[*frente.Campaign], error) {
		return s.Store.FindCampaigns(ctx, frente.CampaignFilter{ListOptions: frente.ListOptions{Limit: frente.MaxLimit, Cursor: cursor}})
	})
	if err != nil {
		return err
	}
	var g optionGroup
	for _, c := range campaigns {
		g.Options = append(g.Options, option{Value: idValue(c.ID), Label: c.Name})
	}
	f.setOptions("campaigns", g)
	return nil
}

// orChosen widens keep to the organizations already chosen in the field,
// so that editing a record never silently drops a choice made elsewhere
// (through the API, say) that the form would not offer.
func (f *form) orChosen(name string, keep func(*frente.Organization) bool) func(*frente.Organization) bool {
	return func(o *frente.Organization) bool { return keep(o) || f.Has(name, idValue(o.ID)) }
}
