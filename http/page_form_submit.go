package http

import (
	"errors"
	"net/http"

	"github.com/frente/frente"
)

// entity is a record a form creates or changes.
type entity interface {
	Normalize()
	Validate() error
}

// submit writes a record read from a form. When the form could not be read
// whole, the record's own checks still run, so that the reader sees every
// problem at once; nothing is written then. On invalid input it calls again
// to draw the form anew with 422; other errors get the error page. It
// reports whether the write succeeded.
func (s *Server) submit(w http.ResponseWriter, r *http.Request, f *form, e entity, write func() error, again func(status int)) bool {
	if !f.ok() {
		e.Normalize()
		f.addError(e.Validate())
		again(http.StatusUnprocessableEntity)
		return false
	}
	if err := write(); err != nil {
		if f.addError(err) {
			again(http.StatusUnprocessableEntity)
		} else {
			s.pageError(w, r, err)
		}
		return false
	}
	return true
}

// remove deletes a record once the reader has ticked the confirmation. When
// the store refuses (an organization with others below it), again draws the
// edit page with the reason next to the delete button.
func (s *Server) remove(w http.ResponseWriter, r *http.Request, del func() error, done string, again func(status int, problem string)) {
	f, ok := s.readForm(w, r, formSpec{})
	if !ok {
		return
	}
	lang := langOf(r)
	if f.Get("confirm") != "yes" {
		again(http.StatusUnprocessableEntity, lang.T("form.delete_unconfirmed"))
		return
	}
	err := del()
	var e *frente.Error
	switch {
	case err == nil:
		http.Redirect(w, r, done, http.StatusSeeOther)
	case frente.ErrorCode(err) == frente.ECONFLICT && errors.As(err, &e):
		again(http.StatusConflict, translate(lang, e.Key, e.Message, e.Args))
	default:
		s.pageError(w, r, err)
	}
}

// formPage is the data of every create and edit page.
type formPage struct {
	layout
	Form *form
	// Name is the record's name as stored, for the title of an edit page.
	Name string
	// Action is where the form is posted; Delete, for an existing record,
	// where its deletion is posted; Cancel where "cancel" goes.
	Action, Delete, Cancel string
	// DeleteProblem says why a deletion was refused.
	DeleteProblem string
	// Back is a local page to return to after saving (positions).
	Back string
}

// New reports whether the form makes a new record rather than changing one.
func (p *formPage) New() bool { return p.Delete == "" }
