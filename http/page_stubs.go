package http

import (
	"net/http"

	"github.com/frente/frente"
)

// Stubs the pages helper replaces; delete each as it is implemented.

func (s *Server) createCampaignPage(w http.ResponseWriter, r *http.Request) {
	s.error(w, r, frente.Errorf(frente.ENOTIMPLEMENTED, "createCampaignPage"))
}
func (s *Server) createOrganizationPage(w http.ResponseWriter, r *http.Request) {
	s.error(w, r, frente.Errorf(frente.ENOTIMPLEMENTED, "createOrganizationPage"))
}
func (s *Server) createPersonPage(w http.ResponseWriter, r *http.Request) {
	s.error(w, r, frente.Errorf(frente.ENOTIMPLEMENTED, "createPersonPage"))
}
func (s *Server) createPositionPage(w http.ResponseWriter, r *http.Request) {
	s.error(w, r, frente.Errorf(frente.ENOTIMPLEMENTED, "createPositionPage"))
}
func (s *Server) createWorkplacePage(w http.ResponseWriter, r *http.Request) {
	s.error(w, r, frente.Errorf(frente.ENOTIMPLEMENTED, "createWorkplacePage"))
}
func (s *Server) deleteCampaignPage(w http.ResponseWriter, r *http.Request) {
	s.error(w, r, frente.Errorf(frente.ENOTIMPLEMENTED, "deleteCampaignPage"))
}
func (s *Server) deleteOrganizationPage(w http.ResponseWriter, r *http.Request) {
	s.error(w, r, frente.Errorf(frente.ENOTIMPLEMENTED, "deleteOrganizationPage"))
}
func (s *Server) deletePersonPage(w http.ResponseWriter, r *http.Request) {
	s.error(w, r, frente.Errorf(frente.ENOTIMPLEMENTED, "deletePersonPage"))
}
func (s *Server) deletePositionPage(w http.ResponseWriter, r *http.Request) {
	s.error(w, r, frente.Errorf(frente.ENOTIMPLEMENTED, "deletePositionPage"))
}
func (s *Server) deleteWorkplacePage(w http.ResponseWriter, r *http.Request) {
	s.error(w, r, frente.Errorf(frente.ENOTIMPLEMENTED, "deleteWorkplacePage"))
}
func (s *Server) editCampaignPage(w http.ResponseWriter, r *http.Request) {
	s.error(w, r, frente.Errorf(frente.ENOTIMPLEMENTED, "editCampaignPage"))
}
func (s *Server) editOrganizationPage(w http.ResponseWriter, r *http.Request) {
	s.error(w, r, frente.Errorf(frente.ENOTIMPLEMENTED, "editOrganizationPage"))
}
func (s *Server) editPersonPage(w http.ResponseWriter, r *http.Request) {
	s.error(w, r, frente.Errorf(frente.ENOTIMPLEMENTED, "editPersonPage"))
}
func (s *Server) editPositionPage(w http.ResponseWriter, r *http.Request) {
	s.error(w, r, frente.Errorf(frente.ENOTIMPLEMENTED, "editPositionPage"))
}
func (s *Server) editWorkplacePage(w http.ResponseWriter, r *http.Request) {
	s.error(w, r, frente.Errorf(frente.ENOTIMPLEMENTED, "editWorkplacePage"))
}
func (s *Server) listOrganizationsPage(w http.ResponseWriter, r *http.Request) {
	s.error(w, r, frente.Errorf(frente.ENOTIMPLEMENTED, "listOrganizationsPage"))
}
func (s *Server) listPeoplePage(w http.ResponseWriter, r *http.Request) {
	s.error(w, r, frente.Errorf(frente.ENOTIMPLEMENTED, "listPeoplePage"))
}
func (s *Server) listWorkplacesPage(w http.ResponseWriter, r *http.Request) {
	s.error(w, r, frente.Errorf(frente.ENOTIMPLEMENTED, "listWorkplacesPage"))
}
func (s *Server) newCampaignPage(w http.ResponseWriter, r *http.Request) {
	s.error(w, r, frente.Errorf(frente.ENOTIMPLEMENTED, "newCampaignPage"))
}
func (s *Server) newOrganizationPage(w http.ResponseWriter, r *http.Request) {
	s.error(w, r, frente.Errorf(frente.ENOTIMPLEMENTED, "newOrganizationPage"))
}
func (s *Server) newPersonPage(w http.ResponseWriter, r *http.Request) {
	s.error(w, r, frente.Errorf(frente.ENOTIMPLEMENTED, "newPersonPage"))
}
func (s *Server) newPositionPage(w http.ResponseWriter, r *http.Request) {
	s.error(w, r, frente.Errorf(frente.ENOTIMPLEMENTED, "newPositionPage"))
}
func (s *Server) newWorkplacePage(w http.ResponseWriter, r *http.Request) {
	s.error(w, r, frente.Errorf(frente.ENOTIMPLEMENTED, "newWorkplacePage"))
}
func (s *Server) notFoundPage(w http.ResponseWriter, r *http.Request) {
	s.error(w, r, frente.Errorf(frente.ENOTIMPLEMENTED, "notFoundPage"))
}
func (s *Server) setLanguage(w http.ResponseWriter, r *http.Request) {
	s.error(w, r, frente.Errorf(frente.ENOTIMPLEMENTED, "setLanguage"))
}
func (s *Server) showCampaign(w http.ResponseWriter, r *http.Request) {
	s.error(w, r, frente.Errorf(frente.ENOTIMPLEMENTED, "showCampaign"))
}
func (s *Server) showHome(w http.ResponseWriter, r *http.Request) {
	s.error(w, r, frente.Errorf(frente.ENOTIMPLEMENTED, "showHome"))
}
func (s *Server) showOrganization(w http.ResponseWriter, r *http.Request) {
	s.error(w, r, frente.Errorf(frente.ENOTIMPLEMENTED, "showOrganization"))
}
func (s *Server) showPerson(w http.ResponseWriter, r *http.Request) {
	s.error(w, r, frente.Errorf(frente.ENOTIMPLEMENTED, "showPerson"))
}
func (s *Server) showSearch(w http.ResponseWriter, r *http.Request) {
	s.error(w, r, frente.Errorf(frente.ENOTIMPLEMENTED, "showSearch"))
}
func (s *Server) showWorkplace(w http.ResponseWriter, r *http.Request) {
	s.error(w, r, frente.Errorf(frente.ENOTIMPLEMENTED, "showWorkplace"))
}
func (s *Server) static(w http.ResponseWriter, r *http.Request) {
	s.error(w, r, frente.Errorf(frente.ENOTIMPLEMENTED, "static"))
}
func (s *Server) updateCampaignPage(w http.ResponseWriter, r *http.Request) {
	s.error(w, r, frente.Errorf(frente.ENOTIMPLEMENTED, "updateCampaignPage"))
}
func (s *Server) updateOrganizationPage(w http.ResponseWriter, r *http.Request) {
	s.error(w, r, frente.Errorf(frente.ENOTIMPLEMENTED, "updateOrganizationPage"))
}
func (s *Server) updatePersonPage(w http.ResponseWriter, r *http.Request) {
	s.error(w, r, frente.Errorf(frente.ENOTIMPLEMENTED, "updatePersonPage"))
}
func (s *Server) updatePositionPage(w http.ResponseWriter, r *http.Request) {
	s.error(w, r, frente.Errorf(frente.ENOTIMPLEMENTED, "updatePositionPage"))
}
func (s *Server) updateWorkplacePage(w http.ResponseWriter, r *http.Request) {
	s.error(w, r, frente.Errorf(frente.ENOTIMPLEMENTED, "updateWorkplacePage"))
}
