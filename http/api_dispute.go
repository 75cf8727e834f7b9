package http

import (
	"net/http"

	"github.com/frente/frente"
)

var disputeAPI = &resource[frente.Dispute, frente.DisputeFilter]{
	name: "Dispute", plural: "Disputes", noun: "a dispute",
	doc: "A strike, lockout or other action: its parties, where, from when to when, how sure we are it still goes on, and its timeline of events.",
	properties: []property{
		choiceProp("kind", frente.DisputeKinds, false, "What kind of action; strike when not given."),
		requiredTextProp("title", 300, "What it is called (\"Huelga de Cananea\")."),
		idListProp("union_ids", "The unions, locals or sections in it."),
		idProp("employer_id", "The employer or group it is against."),
		idListProp("workplace_ids", "The workplaces it happens at."),
		idListProp("campaign_ids", "The campaigns whose timeline shows it."),
		{name: "start", doc: "The day it began; not in the future.", required: true, schema: ref("Date")},
		dateProp("end", "The day it ended; empty while it lasts. Not before the start."),
		dateProp("last_confirmed", "The last day someone confirmed it still went on; a report event moves it later."),
		{name: "workers", doc: "Workers involved, approximately.", schema: obj{"type": "integer", "minimum": 0, "maximum": 100000000}},
		choiceProp("authorized", frente.AuthorizedValues, false, "Whether the union authorized it; unknown when not given."),
		{name: "demands", doc: "What the workers demand, each once.", schema: obj{"type": "array", "items": obj{"type": "string", "maxLength": 2000}}},
		textProp("outcome", 20000, "How it ended, or where it stands."),
		{name: "place", doc: "Where, as strike trackers write it.", schema: ref("Place")},
		textProp("industry", 300, "The industry, as trackers name it."),
		{name: "bargaining_unit_size", doc: "The bargaining unit's size (Labor Action Tracker).", schema: obj{"type": "integer", "minimum": 0}},
		{name: "locations", doc: "The number of locations (Labor Action Tracker).", schema: obj{"type": "integer", "minimum": 0}},
		textProp("naics", 20, "The NAICS code of the industry (FMCS)."),
		textProp("notes", 20000, "Free notes."),
		{name: "events", doc: "Its timeline, ordered by date; each within the dispute's span and not in the future (a report may come after the end).",
			schema: obj{"type": "array", "maxItems": 1000, "items": ref("DisputeEvent")}},
		{name: "duration_days", doc: "Days from the start to the end, or, while it lasts, at least up to its last confirmation.", readOnly: true, schema: obj{"type": "integer"}},
		{name: "ongoing", doc: "True while it has no end.", readOnly: true, schema: obj{"type": "boolean"}},
		{name: "needs_confirmation", doc: "True when it goes on and was last confirmed more than 30 days ago.", readOnly: true, schema: obj{"type": "boolean"}},
	},
	params: []listParam[frente.DisputeFilter]{
		choiceParam("kind", "Only disputes of this kind.", frente.DisputeKinds, func(f *frente.DisputeFilter, k frente.DisputeKind) { f.Kind = k }),
		idParam("campaign", "Only the disputes of this campaign.", func(f *frente.DisputeFilter, id frente.ID) { f.CampaignID = id }),
		idParam("employer", "Only the disputes with this employer.", func(f *frente.DisputeFilter, id frente.ID) { f.EmployerID = id }),
		idParam("union", "Only the disputes of this organization.", func(f *frente.DisputeFilter, id frente.ID) { f.UnionID = id }),
		idParam("workplace", "Only the disputes at this workplace.", func(f *frente.DisputeFilter, id frente.ID) { f.WorkplaceID = id }),
		choiceParam("ongoing", "true keeps the disputes that go on, false those that ended.", []string{"true", "false"},
			func(f *frente.DisputeFilter, v string) { f.Ongoing = v }),
		choiceParam("needs_confirmation", "true keeps the ongoing disputes last confirmed more than 30 days ago.", []string{"true", "false"},
			func(f *frente.DisputeFilter, v string) { f.NeedsConfirmation = v == "true" }),
	},
	options: func(f *frente.DisputeFilter) *frente.ListOptions { return &f.ListOptions },
	id:      func(d *frente.Dispute) frente.ID { return d.ID },
	find:    frente.Store.FindDisputeByID,
	list:    frente.Store.FindDisputes,
	create:  frente.Store.CreateDispute,
	update:  frente.Store.UpdateDispute,
	remove:  frente.Store.DeleteDispute,
}

var incidentAPI = &resource[frente.Incident, frente.IncidentFilter]{
	name: "Incident", plural: "Incidents", noun: "an incident",
	doc: "A disaster at a workplace (an explosion, a collapse, a fire): its dead and injured, and the demands it left unresolved.",
	properties: []property{
		{name: "date", doc: "The day it happened; not in the future.", required: true, schema: ref("Date")},
		requiredTextProp("title", 300, "What it is called (\"Pasta de Conchos\")."),
		idProp("workplace_id", "Where it happened."),
		choiceProp("kind", frente.IncidentKinds, false, "What happened; other when not given."),
		{name: "dead", doc: "How many died.", schema: obj{"type": "integer", "minimum": 0}},
		{name: "injured", doc: "How many were injured.", schema: obj{"type": "integer", "minimum": 0}},
		textProp("description", 20000, "What happened."),
		{name: "demands", doc: "The demands it left, each with its status and dates.", schema: obj{"type": "array", "items": ref("IncidentDemand")}},
		idListProp("dispute_ids", "The disputes it is linked to."),
		idListProp("campaign_ids", "The campaigns whose timeline shows it."),
		{name: "years", doc: "Whole years since, as of today.", readOnly: true, schema: obj{"type": "integer"}},
		{name: "next_anniversary", doc: "Its next anniversary.", readOnly: true, schema: ref("Date")},
	},
	params: []listParam[frente.IncidentFilter]{
		choiceParam("kind", "Only incidents of this kind.", frente.IncidentKinds, func(f *frente.IncidentFilter, k frente.IncidentKind) { f.Kind = k }),
		idParam("workplace", "Only the incidents at this workplace.", func(f *frente.IncidentFilter, id frente.ID) { f.WorkplaceID = id }),
		idParam("campaign", "Only the incidents of this campaign.", func(f *frente.IncidentFilter, id frente.ID) { f.CampaignID = id }),
		idParam("dispute", "Only the incidents linked to this dispute.", func(f *frente.IncidentFilter, id frente.ID) { f.DisputeID = id }),
	},
	options: func(f *frente.IncidentFilter) *frente.ListOptions { return &f.ListOptions },
	id:      func(n *frente.Incident) frente.ID { return n.ID },
	find:    frente.Store.FindIncidentByID,
	list:    frente.Store.FindIncidents,
	create:  frente.Store.CreateIncident,
	update:  frente.Store.UpdateIncident,
	remove:  frente.Store.DeleteIncident,
}

// disputeDoc describes the disputes with the schemas they and the
// incidents refer to.
type disputeDoc struct{}

func (disputeDoc) describeTo(paths, schemas obj) obj {
	schemas["Place"] = obj{"type": "object", "description": "Where, as strike trackers write it.",
		"properties": obj{
			"address": obj{"type": "string", "maxLength": 500}, "city": obj{"type": "string", "maxLength": 200},
			"region": obj{"type": "string", "maxLength": 200, "description": "State or province."}, "zip": obj{"type": "string", "maxLength": 20},
			"country":   obj{"type": "string", "description": "ISO 3166-1 alpha-2, or empty."},
			"latitude":  obj{"type": []string{"number", "null"}, "minimum": -90, "maximum": 90},
			"longitude": obj{"type": []string{"number", "null"}, "minimum": -180, "maximum": 180},
		}, "additionalProperties": false}
	schemas["DisputeEvent"] = obj{"type": "object", "description": "One thing that happened in a dispute.",
		"properties": obj{
			"date":        ref("Date"),
			"kind":        obj{"type": "string", "enum": frente.EventKinds, "description": "A report also moves the dispute's last confirmation."},
			"description": obj{"type": "string", "maxLength": 20000},
			"sources":     obj{"type": "array", "items": ref("Source")},
		}, "required": []string{"date"}, "additionalProperties": false}
	schemas["IncidentDemand"] = obj{"type": "object", "description": "A demand an incident left, with its own status and dates.",
		"properties": obj{
			"text":   obj{"type": "string", "minLength": 1, "maxLength": 2000},
			"status": obj{"type": "string", "enum": frente.DemandStatuses},
			"since":  ref("Date"),
			"until":  obj{"$ref": "#/components/schemas/Date", "description": "When it was met or dropped; empty while open or partly met."},
		}, "required": []string{"text"}, "additionalProperties": false}
	return disputeAPI.describeTo(paths, schemas)
}

func (s *Server) apiListDisputes(w http.ResponseWriter, r *http.Request) {
	disputeAPI.serveList(s, w, r)
}
func (s *Server) apiGetDispute(w http.ResponseWriter, r *http.Request) { disputeAPI.serveGet(s, w, r) }
func (s *Server) apiCreateDispute(w http.ResponseWriter, r *http.Request) {
	disputeAPI.serveCreate(s, w, r)
}
func (s *Server) apiUpdateDispute(w http.ResponseWriter, r *http.Request) {
	disputeAPI.serveUpdate(s, w, r)
}
func (s *Server) apiDeleteDispute(w http.ResponseWriter, r *http.Request) {
	disputeAPI.serveDelete(s, w, r)
}

func (s *Server) apiListIncidents(w http.ResponseWriter, r *http.Request) {
	incidentAPI.serveList(s, w, r)
}
func (s *Server) apiGetIncident(w http.ResponseWriter, r *http.Request) {
	incidentAPI.serveGet(s, w, r)
}
func (s *Server) apiCreateIncident(w http.ResponseWriter, r *http.Request) {
	incidentAPI.serveCreate(s, w, r)
}
func (s *Server) apiUpdateIncident(w http.ResponseWriter, r *http.Request) {
	incidentAPI.serveUpdate(s, w, r)
}
func (s *Server) apiDeleteIncident(w http.ResponseWriter, r *http.Request) {
	incidentAPI.serveDelete(s, w, r)
}
