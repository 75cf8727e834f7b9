package http

import (
	"context"
	"net/http"
	"time"

	"github.com/frente/frente"
)

// healthTimeout bounds the health check: a database that takes longer to
// answer SELECT 1 is as good as down to whoever asks.
const healthTimeout = 2 * time.Second

// healthz tells a load balancer or a supervisor whether the server can do
// its work, which it cannot without its database.
func (s *Server) healthz(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), healthTimeout)
	defer cancel()
	if err := s.Store.Ping(ctx); err != nil {
		s.Logger.Error("health check failed", "err", err)
		s.problem(w, r, http.StatusServiceUnavailable, &frente.Error{Code: "unavailable", Key: "err.unavailable", Message: "the database does not answer"})
		return
	}
	s.writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
}
