package http

import (
	"net/http"
	"strings"

	"github.com/frente/frente"
)

// apiCatchAll is the pattern of routes.go that takes every /api/ request
// no other route takes.
const apiCatchAll = "/api/"

// probeMethods are the methods a path of the API is tried with to tell
// "no such path" (404) from "not with this method" (405).
var probeMethods = []string{http.MethodGet, http.MethodHead, http.MethodPost, http.MethodPut, http.MethodPatch, http.MethodDelete}

// apiNotFound answers what no route of the API takes. The catch-all
// pattern is more specific than "GET /api/v1/organizations" is for a
// DELETE, so the mux gives it requests it would otherwise answer with its
// own plain-text 405; here they get a problem+json 405 with an Allow header
// instead, and OPTIONS gets the allowed methods.
func (s *Server) apiNotFound(w http.ResponseWriter, r *http.Request) {
	allow := s.allowedMethods(r)
	if len(allow) == 0 {
		s.error(w, r, &frente.Error{Code: frente.ENOTFOUND, Key: "err.route_not_found", Message: "there is nothing at this address"})
		return
	}
	w.Header().Set("Allow", strings.Join(allow, ", "))
	if r.Method == http.MethodOptions {
		w.WriteHeader(http.StatusNoContent)
		return
	}
	s.problem(w, r, http.StatusMethodNotAllowed, &frente.Error{Code: "method_not_allowed", Key: "err.method_not_allowed",
		Message: "this address does not take " + r.Method})
}

// allowedMethods returns the methods that a route other than the
// catch-all serves at the request's path.
func (s *Server) allowedMethods(r *http.Request) []string {
	var allow []string
	for _, m := range probeMethods {
		probe := r.Clone(r.Context())
		probe.Method = m
		if _, pattern := s.mux.Handler(probe); pattern != "" && pattern != apiCatchAll {
			allow = append(allow, m)
		}
	}
	if len(allow) > 0 {
		allow = append(allow, http.MethodOptions)
	}
	return allow
}
