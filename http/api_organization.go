package http

import (
	"net/http"

	"github.com/frente/frente"
)

var organizationAPI = &resource[frente.Organization, frente.OrganizationFilter]{
	name: "Organization", plural: "Organizations", noun: "an organization",
	doc: "A union, one of its bodies, a local or section, a federation, an employer or a corporate group. " +
		"Organizations form trees through parent_id: a union and its sections, a group and its affiliates.",
	properties: []property{
		choiceProp("kind", frente.OrgKinds, true, "What the organization is."),
		requiredTextProp("name", 300, "The full name."),
		textProp("short_name", 100, "The name lists show, when there is one: USW, Los Mineros."),
		textProp("number", 40, "A local's or section's number, as the union writes it."),
		countryProp("country", true, "The country."),
		textProp("region", 200, "The state or province."),
		textProp("city", 200, "The city or town."),
		idProp("parent_id", "The organization this one belongs to. Unions and employers are never in the same tree, and no organization may end up below itself."),
		urlProp("website", "The organization's web site."),
		textProp("notes", 20000, "Free notes."),
	},
	params: []listParam[frente.OrganizationFilter]{
		choiceParam("kind", "Only organizations of this kind.", frente.OrgKinds,
			func(f *frente.OrganizationFilter, k frente.OrgKind) { f.Kind = k }),
		countryParam("country", "Only organizations in this country.",
			func(f *frente.OrganizationFilter, c string) { f.Country = c }),
		idParam("parent", "Only the organizations directly below this one.",
			func(f *frente.OrganizationFilter, id frente.ID) { f.ParentID = id }),
	},
	options: func(f *frente.OrganizationFilter) *frente.ListOptions { return &f.ListOptions },
	id:      func(o *frente.Organization) frente.ID { return o.ID },
	find:    frente.Store.FindOrganizationByID,
	list:    frente.Store.FindOrganizations,
	create:  frente.Store.CreateOrganization,
	update:  frente.Store.UpdateOrganization,
	remove:  frente.Store.DeleteOrganization,
}

func (s *Server) apiListOrganizations(w http.ResponseWriter, r *http.Request) {
	organizationAPI.serveList(s, w, r)
}

func (s *Server) apiGetOrganization(w http.ResponseWriter, r *http.Request) {
	organizationAPI.serveGet(s, w, r)
}

func (s *Server) apiCreateOrganization(w http.ResponseWriter, r *http.Request) {
	organizationAPI.serveCreate(s, w, r)
}

func (s *Server) apiUpdateOrganization(w http.ResponseWriter, r *http.Request) {
	organizationAPI.serveUpdate(s, w, r)
}

func (s *Server) apiDeleteOrganization(w http.ResponseWriter, r *http.Request) {
	organizationAPI.serveDelete(s, w, r)
}
