package http

// routes is the whole route table of the server, pages and API.
func (s *Server) routes() {
	m := s.mux

	// Health and API description.
	m.HandleFunc("GET /healthz", s.healthz)
	m.HandleFunc("GET /api/v1/openapi.json", s.openAPI)

	// JSON API.
	m.HandleFunc("GET /api/v1/organizations", s.apiListOrganizations)
	m.HandleFunc("POST /api/v1/organizations", s.apiCreateOrganization)
	m.HandleFunc("GET /api/v1/organizations/{id}", s.apiGetOrganization)
	m.HandleFunc("PATCH /api/v1/organizations/{id}", s.apiUpdateOrganization)
	m.HandleFunc("DELETE /api/v1/organizations/{id}", s.apiDeleteOrganization)

	m.HandleFunc("GET /api/v1/workplaces", s.apiListWorkplaces)
	m.HandleFunc("POST /api/v1/workplaces", s.apiCreateWorkplace)
	m.HandleFunc("GET /api/v1/workplaces/{id}", s.apiGetWorkplace)
	m.HandleFunc("PATCH /api/v1/workplaces/{id}", s.apiUpdateWorkplace)
	m.HandleFunc("DELETE /api/v1/workplaces/{id}", s.apiDeleteWorkplace)

	m.HandleFunc("GET /api/v1/people", s.apiListPeople)
	m.HandleFunc("POST /api/v1/people", s.apiCreatePerson)
	m.HandleFunc("GET /api/v1/people/{id}", s.apiGetPerson)
	m.HandleFunc("PATCH /api/v1/people/{id}", s.apiUpdatePerson)
	m.HandleFunc("DELETE /api/v1/people/{id}", s.apiDeletePerson)

	m.HandleFunc("GET /api/v1/positions", s.apiListPositions)
	m.HandleFunc("POST /api/v1/positions", s.apiCreatePosition)
	m.HandleFunc("GET /api/v1/positions/{id}", s.apiGetPosition)
	m.HandleFunc("PATCH /api/v1/positions/{id}", s.apiUpdatePosition)
	m.HandleFunc("DELETE /api/v1/positions/{id}", s.apiDeletePosition)

	m.HandleFunc("GET /api/v1/campaigns", s.apiListCampaigns)
	m.HandleFunc("POST /api/v1/campaigns", s.apiCreateCampaign)
	m.HandleFunc("GET /api/v1/campaigns/{id}", s.apiGetCampaign)
	m.HandleFunc("PATCH /api/v1/campaigns/{id}", s.apiUpdateCampaign)
	m.HandleFunc("DELETE /api/v1/campaigns/{id}", s.apiDeleteCampaign)

	m.HandleFunc("/api/", s.apiNotFound)

	// Static assets, under content-hash URLs cached for a year.
	m.HandleFunc("GET /static/{hash}/{file}", s.static)

	// Pages.
	m.HandleFunc("GET /{$}", s.showHome)
	m.HandleFunc("GET /search", s.showSearch)
	m.HandleFunc("POST /lang", s.setLanguage)

	m.HandleFunc("GET /campaigns/new", s.newCampaignPage)
	m.HandleFunc("POST /campaigns", s.createCampaignPage)
	m.HandleFunc("GET /campaigns/{id}", s.showCampaign)
	m.HandleFunc("GET /campaigns/{id}/edit", s.editCampaignPage)
	m.HandleFunc("POST /campaigns/{id}", s.updateCampaignPage)
	m.HandleFunc("POST /campaigns/{id}/delete", s.deleteCampaignPage)

	m.HandleFunc("GET /organizations", s.listOrganizationsPage)
	m.HandleFunc("GET /organizations/new", s.newOrganizationPage)
	m.HandleFunc("POST /organizations", s.createOrganizationPage)
	m.HandleFunc("GET /organizations/{id}", s.showOrganization)
	m.HandleFunc("GET /organizations/{id}/edit", s.editOrganizationPage)
	m.HandleFunc("POST /organizations/{id}", s.updateOrganizationPage)
	m.HandleFunc("POST /organizations/{id}/delete", s.deleteOrganizationPage)

	m.HandleFunc("GET /workplaces", s.listWorkplacesPage)
	m.HandleFunc("GET /workplaces/new", s.newWorkplacePage)
	m.HandleFunc("POST /workplaces", s.createWorkplacePage)
	m.HandleFunc("GET /workplaces/{id}", s.showWorkplace)
	m.HandleFunc("GET /workplaces/{id}/edit", s.editWorkplacePage)
	m.HandleFunc("POST /workplaces/{id}", s.updateWorkplacePage)
	m.HandleFunc("POST /workplaces/{id}/delete", s.deleteWorkplacePage)

	m.HandleFunc("GET /people", s.listPeoplePage)
	m.HandleFunc("GET /people/new", s.newPersonPage)
	m.HandleFunc("POST /people", s.createPersonPage)
	m.HandleFunc("GET /people/{id}", s.showPerson)
	m.HandleFunc("GET /people/{id}/edit", s.editPersonPage)
	m.HandleFunc("POST /people/{id}", s.updatePersonPage)
	m.HandleFunc("POST /people/{id}/delete", s.deletePersonPage)

	m.HandleFunc("GET /positions/new", s.newPositionPage)
	m.HandleFunc("POST /positions", s.createPositionPage)
	m.HandleFunc("GET /positions/{id}/edit", s.editPositionPage)
	m.HandleFunc("POST /positions/{id}", s.updatePositionPage)
	m.HandleFunc("POST /positions/{id}/delete", s.deletePositionPage)

	m.HandleFunc("/", s.notFoundPage)
}
