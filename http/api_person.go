package http

import (
	"net/http"

	"github.com/frente/frente"
)

var personAPI = &resource[frente.Person, frente.PersonFilter]{
	name: "Person", plural: "People", noun: "a person",
	doc: "Someone who holds or held a position in an organization.",
	properties: []property{
		requiredTextProp("name", 300, "The person's name."),
		countryProp("country", false, "The country the person lives or works in."),
		textProp("notes", 20000, "Free notes."),
	},
	params: []listParam[frente.PersonFilter]{
		countryParam("country", "Only people of this country.",
			func(f *frente.PersonFilter, c string) { f.Country = c }),
		idParam("organization", "Only people who hold or held a position in this organization.",
			func(f *frente.PersonFilter, id frente.ID) { f.OrganizationID = id }),
	},
	options: func(f *frente.PersonFilter) *frente.ListOptions { return &f.ListOptions },
	id:      func(p *frente.Person) frente.ID { return p.ID },
	find:    frente.Store.FindPersonByID,
	list:    frente.Store.FindPeople,
	create:  frente.Store.CreatePerson,
	update:  frente.Store.UpdatePerson,
	remove:  frente.Store.DeletePerson,
}

func (s *Server) apiListPeople(w http.ResponseWriter, r *http.Request) {
	personAPI.serveList(s, w, r)
}

func (s *Server) apiGetPerson(w http.ResponseWriter, r *http.Request) {
	personAPI.serveGet(s, w, r)
}

func (s *Server) apiCreatePerson(w http.ResponseWriter, r *http.Request) {
	personAPI.serveCreate(s, w, r)
}

func (s *Server) apiUpdatePerson(w http.ResponseWriter, r *http.Request) {
	personAPI.serveUpdate(s, w, r)
}

func (s *Server) apiDeletePerson(w http.ResponseWriter, r *http.Request) {
	personAPI.serveDelete(s, w, r)
}
