package http

import (
	"net/http"
	"net/url"

	"github.com/frente/frente"
)

// Positions have no page of their own: they are made and listed from the
// person's page and the organization's, and saving returns to whichever
// the form was opened from (the "back" field), else to the person's.

var positionSpec = formSpec{fields: []string{"person_id", "organization_id", "title", "from", "to"}, required: []string{"person_id", "organization_id", "title"}}

func positionValues(p *frente.Position) url.Values {
	v := url.Values{}
	v.Set("person_id", idValue(p.PersonID))
	v.Set("organization_id", idValue(p.OrganizationID))
	v.Set("title", p.Title)
	v.Set("from", string(p.From))
	v.Set("to", string(p.To))
	return recordValues(v, &p.Record)
}

func readPosition(f *form) *frente.Position {
	p := &frente.Position{PersonID: f.id("person_id"), OrganizationID: f.id("organization_id"), Title: f.Get("title"),
		From: frente.Date(f.Get("from")), To: frente.Date(f.Get("to"))}
	applyRecord(f, &p.Record)
	return p
}

// positionBack is where to go after saving: the page the form came from,
// when it is on this site, else the person's page.
func positionBack(back string, person frente.ID) string {
	if back != "" && localPath(back) == back {
		return back
	}
	if person == 0 {
		return "/people"
	}
	return "/people/" + idValue(person)
}

func (s *Server) newPositionPage(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	p := &frente.Position{Record: frente.Record{Visibility: frente.Private}}
	back := q.Get("back")
	if id, err := frente.ParseID(q.Get("person")); err == nil {
		p.PersonID = id
		if back == "" {
			back = "/people/" + idValue(id)
		}
	}
	if id, err := frente.ParseID(q.Get("organization")); err == nil {
		p.OrganizationID = id
		if back == "" {
			back = "/organizations/" + idValue(id)
		}
		// A position in an organization is usually kept by it.
		if o, err := s.Store.FindOrganizationByID(r.Context(), id); err == nil && !o.Kind.IsEmployer() {
			p.OwnerID, p.Visibility = id, o.Visibility
		}
	}
	f := newForm(r, positionValues(p), positionSpec)
	s.positionForm(w, r, http.StatusOK, f, nil, positionBack(back, p.PersonID), "")
}

func (s *Server) createPositionPage(w http.ResponseWriter, r *http.Request) {
	f, ok := s.readForm(w, r, positionSpec)
	if !ok {
		return
	}
	p := readPosition(f)
	back := positionBack(f.Get("back"), p.PersonID)
	again := func(status int) { s.positionForm(w, r, status, f, nil, back, "") }
	if s.submit(w, r, f, p, func() error { return s.Store.CreatePosition(r.Context(), p) }, again) {
		http.Redirect(w, r, back, http.StatusSeeOther)
	}
}

func (s *Server) editPositionPage(w http.ResponseWriter, r *http.Request) {
	s.editPosition(w, r, http.StatusOK, r.URL.Query().Get("back"), "")
}

func (s *Server) editPosition(w http.ResponseWriter, r *http.Request, status int, back, deleteProblem string) {
	id, err := pathID(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	p, err := s.Store.FindPositionByID(r.Context(), id)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	f := newForm(r, positionValues(p), positionSpec)
	s.positionForm(w, r, status, f, p, positionBack(back, p.PersonID), deleteProblem)
}

func (s *Server) updatePositionPage(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	stored, err := s.Store.FindPositionByID(r.Context(), id)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	f, ok := s.readForm(w, r, positionSpec)
	if !ok {
		return
	}
	p := readPosition(f)
	p.ID = id
	back := positionBack(f.Get("back"), p.PersonID)
	again := func(status int) { s.positionForm(w, r, status, f, stored, back, "") }
	write := func() error {
		_, err := s.Store.UpdatePosition(r.Context(), id, func(old *frente.Position) error {
			p.Ref = old.Ref
			*old = *p
			return nil
		})
		return err
	}
	if s.submit(w, r, f, p, write, again) {
		http.Redirect(w, r, back, http.StatusSeeOther)
	}
}

func (s *Server) deletePositionPage(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	stored, err := s.Store.FindPositionByID(r.Context(), id)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	// The form is read here for "back"; remove reads the same parsed form.
	r.Body = http.MaxBytesReader(w, r.Body, MaxBodyBytes)
	_ = r.ParseForm()
	back := positionBack(r.PostForm.Get("back"), stored.PersonID)
	s.remove(w, r, func() error { return s.Store.DeletePosition(r.Context(), id) }, back,
		func(status int, problem string) { s.editPosition(w, r, status, back, problem) })
}

func (s *Server) positionForm(w http.ResponseWriter, r *http.Request, status int, f *form, stored *frente.Position, back, deleteProblem string) {
	ctx := r.Context()
	orgs, err := s.loadOrganizations(ctx, frente.OrganizationFilter{})
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	people, err := loadAll(func(cursor string) (frente.Page[*frente.Person], error) {
		return s.Store.FindPeople(ctx, frente.PersonFilter{ListOptions: frente.ListOptions{Limit: frente.MaxLimit, Cursor: cursor}})
	})
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	p := &formPage{layout: layout{Nav: "people", Path: "/positions/new"}, Form: f, Action: "/positions", Cancel: back,
		Back: back, DeleteProblem: deleteProblem}
	if stored != nil {
		id := idValue(stored.ID)
		p.Name = stored.Title + " · " + stored.PersonName
		p.Action, p.Delete, p.Path = "/positions/"+id, "/positions/"+id+"/delete", "/positions/"+id+"/edit"
	}
	choose := optionGroup{Options: []option{{Value: "", Label: f.lang.T("form.choose")}}}
	everyone := optionGroup{}
	for _, person := range people {
		everyone.Options = append(everyone.Options, option{Value: idValue(person.ID), Label: person.Name})
	}
	f.setOptions("person_id", choose, everyone)
	f.setOptions("organization_id", append([]optionGroup{choose}, orgOptions(f.lang, orgs, nil, false)...)...)
	if err := s.recordOptions(r.Context(), f, orgs, true); err != nil {
		s.pageError(w, r, err)
		return
	}
	s.render(w, r, status, "position_form", p)
}
