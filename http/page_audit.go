package http

import (
	"bytes"
	"encoding/json"
	"net/http"
	"slices"
	"strings"

	"github.com/frente/frente"
	"github.com/frente/frente/i18n"
)

// auditPage is the data of the history page.
type auditPage struct {
	layout
	// Entity and RecordID name the record whose history this is, if one.
	Entity   string
	RecordID frente.ID
	Entries  []auditRow
}

// auditRow is an audit entry as the page shows it.
type auditRow struct {
	frente.AuditEntry
	// Link is the page of the record, "" when it has none.
	Link    string
	Changes []auditChange
}

// auditChange is one field of a record that a change touched.
type auditChange struct {
	Label, Before, After string
}

// auditSingular names an entity of the log in the catalogs' "entity.*".
var auditSingular = map[string]string{
	"organizations": "organization", "workplaces": "workplace", "people": "person",
	"positions": "position", "campaigns": "campaign", "agreements": "agreement", "negotiations": "negotiation", "proposals": "proposal", "disputes": "dispute", "incidents": "incident", "messages": "message", "pledges": "pledge", "requests": "request",
}

// auditSkipped are fields that change with every write, or are read from
// other records, and would only hide what changed.
var auditSkipped = []string{"id", "created_at", "updated_at", "person_name", "organization_name"}

// auditPage lists who changed what and when, newest first, of the records
// whose owner the reader administers; the store leaves the rest out.
func (s *Server) auditPage(w http.ResponseWriter, r *http.Request) {
	if s.requireUser(w, r) == nil {
		return
	}
	f, err := parseAuditQuery(r.URL.RawQuery)
	var entries []frente.AuditEntry
	if err == nil {
		entries, err = s.Store.FindAudit(r.Context(), f)
	}
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	lang := langOf(r)
	p := &auditPage{Entity: auditSingular[f.Entity], RecordID: f.RecordID}
	for _, e := range entries {
		p.Entries = append(p.Entries, auditRow{AuditEntry: e, Link: recordLink(e.Entity, e.RecordID), Changes: auditChanges(lang, e)})
	}
	s.render(w, r, http.StatusOK, "audit", p)
}

// recordLink is the page of a record of the log.
func recordLink(entity string, id frente.ID) string {
	switch entity {
	case "organizations", "workplaces", "people", "campaigns", "agreements", "negotiations", "proposals", "disputes", "incidents", "messages", "pledges", "requests":
		return "/" + entity + "/" + idValue(id)
	case "positions":
		return "/positions/" + idValue(id) + "/edit"
	}
	return ""
}

// auditChanges compares the top-level fields of a record before and after
// a change. A creation shows every field it set, a deletion every field it
// took away.
func auditChanges(lang i18n.Lang, e frente.AuditEntry) []auditChange {
	before, after := jsonFields(e.Before), jsonFields(e.After)
	var keys []string
	for k := range before {
		keys = append(keys, k)
	}
	for k := range after {
		if _, ok := before[k]; !ok {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	var out []auditChange
	for _, k := range keys {
		b, a := auditValue(lang, e.Entity, k, before[k]), auditValue(lang, e.Entity, k, after[k])
		if b == a || slices.Contains(auditSkipped, k) {
			continue
		}
		label := k
		if lang.Has("label." + k) {
			label = lang.T("label." + k)
		}
		out = append(out, auditChange{Label: label, Before: b, After: a})
	}
	return out
}

// jsonFields reads a record's JSON into its top-level fields; null (no
// record, before a creation or after a deletion) has none.
func jsonFields(raw json.RawMessage) map[string]json.RawMessage {
	m := map[string]json.RawMessage{}
	_ = json.Unmarshal(raw, &m)
	return m
}

// auditValue writes a field's value for reading: text as itself, codes in
// the reader's language, empty values as "", anything else as compact JSON.
func auditValue(lang i18n.Lang, entity, key string, raw json.RawMessage) string {
	var s string
	if json.Unmarshal(raw, &s) == nil {
		switch {
		case s == "":
			return ""
		case key == "country":
			return countryName(lang, s)
		case key == "visibility" && lang.Has("visibility."+s):
			return lang.T("visibility." + s)
		case key == "kind" && entity == "organizations" && lang.Has("kind."+s):
			return lang.T("kind." + s)
		case key == "kind" && entity == "workplaces" && lang.Has("workplace_kind."+s):
			return lang.T("workplace_kind." + s)
		}
		return s
	}
	var buf bytes.Buffer
	if len(raw) == 0 || json.Compact(&buf, raw) != nil {
		return ""
	}
	switch v := buf.String(); v {
	case "null", "[]", "{}", "0":
		return ""
	default:
		return strings.TrimSpace(v)
	}
}
