package http

import (
	"net/http"
	"net/url"
	"strings"

	"github.com/frente/frente"
)

// listPage is the data of the organizations, workplaces and people lists.
type listPage[T any] struct {
	layout
	Items  []T
	Total  int
	Filter listFilter
	// NextURL and FirstURL keep the filters; empty when there is no such page.
	NextURL, FirstURL string
}

// listFilter is the filter form above a list, as the reader filled it.
type listFilter struct {
	Action           string
	Q, Kind, Country string
	// Kinds is nil for a list without kinds (people).
	Kinds, Countries []option
}

// readListFilter reads the filters of a list from the query string.
func readListFilter(r *http.Request, action string) (listFilter, frente.ListOptions) {
	q := r.URL.Query()
	f := listFilter{Action: action, Q: strings.TrimSpace(q.Get("q")), Kind: q.Get("kind"),
		Country: strings.ToUpper(strings.TrimSpace(q.Get("country"))), Countries: countryOptions[langOf(r)]}
	return f, frente.ListOptions{Q: f.Q, Cursor: q.Get("cursor")}
}

// pageURLs sets the links to the next and the first page of a list.
func (p *listPage[T]) pageURLs(r *http.Request, next string) {
	v := url.Values{}
	for _, k := range []string{"q", "kind", "country"} {
		if s := r.URL.Query().Get(k); s != "" {
			v.Set(k, s)
		}
	}
	if r.URL.Query().Get("cursor") != "" {
		p.FirstURL = p.Filter.Action + "?" + v.Encode()
	}
	if next != "" {
		v.Set("cursor", next)
		p.NextURL = p.Filter.Action + "?" + v.Encode()
	}
}

// orgRow is an organization with its parent, for lists.
type orgRow struct {
	Org    *frente.Organization
	Parent *frente.Organization
}

func (s *Server) listOrganizationsPage(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	filter, opts := readListFilter(r, "/organizations")
	for _, k := range frente.OrgKinds {
		filter.Kinds = append(filter.Kinds, option{Value: string(k), Label: langOf(r).T("kind." + string(k))})
	}
	res, err := s.Store.FindOrganizations(ctx, frente.OrganizationFilter{ListOptions: opts, Kind: frente.OrgKind(filter.Kind), Country: filter.Country})
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	var parents []frente.ID
	for _, o := range res.Items {
		if o.ParentID != 0 {
			parents = append(parents, o.ParentID)
		}
	}
	up, err := s.loadOrganizationMap(ctx, parents)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	p := &listPage[orgRow]{layout: layout{Nav: "organizations"}, Total: res.Total, Filter: filter}
	for _, o := range res.Items {
		p.Items = append(p.Items, orgRow{Org: o, Parent: up[o.ParentID]})
	}
	p.pageURLs(r, res.Next)
	s.render(w, r, http.StatusOK, "organizations", p)
}

func (s *Server) listWorkplacesPage(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	filter, opts := readListFilter(r, "/workplaces")
	for _, k := range frente.WorkplaceKinds {
		filter.Kinds = append(filter.Kinds, option{Value: string(k), Label: langOf(r).T("workplace_kind." + string(k))})
	}
	res, err := s.Store.FindWorkplaces(ctx, frente.WorkplaceFilter{ListOptions: opts, Kind: frente.WorkplaceKind(filter.Kind), Country: filter.Country})
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	rows, err := s.workplaceRows(ctx, res.Items)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	p := &listPage[workplaceRow]{layout: layout{Nav: "workplaces"}, Items: rows, Total: res.Total, Filter: filter}
	p.pageURLs(r, res.Next)
	s.render(w, r, http.StatusOK, "workplaces", p)
}

func (s *Server) listPeoplePage(w http.ResponseWriter, r *http.Request) {
	filter, opts := readListFilter(r, "/people")
	res, err := s.Store.FindPeople(r.Context(), frente.PersonFilter{ListOptions: opts, Country: filter.Country})
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	p := &listPage[*frente.Person]{layout: layout{Nav: "people"}, Items: res.Items, Total: res.Total, Filter: filter}
	p.pageURLs(r, res.Next)
	s.render(w, r, http.StatusOK, "people", p)
}
