package http

import (
	"context"

	"github.com/frente/frente"
)

// orgNode is an organization with those below it, for nested lists.
type orgNode struct {
	Org      *frente.Organization
	Children []*orgNode
}

// orgTree nests a subtree as the store gives it (each organization after its
// parent). Organizations whose parent is not in the list become roots, so
// nothing visible is dropped.
func orgTree(orgs []*frente.Organization) []*orgNode {
	nodes := make(map[frente.ID]*orgNode, len(orgs))
	var roots []*orgNode
	for _, o := range orgs {
		n := &orgNode{Org: o}
		nodes[o.ID] = n
		if p, ok := nodes[o.ParentID]; ok && o.ParentID != 0 {
			p.Children = append(p.Children, n)
		} else {
			roots = append(roots, n)
		}
	}
	return roots
}

// workplaceRow is a workplace with the organizations it names.
type workplaceRow struct {
	Workplace       *frente.Workplace
	Operator        *frente.Organization
	Representatives []*frente.Organization
}

// workplaceRows looks up, in one query, the operators and representatives
// of the workplaces.
func (s *Server) workplaceRows(ctx context.Context, ws []*frente.Workplace) ([]workplaceRow, error) {
	var ids []frente.ID
	for _, w := range ws {
		if w.OperatorID != 0 {
			ids = append(ids, w.OperatorID)
		}
		ids = append(ids, w.RepresentedBy...)
	}
	orgs, err := s.loadOrganizationMap(ctx, ids)
	if err != nil {
		return nil, err
	}
	rows := make([]workplaceRow, len(ws))
	for i, w := range ws {
		rows[i] = workplaceRow{Workplace: w, Operator: orgs[w.OperatorID]}
		for _, id := range w.RepresentedBy {
			if o := orgs[id]; o != nil {
				rows[i].Representatives = append(rows[i].Representatives, o)
			}
		}
	}
	return rows, nil
}

// recordMeta is the owner, visibility, campaigns shared with and dates of
// a record, for its page.
type recordMeta struct {
	Record    frente.Record
	Owner     *frente.Organization
	Campaigns []*frente.Campaign
}

// recordMeta looks up the owner and the campaigns; those the reader may not
// see are left out.
func (s *Server) recordMeta(ctx context.Context, r frente.Record) (recordMeta, error) {
	m := recordMeta{Record: r}
	if r.OwnerID != 0 {
		o, err := s.Store.FindOrganizationByID(ctx, r.OwnerID)
		if err != nil && frente.ErrorCode(err) != frente.ENOTFOUND {
			return m, err
		}
		m.Owner = o
	}
	for _, id := range r.Campaigns {
		c, err := s.Store.FindCampaignByID(ctx, id)
		switch {
		case err == nil:
			m.Campaigns = append(m.Campaigns, c)
		case frente.ErrorCode(err) != frente.ENOTFOUND:
			return m, err
		}
	}
	return m, nil
}
