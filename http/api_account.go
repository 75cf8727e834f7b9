package http

import (
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/frente/frente"
)

// me is the answer of GET /api/v1/me.
type me struct {
	User        *frente.User        `json:"user"`
	Memberships []frente.Membership `json:"memberships"`
}

// apiMe answers who the caller is and in which organizations, so that a
// script can check its token before it writes.
func (s *Server) apiMe(w http.ResponseWriter, r *http.Request) {
	u := userOf(r)
	if u == nil {
		s.unauthorized(w, r, "err.login_required", "send an API token (Authorization: Bearer frt_...) or log in")
		return
	}
	ms, err := s.Store.MembershipsOfUser(r.Context(), u.ID)
	if err != nil {
		s.error(w, r, err)
		return
	}
	s.writeJSON(w, http.StatusOK, me{User: u, Memberships: ms})
}

// auditEntities are the kinds of record the audit log names, by their
// collection in the API.
var auditEntities = []string{"organizations", "workplaces", "people", "positions", "campaigns", "agreements", "negotiations", "proposals", "disputes", "incidents", "messages", "pledges", "requests"}

// apiAudit lists the audit entries of the records whose owner the caller
// administers, newest first; entity and id narrow it to one record.
func (s *Server) apiAudit(w http.ResponseWriter, r *http.Request) {
	f, err := parseAuditQuery(r.URL.RawQuery)
	if err != nil {
		s.error(w, r, err)
		return
	}
	entries, err := s.Store.FindAudit(r.Context(), f)
	if err != nil {
		s.error(w, r, err)
		return
	}
	s.writeJSON(w, http.StatusOK, map[string]any{"items": entries})
}

// parseAuditQuery reads entity, id and limit, naming each bad parameter.
func parseAuditQuery(raw string) (frente.AuditFilter, error) {
	var f frente.AuditFilter
	var inv frente.Invalid
	q, err := url.ParseQuery(raw)
	if err != nil {
		inv.Add("query", "malformed_query", "the query string is malformed: "+err.Error(), err.Error())
		return f, inv.Err()
	}
	for name, vs := range q {
		v := strings.TrimSpace(vs[len(vs)-1])
		switch name {
		case "entity":
			if v != "" && !slices.Contains(auditEntities, v) {
				inv.Add("entity", "invalid_filter", "entity must be one of "+strings.Join(auditEntities, ", "), v)
			}
			f.Entity = v
		case "id":
			if v == "" {
				continue
			}
			id, err := frente.ParseID(v)
			if err != nil {
				inv.Add("id", "invalid_filter", "id is not a record id", v)
			}
			f.RecordID = id
		case "limit":
			n, err := strconv.Atoi(v)
			if err != nil || n < 1 || n > frente.MaxLimit {
				inv.Add("limit", "invalid_filter", "limit must be a number from 1 to 500", v)
			}
			f.Limit = n
		default:
			inv.Add(name, "unknown_parameter", name+" is not a parameter of this listing: use entity, id or limit", "entity, id, limit")
		}
	}
	if f.RecordID != 0 && f.Entity == "" {
		inv.Add("entity", "required", "entity is required with id")
	}
	return f, inv.Err()
}
