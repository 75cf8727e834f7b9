package http

import (
	"net/http"

	"github.com/frente/frente"
)

// Stubs the API helper replaces; delete each as it is implemented.

func (s *Server) apiCreateCampaign(w http.ResponseWriter, r *http.Request) {
	s.error(w, r, frente.Errorf(frente.ENOTIMPLEMENTED, "apiCreateCampaign"))
}
func (s *Server) apiCreateOrganization(w http.ResponseWriter, r *http.Request) {
	s.error(w, r, frente.Errorf(frente.ENOTIMPLEMENTED, "apiCreateOrganization"))
}
func (s *Server) apiCreatePerson(w http.ResponseWriter, r *http.Request) {
	s.error(w, r, frente.Errorf(frente.ENOTIMPLEMENTED, "apiCreatePerson"))
}
func (s *Server) apiCreatePosition(w http.ResponseWriter, r *http.Request) {
	s.error(w, r, frente.Errorf(frente.ENOTIMPLEMENTED, "apiCreatePosition"))
}
func (s *Server) apiCreateWorkplace(w http.ResponseWriter, r *http.Request) {
	s.error(w, r, frente.Errorf(frente.ENOTIMPLEMENTED, "apiCreateWorkplace"))
}
func (s *Server) apiDeleteCampaign(w http.ResponseWriter, r *http.Request) {
	s.error(w, r, frente.Errorf(frente.ENOTIMPLEMENTED, "apiDeleteCampaign"))
}
func (s *Server) apiDeleteOrganization(w http.ResponseWriter, r *http.Request) {
	s.error(w, r, frente.Errorf(frente.ENOTIMPLEMENTED, "apiDeleteOrganization"))
}
func (s *Server) apiDeletePerson(w http.ResponseWriter, r *http.Request) {
	s.error(w, r, frente.Errorf(frente.ENOTIMPLEMENTED, "apiDeletePerson"))
}
func (s *Server) apiDeletePosition(w http.ResponseWriter, r *http.Request) {
	s.error(w, r, frente.Errorf(frente.ENOTIMPLEMENTED, "apiDeletePosition"))
}
func (s *Server) apiDeleteWorkplace(w http.ResponseWriter, r *http.Request) {
	s.error(w, r, frente.Errorf(frente.ENOTIMPLEMENTED, "apiDeleteWorkplace"))
}
func (s *Server) apiGetCampaign(w http.ResponseWriter, r *http.Request) {
	s.error(w, r, frente.Errorf(frente.ENOTIMPLEMENTED, "apiGetCampaign"))
}
func (s *Server) apiGetOrganization(w http.ResponseWriter, r *http.Request) {
	s.error(w, r, frente.Errorf(frente.ENOTIMPLEMENTED, "apiGetOrganization"))
}
func (s *Server) apiGetPerson(w http.ResponseWriter, r *http.Request) {
	s.error(w, r, frente.Errorf(frente.ENOTIMPLEMENTED, "apiGetPerson"))
}
func (s *Server) apiGetPosition(w http.ResponseWriter, r *http.Request) {
	s.error(w, r, frente.Errorf(frente.ENOTIMPLEMENTED, "apiGetPosition"))
}
func (s *Server) apiGetWorkplace(w http.ResponseWriter, r *http.Request) {
	s.error(w, r, frente.Errorf(frente.ENOTIMPLEMENTED, "apiGetWorkplace"))
}
func (s *Server) apiListCampaigns(w http.ResponseWriter, r *http.Request) {
	s.error(w, r, frente.Errorf(frente.ENOTIMPLEMENTED, "apiListCampaigns"))
}
func (s *Server) apiListOrganizations(w http.ResponseWriter, r *http.Request) {
	s.error(w, r, frente.Errorf(frente.ENOTIMPLEMENTED, "apiListOrganizations"))
}
func (s *Server) apiListPeople(w http.ResponseWriter, r *http.Request) {
	s.error(w, r, frente.Errorf(frente.ENOTIMPLEMENTED, "apiListPeople"))
}
func (s *Server) apiListPositions(w http.ResponseWriter, r *http.Request) {
	s.error(w, r, frente.Errorf(frente.ENOTIMPLEMENTED, "apiListPositions"))
}
func (s *Server) apiListWorkplaces(w http.ResponseWriter, r *http.Request) {
	s.error(w, r, frente.Errorf(frente.ENOTIMPLEMENTED, "apiListWorkplaces"))
}
func (s *Server) apiNotFound(w http.ResponseWriter, r *http.Request) {
	s.error(w, r, frente.Errorf(frente.ENOTIMPLEMENTED, "apiNotFound"))
}
func (s *Server) apiUpdateCampaign(w http.ResponseWriter, r *http.Request) {
	s.error(w, r, frente.Errorf(frente.ENOTIMPLEMENTED, "apiUpdateCampaign"))
}
func (s *Server) apiUpdateOrganization(w http.ResponseWriter, r *http.Request) {
	s.error(w, r, frente.Errorf(frente.ENOTIMPLEMENTED, "apiUpdateOrganization"))
}
func (s *Server) apiUpdatePerson(w http.ResponseWriter, r *http.Request) {
	s.error(w, r, frente.Errorf(frente.ENOTIMPLEMENTED, "apiUpdatePerson"))
}
func (s *Server) apiUpdatePosition(w http.ResponseWriter, r *http.Request) {
	s.error(w, r, frente.Errorf(frente.ENOTIMPLEMENTED, "apiUpdatePosition"))
}
func (s *Server) apiUpdateWorkplace(w http.ResponseWriter, r *http.Request) {
	s.error(w, r, frente.Errorf(frente.ENOTIMPLEMENTED, "apiUpdateWorkplace"))
}
func (s *Server) healthz(w http.ResponseWriter, r *http.Request) {
	s.error(w, r, frente.Errorf(frente.ENOTIMPLEMENTED, "healthz"))
}
func (s *Server) openAPI(w http.ResponseWriter, r *http.Request) {
	s.error(w, r, frente.Errorf(frente.ENOTIMPLEMENTED, "openAPI"))
}
