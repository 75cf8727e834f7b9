package http

import (
	"context"
	"net/http"
	"strings"
	"time"

	"github.com/frente/frente"
	"github.com/frente/frente/auth"
)

// sessionCookie holds the secret of a logged-in browser's session.
const sessionCookie = "frente_session"

type userKey struct{}

// userOf returns the logged-in user of the request, or nil.
func userOf(r *http.Request) *frente.User {
	u, _ := r.Context().Value(userKey{}).(*frente.User)
	return u
}

// authenticate finds who is asking — by an API token in the Authorization
// header, else by the session cookie — and puts the user and their viewer
// into the request's context; anyone else is anonymous. A request that
// presents a bad token is refused at once: a script with a revoked token
// must learn it, not silently read as anonymous.
func (s *Server) authenticate(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/healthz" {
			// Health checks carry no credentials and must not depend on
			// the tables that check them.
			next.ServeHTTP(w, r)
			return
		}
		ctx := r.Context()
		var user *frente.User
		if h := r.Header.Get("Authorization"); h != "" {
			secret, ok := strings.CutPrefix(h, "Bearer ")
			secret = strings.TrimSpace(secret)
			if !ok || !auth.WellFormed(secret, auth.TokenPrefix) {
				s.unauthorized(w, r, "err.bad_token", "malformed API token: send Authorization: Bearer frt_...")
				return
			}
			u, err := s.Store.FindUserByToken(frente.WithViewer(ctx, frente.System), auth.HashSecret(secret))
			if err != nil {
				if frente.ErrorCode(err) != frente.EUNAUTHORIZED {
					s.error(w, r, err)
					return
				}
				s.unauthorized(w, r, "err.bad_token", "unknown or revoked API token")
				return
			}
			user = u
		} else if c, err := r.Cookie(sessionCookie); err == nil && auth.WellFormed(c.Value, auth.SessionPrefix) {
			u, err := s.Store.FindSession(frente.WithViewer(ctx, frente.System), auth.HashSecret(c.Value))
			switch {
			case err == nil:
				user = u
			case frente.ErrorCode(err) == frente.EUNAUTHORIZED:
				clearSessionCookie(w, r)
			default:
				s.error(w, r, err)
				return
			}
		}
		viewer := frente.Viewer{}
		if user != nil {
			viewer = frente.Viewer{UserID: user.ID, All: user.SiteAdmin}
			ctx = context.WithValue(ctx, userKey{}, user)
		}
		next.ServeHTTP(w, r.WithContext(frente.WithViewer(ctx, viewer)))
	})
}

// unauthorized answers 401 with a problem naming why.
func (s *Server) unauthorized(w http.ResponseWriter, r *http.Request, key, message string) {
	s.error(w, r, &frente.Error{Code: frente.EUNAUTHORIZED, Key: key, Message: message})
}

// setSessionCookie gives the browser its session: HttpOnly so scripts
// cannot read it, SameSite=Lax so other sites cannot post with it, Secure
// when served over TLS.
func setSessionCookie(w http.ResponseWriter, r *http.Request, secret string) {
	http.SetCookie(w, &http.Cookie{Name: sessionCookie, Value: secret, Path: "/", HttpOnly: true, SameSite: http.SameSiteLaxMode,
		Secure: r.TLS != nil, MaxAge: int(frente.AbsoluteTimeout / time.Second)})
}

func clearSessionCookie(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: sessionCookie, Value: "", Path: "/", HttpOnly: true, SameSite: http.SameSiteLaxMode,
		Secure: r.TLS != nil, MaxAge: -1})
}

// loggedIn lets only logged-in users reach h; others are sent to log in.
func (s *Server) loggedIn(h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if userOf(r) == nil {
			s.pageError(w, r, &frente.Error{Code: frente.EUNAUTHORIZED, Key: "err.login_required", Message: "log in to do this"})
			return
		}
		h(w, r)
	}
}

// editable lets h show the form that changes the record {id} of entity
// only to those who may save it: the form of a record one may not change
// would only end in a refusal.
func (s *Server) editable(entity string, h http.HandlerFunc) http.HandlerFunc {
	return s.loggedIn(func(w http.ResponseWriter, r *http.Request) {
		id, err := pathID(r)
		if err == nil {
			err = s.Store.Authorize(r.Context(), entity, id, frente.RoleEditor)
		}
		if err != nil {
			s.pageError(w, r, err)
			return
		}
		h(w, r)
	})
}
