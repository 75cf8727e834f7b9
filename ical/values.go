package ical

import (
	"fmt"
	"strings"
	"time"
)

// stampLayout is a UTC DATE-TIME (RFC 5545 3.3.5, form 2).
const stampLayout = "20060102T150405Z"

// civilDate is a day without a time zone: all-day events are floating, the
// same calendar day wherever the subscriber is.
type civilDate struct {
	year  int
	month time.Month
	day   int
}

func dateOf(t time.Time) civilDate {
	y, m, d := t.Date()
	return civilDate{y, m, d}
}

func (d civilDate) next() civilDate {
	return dateOf(time.Date(d.year, d.month, d.day+1, 0, 0, 0, 0, time.UTC))
}

func (d civilDate) compare(o civilDate) int {
	switch {
	case d.year != o.year:
		return d.year - o.year
	case d.month != o.month:
		return int(d.month - o.month)
	}
	return d.day - o.day
}

// String is the DATE form, YYYYMMDD.
func (d civilDate) String() string {
	return fmt.Sprintf("%04d%02d%02d", d.year, int(d.month), d.day)
}

// yearlyRule is the RRULE for an anniversary on d. RFC 5545 says instances
// on a date that does not exist are skipped, so a plain FREQ=YEARLY from
// 29 February would show only in leap years; the last day of February is what
// people mark instead.
func yearlyRule(d civilDate) string {
	if d.month == time.February && d.day == 29 {
		return "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1"
	}
	return "FREQ=YEARLY"
}

// formatDuration writes a positive duration as an RFC 5545 dur-value, whole
// seconds; it returns "" for anything under a second.
func formatDuration(d time.Duration) string {
	secs := int64(d / time.Second)
	if secs <= 0 {
		return ""
	}
	var sb strings.Builder
	sb.WriteByte('P')
	if days := secs / 86400; days > 0 {
		fmt.Fprintf(&sb, "%dD", days)
		secs %= 86400
	}
	if secs > 0 {
		sb.WriteByte('T')
		if h := secs / 3600; h > 0 {
			fmt.Fprintf(&sb, "%dH", h)
		}
		if m := secs / 60 % 60; m > 0 {
			fmt.Fprintf(&sb, "%dM", m)
		}
		if s := secs % 60; s > 0 {
			fmt.Fprintf(&sb, "%dS", s)
		}
	}
	return sb.String()
}
