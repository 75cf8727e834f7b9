// Package http serves Frente over HTTP: the server-rendered pages in
// English and Spanish, and the JSON API under /api/v1. Handlers are thin:
// they read the request, call the store, and write the answer.
package http

import (
	"context"
	"log/slog"
	"net/http"
	"runtime/debug"
	"strings"
	"sync"
	"time"

	"github.com/frente/frente"
	"github.com/frente/frente/auth"
	"github.com/frente/frente/i18n"
)

// MaxBodyBytes bounds every request body.
const MaxBodyBytes = 1 << 20

// Server holds what the handlers need.
type Server struct {
	Store   frente.Store
	Logger  *slog.Logger
	Version string

	mux      *http.ServeMux
	patterns []string
	handler  http.Handler

	// setupHash is the hash of the secret of the one-time link that
	// creates the first administrator; "" once there is one.
	setupMu   sync.Mutex
	setupHash string
}

// New returns a server over store with its routes registered.
func New(store frente.Store, logger *slog.Logger, version string) *Server {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	s := &Server{Store: store, Logger: logger, Version: version, mux: http.NewServeMux()}
	s.routes()
	csrf := http.NewCrossOriginProtection()
	csrf.SetDenyHandler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.fail(w, r, &frente.Error{Code: frente.EFORBIDDEN, Message: "cross-origin request refused", Key: "err.cross_origin"})
	}))
	s.handler = s.recover(s.logRequests(s.language(csrf.Handler(s.authenticate(s.mux)))))
	return s
}

// ServeHTTP serves a request.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.handler.ServeHTTP(w, r) }

// Mux returns the router, so tests can walk every registered route.
func (s *Server) Mux() *http.ServeMux { return s.mux }

// fail answers err as problem+json to the API and as a page to browsers.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, err error) {
	if strings.HasPrefix(r.URL.Path, "/api/") || r.URL.Path == "/healthz" {
		s.error(w, r, err)
		return
	}
	s.pageError(w, r, err)
}

// SetSetupSecret arms the one-time link that creates the first
// administrator (see /setup); the serve command calls it when the
// database has no users.
func (s *Server) SetSetupSecret(secret string) {
	s.setupMu.Lock()
	defer s.setupMu.Unlock()
	s.setupHash = auth.HashSecret(secret)
}

// setupValid reports whether secret is the armed setup secret.
func (s *Server) setupValid(secret string) bool {
	s.setupMu.Lock()
	defer s.setupMu.Unlock()
	return s.setupHash != "" && auth.WellFormed(secret, auth.SetupPrefix) && auth.HashSecret(secret) == s.setupHash
}

// disarmSetup forgets the setup secret once it has been used.
func (s *Server) disarmSetup() {
	s.setupMu.Lock()
	defer s.setupMu.Unlock()
	s.setupHash = ""
}

// recover turns a panic into a logged 500 instead of a dropped connection.
func (s *Server) recover(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				s.Logger.Error("panic", "method", r.Method, "path", r.URL.Path, "panic", v, "stack", string(debug.Stack()))
				s.fail(w, r, frente.Errorf(frente.EINTERNAL, "panic"))
			}
		}()
		next.ServeHTTP(w, r)
	})
}

type statusWriter struct {
	http.ResponseWriter
	status int
}

func (w *statusWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	return w.ResponseWriter.Write(b)
}

func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

func (s *Server) logRequests(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w}
		next.ServeHTTP(sw, r)
		s.Logger.LogAttrs(r.Context(), slog.LevelInfo, "request", slog.String("method", r.Method), slog.String("path", r.URL.Path),
			slog.Int("status", sw.status), slog.Duration("took", time.Since(start)))
	})
}

type langKey struct{}

// language picks the language of the request: the choice remembered in the
// "lang" cookie, else the browser's Accept-Language.
func (s *Server) language(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		lang := i18n.Match(r.Header.Get("Accept-Language"))
		if c, err := r.Cookie("lang"); err == nil {
			if l, ok := i18n.Parse(c.Value); ok {
				lang = l
			}
		}
		w.Header().Add("Vary", "Accept-Language, Cookie")
		w.Header().Set("Content-Language", string(lang))
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), langKey{}, lang)))
	})
}

// langOf returns the language of the request.
func langOf(r *http.Request) i18n.Lang {
	if l, ok := r.Context().Value(langKey{}).(i18n.Lang); ok {
		return l
	}
	return i18n.English
}
