package http

import (
	"net/http"
	"sync"

	"github.com/frente/frente"
	"github.com/frente/frente/auth"
)

// setupPage is the data of the page that creates the first administrator.
type setupPage struct {
	layout
	Form  *form
	Token string
}

var setupSpec = formSpec{fields: []string{"email", "name", "password", "password_again"},
	required: []string{"email", "password", "password_again"}}

// setupMu makes the check "no users yet" and the creation of the first
// administrator one step, so two tabs posting the link at once cannot both
// make one.
var setupMu sync.Mutex

// setupPage shows the form of the one-time link that `frente serve` prints
// on an empty database. Any other visit — no link, a wrong one, or once
// there is a user — finds nothing here.
func (s *Server) setupPage(w http.ResponseWriter, r *http.Request) {
	token := r.URL.Query().Get("token")
	if err := s.setupOpen(r, token); err != nil {
		s.pageError(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "setup", &setupPage{Form: newForm(r, nil, setupSpec), Token: token})
}

// setupOpen answers nil when token opens the setup now, else a 404.
func (s *Server) setupOpen(r *http.Request, token string) error {
	if !s.setupValid(token) {
		return routeNotFound()
	}
	n, err := s.Store.CountUsers(frente.WithViewer(r.Context(), frente.System))
	if err != nil {
		return err
	}
	if n > 0 {
		return routeNotFound()
	}
	return nil
}

// setup creates the first administrator, who may do everything, then
// logs them in and sends them to their account page.
func (s *Server) setup(w http.ResponseWriter, r *http.Request) {
	f, ok := s.readForm(w, r, setupSpec)
	if !ok {
		return
	}
	setupMu.Lock()
	defer setupMu.Unlock()
	token := f.Get("token")
	if err := s.setupOpen(r, token); err != nil {
		s.pageError(w, r, err)
		return
	}
	again := func(status int) {
		f.Values.Del("password")
		f.Values.Del("password_again")
		s.render(w, r, status, "setup", &setupPage{Form: f, Token: token})
	}
	// The user is checked first, so that the slow hash is made only for
	// a form that is otherwise right.
	u := &frente.User{Email: f.Get("email"), Name: f.Get("name"), SiteAdmin: true}
	f.addError(u.Validate())
	hash, ok := s.newPassword(f, "password", "password_again")
	if !ok {
		again(http.StatusUnprocessableEntity)
		return
	}
	u.PasswordHash = hash
	if err := s.Store.CreateUser(frente.WithViewer(r.Context(), frente.System), u); err != nil {
		if f.addError(err) {
			again(http.StatusUnprocessableEntity)
		} else {
			s.pageError(w, r, err)
		}
		return
	}
	s.disarmSetup()
	if err := s.startSession(w, r, u.ID); err != nil {
		s.pageError(w, r, err)
		return
	}
	http.Redirect(w, r, "/account", http.StatusSeeOther)
}

// newPassword checks a new password and its repetition, adding problems
// next to the fields, and returns its hash when both are right.
func (s *Server) newPassword(f *form, field, again string) (string, bool) {
	lang := f.lang
	p := f.Get(field)
	switch {
	case p == "":
		f.add(field, lang.T("field.required"))
	case len([]rune(p)) < auth.MinPasswordLength:
		f.add(field, lang.T("account.password_short", auth.MinPasswordLength))
	case f.Get(again) != p:
		f.add(again, lang.T("account.password_mismatch"))
	}
	if !f.ok() {
		return "", false
	}
	hash, err := auth.HashPassword(p)
	if err != nil {
		// Only a broken random source fails here; say so, in the form.
		s.Logger.Error("hash password", "err", err)
		f.add(field, lang.T("err.internal"))
		return "", false
	}
	return hash, true
}
