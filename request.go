package frente

import (
	"context"
	"fmt"
	"slices"
	"strings"
)

// RequestStatus is where a request for support stands.
type RequestStatus string

const (
	RequestOpen     RequestStatus = "open"
	RequestAccepted RequestStatus = "accepted"
	RequestDone     RequestStatus = "done"
	RequestDeclined RequestStatus = "declined"
)

// RequestStatuses lists the statuses.
var RequestStatuses = []RequestStatus{RequestOpen, RequestAccepted, RequestDone, RequestDeclined}

var requestMoves = map[RequestStatus][]RequestStatus{
	RequestOpen:     {RequestAccepted, RequestDeclined, RequestDone},
	RequestAccepted: {RequestDone, RequestDeclined},
	RequestDone:     {},
	RequestDeclined: {RequestOpen},
}

// CanBecome reports whether a request in status s may move to next.
func (s RequestStatus) CanBecome(next RequestStatus) bool {
	return s == next || slices.Contains(requestMoves[s], next)
}

// Request is the supported side asking a pledger (or the whole campaign)
// for something by a date, pointing at the pledges it calls on: the
// moment "they deem it convenient".
type Request struct {
	Record
	// FromID is the organization asking; the viewer's when not given.
	FromID ID `json:"from_id"`
	// ToID is the organization asked; CampaignID, for a request to the
	// whole campaign. The pledges say whom when neither is given.
	ToID       ID            `json:"to_id,omitempty"`
	CampaignID ID            `json:"campaign_id,omitempty"`
	PledgeIDs  []ID          `json:"pledges"`
	Summary    string        `json:"summary"`
	Due        Date          `json:"due"`
	Status     RequestStatus `json:"status"`
	// StatusNote goes with a change of status into the history.
	StatusNote string        `json:"status_note,omitempty"`
	History    []StatusEvent `json:"history"`
}

// Normalize trims text and defaults the status.
func (q *Request) Normalize() {
	q.Record.normalize()
	q.Summary = strings.TrimSpace(q.Summary)
	q.Due = trimDate(q.Due)
	q.Status = RequestStatus(strings.TrimSpace(string(q.Status)))
	if q.Status == "" {
		q.Status = RequestOpen
	}
	q.StatusNote = strings.TrimSpace(q.StatusNote)
	q.PledgeIDs = uniqueIDs(q.PledgeIDs)
	if q.History == nil {
		q.History = []StatusEvent{}
	}
}

// Validate checks a request; the store checks its pledges and who may
// change its status.
func (q *Request) Validate() error {
	var v Invalid
	q.Record.validate(&v)
	required(&v, "summary", q.Summary)
	checkLen(&v, "summary", q.Summary, 20000)
	checkDate(&v, "due", q.Due)
	if !slices.Contains(RequestStatuses, q.Status) {
		v.Add("status", "invalid_choice", fmt.Sprintf("status must be one of %s, not %q", joinKinds(RequestStatuses), q.Status), string(q.Status))
	}
	if len(q.PledgeIDs) == 0 && q.ToID == 0 && q.CampaignID == 0 {
		v.Add("pledges", "required", "a request calls on pledges, or asks an organization (to_id) or a campaign (campaign_id)")
	}
	if q.ToID != 0 && q.ToID == q.FromID {
		v.Add("to_id", "self_request", "an organization does not ask itself")
	}
	checkLen(&v, "status_note", q.StatusNote, 2000)
	return v.Err()
}

// RequestFilter selects requests.
type RequestFilter struct {
	ListOptions
	// To lists the requests to this organization (or to a campaign it is
	// in); From those it made.
	To, From ID
	// CampaignID keeps the requests to the campaign or between its members.
	CampaignID ID
	Status     RequestStatus
	// PledgeID keeps the requests that call on this pledge.
	PledgeID ID
}

// RequestService keeps requests. Their status is changed by the side
// asked (accepted, declined) or by either side (done), and moves the
// pledges they call on.
type RequestService interface {
	FindRequestByID(ctx context.Context, id ID) (*Request, error)
	FindRequests(ctx context.Context, f RequestFilter) (Page[*Request], error)
	CreateRequest(ctx context.Context, q *Request) error
	UpdateRequest(ctx context.Context, id ID, change func(*Request) error) (*Request, error)
	DeleteRequest(ctx context.Context, id ID) error
	// Inbox lists the requests to and from the viewer's organizations.
	Inbox(ctx context.Context) (to, from []*Request, err error)
}
