package frente

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"
)

// Side is who tabled a proposal.
type Side string

const (
	SideUnion    Side = "union"
	SideEmployer Side = "employer"
)

// Sides lists the sides.
var Sides = []Side{SideUnion, SideEmployer}

// ProposalStatus is where a proposal stands.
type ProposalStatus string

const (
	ProposalOpen      ProposalStatus = "open"
	ProposalCountered ProposalStatus = "countered"
	ProposalWithdrawn ProposalStatus = "withdrawn"
	ProposalRejected  ProposalStatus = "rejected"
	ProposalAgreed    ProposalStatus = "tentatively-agreed"
)

// ProposalStatuses lists the statuses.
var ProposalStatuses = []ProposalStatus{ProposalOpen, ProposalCountered, ProposalWithdrawn, ProposalRejected, ProposalAgreed}

// Valid reports whether s is a known status.
func (s ProposalStatus) Valid() bool { return slices.Contains(ProposalStatuses, s) }

// proposalMoves are the changes of status a proposal's history allows.
// A withdrawn proposal is off the table and a tentative agreement is
// settled language: going back on either is a new proposal, so that the
// history of what was agreed is never rewritten. A rejected proposal can
// still be answered (countered) or withdrawn.
var proposalMoves = map[ProposalStatus][]ProposalStatus{
	ProposalOpen:      {ProposalCountered, ProposalWithdrawn, ProposalRejected, ProposalAgreed},
	ProposalCountered: {ProposalOpen, ProposalWithdrawn, ProposalRejected, ProposalAgreed},
	ProposalRejected:  {ProposalCountered, ProposalWithdrawn},
	ProposalWithdrawn: {},
	ProposalAgreed:    {},
}

// CanBecome reports whether a proposal in status s may move to next.
func (s ProposalStatus) CanBecome(next ProposalStatus) bool {
	return s == next || slices.Contains(proposalMoves[s], next)
}

// NextStatuses lists where a proposal in status s may go.
func (s ProposalStatus) NextStatuses() []ProposalStatus { return proposalMoves[s] }

// Proposal is one side's proposed language at a table: a change to a
// unit of the current agreement, or new language.
type Proposal struct {
	Record
	NegotiationID ID     `json:"negotiation_id"`
	Side          Side   `json:"side"`
	Date          Date   `json:"date"`
	Title         string `json:"title"`
	// TargetUnitID is the unit of the negotiation's agreement the
	// proposal changes; 0 for new language.
	TargetUnitID ID `json:"target_unit_id,omitempty"`
	// Topics default to the target's.
	Topics []string       `json:"topics"`
	Text   string         `json:"text"`
	Status ProposalStatus `json:"status"`
	// AnswersID is the proposal of the same table this one answers.
	AnswersID ID `json:"answers_id,omitempty"`
	// Takeaway is a person's decision that the proposal takes away
	// protection the workers have; TakeawayReason says why.
	Takeaway       bool   `json:"takeaway"`
	TakeawayReason string `json:"takeaway_reason"`
	Notes          string `json:"notes"`

	// StatusNote, when the status changes, is kept with the change in
	// the history ("rejected at the 12 May session"); it is not stored
	// on the proposal.
	StatusNote string `json:"status_note,omitempty"`

	// Read-only: the history of its status, the suggestion the text
	// makes, and what it targets.
	History    []ProposalEvent    `json:"history"`
	Suggestion TakeawaySuggestion `json:"takeaway_suggestion"`
	Target     *UnitRef           `json:"target,omitempty"`
}

// ProposalEvent is one change of a proposal's status.
type ProposalEvent struct {
	At     time.Time      `json:"at"`
	UserID ID             `json:"user_id,omitempty"`
	From   ProposalStatus `json:"from,omitempty"`
	To     ProposalStatus `json:"to"`
	Note   string         `json:"note,omitempty"`
}

// TakeawaySuggestion is what the text of an employer's proposal suggests
// against its target: protective words it deletes, narrowing words it
// adds, or the clause shrinking or going. A person decides.
type TakeawaySuggestion struct {
	Suggested bool `json:"suggested"`
	// Deleted are protective terms of the current text the proposal drops.
	Deleted []string `json:"deleted,omitempty"`
	// Added are narrowing terms the proposal brings in.
	Added []string `json:"added,omitempty"`
	// Removed is true when the proposal deletes the clause.
	Removed bool `json:"removed,omitempty"`
	// Shrink is the share of the current words gone, when it is large.
	Shrink float64 `json:"shrink,omitempty"`
}

// UnitRef names a unit of an agreement.
type UnitRef struct {
	ID          ID       `json:"id"`
	AgreementID ID       `json:"agreement_id"`
	Kind        string   `json:"kind"`
	Number      string   `json:"number"`
	Heading     string   `json:"heading"`
	Topics      []string `json:"topics"`
}

// Normalize trims text and defaults the status.
func (p *Proposal) Normalize() {
	p.Record.normalize()
	p.Title = strings.TrimSpace(p.Title)
	p.Text = strings.TrimSpace(strings.ReplaceAll(p.Text, "\r\n", "\n"))
	p.Notes = strings.TrimSpace(p.Notes)
	p.TakeawayReason = strings.TrimSpace(p.TakeawayReason)
	p.StatusNote = strings.TrimSpace(p.StatusNote)
	p.Side = Side(strings.TrimSpace(string(p.Side)))
	p.Status = ProposalStatus(strings.TrimSpace(string(p.Status)))
	if p.Status == "" {
		p.Status = ProposalOpen
	}
	topics := make([]string, 0, len(p.Topics))
	for _, t := range p.Topics {
		if t = strings.TrimSpace(t); t != "" && !slices.Contains(topics, t) {
			topics = append(topics, t)
		}
	}
	p.Topics = topics
	if p.History == nil {
		p.History = []ProposalEvent{}
	}
}

// Validate checks what can be checked without the store; the store
// checks the table, the target, the answer, the topics and the history.
func (p *Proposal) Validate() error {
	var v Invalid
	p.Record.validate(&v)
	if p.NegotiationID <= 0 {
		v.Add("negotiation_id", "required", "negotiation_id is required")
	}
	if !slices.Contains(Sides, p.Side) {
		v.Add("side", "invalid_choice", fmt.Sprintf("side must be one of %s, not %q", joinKinds(Sides), p.Side), string(p.Side))
	}
	if p.Date == "" {
		v.Add("date", "required", "date is required")
	}
	checkDate(&v, "date", p.Date)
	required(&v, "title", p.Title)
	checkLen(&v, "title", p.Title, 300)
	checkLen(&v, "text", p.Text, 200000)
	if !p.Status.Valid() {
		v.Add("status", "invalid_choice", fmt.Sprintf("status must be one of %s, not %q", joinKinds(ProposalStatuses), p.Status), string(p.Status))
	}
	if p.Takeaway && p.Side != SideEmployer {
		v.Add("takeaway", "employer_only", "only an employer's proposal can be a takeaway")
	}
	checkLen(&v, "takeaway_reason", p.TakeawayReason, 2000)
	checkLen(&v, "notes", p.Notes, 20000)
	checkLen(&v, "status_note", p.StatusNote, 2000)
	if len(p.Topics) > 10 {
		v.Add("topics", "too_many", "a proposal has at most 10 topics", 10)
	}
	if p.ID != 0 && p.AnswersID == p.ID {
		v.Add("answers_id", "self", "a proposal cannot answer itself")
	}
	return v.Err()
}

// ProposalFilter selects proposals.
type ProposalFilter struct {
	ListOptions
	NegotiationID ID
	CampaignID    ID
	Side          Side
	Status        ProposalStatus
	Topic         string
	// Takeaways lists only the proposals a person marked as takeaways.
	Takeaways bool
}

// ProposalService keeps proposals and answers the matrix of a campaign.
type ProposalService interface {
	FindProposalByID(ctx context.Context, id ID) (*Proposal, error)
	FindProposals(ctx context.Context, f ProposalFilter) (Page[*Proposal], error)
	CreateProposal(ctx context.Context, p *Proposal) error
	UpdateProposal(ctx context.Context, id ID, change func(*Proposal) error) (*Proposal, error)
	DeleteProposal(ctx context.Context, id ID) error
	// ProposalTarget returns the current text of what a proposal
	// changes: the target unit's text, "" for new language.
	ProposalTarget(ctx context.Context, id ID) (*Unit, error)
	// CampaignMatrix returns the coordinated-bargaining matrix of a
	// campaign, from the tables and proposals the viewer may see.
	CampaignMatrix(ctx context.Context, campaignID ID) (*Matrix, error)
}
