package http

import (
	"net/http"

	"github.com/frente/frente"
)

type organizationPage struct {
	layout
	Org       *frente.Organization
	Ancestors []*frente.Organization
	// Below is the tree under the organization, itself excluded.
	Below       []*orgNode
	Operated    []workplaceRow
	Represented []workplaceRow
	Positions   []*frente.Position
	MemberOf    []*frente.Campaign
	TargetOf    []*frente.Campaign
	Meta        recordMeta
}

// showOrganization shows an organization in its tree and everything that
// refers to it: workplaces, people, campaigns.
func (s *Server) showOrganization(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r)
	if err == nil {
		var p *organizationPage
		if p, err = s.organizationPage(r, id); err == nil {
			s.render(w, r, http.StatusOK, "organization", p)
			return
		}
	}
	s.pageError(w, r, err)
}

func (s *Server) organizationPage(r *http.Request, id frente.ID) (*organizationPage, error) {
	ctx := r.Context()
	o, err := s.Store.FindOrganizationByID(ctx, id)
	if err != nil {
		return nil, err
	}
	p := &organizationPage{layout: layout{Nav: "organizations"}, Org: o}
	if p.Ancestors, err = s.Store.OrganizationAncestors(ctx, id); err != nil {
		return nil, err
	}
	sub, err := s.Store.OrganizationSubtree(ctx, id)
	if err != nil {
		return nil, err
	}
	if tree := orgTree(sub); len(tree) > 0 {
		p.Below = tree[0].Children
	}
	if o.Kind.IsEmployer() {
		ws, err := s.loadWorkplaces(ctx, frente.WorkplaceFilter{OperatorIDs: []frente.ID{id}})
		if err != nil {
			return nil, err
		}
		if p.Operated, err = s.workplaceRows(ctx, ws); err != nil {
			return nil, err
		}
	} else {
		ws, err := s.loadWorkplaces(ctx, frente.WorkplaceFilter{RepresentedBy: id})
		if err != nil {
			return nil, err
		}
		if p.Represented, err = s.workplaceRows(ctx, ws); err != nil {
			return nil, err
		}
	}
	positions, err := s.Store.FindPositions(ctx, frente.PositionFilter{OrganizationID: id, ListOptions: frente.ListOptions{Limit: frente.MaxLimit}})
	if err != nil {
		return nil, err
	}
	p.Positions = positions.Items
	limit := frente.ListOptions{Limit: frente.MaxLimit}
	member, err := s.Store.FindCampaigns(ctx, frente.CampaignFilter{MemberID: id, ListOptions: limit})
	if err != nil {
		return nil, err
	}
	target, err := s.Store.FindCampaigns(ctx, frente.CampaignFilter{TargetID: id, ListOptions: limit})
	if err != nil {
		return nil, err
	}
	p.MemberOf, p.TargetOf = member.Items, target.Items
	p.Meta, err = s.recordMeta(ctx, o.Record)
	return p, err
}
