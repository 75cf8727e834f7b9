package frente

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"
)

// DisputeKind says what kind of action a dispute is.
type DisputeKind string

const (
	DisputeStrike       DisputeKind = "strike"
	DisputeLockout      DisputeKind = "lockout"
	DisputeWorkStoppage DisputeKind = "work-stoppage"
	DisputeProtest      DisputeKind = "protest"
	DisputePicket       DisputeKind = "picket"
	DisputeMarch        DisputeKind = "march"
	DisputeOccupation   DisputeKind = "occupation"
	DisputeOther        DisputeKind = "other"
)

// DisputeKinds lists the kinds in display order.
var DisputeKinds = []DisputeKind{DisputeStrike, DisputeLockout, DisputeWorkStoppage, DisputeProtest, DisputePicket,
	DisputeMarch, DisputeOccupation, DisputeOther}

// Authorized says whether the union authorized an action.
type Authorized string

const (
	AuthorizedYes     Authorized = "yes"
	AuthorizedNo      Authorized = "no"
	AuthorizedUnknown Authorized = "unknown"
)

// AuthorizedValues lists the answers.
var AuthorizedValues = []Authorized{AuthorizedYes, AuthorizedNo, AuthorizedUnknown}

// EventKind says what happened on a dispute's timeline.
type EventKind string

const (
	EventPoliceAction EventKind = "police-action"
	EventEviction     EventKind = "eviction"
	EventCourtRuling  EventKind = "court-ruling"
	EventNegotiation  EventKind = "negotiation-session"
	EventSolidarity   EventKind = "solidarity-action"
	EventArrest       EventKind = "arrest"
	EventViolence     EventKind = "violence"
	EventReturnToWork EventKind = "return-to-work"
	EventReport       EventKind = "report"
	EventOther        EventKind = "other"
)

// EventKinds lists the kinds of event.
var EventKinds = []EventKind{EventPoliceAction, EventEviction, EventCourtRuling, EventNegotiation, EventSolidarity,
	EventArrest, EventViolence, EventReturnToWork, EventReport, EventOther}

// ConfirmAfterDays is how old the last confirmation of an ongoing dispute
// may be before it needs confirming again: strike trackers' records go
// stale when nobody marks them ended, or confirms they are not.
const ConfirmAfterDays = 30

// Dispute is a strike, lockout or other action: who, where, from when to
// when, and how sure we are that it still goes on.
type Dispute struct {
	Record
	Kind  DisputeKind `json:"kind"`
	Title string      `json:"title"`
	// UnionIDs are the unions, locals or sections in the dispute.
	UnionIDs     []ID `json:"union_ids"`
	EmployerID   ID   `json:"employer_id,omitempty"`
	WorkplaceIDs []ID `json:"workplace_ids"`
	// CampaignIDs are the campaigns whose timeline shows it.
	CampaignIDs []ID `json:"campaign_ids"`
	Start       Date `json:"start"`
	// End is empty while it lasts.
	End Date `json:"end"`
	// LastConfirmed is the last day someone confirmed it still went on;
	// a report event moves it.
	LastConfirmed Date       `json:"last_confirmed"`
	Workers       int        `json:"workers"`
	Authorized    Authorized `json:"authorized"`
	Demands       []string   `json:"demands"`
	Outcome       string     `json:"outcome"`
	// Where, as trackers record it.
	Place Place `json:"place"`
	// Tracker fields, kept so that an export gives back what was imported.
	Industry string `json:"industry"`
	// BargainingUnitSize and Locations are the Labor Action Tracker's.
	BargainingUnitSize int            `json:"bargaining_unit_size"`
	Locations          int            `json:"locations"`
	NAICS              string         `json:"naics"`
	Notes              string         `json:"notes"`
	Events             []DisputeEvent `json:"events"`

	// Read-only, as of the store's today.
	DurationDays      int  `json:"duration_days"`
	Ongoing           bool `json:"ongoing"`
	NeedsConfirmation bool `json:"needs_confirmation"`
}

// Place is where a dispute happens, as strike trackers write it.
type Place struct {
	Address string `json:"address"`
	City    string `json:"city"`
	Region  string `json:"region"`
	Zip     string `json:"zip"`
	Country string `json:"country"`
	// Latitude and Longitude are nil when unknown.
	Latitude  *float64 `json:"latitude"`
	Longitude *float64 `json:"longitude"`
}

// DisputeEvent is one thing that happened in a dispute.
type DisputeEvent struct {
	Date        Date      `json:"date"`
	Kind        EventKind `json:"kind"`
	Description string    `json:"description"`
	Sources     []Source  `json:"sources"`
}

// Normalize trims text, defaults the kind and authorization, orders the
// events, and moves the last confirmation to the latest report.
func (d *Dispute) Normalize() {
	d.Record.normalize()
	d.Title = strings.TrimSpace(d.Title)
	d.Kind = DisputeKind(strings.TrimSpace(string(d.Kind)))
	if d.Kind == "" {
		d.Kind = DisputeStrike
	}
	d.Authorized = Authorized(strings.TrimSpace(string(d.Authorized)))
	if d.Authorized == "" {
		d.Authorized = AuthorizedUnknown
	}
	d.Start, d.End, d.LastConfirmed = trimDate(d.Start), trimDate(d.End), trimDate(d.LastConfirmed)
	d.UnionIDs, d.WorkplaceIDs, d.CampaignIDs = uniqueIDs(d.UnionIDs), uniqueIDs(d.WorkplaceIDs), uniqueIDs(d.CampaignIDs)
	demands := make([]string, 0, len(d.Demands))
	for _, s := range d.Demands {
		if s = strings.TrimSpace(s); s != "" && !slices.Contains(demands, s) {
			demands = append(demands, s)
		}
	}
	d.Demands = demands
	d.Outcome, d.Notes, d.Industry, d.NAICS = strings.TrimSpace(d.Outcome), strings.TrimSpace(d.Notes), strings.TrimSpace(d.Industry), strings.TrimSpace(d.NAICS)
	p := &d.Place
	p.Address, p.City, p.Region, p.Zip = strings.TrimSpace(p.Address), strings.TrimSpace(p.City), strings.TrimSpace(p.Region), strings.TrimSpace(p.Zip)
	p.Country = normalizeCountry(p.Country)
	if d.Events == nil {
		d.Events = []DisputeEvent{}
	}
	for i := range d.Events {
		e := &d.Events[i]
		e.Date = trimDate(e.Date)
		e.Kind = EventKind(strings.TrimSpace(string(e.Kind)))
		if e.Kind == "" {
			e.Kind = EventOther
		}
		e.Description = strings.TrimSpace(e.Description)
		if e.Sources == nil {
			e.Sources = []Source{}
		}
		if e.Kind == EventReport && e.Date.Valid() && e.Date > d.LastConfirmed {
			d.LastConfirmed = e.Date
		}
	}
	slices.SortStableFunc(d.Events, func(a, b DisputeEvent) int { return strings.Compare(string(a.Date), string(b.Date)) })
}

func trimDate(d Date) Date { return Date(strings.TrimSpace(string(d))) }

// Validate checks a dispute: its dates in order, its events within its
// span. The store checks its references, and the dates against its today
// (CheckDates).
func (d *Dispute) Validate() error {
	var v Invalid
	d.Record.validate(&v)
	required(&v, "title", d.Title)
	checkLen(&v, "title", d.Title, 300)
	if !slices.Contains(DisputeKinds, d.Kind) {
		v.Add("kind", "invalid_choice", fmt.Sprintf("kind must be one of %s, not %q", joinKinds(DisputeKinds), d.Kind), string(d.Kind))
	}
	if !slices.Contains(AuthorizedValues, d.Authorized) {
		v.Add("authorized", "invalid_choice", fmt.Sprintf("authorized must be one of yes, no, unknown, not %q", d.Authorized), string(d.Authorized))
	}
	if d.Start == "" {
		v.Add("start", "required", "start is required")
	}
	for _, f := range []struct {
		name string
		d    Date
	}{{"start", d.Start}, {"end", d.End}, {"last_confirmed", d.LastConfirmed}} {
		checkDate(&v, f.name, f.d)
	}
	if d.Start.Valid() && d.End.Valid() && d.End != "" && d.End < d.Start {
		v.Add("end", "before_start", fmt.Sprintf("end: %s is before the start, %s", d.End, d.Start), string(d.End), string(d.Start))
	}
	if d.Start.Valid() && d.LastConfirmed.Valid() && d.LastConfirmed != "" && d.LastConfirmed < d.Start {
		v.Add("last_confirmed", "before_start", fmt.Sprintf("last_confirmed: %s is before the start, %s", d.LastConfirmed, d.Start), string(d.LastConfirmed), string(d.Start))
	}
	if d.Workers < 0 || d.Workers > 100_000_000 {
		v.Add("workers", "out_of_range", "workers must be a number from 0 to 100,000,000", 0, 100_000_000)
	}
	if d.BargainingUnitSize < 0 || d.Locations < 0 {
		v.Add("bargaining_unit_size", "out_of_range", "sizes cannot be negative", 0, 100_000_000)
	}
	for i, s := range d.Demands {
		checkLen(&v, fmt.Sprintf("demands[%d]", i), s, 2000)
	}
	checkLen(&v, "outcome", d.Outcome, 20000)
	checkLen(&v, "notes", d.Notes, 20000)
	checkLen(&v, "industry", d.Industry, 300)
	checkLen(&v, "naics", d.NAICS, 20)
	checkLen(&v, "place.address", d.Place.Address, 500)
	checkLen(&v, "place.city", d.Place.City, 200)
	checkLen(&v, "place.region", d.Place.Region, 200)
	checkLen(&v, "place.zip", d.Place.Zip, 20)
	checkCountry(&v, "place.country", d.Place.Country, false)
	if la := d.Place.Latitude; la != nil && (*la < -90 || *la > 90) {
		v.Add("place.latitude", "out_of_range", "latitude must be from -90 to 90", -90, 90)
	}
	if lo := d.Place.Longitude; lo != nil && (*lo < -180 || *lo > 180) {
		v.Add("place.longitude", "out_of_range", "longitude must be from -180 to 180", -180, 180)
	}
	if len(d.Events) > 1000 {
		v.Add("events", "too_many", "a dispute has at most 1000 events", 1000)
	}
	for i, e := range d.Events {
		f := fmt.Sprintf("events[%d]", i)
		if e.Date == "" {
			v.Add(f+".date", "required", f+".date is required")
		} else if !e.Date.Valid() {
			checkDate(&v, f+".date", e.Date)
		} else {
			switch {
			case d.Start.Valid() && e.Date < d.Start:
				v.Add(f+".date", "outside_span", fmt.Sprintf("%s.date: %s is before the dispute began, %s", f, e.Date, d.Start), string(e.Date), string(d.Start))
			case d.End != "" && d.End.Valid() && e.Date > d.End && e.Kind != EventReport:
				v.Add(f+".date", "outside_span", fmt.Sprintf("%s.date: %s is after the dispute ended, %s", f, e.Date, d.End), string(e.Date), string(d.End))
			}
		}
		if !slices.Contains(EventKinds, e.Kind) {
			v.Add(f+".kind", "invalid_choice", fmt.Sprintf("%s.kind must be one of %s, not %q", f, joinKinds(EventKinds), e.Kind), string(e.Kind))
		}
		checkLen(&v, f+".description", e.Description, 20000)
	}
	return v.Err()
}

// CheckDates refuses dates after today: a dispute records what happened.
func (d *Dispute) CheckDates(today time.Time) error {
	var v Invalid
	now := Date(today.Format(time.DateOnly))
	future := func(field string, x Date) {
		if x != "" && x.Valid() && x > now {
			v.Add(field, "future", fmt.Sprintf("%s: %s is in the future", field, x), string(x))
		}
	}
	future("start", d.Start)
	future("end", d.End)
	future("last_confirmed", d.LastConfirmed)
	for i, e := range d.Events {
		future(fmt.Sprintf("events[%d].date", i), e.Date)
	}
	return v.Err()
}

// Compute fills the read-only fields as of today: an ended dispute lasts
// from start to end; an ongoing one at least up to its last confirmation
// (its start when never confirmed), and needs confirming when that is
// older than ConfirmAfterDays.
func (d *Dispute) Compute(today time.Time) {
	start, err := time.Parse(time.DateOnly, string(d.Start))
	if err != nil {
		return
	}
	d.Ongoing = d.End == ""
	until := d.End
	if d.Ongoing {
		until = d.LastConfirmed
		if until == "" {
			until = d.Start
		}
	}
	if u, err := time.Parse(time.DateOnly, string(until)); err == nil {
		d.DurationDays = DaysBetween(start, u) + 1
		if d.Ongoing {
			t := time.Date(today.Year(), today.Month(), today.Day(), 0, 0, 0, 0, time.UTC)
			d.NeedsConfirmation = DaysBetween(u, t) > ConfirmAfterDays
		}
	}
}

// DaysBetween counts the calendar days from a to b.
func DaysBetween(a, b time.Time) int {
	a = time.Date(a.Year(), a.Month(), a.Day(), 0, 0, 0, 0, time.UTC)
	b = time.Date(b.Year(), b.Month(), b.Day(), 0, 0, 0, 0, time.UTC)
	return int(b.Sub(a).Hours() / 24)
}

// Span is a duration in whole years, months and days, for reading.
type Span struct{ Years, Months, Days int }

// SpanBetween is the calendar span from a to b (b after a), counting
// whole months first: 2007-07-30 to 2013-07-30 is 6 years. A month from
// the 31st ends on the last day of a shorter month.
func SpanBetween(a, b time.Time) Span {
	months := (b.Year()-a.Year())*12 + int(b.Month()) - int(a.Month())
	if months > 0 && addMonths(a, months).After(b) {
		months--
	}
	if months < 0 {
		months = 0
	}
	return Span{months / 12, months % 12, DaysBetween(addMonths(a, months), b)}
}

// addMonths adds n months to t's day, clamped to the length of the month.
func addMonths(t time.Time, n int) time.Time {
	first := time.Date(t.Year(), t.Month()+time.Month(n), 1, 0, 0, 0, 0, time.UTC)
	last := first.AddDate(0, 1, -1).Day()
	return time.Date(first.Year(), first.Month(), min(t.Day(), last), 0, 0, 0, 0, time.UTC)
}

// DisputeFilter selects disputes.
type DisputeFilter struct {
	ListOptions
	Kind        DisputeKind
	CampaignID  ID
	EmployerID  ID
	UnionID     ID
	WorkplaceID ID
	// Ongoing, when set, keeps the disputes that go on ("true") or ended ("false").
	Ongoing string
	// NeedsConfirmation keeps ongoing disputes whose confirmation is stale.
	NeedsConfirmation bool
}

// DisputeService keeps disputes.
type DisputeService interface {
	FindDisputeByID(ctx context.Context, id ID) (*Dispute, error)
	FindDisputes(ctx context.Context, f DisputeFilter) (Page[*Dispute], error)
	CreateDispute(ctx context.Context, d *Dispute) error
	UpdateDispute(ctx context.Context, id ID, change func(*Dispute) error) (*Dispute, error)
	DeleteDispute(ctx context.Context, id ID) error
}
