package frente

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// ID identifies a record within its kind. It is written as a JSON number and
// read from a number or a string of digits, so that scripts may send either.
type ID int64

// UnmarshalJSON accepts 12 and "12".
func (id *ID) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	if len(b) > 0 && b[0] == '"' {
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		b = []byte(s)
	}
	n, err := strconv.ParseInt(string(b), 10, 64)
	if err != nil || n <= 0 {
		return fmt.Errorf("%q is not a record id", b)
	}
	*id = ID(n)
	return nil
}

// ParseID reads an id from a URL path or form value.
func ParseID(s string) (ID, error) {
	n, err := strconv.ParseInt(strings.TrimSpace(s), 10, 64)
	if err != nil || n <= 0 {
		return 0, Errorf(EINVALID, "%q is not a record id", s)
	}
	return ID(n), nil
}

// Visibility says who may read a record. It is enforced by the stores'
// queries (see Viewer), never by filtering results afterwards.
type Visibility string

const (
	// Private: members of the owner organization and of those above it.
	Private Visibility = "private"
	// CampaignVisible: also members of the campaigns the record belongs to.
	CampaignVisible Visibility = "campaign"
	// Public: everyone, also without logging in.
	Public Visibility = "public"
)

// Visibilities lists the valid values in display order.
var Visibilities = []Visibility{Private, CampaignVisible, Public}

// Valid reports whether v is one of the known visibilities.
func (v Visibility) Valid() bool {
	return v == Private || v == CampaignVisible || v == Public
}

// Source is a citation: where a fact came from. URL, Text or both.
type Source struct {
	URL  string `json:"url,omitempty"`
	Text string `json:"text,omitempty"`
}

// Record holds what every stored record has.
type Record struct {
	ID ID `json:"id"`
	// Ref is an optional stable external key (a demo key, a tracker's id),
	// unique within the kind, that makes imports repeatable.
	Ref        string     `json:"ref,omitempty"`
	OwnerID    ID         `json:"owner_id,omitempty"`
	Visibility Visibility `json:"visibility"`
	Sources    []Source   `json:"sources"`
	// Campaigns are the campaigns the record is shared with: with
	// visibility "campaign", their members may read it.
	Campaigns []ID      `json:"campaigns"`
	CreatedAt time.Time `json:"created_at"`
	UpdatedAt time.Time `json:"updated_at"`
}

// normalize trims and defaults the common fields.
func (r *Record) normalize() {
	r.Ref = strings.TrimSpace(r.Ref)
	if r.Visibility == "" {
		r.Visibility = Private
	}
	if r.Sources == nil {
		r.Sources = []Source{}
	}
	r.Campaigns = uniqueIDs(r.Campaigns)
	slices.Sort(r.Campaigns)
	for i := range r.Sources {
		r.Sources[i].URL = strings.TrimSpace(r.Sources[i].URL)
		r.Sources[i].Text = strings.TrimSpace(r.Sources[i].Text)
	}
}

// validate checks the common fields.
func (r *Record) validate(v *Invalid) {
	if !r.Visibility.Valid() {
		v.Add("visibility", "invalid_choice", fmt.Sprintf("visibility must be one of private, campaign, public, not %q", r.Visibility), string(r.Visibility))
	}
	if r.OwnerID < 0 {
		v.Add("owner_id", "invalid_id", "owner_id is not a record id")
	}
	checkLen(v, "ref", r.Ref, 200)
	for i, s := range r.Sources {
		field := fmt.Sprintf("sources[%d]", i)
		if s.URL == "" && s.Text == "" {
			v.Add(field, "required", field+" needs a url or a text")
			continue
		}
		if s.URL != "" && !validURL(s.URL) {
			v.Add(field+".url", "invalid_url", fmt.Sprintf("%q is not an http or https URL", s.URL), s.URL)
		}
		checkLen(v, field+".text", s.Text, 2000)
	}
}

func validURL(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}

// checkLen refuses text longer than max characters.
func checkLen(v *Invalid, field, s string, max int) {
	if utf8.RuneCountInString(s) > max {
		v.Add(field, "too_long", fmt.Sprintf("%s is longer than %d characters", field, max), max)
	}
	// A NUL is valid UTF-8 but no database stores it in text.
	if !utf8.ValidString(s) || strings.ContainsRune(s, 0) {
		v.Add(field, "invalid_text", field+" is not valid text (invalid UTF-8 or a NUL character)")
	}
}

// required refuses an empty value.
func required(v *Invalid, field, s string) {
	if s == "" {
		v.Add(field, "required", field+" is required")
	}
}

// Date is a calendar day written YYYY-MM-DD; the zero value is "no date".
type Date string

// Valid reports whether d is empty or a real calendar day.
func (d Date) Valid() bool {
	if d == "" {
		return true
	}
	_, err := time.Parse(time.DateOnly, string(d))
	return err == nil
}

func checkDate(v *Invalid, field string, d Date) {
	if !d.Valid() {
		v.Add(field, "invalid_date", fmt.Sprintf("%s: %q is not a date written YYYY-MM-DD", field, d), string(d))
	}
}

// Page is one page of a listing: the items, the number of all the records
// that match the filter, and an opaque cursor for the next page ("" at the end).
type Page[T any] struct {
	Items []T    `json:"items"`
	Total int    `json:"total"`
	Next  string `json:"next"`
}

// DefaultLimit and MaxLimit bound a page of a listing.
const (
	DefaultLimit = 50
	MaxLimit     = 500
)

// ListOptions is what every listing takes besides its filters.
type ListOptions struct {
	// Q searches names, without regard to case or accents.
	Q string
	// Ref selects the record with this external key.
	Ref    string
	Limit  int
	Cursor string
}

// Normalize bounds the limit.
func (o *ListOptions) Normalize() {
	o.Q = strings.TrimSpace(o.Q)
	o.Ref = strings.TrimSpace(o.Ref)
	if o.Limit <= 0 {
		o.Limit = DefaultLimit
	}
	if o.Limit > MaxLimit {
		o.Limit = MaxLimit
	}
}

// Base returns the common fields; every record type has it through Record,
// which lets stores handle records generically.
func (r *Record) Base() *Record { return r }
