package http

import "net/http"

// routes is the whole route table of the server, pages and API. Every
// route goes through handle, which keeps the list of patterns that the
// access tests walk: a route added here without an entry there fails them.
func (s *Server) routes() {
	m := routeTable{s}

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

	m.HandleFunc("GET /api/v1/agreements", s.apiListAgreements)
	m.HandleFunc("POST /api/v1/agreements", s.apiCreateAgreement)
	m.HandleFunc("GET /api/v1/agreements/{id}", s.apiGetAgreement)
	m.HandleFunc("PATCH /api/v1/agreements/{id}", s.apiUpdateAgreement)
	m.HandleFunc("DELETE /api/v1/agreements/{id}", s.apiDeleteAgreement)
	m.HandleFunc("GET /api/v1/agreements/{id}/units", s.apiAgreementUnits)
	m.HandleFunc("GET /api/v1/agreements/{id}/original", s.apiAgreementOriginal)
	m.HandleFunc("PUT /api/v1/units/{id}/topics/{code}", s.apiAddUnitTopic)
	m.HandleFunc("DELETE /api/v1/units/{id}/topics/{code}", s.apiRemoveUnitTopic)
	m.HandleFunc("GET /api/v1/topics", s.apiTopics)
	m.HandleFunc("GET /api/v1/search", s.apiSearch)

	m.HandleFunc("GET /api/v1/negotiations", s.apiListNegotiations)
	m.HandleFunc("POST /api/v1/negotiations", s.apiCreateNegotiation)
	m.HandleFunc("GET /api/v1/negotiations/{id}", s.apiGetNegotiation)
	m.HandleFunc("PATCH /api/v1/negotiations/{id}", s.apiUpdateNegotiation)
	m.HandleFunc("DELETE /api/v1/negotiations/{id}", s.apiDeleteNegotiation)

	m.HandleFunc("GET /api/v1/proposals", s.apiListProposals)
	m.HandleFunc("POST /api/v1/proposals", s.apiCreateProposal)
	m.HandleFunc("GET /api/v1/proposals/{id}", s.apiGetProposal)
	m.HandleFunc("PATCH /api/v1/proposals/{id}", s.apiUpdateProposal)
	m.HandleFunc("DELETE /api/v1/proposals/{id}", s.apiDeleteProposal)
	m.HandleFunc("GET /api/v1/proposals/{id}/redline", s.apiProposalRedline)
	m.HandleFunc("GET /api/v1/campaigns/{id}/matrix", s.apiCampaignMatrix)
	m.HandleFunc("GET /api/v1/compare", s.apiCompare)

	m.HandleFunc("GET /api/v1/disputes", s.apiListDisputes)
	m.HandleFunc("POST /api/v1/disputes", s.apiCreateDispute)
	m.HandleFunc("GET /api/v1/disputes/{id}", s.apiGetDispute)
	m.HandleFunc("PATCH /api/v1/disputes/{id}", s.apiUpdateDispute)
	m.HandleFunc("DELETE /api/v1/disputes/{id}", s.apiDeleteDispute)

	m.HandleFunc("GET /api/v1/incidents", s.apiListIncidents)
	m.HandleFunc("POST /api/v1/incidents", s.apiCreateIncident)
	m.HandleFunc("GET /api/v1/incidents/{id}", s.apiGetIncident)
	m.HandleFunc("PATCH /api/v1/incidents/{id}", s.apiUpdateIncident)
	m.HandleFunc("DELETE /api/v1/incidents/{id}", s.apiDeleteIncident)

	m.HandleFunc("GET /api/v1/messages", s.apiListMessages)
	m.HandleFunc("POST /api/v1/messages", s.apiCreateMessage)
	m.HandleFunc("GET /api/v1/messages/{id}", s.apiGetMessage)
	m.HandleFunc("PATCH /api/v1/messages/{id}", s.apiUpdateMessage)
	m.HandleFunc("DELETE /api/v1/messages/{id}", s.apiDeleteMessage)
	m.HandleFunc("GET /api/v1/messages/{id}/original", s.apiGetMessageOriginal)
	m.HandleFunc("PUT /api/v1/messages/{id}/original", s.apiPutMessageOriginal)

	m.HandleFunc("GET /api/v1/pledges", s.apiListPledges)
	m.HandleFunc("POST /api/v1/pledges", s.apiCreatePledge)
	m.HandleFunc("GET /api/v1/pledges/{id}", s.apiGetPledge)
	m.HandleFunc("PATCH /api/v1/pledges/{id}", s.apiUpdatePledge)
	m.HandleFunc("DELETE /api/v1/pledges/{id}", s.apiDeletePledge)

	m.HandleFunc("GET /api/v1/requests", s.apiListRequests)
	m.HandleFunc("POST /api/v1/requests", s.apiCreateRequest)
	m.HandleFunc("GET /api/v1/requests/{id}", s.apiGetRequest)
	m.HandleFunc("PATCH /api/v1/requests/{id}", s.apiUpdateRequest)
	m.HandleFunc("DELETE /api/v1/requests/{id}", s.apiDeleteRequest)

	m.HandleFunc("GET /api/v1/campaigns/{id}/calendar", s.apiCampaignCalendar)
	m.HandleFunc("POST /api/v1/campaigns/{id}/calendar/reset", s.apiResetCalendar)

	m.HandleFunc("GET /api/v1/me", s.apiMe)
	m.HandleFunc("GET /api/v1/audit", s.apiAudit)

	m.HandleFunc("/api/", s.apiNotFound)

	// Static assets, under content-hash URLs cached for a year.
	m.HandleFunc("GET /static/{hash}/{file}", s.static)

	// Pages.
	m.HandleFunc("GET /{$}", s.showHome)
	m.HandleFunc("GET /search", s.showSearch)
	m.HandleFunc("POST /lang", s.setLanguage)

	m.HandleFunc("GET /campaigns/new", s.loggedIn(s.newCampaignPage))
	m.HandleFunc("POST /campaigns", s.createCampaignPage)
	m.HandleFunc("GET /campaigns/{id}", s.showCampaign)
	m.HandleFunc("GET /campaigns/{id}/edit", s.editable("campaigns", s.editCampaignPage))
	m.HandleFunc("POST /campaigns/{id}", s.updateCampaignPage)
	m.HandleFunc("POST /campaigns/{id}/delete", s.deleteCampaignPage)

	m.HandleFunc("GET /organizations", s.listOrganizationsPage)
	m.HandleFunc("GET /organizations/new", s.loggedIn(s.newOrganizationPage))
	m.HandleFunc("POST /organizations", s.createOrganizationPage)
	m.HandleFunc("GET /organizations/{id}", s.showOrganization)
	m.HandleFunc("GET /organizations/{id}/edit", s.editable("organizations", s.editOrganizationPage))
	m.HandleFunc("POST /organizations/{id}", s.updateOrganizationPage)
	m.HandleFunc("POST /organizations/{id}/delete", s.deleteOrganizationPage)

	m.HandleFunc("GET /workplaces", s.listWorkplacesPage)
	m.HandleFunc("GET /workplaces/new", s.loggedIn(s.newWorkplacePage))
	m.HandleFunc("POST /workplaces", s.createWorkplacePage)
	m.HandleFunc("GET /workplaces/{id}", s.showWorkplace)
	m.HandleFunc("GET /workplaces/{id}/edit", s.editable("workplaces", s.editWorkplacePage))
	m.HandleFunc("POST /workplaces/{id}", s.updateWorkplacePage)
	m.HandleFunc("POST /workplaces/{id}/delete", s.deleteWorkplacePage)

	m.HandleFunc("GET /people", s.listPeoplePage)
	m.HandleFunc("GET /people/new", s.loggedIn(s.newPersonPage))
	m.HandleFunc("POST /people", s.createPersonPage)
	m.HandleFunc("GET /people/{id}", s.showPerson)
	m.HandleFunc("GET /people/{id}/edit", s.editable("people", s.editPersonPage))
	m.HandleFunc("POST /people/{id}", s.updatePersonPage)
	m.HandleFunc("POST /people/{id}/delete", s.deletePersonPage)

	m.HandleFunc("GET /positions/new", s.loggedIn(s.newPositionPage))
	m.HandleFunc("POST /positions", s.createPositionPage)
	m.HandleFunc("GET /positions/{id}/edit", s.editable("positions", s.editPositionPage))
	m.HandleFunc("POST /positions/{id}", s.updatePositionPage)
	m.HandleFunc("POST /positions/{id}/delete", s.deletePositionPage)

	m.HandleFunc("GET /agreements", s.listAgreementsPage)
	m.HandleFunc("POST /agreements", s.uploadAgreementPage)
	m.HandleFunc("GET /agreements/search", s.searchAgreementsPage)
	m.HandleFunc("GET /agreements/{id}", s.showAgreement)
	m.HandleFunc("GET /agreements/{id}/edit", s.editable("agreements", s.editAgreementPage))
	m.HandleFunc("POST /agreements/{id}", s.updateAgreementPage)
	m.HandleFunc("POST /agreements/{id}/delete", s.deleteAgreementPage)
	m.HandleFunc("POST /units/{id}/topics", s.setUnitTopicPage)
	m.HandleFunc("GET /topics", s.topicsPage)
	m.HandleFunc("GET /topics/{code}", s.topicPage)

	m.HandleFunc("GET /negotiations", s.listNegotiationsPage)
	m.HandleFunc("GET /negotiations/new", s.loggedIn(s.newNegotiationPage))
	m.HandleFunc("POST /negotiations", s.createNegotiationPage)
	m.HandleFunc("GET /negotiations/{id}", s.showNegotiation)
	m.HandleFunc("GET /negotiations/{id}/edit", s.editable("negotiations", s.editNegotiationPage))
	m.HandleFunc("POST /negotiations/{id}", s.updateNegotiationPage)
	m.HandleFunc("POST /negotiations/{id}/delete", s.deleteNegotiationPage)
	m.HandleFunc("GET /proposals/new", s.loggedIn(s.newProposalPage))
	m.HandleFunc("POST /proposals", s.createProposalPage)
	m.HandleFunc("GET /proposals/{id}", s.showProposal)
	m.HandleFunc("GET /proposals/{id}/edit", s.editable("proposals", s.editProposalPage))
	m.HandleFunc("POST /proposals/{id}", s.updateProposalPage)
	m.HandleFunc("POST /proposals/{id}/delete", s.deleteProposalPage)
	m.HandleFunc("GET /proposals/{id}/redline", s.showRedline)
	m.HandleFunc("GET /campaigns/{id}/matrix", s.matrixPage)
	m.HandleFunc("GET /compare", s.comparePage)

	m.HandleFunc("GET /campaigns/{id}/calendar.ics", s.campaignCalendar)
	m.HandleFunc("POST /campaigns/{id}/calendar/reset", s.loggedIn(s.resetCampaignCalendarPage))
	m.HandleFunc("GET /campaigns/{id}/timeline", s.timelinePage("campaign"))
	m.HandleFunc("GET /campaigns/{id}/timeline.svg", s.timelineSVG("campaign"))
	m.HandleFunc("GET /organizations/{id}/timeline", s.timelinePage("organization"))
	m.HandleFunc("GET /organizations/{id}/timeline.svg", s.timelineSVG("organization"))
	m.HandleFunc("GET /workplaces/{id}/timeline", s.timelinePage("workplace"))
	m.HandleFunc("GET /workplaces/{id}/timeline.svg", s.timelineSVG("workplace"))
	m.HandleFunc("GET /messages", s.listMessagesPage)
	m.HandleFunc("GET /messages/new", s.loggedIn(s.newMessagePage))
	m.HandleFunc("POST /messages", s.createMessagePage)
	m.HandleFunc("GET /messages/{id}", s.showMessage)
	m.HandleFunc("GET /messages/{id}/edit", s.editable("messages", s.editMessagePage))
	m.HandleFunc("POST /messages/{id}", s.updateMessagePage)
	m.HandleFunc("POST /messages/{id}/delete", s.deleteMessagePage)
	m.HandleFunc("POST /messages/{id}/original", s.uploadMessageFilePage)
	m.HandleFunc("GET /pledges/new", s.loggedIn(s.newPledgePage))
	m.HandleFunc("POST /pledges", s.createPledgePage)
	m.HandleFunc("GET /pledges/{id}", s.showPledge)
	m.HandleFunc("GET /pledges/{id}/edit", s.editable("pledges", s.editPledgePage))
	m.HandleFunc("POST /pledges/{id}", s.updatePledgePage)
	m.HandleFunc("POST /pledges/{id}/delete", s.deletePledgePage)
	m.HandleFunc("GET /requests/new", s.loggedIn(s.newRequestPage))
	m.HandleFunc("POST /requests", s.createRequestPage)
	m.HandleFunc("GET /requests/{id}", s.showRequest)
	m.HandleFunc("GET /requests/{id}/edit", s.editable("requests", s.editRequestPage))
	m.HandleFunc("POST /requests/{id}", s.updateRequestPage)
	m.HandleFunc("POST /requests/{id}/delete", s.deleteRequestPage)
	m.HandleFunc("POST /requests/{id}/status", s.setRequestStatus)
	m.HandleFunc("GET /inbox", s.loggedIn(s.inboxPage))

	m.HandleFunc("GET /disputes", s.listDisputesPage)
	m.HandleFunc("GET /disputes/new", s.loggedIn(s.newDisputePage))
	m.HandleFunc("POST /disputes", s.createDisputePage)
	m.HandleFunc("GET /disputes/{id}", s.showDispute)
	m.HandleFunc("GET /disputes/{id}/edit", s.editable("disputes", s.editDisputePage))
	m.HandleFunc("POST /disputes/{id}", s.updateDisputePage)
	m.HandleFunc("POST /disputes/{id}/delete", s.deleteDisputePage)
	m.HandleFunc("GET /incidents", s.listIncidentsPage)
	m.HandleFunc("GET /incidents/new", s.loggedIn(s.newIncidentPage))
	m.HandleFunc("POST /incidents", s.createIncidentPage)
	m.HandleFunc("GET /incidents/{id}", s.showIncident)
	m.HandleFunc("GET /incidents/{id}/edit", s.editable("incidents", s.editIncidentPage))
	m.HandleFunc("POST /incidents/{id}", s.updateIncidentPage)
	m.HandleFunc("POST /incidents/{id}/delete", s.deleteIncidentPage)
	m.HandleFunc("GET /campaigns/{id}/matrix.csv", s.matrixCSV)

	// Accounts.
	m.HandleFunc("GET /login", s.loginPage)
	m.HandleFunc("POST /login", s.login)
	m.HandleFunc("POST /logout", s.logout)
	m.HandleFunc("GET /setup", s.setupPage)
	m.HandleFunc("POST /setup", s.setup)
	m.HandleFunc("GET /account", s.accountPage)
	m.HandleFunc("POST /account/password", s.changePassword)
	m.HandleFunc("POST /account/tokens", s.createTokenPage)
	m.HandleFunc("POST /account/tokens/{id}/revoke", s.revokeTokenPage)
	m.HandleFunc("GET /organizations/{id}/members", s.membersPage)
	m.HandleFunc("POST /organizations/{id}/members", s.addMemberPage)
	m.HandleFunc("POST /organizations/{id}/members/{user}/delete", s.removeMemberPage)
	m.HandleFunc("GET /audit", s.auditPage)

	m.HandleFunc("/", s.notFoundPage)
}

// routeTable registers routes on the server's mux and remembers their
// patterns.
type routeTable struct{ s *Server }

// HandleFunc registers h for pattern.
func (t routeTable) HandleFunc(pattern string, h http.HandlerFunc) {
	t.s.patterns = append(t.s.patterns, pattern)
	t.s.mux.HandleFunc(pattern, h)
}

// Routes returns the pattern of every registered route, in order.
func (s *Server) Routes() []string { return append([]string(nil), s.patterns...) }
