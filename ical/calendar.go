// Package ical writes iCalendar (RFC 5545) feeds of all-day events: agreement
// expiries, bargaining sessions, action days, deadlines and anniversaries. It
// knows nothing of HTTP or the store; the caller gathers the events.
package ical

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"time"
)

// ContentType is the media type to serve a feed with.
const ContentType = "text/calendar; charset=utf-8"

// DefaultProdID is written when Calendar.ProdID is empty: PRODID is required.
const DefaultProdID = "-//Frente//Frente 1.0//EN"

// ErrInvalid is wrapped by every error about a calendar or event that cannot
// be written (missing UID, date out of range, relative URL, bad language tag).
var ErrInvalid = errors.New("invalid calendar")

// ErrDuplicateUID is wrapped when two different events share a UID: calendar
// programs keep one of them at random, so the caller has a bug to fix.
var ErrDuplicateUID = errors.New("duplicate event UID")

// Event is one all-day event.
type Event struct {
	// UID is stable and globally unique, e.g. "agreement-12-expiry@frente".
	UID string
	// Date is the day of the event, taken in Date's own location; the time
	// of day is ignored. The event ends at the start of the next day.
	Date time.Time
	// Yearly repeats the event every year (anniversaries). An event on
	// 29 February then falls on the last day of February in common years.
	Yearly      bool
	Summary     string
	Description string
	// URL is the absolute link back to the event's page.
	URL        string
	Categories []string
	// Stamp is DTSTAMP, written in UTC; Calendar.Stamp stands in when zero.
	Stamp time.Time
}

// Calendar is one feed.
type Calendar struct {
	Name        string // NAME and X-WR-CALNAME
	Description string // DESCRIPTION and X-WR-CALDESC
	ProdID      string // DefaultProdID when empty
	// Language is the BCP 47 tag of the caller's words (Name, Summary...),
	// written as their LANGUAGE parameter; empty writes none.
	Language string
	// RefreshInterval is how often subscribers should fetch the feed again
	// (REFRESH-INTERVAL and X-PUBLISHED-TTL); zero writes neither.
	RefreshInterval time.Duration
	// Stamp is the DTSTAMP of events that have none. Callers pass a fixed
	// time, not time.Now, so that an unchanged feed is byte-for-byte equal.
	Stamp  time.Time
	Events []Event
}

// Write writes c to w. Nothing is written when c is invalid, so a handler
// can still answer with an error status.
func Write(w io.Writer, c Calendar) error {
	b, err := Marshal(c)
	if err != nil {
		return err
	}
	if _, err := w.Write(b); err != nil {
		return fmt.Errorf("ical: writing calendar: %w", err)
	}
	return nil
}

// Marshal returns c as an iCalendar object. Events come out sorted by date
// then UID; events that are equal in every field are written once, so the
// same event gathered along two paths is harmless.
func Marshal(c Calendar) ([]byte, error) {
	if c.Language != "" && !languageTag.MatchString(c.Language) {
		return nil, fmt.Errorf("ical: language %q: %w: not a BCP 47 tag", c.Language, ErrInvalid)
	}
	events, err := prepare(c)
	if err != nil {
		return nil, err
	}

	var b bytes.Buffer
	b.Grow(512 + 400*len(events))
	lang := ""
	if c.Language != "" {
		lang = ";LANGUAGE=" + c.Language
	}
	prodID := c.ProdID
	if prodID == "" {
		prodID = DefaultProdID
	}

	writeLine(&b, "BEGIN:VCALENDAR")
	writeLine(&b, "VERSION:2.0")
	writeLine(&b, "PRODID:"+escapeText(cleanText(prodID)))
	writeLine(&b, "CALSCALE:GREGORIAN")
	writeLine(&b, "METHOD:PUBLISH")
	if c.Name != "" {
		name := escapeText(cleanText(c.Name))
		writeLine(&b, "NAME"+lang+":"+name)
		// Apple and Google read only the X-WR- forms.
		writeLine(&b, "X-WR-CALNAME:"+name)
	}
	if c.Description != "" {
		desc := escapeText(cleanText(c.Description))
		writeLine(&b, "DESCRIPTION"+lang+":"+desc)
		writeLine(&b, "X-WR-CALDESC:"+desc)
	}
	if d := formatDuration(c.RefreshInterval); d != "" {
		writeLine(&b, "REFRESH-INTERVAL;VALUE=DURATION:"+d)
		writeLine(&b, "X-PUBLISHED-TTL:"+d)
	}
	for _, e := range events {
		writeEvent(&b, e, lang)
	}
	writeLine(&b, "END:VCALENDAR")
	return b.Bytes(), nil
}

// event is an Event checked and reduced to what is written.
type event struct {
	uid        string
	start, end civilDate
	yearly     bool
	stamp      time.Time
	summary    string
	desc       string
	url        string
	categories []string
}

func writeEvent(b *bytes.Buffer, e event, lang string) {
	writeLine(b, "BEGIN:VEVENT")
	writeLine(b, "UID:"+escapeText(e.uid))
	writeLine(b, "DTSTAMP:"+e.stamp.UTC().Format(stampLayout))
	writeLine(b, "DTSTART;VALUE=DATE:"+e.start.String())
	writeLine(b, "DTEND;VALUE=DATE:"+e.end.String())
	if e.yearly {
		writeLine(b, "RRULE:"+yearlyRule(e.start))
	}
	if e.summary != "" {
		writeLine(b, "SUMMARY"+lang+":"+escapeText(e.summary))
	}
	if e.desc != "" {
		writeLine(b, "DESCRIPTION"+lang+":"+escapeText(e.desc))
	}
	if len(e.categories) > 0 {
		parts := make([]string, len(e.categories))
		for i, c := range e.categories {
			parts[i] = escapeText(c)
		}
		writeLine(b, "CATEGORIES"+lang+":"+strings.Join(parts, ","))
	}
	if e.url != "" {
		writeLine(b, "URL:"+e.url)
	}
	// Deadlines and anniversaries are reminders, not appointments: they must
	// not make the subscriber look busy all day.
	writeLine(b, "TRANSP:TRANSPARENT")
	writeLine(b, "END:VEVENT")
}

// languageTag is loose BCP 47: enough to keep a parameter value from
// breaking the content line, without a registry of subtags.
var languageTag = regexp.MustCompile(`^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$`)

// prepare checks every event, drops exact duplicates and sorts.
func prepare(c Calendar) ([]event, error) {
	events := make([]event, 0, len(c.Events))
	for i, in := range c.Events {
		e, err := check(in, c.Stamp)
		if err != nil {
			return nil, fmt.Errorf("ical: event %d (UID %q): %w", i, in.UID, err)
		}
		events = append(events, e)
	}
	slices.SortStableFunc(events, func(a, b event) int {
		if n := a.start.compare(b.start); n != 0 {
			return n
		}
		return strings.Compare(a.uid, b.uid)
	})
	out := events[:0]
	byUID := make(map[string]int, len(events))
	for _, e := range events {
		if j, ok := byUID[e.uid]; ok {
			if !sameEvent(e, out[j]) {
				return nil, fmt.Errorf("ical: UID %q: %w", e.uid, ErrDuplicateUID)
			}
			continue
		}
		byUID[e.uid] = len(out)
		out = append(out, e)
	}
	return out, nil
}

func check(in Event, defaultStamp time.Time) (event, error) {
	var e event
	if in.UID == "" {
		return e, fmt.Errorf("%w: no UID", ErrInvalid)
	}
	if cleanText(in.UID) != in.UID {
		// A UID altered here would no longer match the one calendar programs
		// already hold, so refuse rather than clean it.
		return e, fmt.Errorf("%w: UID has control characters or invalid UTF-8", ErrInvalid)
	}
	if in.Date.IsZero() {
		return e, fmt.Errorf("%w: no date", ErrInvalid)
	}
	e.start = dateOf(in.Date)
	e.end = e.start.next()
	if e.start.year < 1 || e.end.year > 9999 {
		return e, fmt.Errorf("%w: date %s outside years 1 to 9999", ErrInvalid, in.Date.Format(time.DateOnly))
	}
	e.stamp = in.Stamp
	if e.stamp.IsZero() {
		e.stamp = defaultStamp
	}
	if e.stamp.IsZero() {
		return e, fmt.Errorf("%w: no DTSTAMP: set Event.Stamp or Calendar.Stamp", ErrInvalid)
	}
	if y := e.stamp.UTC().Year(); y < 1 || y > 9999 {
		return e, fmt.Errorf("%w: stamp year %d outside 1 to 9999", ErrInvalid, y)
	}
	if in.URL != "" {
		u, err := url.Parse(in.URL)
		if err != nil {
			return e, fmt.Errorf("%w: URL: %w", ErrInvalid, err)
		}
		if !u.IsAbs() {
			return e, fmt.Errorf("%w: URL %q is not absolute", ErrInvalid, in.URL)
		}
		// String re-encodes what Parse tolerated (spaces), so the value is
		// a valid URI with nothing that could end the content line.
		e.url = u.String()
	}
	e.uid = in.UID
	e.yearly = in.Yearly
	e.summary = cleanText(in.Summary)
	e.desc = cleanText(in.Description)
	for _, c := range in.Categories {
		if c = cleanText(c); c != "" {
			e.categories = append(e.categories, c)
		}
	}
	return e, nil
}

func sameEvent(a, b event) bool {
	return a.uid == b.uid && a.start == b.start && a.yearly == b.yearly &&
		a.stamp.Equal(b.stamp) && a.summary == b.summary && a.desc == b.desc &&
		a.url == b.url && slices.Equal(a.categories, b.categories)
}
