package frente

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"
)

// NegotiationStatus is where a bargaining table stands.
type NegotiationStatus string

const (
	NegotiationPreparing  NegotiationStatus = "preparing"
	NegotiationBargaining NegotiationStatus = "bargaining"
	NegotiationImpasse    NegotiationStatus = "impasse"
	NegotiationStrike     NegotiationStatus = "strike"
	NegotiationLockout    NegotiationStatus = "lockout"
	NegotiationTentative  NegotiationStatus = "tentative-agreement"
	NegotiationRatified   NegotiationStatus = "ratified"
	NegotiationImposed    NegotiationStatus = "imposed"
)

// NegotiationStatuses lists the statuses in the order a table goes
// through them.
var NegotiationStatuses = []NegotiationStatus{NegotiationPreparing, NegotiationBargaining, NegotiationImpasse,
	NegotiationStrike, NegotiationLockout, NegotiationTentative, NegotiationRatified, NegotiationImposed}

// Valid reports whether s is a known status.
func (s NegotiationStatus) Valid() bool { return slices.Contains(NegotiationStatuses, s) }

// Negotiation is one bargaining table: the unions across it from one
// employer, renegotiating one agreement.
type Negotiation struct {
	Record
	Title string `json:"title"`
	// UnionIDs are the unions, locals or sections at the table.
	UnionIDs   []ID `json:"union_ids"`
	EmployerID ID   `json:"employer_id,omitempty"`
	// AgreementID is the agreement being renegotiated: the current
	// contract that proposals are redlined against.
	AgreementID ID `json:"agreement_id,omitempty"`
	// CampaignID is the campaign whose coordinated-bargaining matrix the
	// table is a column of.
	CampaignID    ID                  `json:"campaign_id,omitempty"`
	Opened        Date                `json:"opened"`
	CurrentExpiry Date                `json:"current_expiry"`
	Status        NegotiationStatus   `json:"status"`
	Sessions      []BargainingSession `json:"sessions"`
	Notes         string              `json:"notes"`
}

// BargainingSession is one meeting at the table.
type BargainingSession struct {
	Date  Date   `json:"date"`
	Place string `json:"place"`
	Notes string `json:"notes"`
}

// Normalize trims text, defaults the status, drops repeated unions and
// orders the sessions by date.
func (n *Negotiation) Normalize() {
	n.Record.normalize()
	n.Title = strings.TrimSpace(n.Title)
	n.Notes = strings.TrimSpace(n.Notes)
	n.Status = NegotiationStatus(strings.TrimSpace(string(n.Status)))
	if n.Status == "" {
		n.Status = NegotiationPreparing
	}
	n.UnionIDs = uniqueIDs(n.UnionIDs)
	if n.Sessions == nil {
		n.Sessions = []BargainingSession{}
	}
	for i := range n.Sessions {
		s := &n.Sessions[i]
		s.Date = Date(strings.TrimSpace(string(s.Date)))
		s.Place = strings.TrimSpace(s.Place)
		s.Notes = strings.TrimSpace(s.Notes)
	}
	slices.SortStableFunc(n.Sessions, func(a, b BargainingSession) int { return cmp.Compare(a.Date, b.Date) })
}

// Validate checks a negotiation; the store checks its references.
func (n *Negotiation) Validate() error {
	var v Invalid
	n.Record.validate(&v)
	required(&v, "title", n.Title)
	checkLen(&v, "title", n.Title, 300)
	if !n.Status.Valid() {
		v.Add("status", "invalid_choice", fmt.Sprintf("status must be one of %s, not %q", joinKinds(NegotiationStatuses), n.Status), string(n.Status))
	}
	checkDate(&v, "opened", n.Opened)
	checkDate(&v, "current_expiry", n.CurrentExpiry)
	checkLen(&v, "notes", n.Notes, 20000)
	if len(n.Sessions) > 500 {
		v.Add("sessions", "too_many", "a negotiation has at most 500 sessions", 500)
	}
	for i, s := range n.Sessions {
		field := fmt.Sprintf("sessions[%d]", i)
		if s.Date == "" {
			v.Add(field+".date", "required", field+".date is required")
		}
		checkDate(&v, field+".date", s.Date)
		checkLen(&v, field+".place", s.Place, 300)
		checkLen(&v, field+".notes", s.Notes, 20000)
	}
	return v.Err()
}

// NegotiationFilter selects negotiations.
type NegotiationFilter struct {
	ListOptions
	Status     NegotiationStatus
	CampaignID ID
	EmployerID ID
	// UnionID lists the tables this organization sits at.
	UnionID     ID
	AgreementID ID
}

// NegotiationService keeps bargaining tables.
type NegotiationService interface {
	FindNegotiationByID(ctx context.Context, id ID) (*Negotiation, error)
	FindNegotiations(ctx context.Context, f NegotiationFilter) (Page[*Negotiation], error)
	CreateNegotiation(ctx context.Context, n *Negotiation) error
	UpdateNegotiation(ctx context.Context, id ID, change func(*Negotiation) error) (*Negotiation, error)
	DeleteNegotiation(ctx context.Context, id ID) error
}
