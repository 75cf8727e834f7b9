package frente

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"
)

// IncidentKind says what happened at a workplace.
type IncidentKind string

const (
	IncidentExplosion IncidentKind = "explosion"
	IncidentCollapse  IncidentKind = "collapse"
	IncidentFire      IncidentKind = "fire"
	IncidentFlood     IncidentKind = "flood"
	IncidentExposure  IncidentKind = "exposure"
	IncidentOther     IncidentKind = "other"
)

// IncidentKinds lists the kinds.
var IncidentKinds = []IncidentKind{IncidentExplosion, IncidentCollapse, IncidentFire, IncidentFlood, IncidentExposure, IncidentOther}

// DemandStatus is where an unresolved demand stands.
type DemandStatus string

const (
	DemandOpen      DemandStatus = "open"
	DemandPartial   DemandStatus = "partly-met"
	DemandMet       DemandStatus = "met"
	DemandRefused   DemandStatus = "refused"
	DemandAbandoned DemandStatus = "abandoned"
)

// DemandStatuses lists the statuses.
var DemandStatuses = []DemandStatus{DemandOpen, DemandPartial, DemandMet, DemandRefused, DemandAbandoned}

// Incident is a disaster at a workplace: an explosion, a collapse, a
// fire; its dead and injured, and what the workers and families still
// demand.
type Incident struct {
	Record
	Date        Date             `json:"date"`
	Title       string           `json:"title"`
	WorkplaceID ID               `json:"workplace_id,omitempty"`
	Kind        IncidentKind     `json:"kind"`
	Dead        int              `json:"dead"`
	Injured     int              `json:"injured"`
	Description string           `json:"description"`
	Demands     []IncidentDemand `json:"demands"`
	DisputeIDs  []ID             `json:"dispute_ids"`
	CampaignIDs []ID             `json:"campaign_ids"`
	// Read-only, as of the store's today: whole years since, and the
	// next anniversary.
	Years           int  `json:"years"`
	NextAnniversary Date `json:"next_anniversary"`
}

// IncidentDemand is one demand left unresolved by an incident ("recover
// the bodies"), with its own status and dates.
type IncidentDemand struct {
	Text   string       `json:"text"`
	Status DemandStatus `json:"status"`
	// Since is when it was first made; Until when it was met or dropped.
	Since Date `json:"since"`
	Until Date `json:"until"`
}

// Normalize trims text and defaults the kind and the demands' status.
func (n *Incident) Normalize() {
	n.Record.normalize()
	n.Date = trimDate(n.Date)
	n.Title = strings.TrimSpace(n.Title)
	n.Kind = IncidentKind(strings.TrimSpace(string(n.Kind)))
	if n.Kind == "" {
		n.Kind = IncidentOther
	}
	n.Description = strings.TrimSpace(n.Description)
	n.DisputeIDs, n.CampaignIDs = uniqueIDs(n.DisputeIDs), uniqueIDs(n.CampaignIDs)
	if n.Demands == nil {
		n.Demands = []IncidentDemand{}
	}
	for i := range n.Demands {
		d := &n.Demands[i]
		d.Text = strings.TrimSpace(d.Text)
		d.Status = DemandStatus(strings.TrimSpace(string(d.Status)))
		if d.Status == "" {
			d.Status = DemandOpen
		}
		d.Since, d.Until = trimDate(d.Since), trimDate(d.Until)
	}
}

// Validate checks an incident; the store checks its references and its
// dates against today.
func (n *Incident) Validate() error {
	var v Invalid
	n.Record.validate(&v)
	required(&v, "title", n.Title)
	checkLen(&v, "title", n.Title, 300)
	if n.Date == "" {
		v.Add("date", "required", "date is required")
	}
	checkDate(&v, "date", n.Date)
	if !slices.Contains(IncidentKinds, n.Kind) {
		v.Add("kind", "invalid_choice", fmt.Sprintf("kind must be one of %s, not %q", joinKinds(IncidentKinds), n.Kind), string(n.Kind))
	}
	if n.Dead < 0 || n.Dead > 1_000_000 {
		v.Add("dead", "out_of_range", "dead must be a number from 0 to 1,000,000", 0, 1_000_000)
	}
	if n.Injured < 0 || n.Injured > 1_000_000 {
		v.Add("injured", "out_of_range", "injured must be a number from 0 to 1,000,000", 0, 1_000_000)
	}
	checkLen(&v, "description", n.Description, 20000)
	for i, d := range n.Demands {
		f := fmt.Sprintf("demands[%d]", i)
		required(&v, f+".text", d.Text)
		checkLen(&v, f+".text", d.Text, 2000)
		if !slices.Contains(DemandStatuses, d.Status) {
			v.Add(f+".status", "invalid_choice", fmt.Sprintf("%s.status must be one of %s, not %q", f, joinKinds(DemandStatuses), d.Status), string(d.Status))
		}
		checkDate(&v, f+".since", d.Since)
		checkDate(&v, f+".until", d.Until)
		if d.Since != "" && d.Until != "" && d.Since.Valid() && d.Until.Valid() && d.Until < d.Since {
			v.Add(f+".until", "before_start", fmt.Sprintf("%s.until is before %s.since", f, f), string(d.Until), string(d.Since))
		}
		if d.Until != "" && (d.Status == DemandOpen || d.Status == DemandPartial) {
			v.Add(f+".until", "still_open", fmt.Sprintf("%s.until: a demand that is still %s has no end date", f, d.Status), string(d.Status))
		}
	}
	return v.Err()
}

// CheckDates refuses dates after today.
func (n *Incident) CheckDates(today time.Time) error {
	var v Invalid
	now := Date(today.Format(time.DateOnly))
	if n.Date.Valid() && n.Date > now {
		v.Add("date", "future", fmt.Sprintf("date: %s is in the future", n.Date), string(n.Date))
	}
	for i, d := range n.Demands {
		for _, x := range []struct {
			f string
			d Date
		}{{fmt.Sprintf("demands[%d].since", i), d.Since}, {fmt.Sprintf("demands[%d].until", i), d.Until}} {
			if x.d != "" && x.d.Valid() && x.d > now {
				v.Add(x.f, "future", fmt.Sprintf("%s: %s is in the future", x.f, x.d), string(x.d))
			}
		}
	}
	return v.Err()
}

// Compute fills the years since the incident and its next anniversary.
func (n *Incident) Compute(today time.Time) {
	t, err := time.Parse(time.DateOnly, string(n.Date))
	if err != nil {
		return
	}
	today = time.Date(today.Year(), today.Month(), today.Day(), 0, 0, 0, 0, time.UTC)
	n.Years = SpanBetween(t, today).Years
	next := anniversary(t, today.Year())
	if next.Before(today) {
		next = anniversary(t, today.Year()+1)
	}
	n.NextAnniversary = Date(next.Format(time.DateOnly))
}

// anniversary is t's day in year y; 29 February falls on 28 February in
// other years.
func anniversary(t time.Time, y int) time.Time {
	a := time.Date(y, t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
	if a.Month() != t.Month() {
		a = time.Date(y, t.Month()+1, 0, 0, 0, 0, 0, time.UTC)
	}
	return a
}

// IncidentFilter selects incidents.
type IncidentFilter struct {
	ListOptions
	Kind        IncidentKind
	WorkplaceID ID
	CampaignID  ID
	DisputeID   ID
	// DisputeIDs keeps the incidents linked to any of these disputes.
	DisputeIDs []ID
}

// IncidentService keeps incidents.
type IncidentService interface {
	FindIncidentByID(ctx context.Context, id ID) (*Incident, error)
	FindIncidents(ctx context.Context, f IncidentFilter) (Page[*Incident], error)
	CreateIncident(ctx context.Context, n *Incident) error
	UpdateIncident(ctx context.Context, id ID, change func(*Incident) error) (*Incident, error)
	DeleteIncident(ctx context.Context, id ID) error
}
