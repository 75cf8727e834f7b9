package http

import (
	"strconv"
	"strings"
	"time"

	"github.com/frente/frente"
	"github.com/frente/frente/i18n"
)

// durationText says how long a dispute lasted, or has lasted at least,
// in lang: "31 days"; "6 years, 1 month (2,230 days)"; "at least 6 years
// (2,193 days)" for one that goes on, counted up to its last confirmation.
func durationText(lang i18n.Lang, d *frente.Dispute) string {
	if d.DurationDays <= 0 {
		return ""
	}
	days := lang.T(plural(d.DurationDays, "duration.day", "duration.days"), thousands(lang, d.DurationDays))
	text := days
	if d.DurationDays >= 62 {
		start, err := time.Parse(time.DateOnly, string(d.Start))
		if err == nil {
			sp := frente.SpanBetween(start, start.AddDate(0, 0, d.DurationDays))
			var parts []string
			if sp.Years > 0 {
				parts = append(parts, lang.T(plural(sp.Years, "duration.year", "duration.years"), sp.Years))
			}
			if sp.Months > 0 {
				parts = append(parts, lang.T(plural(sp.Months, "duration.month", "duration.months"), sp.Months))
			}
			if len(parts) > 0 {
				text = strings.Join(parts, lang.T("duration.and")) + " (" + days + ")"
			}
		}
	}
	if d.Ongoing {
		return lang.T("duration.at_least", text)
	}
	return text
}

func plural(n int, one, other string) string {
	if n == 1 {
		return one
	}
	return other
}

// thousands writes n with the thousands separator of lang.
func thousands(lang i18n.Lang, n int) string {
	s := strconv.Itoa(n)
	sep := ","
	if lang == "es" {
		sep = "."
		if len(s) <= 4 {
			return s // Spanish writes 2193, 10.000
		}
	}
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteString(sep)
		}
		b.WriteRune(c)
	}
	return b.String()
}
