package http

import (
	"encoding/json"
	"net/http"
)

// problem answers err as problem+json with a status that no error code of
// the domain maps to (405, 503): those describe the request or the server,
// never a record, so they have no place among frente's codes.
func (s *Server) problem(w http.ResponseWriter, r *http.Request, status int, err error) {
	p := problemOf(err, langOf(r))
	p.Status = status
	w.Header().Set("Content-Type", "application/problem+json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	_ = enc.Encode(p)
}
