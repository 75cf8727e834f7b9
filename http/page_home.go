package http

import (
	"net/http"

	"github.com/frente/frente"
)

type homePage struct {
	layout
	Campaigns []campaignCard
	Total     int
	Next      string
	First     bool
	// Counts of the registry, so an empty install says where to start.
	Organizations, Workplaces, People int
}

// campaignCard is a campaign as the home page lists it.
type campaignCard struct {
	Campaign *frente.Campaign
	Target   *frente.Organization
}

// showHome lists the campaigns: the fronts are what people come for.
func (s *Server) showHome(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	cursor := r.URL.Query().Get("cursor")
	cs, err := s.Store.FindCampaigns(ctx, frente.CampaignFilter{ListOptions: frente.ListOptions{Cursor: cursor}})
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	var targets []frente.ID
	for _, c := range cs.Items {
		if c.TargetID != 0 {
			targets = append(targets, c.TargetID)
		}
	}
	orgs, err := s.loadOrganizationMap(ctx, targets)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	p := &homePage{layout: layout{Nav: "campaigns"}, Total: cs.Total, Next: cs.Next, First: cursor == ""}
	for _, c := range cs.Items {
		p.Campaigns = append(p.Campaigns, campaignCard{Campaign: c, Target: orgs[c.TargetID]})
	}
	one := frente.ListOptions{Limit: 1}
	if o, err := s.Store.FindOrganizations(ctx, frente.OrganizationFilter{ListOptions: one}); err == nil {
		p.Organizations = o.Total
	}
	if wp, err := s.Store.FindWorkplaces(ctx, frente.WorkplaceFilter{ListOptions: one}); err == nil {
		p.Workplaces = wp.Total
	}
	if pe, err := s.Store.FindPeople(ctx, frente.PersonFilter{ListOptions: one}); err == nil {
		p.People = pe.Total
	}
	s.render(w, r, http.StatusOK, "home", p)
}
