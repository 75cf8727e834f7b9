package http

import (
	"net/http"
	"strings"

	"github.com/frente/frente"
)

// searchLimit is how many hits of each kind the search page shows; the
// lists behind "see all" have the rest.
const searchLimit = 20

type searchPage struct {
	layout
	Campaigns     frente.Page[*frente.Campaign]
	Organizations frente.Page[*frente.Organization]
	Workplaces    frente.Page[*frente.Workplace]
	People        frente.Page[*frente.Person]
}

// Empty reports whether nothing matched.
func (p *searchPage) Empty() bool {
	return p.Campaigns.Total+p.Organizations.Total+p.Workplaces.Total+p.People.Total == 0
}

// showSearch finds names across campaigns, organizations, workplaces and
// people, without regard to case or accents.
func (s *Server) showSearch(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	p := &searchPage{layout: layout{Q: q}}
	if q != "" {
		opts := frente.ListOptions{Q: q, Limit: searchLimit}
		var err error
		if p.Campaigns, err = s.Store.FindCampaigns(ctx, frente.CampaignFilter{ListOptions: opts}); err == nil {
			if p.Organizations, err = s.Store.FindOrganizations(ctx, frente.OrganizationFilter{ListOptions: opts}); err == nil {
				if p.Workplaces, err = s.Store.FindWorkplaces(ctx, frente.WorkplaceFilter{ListOptions: opts}); err == nil {
					p.People, err = s.Store.FindPeople(ctx, frente.PersonFilter{ListOptions: opts})
				}
			}
		}
		if err != nil {
			s.pageError(w, r, err)
			return
		}
	}
	s.render(w, r, http.StatusOK, "search", p)
}
