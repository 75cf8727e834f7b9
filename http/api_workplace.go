package http

import (
	"net/http"

	"github.com/frente/frente"
)

var workplaceAPI = &resource[frente.Workplace, frente.WorkplaceFilter]{
	name: "Workplace", plural: "Workplaces", noun: "a workplace",
	doc: "A physical site (mine, smelter, refinery, plant) operated by an employer, whose workers unions, locals or sections represent.",
	properties: []property{
		requiredTextProp("name", 300, "The name of the site."),
		choiceProp("kind", frente.WorkplaceKinds, false, "What the site is; other when not given."),
		idProp("operator_id", "The employer or corporate group that operates the site."),
		idListProp("represented_by", "The unions, locals or sections that represent its workers."),
		countryProp("country", true, "The country."),
		textProp("region", 200, "The state or province."),
		textProp("city", 200, "The city or town."),
		textProp("notes", 20000, "Free notes."),
	},
	params: []listParam[frente.WorkplaceFilter]{
		choiceParam("kind", "Only workplaces of this kind.", frente.WorkplaceKinds,
			func(f *frente.WorkplaceFilter, k frente.WorkplaceKind) { f.Kind = k }),
		countryParam("country", "Only workplaces in this country.",
			func(f *frente.WorkplaceFilter, c string) { f.Country = c }),
		idParam("operator", "Only workplaces this employer operates.",
			func(f *frente.WorkplaceFilter, id frente.ID) { f.OperatorIDs = []frente.ID{id} }),
		idParam("represented_by", "Only workplaces whose workers this organization represents.",
			func(f *frente.WorkplaceFilter, id frente.ID) { f.RepresentedBy = id }),
	},
	options: func(f *frente.WorkplaceFilter) *frente.ListOptions { return &f.ListOptions },
	id:      func(w *frente.Workplace) frente.ID { return w.ID },
	find:    frente.Store.FindWorkplaceByID,
	list:    frente.Store.FindWorkplaces,
	create:  frente.Store.CreateWorkplace,
	update:  frente.Store.UpdateWorkplace,
	remove:  frente.Store.DeleteWorkplace,
}

func (s *Server) apiListWorkplaces(w http.ResponseWriter, r *http.Request) {
	workplaceAPI.serveList(s, w, r)
}

func (s *Server) apiGetWorkplace(w http.ResponseWriter, r *http.Request) {
	workplaceAPI.serveGet(s, w, r)
}

func (s *Server) apiCreateWorkplace(w http.ResponseWriter, r *http.Request) {
	workplaceAPI.serveCreate(s, w, r)
}

func (s *Server) apiUpdateWorkplace(w http.ResponseWriter, r *http.Request) {
	workplaceAPI.serveUpdate(s, w, r)
}

func (s *Server) apiDeleteWorkplace(w http.ResponseWriter, r *http.Request) {
	workplaceAPI.serveDelete(s, w, r)
}
