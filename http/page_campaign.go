package http

import (
	"net/http"

	"github.com/frente/frente"
)

type campaignPage struct {
	layout
	Campaign *frente.Campaign
	Target   *frente.Organization
	// Members grouped by country, in the reader's language.
	Members []countryGroup[memberView]
	// Tree is the target and everything below it.
	Tree       []*orgNode
	Workplaces []workplaceRow
	Meta       recordMeta
	// The common front at a glance (page_campaign_front.go).
	Front campaignFront
	// Calendar is the reader's own feed address; nil for an anonymous
	// reader, who has none.
	Calendar *campaignCalendarBox
}

// memberView is a member with the organization it belongs to, so that
// "Section 65" reads with its union.
type memberView struct {
	Org    *frente.Organization
	Parent *frente.Organization
}

// showCampaign puts the front together: who is in it, by country; the
// employer's corporate tree; the workplaces where the employer meets them;
// and, from the records the reader may see, where bargaining, disputes and
// solidarity stand. Printed, the page is the campaign's dossier.
func (s *Server) showCampaign(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	id, err := pathID(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	c, err := s.Store.FindCampaignByID(ctx, id)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	p := &campaignPage{layout: layout{Nav: "campaigns"}, Campaign: c}
	if err := s.campaignMembers(r, p); err != nil {
		s.pageError(w, r, err)
		return
	}
	if c.TargetID != 0 {
		if err := s.campaignTarget(r, p); err != nil {
			s.pageError(w, r, err)
			return
		}
	}
	if p.Meta, err = s.recordMeta(ctx, c.Record); err != nil {
		s.pageError(w, r, err)
		return
	}
	if p.Front, err = s.campaignFront(r, c); err != nil {
		s.pageError(w, r, err)
		return
	}
	if p.Calendar, err = s.calendarBox(r, c.ID); err != nil {
		s.pageError(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "campaign", p)
}

// campaignMembers fills the members, in the campaign's order within each
// country, with their parents.
func (s *Server) campaignMembers(r *http.Request, p *campaignPage) error {
	orgs, err := s.loadOrganizationMap(r.Context(), p.Campaign.Members)
	if err != nil {
		return err
	}
	var parents []frente.ID
	for _, o := range orgs {
		if o.ParentID != 0 {
			parents = append(parents, o.ParentID)
		}
	}
	up, err := s.loadOrganizationMap(r.Context(), parents)
	if err != nil {
		return err
	}
	var members []memberView
	for _, id := range p.Campaign.Members {
		if o := orgs[id]; o != nil {
			members = append(members, memberView{Org: o, Parent: up[o.ParentID]})
		}
	}
	p.Members = groupByCountry(langOf(r), members, func(m memberView) string { return m.Org.Country })
	return nil
}

// campaignTarget fills the target, its tree and the workplaces operated by
// anyone in that tree. A target the reader may not see leaves them empty.
func (s *Server) campaignTarget(r *http.Request, p *campaignPage) error {
	ctx := r.Context()
	tree, err := s.Store.OrganizationSubtree(ctx, p.Campaign.TargetID)
	if frente.ErrorCode(err) == frente.ENOTFOUND {
		return nil
	} else if err != nil {
		return err
	}
	p.Target, p.Tree = tree[0], orgTree(tree)
	ids := make([]frente.ID, len(tree))
	for i, o := range tree {
		ids[i] = o.ID
	}
	ws, err := s.loadWorkplaces(ctx, frente.WorkplaceFilter{OperatorIDs: ids})
	if err != nil {
		return err
	}
	p.Workplaces, err = s.workplaceRows(ctx, ws)
	return err
}
