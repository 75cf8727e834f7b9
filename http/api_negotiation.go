package http

import (
	"net/http"

	"github.com/frente/frente"
)

var negotiationAPI = &resource[frente.Negotiation, frente.NegotiationFilter]{
	name: "Negotiation", plural: "Negotiations", noun: "a negotiation",
	doc: "One bargaining table: the unions across it from one employer, renegotiating one agreement, with its sessions.",
	properties: []property{
		requiredTextProp("title", 300, "What the table is called (\"Hayden smelter, 2026\")."),
		idListProp("union_ids", "The unions, locals or sections at the table."),
		idProp("employer_id", "The employer across the table."),
		idProp("agreement_id", "The agreement being renegotiated: the current contract proposals are redlined against."),
		idProp("campaign_id", "The campaign whose coordinated-bargaining matrix the table is a column of."),
		dateProp("opened", "When bargaining opened."),
		dateProp("current_expiry", "When the current agreement expires."),
		choiceProp("status", frente.NegotiationStatuses, false, "Where the table stands; preparing when not given."),
		{name: "sessions", doc: "The meetings at the table, ordered by date.",
			schema: obj{"type": "array", "maxItems": 500, "items": ref("BargainingSession")}},
		textProp("notes", 20000, "Free notes."),
	},
	params: []listParam[frente.NegotiationFilter]{
		choiceParam("status", "Only tables in this status.", frente.NegotiationStatuses,
			func(f *frente.NegotiationFilter, s frente.NegotiationStatus) { f.Status = s }),
		idParam("campaign", "Only the tables of this campaign.",
			func(f *frente.NegotiationFilter, id frente.ID) { f.CampaignID = id }),
		idParam("employer", "Only the tables with this employer.",
			func(f *frente.NegotiationFilter, id frente.ID) { f.EmployerID = id }),
		idParam("union", "Only the tables this organization sits at.",
			func(f *frente.NegotiationFilter, id frente.ID) { f.UnionID = id }),
		idParam("agreement", "Only the tables renegotiating this agreement.",
			func(f *frente.NegotiationFilter, id frente.ID) { f.AgreementID = id }),
	},
	options: func(f *frente.NegotiationFilter) *frente.ListOptions { return &f.ListOptions },
	id:      func(n *frente.Negotiation) frente.ID { return n.ID },
	find:    frente.Store.FindNegotiationByID,
	list:    frente.Store.FindNegotiations,
	create:  frente.Store.CreateNegotiation,
	update:  frente.Store.UpdateNegotiation,
	remove:  frente.Store.DeleteNegotiation,
}

func (s *Server) apiListNegotiations(w http.ResponseWriter, r *http.Request) {
	negotiationAPI.serveList(s, w, r)
}

func (s *Server) apiGetNegotiation(w http.ResponseWriter, r *http.Request) {
	negotiationAPI.serveGet(s, w, r)
}

func (s *Server) apiCreateNegotiation(w http.ResponseWriter, r *http.Request) {
	negotiationAPI.serveCreate(s, w, r)
}

func (s *Server) apiUpdateNegotiation(w http.ResponseWriter, r *http.Request) {
	negotiationAPI.serveUpdate(s, w, r)
}

func (s *Server) apiDeleteNegotiation(w http.ResponseWriter, r *http.Request) {
	negotiationAPI.serveDelete(s, w, r)
}
