package http

import (
	"fmt"
	"net/http"

	"github.com/frente/frente"
	"github.com/frente/frente/redline"
)

var proposalAPI = &resource[frente.Proposal, frente.ProposalFilter]{
	name: "Proposal", plural: "Proposals", noun: "a proposal",
	doc: "One side's proposed language at a table: a change to a unit of the agreement the table renegotiates, or new language.",
	properties: []property{
		requiredIDProp("negotiation_id", "The table it was tabled at; it cannot change."),
		{name: "side", doc: "Who tabled it.", required: true, schema: obj{"type": "string", "enum": frente.Sides}},
		{name: "date", doc: "When it was tabled.", required: true, schema: ref("Date")},
		requiredTextProp("title", 300, "A short name (\"Random drug testing\")."),
		idProp("target_unit_id", "The unit of the table's agreement it changes; absent for new language."),
		{name: "topics", doc: "Topic codes; the target's topics when none are given.",
			schema: obj{"type": "array", "maxItems": 10, "items": obj{"type": "string", "enum": topicCodes()}}},
		textProp("text", 200000, "The proposed text; empty with a target deletes the target."),
		choiceProp("status", frente.ProposalStatuses, false, "Where it stands; open when not given. open may become countered, withdrawn, rejected or tentatively-agreed; countered may become open, withdrawn, rejected or tentatively-agreed; rejected may become countered or withdrawn; withdrawn and tentatively-agreed are final. A proposal that answers an open or rejected one makes it countered."),
		idProp("answers_id", "The proposal of the same table it answers."),
		{name: "takeaway", doc: "A person's decision that it takes away protection the workers have (employer proposals only).", schema: obj{"type": "boolean"}},
		textProp("takeaway_reason", 2000, "Why it is, or is not, a takeaway."),
		textProp("notes", 20000, "Free notes."),
		{name: "status_note", doc: "With a change of status, a note kept in the history (\"rejected at the 12 May session\"); never stored on the proposal.",
			schema: obj{"type": "string", "maxLength": 2000}, omitEmpty: true},
		{name: "history", doc: "Every change of status, oldest first.", readOnly: true,
			schema: obj{"type": "array", "items": ref("ProposalEvent")}},
		{name: "takeaway_suggestion", doc: "What the text of an employer's proposal suggests against its target: protective terms it deletes, narrowing terms it adds, the clause shrinking or going. A person decides.",
			readOnly: true, schema: ref("TakeawaySuggestion")},
		{name: "target", doc: "The unit it changes.", readOnly: true, omitEmpty: true, schema: ref("UnitRef")},
	},
	params: []listParam[frente.ProposalFilter]{
		idParam("negotiation", "Only the proposals of this table.",
			func(f *frente.ProposalFilter, id frente.ID) { f.NegotiationID = id }),
		idParam("campaign", "Only the proposals at the tables of this campaign.",
			func(f *frente.ProposalFilter, id frente.ID) { f.CampaignID = id }),
		choiceParam("side", "Only the proposals of this side.", frente.Sides,
			func(f *frente.ProposalFilter, s frente.Side) { f.Side = s }),
		choiceParam("status", "Only proposals in this status.", frente.ProposalStatuses,
			func(f *frente.ProposalFilter, s frente.ProposalStatus) { f.Status = s }),
		choiceParam("topic", "Only proposals on this topic.", topicCodes(),
			func(f *frente.ProposalFilter, code string) { f.Topic = code }),
		choiceParam("takeaways", "true keeps only the proposals marked as takeaways; false, like no value, does not filter.", []string{"true", "false"},
			func(f *frente.ProposalFilter, v string) { f.Takeaways = v == "true" }),
	},
	options: func(f *frente.ProposalFilter) *frente.ListOptions { return &f.ListOptions },
	id:      func(p *frente.Proposal) frente.ID { return p.ID },
	find:    frente.Store.FindProposalByID,
	list:    frente.Store.FindProposals,
	create:  frente.Store.CreateProposal,
	update:  frente.Store.UpdateProposal,
	remove:  frente.Store.DeleteProposal,
}

func (s *Server) apiListProposals(w http.ResponseWriter, r *http.Request) {
	proposalAPI.serveList(s, w, r)
}

func (s *Server) apiGetProposal(w http.ResponseWriter, r *http.Request) {
	proposalAPI.serveGet(s, w, r)
}

func (s *Server) apiCreateProposal(w http.ResponseWriter, r *http.Request) {
	proposalAPI.serveCreate(s, w, r)
}

func (s *Server) apiUpdateProposal(w http.ResponseWriter, r *http.Request) {
	proposalAPI.serveUpdate(s, w, r)
}

func (s *Server) apiDeleteProposal(w http.ResponseWriter, r *http.Request) {
	proposalAPI.serveDelete(s, w, r)
}

// proposalRedline is a proposal against the current text of its target.
type proposalRedline struct {
	ProposalID frente.ID       `json:"proposal_id"`
	Target     *frente.UnitRef `json:"target"`
	Current    string          `json:"current"`
	Proposed   string          `json:"proposed"`
	Similarity float64         `json:"similarity"`
	Stats      redline.Stats   `json:"stats"`
	Ops        []redline.Op    `json:"ops"`
	// Text is the redline as plain text, [-deleted-]{+inserted+}.
	Text string `json:"text"`
	// HTML is the redline as an HTML fragment with <del> and <ins>.
	HTML string `json:"html"`
}

// redlineOf compares a proposal with the current text of its target
// (nothing, for new language).
func (s *Server) redlineOf(r *http.Request, id frente.ID) (*frente.Proposal, *proposalRedline, error) {
	p, err := s.Store.FindProposalByID(r.Context(), id)
	if err != nil {
		return nil, nil, err
	}
	target, err := s.Store.ProposalTarget(r.Context(), id)
	if err != nil {
		return nil, nil, err
	}
	rl := &proposalRedline{ProposalID: p.ID, Target: p.Target, Proposed: p.Text}
	if target != nil {
		rl.Current = target.Text
	}
	rl.Ops = redline.Diff(rl.Current, rl.Proposed)
	rl.Similarity, rl.Stats = redline.Similarity(rl.Ops), redline.Summarize(rl.Ops)
	rl.Text, rl.HTML = redline.Text(rl.Ops), redline.HTMLIn(rl.Ops, string(langOf(r)))
	if rl.Ops == nil {
		rl.Ops = []redline.Op{}
	}
	return p, rl, nil
}

func (s *Server) apiProposalRedline(w http.ResponseWriter, r *http.Request) {
	id, err := apiRecordID(r)
	if err != nil {
		s.error(w, r, err)
		return
	}
	_, rl, err := s.redlineOf(r, id)
	if err != nil {
		s.error(w, r, err)
		return
	}
	s.writeJSON(w, http.StatusOK, rl)
}

// apiCampaignMatrix answers the coordinated-bargaining matrix of a
// campaign; ?takeaways=true keeps the topics where a takeaway was tabled.
func (s *Server) apiCampaignMatrix(w http.ResponseWriter, r *http.Request) {
	id, err := apiRecordID(r)
	if err != nil {
		s.error(w, r, err)
		return
	}
	only, err := takeawaysParam(r)
	if err != nil {
		s.error(w, r, err)
		return
	}
	m, err := s.Store.CampaignMatrix(r.Context(), id)
	if err != nil {
		s.error(w, r, err)
		return
	}
	if only {
		m = m.OnlyTakeaways()
	}
	s.writeJSON(w, http.StatusOK, m)
}

// takeawaysParam reads ?takeaways=, the only parameter of the matrix.
func takeawaysParam(r *http.Request) (bool, error) {
	var inv frente.Invalid
	q := r.URL.Query()
	for name := range q {
		if name != "takeaways" {
			inv.Add(name, "unknown_parameter", fmt.Sprintf("there is no parameter %q here; the parameters are takeaways", name), "takeaways")
		}
	}
	v := q.Get("takeaways")
	if v != "" && v != "true" && v != "false" {
		inv.Add("takeaways", "invalid_filter", "takeaways: "+v+" is not true or false", v)
	}
	return v == "true", inv.Err()
}
