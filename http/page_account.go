package http

import (
	"errors"
	"net/http"
	"net/url"
	"slices"
	"strconv"

	"github.com/frente/frente"
	"github.com/frente/frente/auth"
)

// accountPage is the data of a user's own page: who they are, where they
// belong, their API tokens and their password.
type accountPage struct {
	layout
	User        *frente.User
	Memberships []frente.Membership
	Tokens      []frente.Token
	// NewToken is the secret of a token just made: shown this once.
	NewToken     string
	NewTokenName string
	Notice       string
	TokenForm    *form
	PasswordForm *form
}

var (
	tokenSpec    = formSpec{fields: []string{"token_name"}}
	passwordSpec = formSpec{fields: []string{"current_password", "new_password", "new_password_again"},
		required: []string{"current_password", "new_password", "new_password_again"}}
)

// accountNotices are the notices /account?notice=... may show: a fixed
// list, so that a link cannot make the page say anything else.
var accountNotices = []string{"password_changed", "token_revoked"}

// requireUser returns the logged-in user, or answers with the login page's
// redirect and nil.
func (s *Server) requireUser(w http.ResponseWriter, r *http.Request) *frente.User {
	u := userOf(r)
	if u == nil {
		s.pageError(w, r, &frente.Error{Code: frente.EUNAUTHORIZED, Key: "err.login_required", Message: "log in to do this"})
	}
	return u
}

// accountPage shows the reader's account.
func (s *Server) accountPage(w http.ResponseWriter, r *http.Request) {
	u := s.requireUser(w, r)
	if u == nil {
		return
	}
	p := &accountPage{TokenForm: newForm(r, url.Values{}, tokenSpec), PasswordForm: newForm(r, url.Values{}, passwordSpec)}
	if n := r.URL.Query().Get("notice"); slices.Contains(accountNotices, n) {
		p.Notice = langOf(r).T("account.notice." + n)
	}
	s.showAccount(w, r, http.StatusOK, u, p)
}

// showAccount fills in what the account page always shows and renders it.
func (s *Server) showAccount(w http.ResponseWriter, r *http.Request, status int, u *frente.User, p *accountPage) {
	ctx := r.Context()
	var err error
	p.User = u
	if p.Memberships, err = s.Store.MembershipsOfUser(ctx, u.ID); err == nil {
		p.Tokens, err = s.Store.TokensOfUser(ctx, u.ID)
	}
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	s.render(w, r, status, "account", p)
}

// createTokenPage makes an API token and shows its secret on the page it
// answers with, once: there is no redirect to a page that could show it
// again, and only its hash is kept.
func (s *Server) createTokenPage(w http.ResponseWriter, r *http.Request) {
	u := s.requireUser(w, r)
	if u == nil {
		return
	}
	f, ok := s.readForm(w, r, tokenSpec)
	if !ok {
		return
	}
	p := &accountPage{TokenForm: f, PasswordForm: newForm(r, url.Values{}, passwordSpec)}
	t := &frente.Token{UserID: u.ID, Name: f.Get("token_name")}
	secret := auth.NewSecret(auth.TokenPrefix)
	if err := s.Store.CreateToken(r.Context(), t, auth.HashSecret(secret)); err != nil {
		var e *frente.Error
		if !errors.As(err, &e) || len(e.Fields) == 0 {
			s.pageError(w, r, err)
			return
		}
		// The store names the field "name"; the page calls it token_name.
		for _, fe := range e.Fields {
			f.add("token_name", FieldMessage(f.lang, fe))
		}
		s.showAccount(w, r, http.StatusUnprocessableEntity, u, p)
		return
	}
	p.NewToken, p.NewTokenName = secret, t.Name
	p.TokenForm = newForm(r, url.Values{}, tokenSpec)
	s.showAccount(w, r, http.StatusCreated, u, p)
}

// revokeTokenPage revokes one of the reader's tokens; the store refuses a
// token of anyone else as unknown.
func (s *Server) revokeTokenPage(w http.ResponseWriter, r *http.Request) {
	u := s.requireUser(w, r)
	if u == nil {
		return
	}
	id, err := pathID(r)
	if err == nil {
		err = s.Store.RevokeToken(r.Context(), u.ID, id)
	}
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	http.Redirect(w, r, "/account?notice=token_revoked", http.StatusSeeOther)
}

// changePassword replaces the reader's password once they have given the
// current one. The store ends every session of the user with it, so a
// stolen session dies too; this browser gets a fresh one.
func (s *Server) changePassword(w http.ResponseWriter, r *http.Request) {
	u := s.requireUser(w, r)
	if u == nil {
		return
	}
	f, ok := s.readForm(w, r, passwordSpec)
	if !ok {
		return
	}
	ctx := frente.WithViewer(r.Context(), frente.System)
	lang := f.lang
	again := func(status int) {
		for _, k := range passwordSpec.fields {
			f.Values.Del(k)
		}
		s.showAccount(w, r, status, u, &accountPage{TokenForm: newForm(r, url.Values{}, tokenSpec), PasswordForm: f})
	}
	// Guessing the current password from a borrowed session is slowed
	// like guessing it at the login.
	key := "email:" + u.Email
	wait, err := s.loginWait(ctx, []string{key})
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	if wait > 0 {
		w.Header().Set("Retry-After", strconv.Itoa(wait))
		f.add("current_password", lang.T("err.login_throttled", wait))
		again(http.StatusTooManyRequests)
		return
	}
	if f.Get("current_password") == "" {
		f.add("current_password", lang.T("field.required"))
	} else if err := auth.CheckPassword(u.PasswordHash, f.Get("current_password")); err != nil {
		if err := s.Store.LoginFailed(ctx, key); err != nil {
			s.pageError(w, r, err)
			return
		}
		f.add("current_password", lang.T("account.wrong_password"))
	}
	if !f.ok() {
		again(http.StatusUnprocessableEntity)
		return
	}
	hash, ok := s.newPassword(f, "new_password", "new_password_again")
	if !ok {
		again(http.StatusUnprocessableEntity)
		return
	}
	if err := s.Store.SetPasswordHash(r.Context(), u.ID, hash); err != nil {
		s.pageError(w, r, err)
		return
	}
	if err := s.startSession(w, r, u.ID); err != nil {
		s.pageError(w, r, err)
		return
	}
	http.Redirect(w, r, "/account?notice=password_changed", http.StatusSeeOther)
}
