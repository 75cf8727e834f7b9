package http

import (
	"net/http"

	"github.com/frente/frente"
)

type personPage struct {
	layout
	Person    *frente.Person
	Positions []*frente.Position
	Meta      recordMeta
}

// showPerson shows a person and the positions they held, current first.
func (s *Server) showPerson(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r)
	if err == nil {
		var p *personPage
		if p, err = s.personPage(r, id); err == nil {
			s.render(w, r, http.StatusOK, "person", p)
			return
		}
	}
	s.pageError(w, r, err)
}

func (s *Server) personPage(r *http.Request, id frente.ID) (*personPage, error) {
	ctx := r.Context()
	person, err := s.Store.FindPersonByID(ctx, id)
	if err != nil {
		return nil, err
	}
	positions, err := s.Store.FindPositions(ctx, frente.PositionFilter{PersonID: id, ListOptions: frente.ListOptions{Limit: frente.MaxLimit}})
	if err != nil {
		return nil, err
	}
	p := &personPage{layout: layout{Nav: "people"}, Person: person, Positions: positions.Items}
	p.Meta, err = s.recordMeta(ctx, person.Record)
	return p, err
}
