package http

import (
	"context"
	"net/http"
	"net/url"

	"github.com/frente/frente"
)

// uploadSpec is the upload form; agreementSpec the form that changes an
// agreement's description (its file and text are facts, not choices).
var (
	uploadSpec = formSpec{fields: []string{"file", "title", "language", "employer_id", "union_ids", "effective_date", "expiry_date",
		"owner_id", "visibility", "campaigns"}, required: []string{"file"}}
	agreementSpec = formSpec{fields: []string{"title", "language", "employer_id", "union_ids", "effective_date", "expiry_date"},
		required: []string{"title", "language"}}
)

// uploadOptions gives the upload form its choices.
func (s *Server) uploadOptions(ctx context.Context, f *form, orgs []*frente.Organization) error {
	f.setOptions("language", optionGroup{Options: []option{{Value: "", Label: f.lang.T("agreement.detect_language")},
		{Value: "en", Label: f.lang.T("lang.en")}, {Value: "es", Label: f.lang.T("lang.es")}}})
	f.setOptions("employer_id", orgOptions(f.lang, orgs, f.orChosen("employer_id", isEmployerSide), true)...)
	f.setOptions("union_ids", orgOptions(f.lang, orgs, f.orChosen("union_ids", isUnionSide), false)...)
	return s.recordOptions(ctx, f, orgs, true)
}

// uploadAgreementPage stores an uploaded agreement and shows it; a file
// the parser refuses, or fields in error, send the form back with the
// reasons next to the fields, nothing stored.
func (s *Server) uploadAgreementPage(w http.ResponseWriter, r *http.Request) {
	if userOf(r) == nil {
		s.pageError(w, r, &frente.Error{Code: frente.EUNAUTHORIZED, Key: "err.login_required", Message: "log in to do this"})
		return
	}
	up, err := readUpload(w, r)
	values := url.Values{}
	if r.MultipartForm != nil {
		values = url.Values(r.MultipartForm.Value)
	}
	f := newForm(r, values, uploadSpec)
	if err == nil {
		var id frente.ID
		if id, err = s.storeUpload(r, up); err == nil {
			http.Redirect(w, r, "/agreements/"+idValue(id), http.StatusSeeOther)
			return
		}
	}
	if frente.ErrorCode(err) != frente.EINVALID || !f.addError(err) {
		s.pageError(w, r, err)
		return
	}
	s.agreementsList(w, r, http.StatusUnprocessableEntity, f)
}

func (s *Server) storeUpload(r *http.Request, up *upload) (frente.ID, error) {
	res, err := s.ingestUpload(r, up)
	if err != nil {
		return 0, err
	}
	return res.Agreement.ID, nil
}

func agreementValues(a *frente.Agreement) url.Values {
	v := url.Values{}
	v.Set("title", a.Title)
	v.Set("language", a.Language)
	v.Set("employer_id", idValue(a.EmployerID))
	v["union_ids"] = idValues(a.UnionIDs)
	v.Set("effective_date", string(a.EffectiveDate))
	v.Set("expiry_date", string(a.ExpiryDate))
	return recordValues(v, &a.Record)
}

// applyAgreement writes the form into a as stored: what the form does
// not show (workplaces, the file) keeps its value.
func applyAgreement(f *form, a *frente.Agreement) {
	a.Title, a.Language = f.Get("title"), f.Get("language")
	a.EmployerID, a.UnionIDs = f.id("employer_id"), f.ids("union_ids")
	a.EffectiveDate, a.ExpiryDate = frente.Date(f.Get("effective_date")), frente.Date(f.Get("expiry_date"))
	ref := a.Ref
	applyRecord(f, &a.Record)
	a.Ref = ref
}

func (s *Server) editAgreementPage(w http.ResponseWriter, r *http.Request) {
	s.editAgreement(w, r, http.StatusOK, "")
}

func (s *Server) editAgreement(w http.ResponseWriter, r *http.Request, status int, deleteProblem string) {
	id, err := pathID(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	a, err := s.Store.FindAgreementByID(r.Context(), id)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	s.agreementForm(w, r, status, newForm(r, agreementValues(a), agreementSpec), a, deleteProblem)
}

func (s *Server) updateAgreementPage(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	stored, err := s.Store.FindAgreementByID(r.Context(), id)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	f, ok := s.readForm(w, r, agreementSpec)
	if !ok {
		return
	}
	check := *stored
	applyAgreement(f, &check)
	again := func(status int) { s.agreementForm(w, r, status, f, stored, "") }
	write := func() error {
		_, err := s.Store.UpdateAgreement(r.Context(), id, func(a *frente.Agreement) error {
			applyAgreement(f, a)
			return nil
		})
		return err
	}
	if s.submit(w, r, f, &check, write, again) {
		http.Redirect(w, r, "/agreements/"+idValue(id), http.StatusSeeOther)
	}
}

func (s *Server) deleteAgreementPage(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	s.remove(w, r, func() error { return s.Store.DeleteAgreement(r.Context(), id) }, "/agreements",
		func(status int, problem string) { s.editAgreement(w, r, status, problem) })
}

func (s *Server) agreementForm(w http.ResponseWriter, r *http.Request, status int, f *form, stored *frente.Agreement, deleteProblem string) {
	orgs, err := s.loadOrganizations(r.Context(), frente.OrganizationFilter{})
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	id := idValue(stored.ID)
	p := &formPage{layout: layout{Nav: "agreements", Path: "/agreements/" + id + "/edit"}, Form: f, Name: stored.Title,
		Action: "/agreements/" + id, Delete: "/agreements/" + id + "/delete", Cancel: "/agreements/" + id, DeleteProblem: deleteProblem}
	if err := s.uploadOptions(r.Context(), f, orgs); err != nil {
		s.pageError(w, r, err)
		return
	}
	// A stored agreement has a language; "detect" is for uploads only.
	f.setOptions("language", optionGroup{Options: []option{{Value: "en", Label: f.lang.T("lang.en")}, {Value: "es", Label: f.lang.T("lang.es")}}})
	s.render(w, r, status, "agreement_form", p)
}
