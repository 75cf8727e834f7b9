package frente

import (
	"context"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"time"
)

// PledgeKind says what support is pledged.
type PledgeKind string

const (
	PledgeStatement     PledgeKind = "statement"
	PledgeDelegation    PledgeKind = "delegation"
	PledgeDonation      PledgeKind = "donation"
	PledgeStrikeFund    PledgeKind = "strike-fund"
	PledgeActionDay     PledgeKind = "action-day"
	PledgeBoycott       PledgeKind = "boycott"
	PledgeLegalAid      PledgeKind = "legal-aid"
	PledgeAccompaniment PledgeKind = "accompaniment"
	PledgeOther         PledgeKind = "other"
)

// PledgeKinds lists the kinds.
var PledgeKinds = []PledgeKind{PledgeStatement, PledgeDelegation, PledgeDonation, PledgeStrikeFund, PledgeActionDay, PledgeBoycott,
	PledgeLegalAid, PledgeAccompaniment, PledgeOther}

// Activation says when a pledge takes effect: at once, or when the
// supported side asks — support that waits for them to say when.
type Activation string

const (
	ActivationImmediate Activation = "immediate"
	ActivationOnRequest Activation = "on-request"
)

// Activations lists the activations.
var Activations = []Activation{ActivationImmediate, ActivationOnRequest}

// PledgeStatus is where a pledge stands.
type PledgeStatus string

const (
	PledgeOffered    PledgeStatus = "offered"
	PledgeRequested  PledgeStatus = "requested"
	PledgeInProgress PledgeStatus = "in-progress"
	PledgeFulfilled  PledgeStatus = "fulfilled"
	PledgeWithdrawn  PledgeStatus = "withdrawn"
)

// PledgeStatuses lists the statuses.
var PledgeStatuses = []PledgeStatus{PledgeOffered, PledgeRequested, PledgeInProgress, PledgeFulfilled, PledgeWithdrawn}

// pledgeMoves are the changes of status a pledge allows: a request moves
// an offered pledge to requested, its acceptance to in-progress, a
// declined request back to offered; fulfilled and withdrawn are final.
var pledgeMoves = map[PledgeStatus][]PledgeStatus{
	PledgeOffered:    {PledgeRequested, PledgeInProgress, PledgeFulfilled, PledgeWithdrawn},
	PledgeRequested:  {PledgeOffered, PledgeInProgress, PledgeFulfilled, PledgeWithdrawn},
	PledgeInProgress: {PledgeFulfilled, PledgeWithdrawn, PledgeOffered},
	PledgeFulfilled:  {},
	PledgeWithdrawn:  {},
}

// CanBecome reports whether a pledge in status s may move to next.
func (s PledgeStatus) CanBecome(next PledgeStatus) bool {
	return s == next || slices.Contains(pledgeMoves[s], next)
}

// StatusEvent is one change of a status, in a record's history.
type StatusEvent struct {
	At     time.Time `json:"at"`
	UserID ID        `json:"user_id,omitempty"`
	From   string    `json:"from,omitempty"`
	To     string    `json:"to"`
	Note   string    `json:"note,omitempty"`
}

// Pledge is one organization's promise of support to another, or to a
// campaign.
type Pledge struct {
	Record
	FromID ID `json:"from_id"`
	// ToID is the organization supported; ToCampaignID the campaign.
	// Exactly one is set.
	ToID         ID         `json:"to_id,omitempty"`
	ToCampaignID ID         `json:"to_campaign_id,omitempty"`
	Kind         PledgeKind `json:"kind"`
	Terms        string     `json:"terms"`
	Activation   Activation `json:"activation"`
	// Amount is a decimal ("2500.00") with its ISO 4217 currency, for
	// money.
	Amount   string `json:"amount"`
	Currency string `json:"currency"`
	// Date is the day of an action day, or when the pledge was made.
	Date      Date         `json:"date"`
	Status    PledgeStatus `json:"status"`
	MessageID ID           `json:"message_id,omitempty"`
	// StatusNote goes with a change of status into the history.
	StatusNote string        `json:"status_note,omitempty"`
	History    []StatusEvent `json:"history"`
}

var amountPattern = regexp.MustCompile(`^[0-9]{1,12}(\.[0-9]{1,2})?$`)

// Normalize trims text and sets the defaults: an immediate pledge starts
// in progress, one on request offered.
func (p *Pledge) Normalize() {
	p.Record.normalize()
	p.Kind = PledgeKind(strings.TrimSpace(string(p.Kind)))
	if p.Kind == "" {
		p.Kind = PledgeOther
	}
	p.Activation = Activation(strings.TrimSpace(string(p.Activation)))
	if p.Activation == "" {
		p.Activation = ActivationOnRequest
	}
	p.Status = PledgeStatus(strings.TrimSpace(string(p.Status)))
	if p.Status == "" {
		p.Status = PledgeOffered
		if p.Activation == ActivationImmediate {
			p.Status = PledgeInProgress
		}
	}
	p.Terms = strings.TrimSpace(p.Terms)
	p.Amount = strings.ReplaceAll(strings.TrimSpace(p.Amount), ",", "")
	p.Currency = strings.ToUpper(strings.TrimSpace(p.Currency))
	p.Date = trimDate(p.Date)
	p.StatusNote = strings.TrimSpace(p.StatusNote)
	if p.History == nil {
		p.History = []StatusEvent{}
	}
}

// Validate checks a pledge; the store checks its references and history.
func (p *Pledge) Validate() error {
	var v Invalid
	p.Record.validate(&v)
	if p.FromID <= 0 {
		v.Add("from_id", "required", "from_id is required")
	}
	switch {
	case p.ToID == 0 && p.ToCampaignID == 0:
		v.Add("to_id", "required", "a pledge is to an organization (to_id) or to a campaign (to_campaign_id)")
	case p.ToID != 0 && p.ToCampaignID != 0:
		v.Add("to_campaign_id", "both", "a pledge is to an organization or to a campaign, not both")
	case p.ToID != 0 && p.ToID == p.FromID:
		v.Add("to_id", "self_pledge", "an organization does not pledge to itself")
	}
	if !slices.Contains(PledgeKinds, p.Kind) {
		v.Add("kind", "invalid_choice", fmt.Sprintf("kind must be one of %s, not %q", joinKinds(PledgeKinds), p.Kind), string(p.Kind))
	}
	if !slices.Contains(Activations, p.Activation) {
		v.Add("activation", "invalid_choice", fmt.Sprintf("activation must be immediate or on-request, not %q", p.Activation), string(p.Activation))
	}
	if !slices.Contains(PledgeStatuses, p.Status) {
		v.Add("status", "invalid_choice", fmt.Sprintf("status must be one of %s, not %q", joinKinds(PledgeStatuses), p.Status), string(p.Status))
	}
	checkLen(&v, "terms", p.Terms, 20000)
	checkLen(&v, "status_note", p.StatusNote, 2000)
	checkDate(&v, "date", p.Date)
	if p.Amount != "" && !amountPattern.MatchString(p.Amount) {
		v.Add("amount", "invalid_amount", fmt.Sprintf("amount: %q is not an amount like 2500.00", p.Amount), p.Amount)
	}
	if p.Amount != "" && (len(p.Currency) != 3 || strings.Trim(p.Currency, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") != "") {
		v.Add("currency", "invalid_currency", "currency: an amount needs its ISO 4217 currency, such as USD or MXN", p.Currency)
	}
	return v.Err()
}

// PledgeFilter selects pledges.
type PledgeFilter struct {
	ListOptions
	FromID, ToID, ToCampaignID ID
	// CampaignID keeps the pledges to the campaign or to its members.
	CampaignID ID
	Status     PledgeStatus
	Kind       PledgeKind
	// MessageIDs keeps the pledges made in any of these messages.
	MessageIDs []ID
}

// PledgeService keeps pledges.
type PledgeService interface {
	FindPledgeByID(ctx context.Context, id ID) (*Pledge, error)
	FindPledges(ctx context.Context, f PledgeFilter) (Page[*Pledge], error)
	CreatePledge(ctx context.Context, p *Pledge) error
	UpdatePledge(ctx context.Context, id ID, change func(*Pledge) error) (*Pledge, error)
	DeletePledge(ctx context.Context, id ID) error
}
