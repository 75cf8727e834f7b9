package http

import (
	"context"
	"errors"
	"net"
	"net/http"
	"strconv"

	"github.com/frente/frente"
	"github.com/frente/frente/auth"
)

// loginPage is the data of the login page.
type loginPage struct {
	layout
	Form *form
	// Next is the local page to go to once logged in.
	Next string
	// Problem says why the last try failed, in the same words whether the
	// email or the password was wrong.
	Problem string
}

var loginSpec = formSpec{fields: []string{"email", "password"}, required: []string{"email", "password"}}

// loginPage shows the login form, or, to a reader already logged in, who
// they are and a logout button.
func (s *Server) loginPage(w http.ResponseWriter, r *http.Request) {
	f := newForm(r, nil, loginSpec)
	s.showLogin(w, r, http.StatusOK, f, localPath(r.URL.Query().Get("next")), "")
}

func (s *Server) showLogin(w http.ResponseWriter, r *http.Request, status int, f *form, next, problem string) {
	if f.Values == nil {
		f.Values = map[string][]string{}
	}
	// The password never goes back into the page.
	f.Values.Del("password")
	s.render(w, r, status, "login", &loginPage{Form: f, Next: next, Problem: problem})
}

// login checks an email and password. Every failure, unknown email or
// wrong password, costs the same time and gets the same page, so the
// answer does not tell whether an account exists; failures are counted per
// account and per address, and past a few each must wait longer.
func (s *Server) login(w http.ResponseWriter, r *http.Request) {
	f, ok := s.readForm(w, r, loginSpec)
	if !ok {
		return
	}
	// Accounts are looked up before anyone is logged in: the system reads
	// them, the reader sees only the outcome.
	ctx := frente.WithViewer(r.Context(), frente.System)
	lang := langOf(r)
	next := localPath(f.Get("next"))
	email, password := frente.NormalizeEmail(f.Get("email")), f.Get("password")
	if email == "" {
		f.add("email", lang.T("field.required"))
	}
	if password == "" {
		f.add("password", lang.T("field.required"))
	}
	if !f.ok() {
		s.showLogin(w, r, http.StatusUnprocessableEntity, f, next, "")
		return
	}
	keys := []string{"email:" + email, "addr:" + clientAddr(r)}
	wait, err := s.loginWait(ctx, keys)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	if wait > 0 {
		w.Header().Set("Retry-After", strconv.Itoa(wait))
		s.showLogin(w, r, http.StatusTooManyRequests, f, next, lang.T("err.login_throttled", wait))
		return
	}
	user, err := s.checkLogin(ctx, email, password)
	if err != nil {
		if !errors.Is(err, auth.ErrMismatch) {
			s.pageError(w, r, err)
			return
		}
		for _, k := range keys {
			if err := s.Store.LoginFailed(ctx, k); err != nil {
				s.pageError(w, r, err)
				return
			}
		}
		s.showLogin(w, r, http.StatusUnauthorized, f, next, lang.T("err.login_failed"))
		return
	}
	for _, k := range keys {
		if err := s.Store.LoginSucceeded(ctx, k); err != nil {
			s.pageError(w, r, err)
			return
		}
	}
	if err := s.startSession(w, r, user.ID); err != nil {
		s.pageError(w, r, err)
		return
	}
	http.Redirect(w, r, next, http.StatusSeeOther)
}

// loginWait is how many seconds the longest-waiting of keys must still wait.
func (s *Server) loginWait(ctx context.Context, keys []string) (int, error) {
	wait := 0
	for _, k := range keys {
		d, err := s.Store.LoginDelay(ctx, k)
		if err != nil {
			return 0, err
		}
		wait = max(wait, d)
	}
	return wait, nil
}

// checkLogin returns the user whose email and password these are, or
// auth.ErrMismatch, after the time one password check takes in either case.
func (s *Server) checkLogin(ctx context.Context, email, password string) (*frente.User, error) {
	u, err := s.Store.FindUserByEmail(ctx, email)
	if frente.ErrorCode(err) == frente.ENOTFOUND {
		return nil, auth.CheckNoAccount(password)
	} else if err != nil {
		return nil, err
	}
	switch err := auth.CheckPassword(u.PasswordHash, password); {
	case err == nil:
		return u, nil
	case errors.Is(err, auth.ErrMismatch):
		return nil, err
	default:
		// A hash this program cannot read is a fault to fix, not a
		// wrong password; the reader still learns only that it failed.
		s.Logger.Error("unreadable password hash", "user", u.ID, "err", err)
		return nil, auth.ErrMismatch
	}
}

// startSession logs the browser in as the user: a new random secret in
// the cookie, only its hash in the database. A session the browser had
// before (another user's, or a stale one) ends, so one browser holds one.
func (s *Server) startSession(w http.ResponseWriter, r *http.Request, userID frente.ID) error {
	ctx := frente.WithViewer(r.Context(), frente.System)
	if c, err := r.Cookie(sessionCookie); err == nil && auth.WellFormed(c.Value, auth.SessionPrefix) {
		if err := s.Store.DeleteSession(ctx, auth.HashSecret(c.Value)); err != nil {
			return err
		}
	}
	secret := auth.NewSecret(auth.SessionPrefix)
	if err := s.Store.CreateSession(ctx, userID, auth.HashSecret(secret)); err != nil {
		return err
	}
	setSessionCookie(w, r, secret)
	return nil
}

// logout ends the browser's session and forgets its cookie.
func (s *Server) logout(w http.ResponseWriter, r *http.Request) {
	if c, err := r.Cookie(sessionCookie); err == nil && auth.WellFormed(c.Value, auth.SessionPrefix) {
		if err := s.Store.DeleteSession(frente.WithViewer(r.Context(), frente.System), auth.HashSecret(c.Value)); err != nil {
			s.pageError(w, r, err)
			return
		}
	}
	clearSessionCookie(w, r)
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// clientAddr is the address the request came from, for counting failed
// logins. X-Forwarded-For is not read: anyone can write it, and a
// throttle keyed on it could be dodged by changing it at every try.
func clientAddr(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}
