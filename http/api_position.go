package http

import (
	"net/http"

	"github.com/frente/frente"
)

var positionAPI = &resource[frente.Position, frente.PositionFilter]{
	name: "Position", plural: "Positions", noun: "a position",
	doc: "A title a person holds or held in an organization, from and to a date; either may be unknown, and no end date means it is held still.",
	properties: []property{
		requiredIDProp("person_id", "The person who holds the position."),
		requiredIDProp("organization_id", "The organization the position is in."),
		requiredTextProp("title", 300, "The title: President, Secretary General, ..."),
		dateProp("from", "The day the person took the position."),
		dateProp("to", "The day the person left it; empty while it is held."),
		{name: "person_name", doc: "The person's name, for display.", schema: obj{"type": "string"}, readOnly: true},
		{name: "organization_name", doc: "The organization's name, for display.", schema: obj{"type": "string"}, readOnly: true},
	},
	params: []listParam[frente.PositionFilter]{
		idParam("person", "Only the positions of this person.",
			func(f *frente.PositionFilter, id frente.ID) { f.PersonID = id }),
		idParam("organization", "Only the positions in this organization.",
			func(f *frente.PositionFilter, id frente.ID) { f.OrganizationID = id }),
	},
	options: func(f *frente.PositionFilter) *frente.ListOptions { return &f.ListOptions },
	id:      func(p *frente.Position) frente.ID { return p.ID },
	find:    frente.Store.FindPositionByID,
	list:    frente.Store.FindPositions,
	create:  frente.Store.CreatePosition,
	update:  frente.Store.UpdatePosition,
	remove:  frente.Store.DeletePosition,
}

func (s *Server) apiListPositions(w http.ResponseWriter, r *http.Request) {
	positionAPI.serveList(s, w, r)
}

func (s *Server) apiGetPosition(w http.ResponseWriter, r *http.Request) {
	positionAPI.serveGet(s, w, r)
}

func (s *Server) apiCreatePosition(w http.ResponseWriter, r *http.Request) {
	positionAPI.serveCreate(s, w, r)
}

func (s *Server) apiUpdatePosition(w http.ResponseWriter, r *http.Request) {
	positionAPI.serveUpdate(s, w, r)
}

func (s *Server) apiDeletePosition(w http.ResponseWriter, r *http.Request) {
	positionAPI.serveDelete(s, w, r)
}
