package tracker

import (
	"fmt"
	"math"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/frente/frente"
)

// dateLayouts are the ways trackers and spreadsheets write a day: ISO
// first, then the American month/day/year of the trackers' spreadsheets.
var dateLayouts = []string{"2006-01-02", "2006-1-2", "2006/1/2", "1/2/2006", "1/2/06", "1-2-2006",
	"Jan 2, 2006", "January 2, 2006", "2 Jan 2006", "2 January 2006"}

// parseDate reads a day in any of dateLayouts, with or without a time of
// day after it (as spreadsheets add), and returns it as YYYY-MM-DD.
func parseDate(s string) (frente.Date, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", nil
	}
	day := s
	if i := strings.IndexAny(s, "T "); i >= 8 && strings.Count(s[:i], "/")+strings.Count(s[:i], "-") == 2 {
		// "2024-02-26T00:00:00Z", "2/26/2024 0:00".
		day = s[:i]
	}
	for _, layout := range dateLayouts {
		t, err := time.Parse(layout, day)
		if err != nil {
			continue
		}
		if t.Year() < 1800 {
			return "", fmt.Errorf("%q is not a plausible date: the year is %d", s, t.Year())
		}
		return frente.Date(t.Format(time.DateOnly)), nil
	}
	return "", fmt.Errorf("%q is not a date (write YYYY-MM-DD or M/D/YYYY)", s)
}

// maxCount bounds the numbers of workers and locations, as the store does.
const maxCount = 100_000_000

// parseCount reads a whole, non-negative number as trackers write it:
// "27", "27.0", "1,200", "~300", "300+". Empty is 0.
func parseCount(s string) (int, error) {
	t := strings.TrimSpace(s)
	t = strings.TrimSuffix(strings.TrimPrefix(t, "~"), "+")
	t = strings.ReplaceAll(strings.TrimSpace(t), ",", "")
	if t == "" {
		return 0, nil
	}
	f, err := strconv.ParseFloat(t, 64)
	switch {
	case err != nil || math.IsNaN(f) || math.IsInf(f, 0):
		return 0, fmt.Errorf("%q is not a number", s)
	case f != float64(int64(f)):
		return 0, fmt.Errorf("%q is not a whole number", s)
	case f < 0:
		return 0, fmt.Errorf("%q is negative", s)
	case f > maxCount:
		return 0, fmt.Errorf("%q is more than %d", s, maxCount)
	}
	return int(f), nil
}

// parseAmount reads a non-negative number that may have a fraction
// ("1.5" hours). Empty is 0.
func parseAmount(s string) (float64, error) {
	t := strings.ReplaceAll(strings.TrimSpace(s), ",", "")
	if t == "" {
		return 0, nil
	}
	f, err := strconv.ParseFloat(t, 64)
	if err != nil || math.IsNaN(f) || f < 0 || f > maxCount {
		return 0, fmt.Errorf("%q is not a number of days, weeks or hours", s)
	}
	return f, nil
}

// parseCoordinates reads "40.71, -74.00". A row of several locations
// lists a pair for each, separated by ";": the first is the dispute's
// place (the others are not kept).
func parseCoordinates(s string) (lat, long *float64, err error) {
	var first string
	for part := range strings.SplitSeq(s, ";") {
		if first = strings.TrimSpace(part); first != "" {
			break
		}
	}
	if first == "" {
		return nil, nil, nil
	}
	fields := strings.FieldsFunc(first, func(r rune) bool { return r == ',' || r == ' ' || r == '\t' })
	if len(fields) != 2 {
		return nil, nil, fmt.Errorf("%q is not a latitude and a longitude (write 40.71, -74.01)", s)
	}
	la, err1 := strconv.ParseFloat(fields[0], 64)
	lo, err2 := strconv.ParseFloat(fields[1], 64)
	switch {
	case err1 != nil || err2 != nil || math.IsNaN(la) || math.IsNaN(lo):
		return nil, nil, fmt.Errorf("%q is not a latitude and a longitude (write 40.71, -74.01)", s)
	case la < -90 || la > 90:
		return nil, nil, fmt.Errorf("latitude %v is not between -90 and 90", la)
	case lo < -180 || lo > 180:
		return nil, nil, fmt.Errorf("longitude %v is not between -180 and 180", lo)
	}
	return &la, &lo, nil
}

// parseAuthorized reads the tracker's Y/N.
func parseAuthorized(s string) (frente.Authorized, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "y", "yes", "true", "1", "authorized":
		return frente.AuthorizedYes, nil
	case "n", "no", "false", "0", "unauthorized", "not authorized":
		return frente.AuthorizedNo, nil
	case "", "u", "unknown", "?", "n/a", "na":
		return frente.AuthorizedUnknown, nil
	}
	return "", fmt.Errorf("%q is not Y, N or empty", s)
}

// kindNames are the words the Labor Action Tracker uses for what an
// action is, and Frente's other kinds written the same way.
var kindNames = map[frente.DisputeKind]string{
	frente.DisputeStrike: "Strike", frente.DisputeProtest: "Protest", frente.DisputeLockout: "Lockout",
	frente.DisputeWorkStoppage: "Work Stoppage", frente.DisputePicket: "Picket", frente.DisputeMarch: "March",
	frente.DisputeOccupation: "Occupation", frente.DisputeOther: "Other",
}

// parseKind reads "Strike", "Protest" and the names of Frente's other
// kinds, in any case; empty is a strike.
func parseKind(s string) (frente.DisputeKind, error) {
	t := strings.ToLower(strings.TrimSpace(s))
	if t == "" {
		return frente.DisputeStrike, nil
	}
	t = strings.ReplaceAll(t, " ", "-")
	for k := range kindNames {
		if string(k) == t {
			return k, nil
		}
	}
	switch t {
	case "strikes", "walkout", "walk-out":
		return frente.DisputeStrike, nil
	case "protests", "demonstration", "rally":
		return frente.DisputeProtest, nil
	}
	return "", fmt.Errorf("%q is not Strike, Protest, Lockout, Work Stoppage, Picket, March, Occupation or Other", s)
}

// splitList splits a ";"-separated cell into its trimmed, non-empty items.
func splitList(s string) []string {
	var out []string
	for part := range strings.SplitSeq(s, ";") {
		if part = strings.TrimSpace(part); part != "" {
			out = append(out, part)
		}
	}
	return out
}

// parseSources turns a cell of sources into citations: a web address as
// a URL, anything else as text.
func parseSources(s string) []frente.Source {
	items := splitList(s)
	out := make([]frente.Source, 0, len(items))
	for _, it := range items {
		if u, err := url.Parse(it); err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" {
			out = append(out, frente.Source{URL: it})
		} else {
			out = append(out, frente.Source{Text: it})
		}
	}
	return out
}

// splitPlace splits FMCS's "City, ST" at its last comma.
func splitPlace(s string) (city, region string) {
	s = strings.TrimSpace(s)
	if i := strings.LastIndexByte(s, ','); i >= 0 {
		return strings.TrimSpace(s[:i]), strings.TrimSpace(s[i+1:])
	}
	return s, ""
}

// lastDayOf returns the last day of a duration of days that began on
// start.
func lastDayOf(start frente.Date, days int) (frente.Date, bool) {
	t, err := time.Parse(time.DateOnly, string(start))
	if err != nil || days < 1 {
		return "", false
	}
	return frente.Date(t.AddDate(0, 0, days-1).Format(time.DateOnly)), true
}

// daysFrom counts the days from start to end, both included.
func daysFrom(start, end frente.Date) int {
	a, err1 := time.Parse(time.DateOnly, string(start))
	b, err2 := time.Parse(time.DateOnly, string(end))
	if err1 != nil || err2 != nil || b.Before(a) {
		return 0
	}
	return frente.DaysBetween(a, b) + 1
}
