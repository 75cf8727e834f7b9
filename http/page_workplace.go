package http

import (
	"net/http"

	"github.com/frente/frente"
)

type workplacePage struct {
	layout
	Workplace *frente.Workplace
	// OperatorChain is the operator's parent chain then the operator, so
	// that a mine reads as belonging to its group.
	OperatorChain   []*frente.Organization
	Representatives []*frente.Organization
	Meta            recordMeta
}

func (s *Server) showWorkplace(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r)
	if err == nil {
		var p *workplacePage
		if p, err = s.workplacePage(r, id); err == nil {
			s.render(w, r, http.StatusOK, "workplace", p)
			return
		}
	}
	s.pageError(w, r, err)
}

func (s *Server) workplacePage(r *http.Request, id frente.ID) (*workplacePage, error) {
	ctx := r.Context()
	wp, err := s.Store.FindWorkplaceByID(ctx, id)
	if err != nil {
		return nil, err
	}
	p := &workplacePage{layout: layout{Nav: "workplaces"}, Workplace: wp}
	if wp.OperatorID != 0 {
		op, err := s.Store.FindOrganizationByID(ctx, wp.OperatorID)
		switch {
		case err == nil:
			if p.OperatorChain, err = s.Store.OrganizationAncestors(ctx, op.ID); err != nil {
				return nil, err
			}
			p.OperatorChain = append(p.OperatorChain, op)
		case frente.ErrorCode(err) != frente.ENOTFOUND:
			return nil, err
		}
	}
	reps, err := s.loadOrganizationMap(ctx, wp.RepresentedBy)
	if err != nil {
		return nil, err
	}
	for _, id := range wp.RepresentedBy {
		if o := reps[id]; o != nil {
			p.Representatives = append(p.Representatives, o)
		}
	}
	p.Meta, err = s.recordMeta(ctx, wp.Record)
	return p, err
}
