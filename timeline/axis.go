package timeline

import (
	"strconv"
	"time"
	"unicode/utf8"
)

// day is a calendar day counted from 1970-01-01. The chart works in whole
// days: disputes and events are recorded as dates, and a time of day or a
// time zone would shift a bar off the tick it starts on.
type day int64

// dayOf returns the calendar day of t as written in its own location;
// false for the zero time and for years outside 1–9999, which no record
// can hold and which would squash every real bar into a sliver.
func dayOf(t time.Time) (day, bool) {
	if t.IsZero() {
		return 0, false
	}
	y, m, d := t.Date()
	if y < 1 || y > 9999 {
		return 0, false
	}
	return civil(y, int(m), d), true
}

// civil counts the days from 1970-01-01 to y-m-d in the proleptic
// Gregorian calendar (H. Hinnant's days_from_civil); cheaper than
// time.Date, which the chart would call tens of thousands of times.
func civil(y, m, d int) day {
	if m <= 2 {
		y--
	}
	era := floorDiv(y, 400)
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return day(era*146097 + doe - 719468)
}

// date is the inverse of civil.
func (d day) date() (y, m, dd int) {
	z := int(d) + 719468
	era := floorDiv(z, 146097)
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	dd = doy - (153*mp+2)/5 + 1
	m = mp + 3
	if m > 12 {
		m -= 12
	}
	y = yoe + era*400
	if m <= 2 {
		y++
	}
	return y, m, dd
}

func (d day) time() time.Time {
	y, m, dd := d.date()
	return time.Date(y, time.Month(m), dd, 0, 0, 0, 0, time.UTC)
}

func floorDiv(a, b int) int {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

type unit int

const (
	unitDay unit = iota
	unitWeek
	unitMonth
	unitYear
)

type step struct {
	u unit
	n int
}

// steps are the tick intervals tried, finest first; the axis takes the
// finest whose labels do not overlap.
var steps = []step{
	{unitDay, 1}, {unitDay, 2}, {unitWeek, 1}, {unitWeek, 2},
	{unitMonth, 1}, {unitMonth, 2}, {unitMonth, 3}, {unitMonth, 6},
	{unitYear, 1}, {unitYear, 2}, {unitYear, 5}, {unitYear, 10}, {unitYear, 20}, {unitYear, 50},
	{unitYear, 100}, {unitYear, 200}, {unitYear, 500}, {unitYear, 1000}, {unitYear, 2000}, {unitYear, 5000},
}

// approxDays is a step's length, to skip steps that would give far too
// many ticks without generating them.
func (s step) approxDays() float64 {
	switch s.u {
	case unitDay:
		return float64(s.n)
	case unitWeek:
		return 7 * float64(s.n)
	case unitMonth:
		return 30.4 * float64(s.n)
	}
	return 365.25 * float64(s.n)
}

// floor returns the last tick of step s on or before d.
func (s step) floor(d day) day {
	switch s.u {
	case unitDay:
		return d - day(floorMod(int(d), s.n))
	case unitWeek:
		// 1970-01-01 was a Thursday: d+3 counts from a Monday.
		return d - day(floorMod(int(d)+3, 7*s.n))
	case unitMonth:
		y, m, _ := d.date()
		i := y*12 + m - 1
		i -= floorMod(i, s.n)
		return civil(floorDiv(i, 12), floorMod(i, 12)+1, 1)
	}
	y, _, _ := d.date()
	return civil(y-floorMod(y, s.n), 1, 1)
}

// next returns the tick after t, which must be a tick.
func (s step) next(t day) day {
	switch s.u {
	case unitDay:
		return t + day(s.n)
	case unitWeek:
		return t + day(7*s.n)
	case unitMonth:
		y, m, _ := t.date()
		i := y*12 + m - 1 + s.n
		return civil(floorDiv(i, 12), floorMod(i, 12)+1, 1)
	}
	y, _, _ := t.date()
	return civil(y+s.n, 1, 1)
}

func floorMod(a, b int) int { return a - floorDiv(a, b)*b }

type tick struct {
	d     day
	label string
}

// axis is the chart's date scale: days from; to (exclusive, both on
// ticks) spread over the plot's width.
type axis struct {
	from, to    day
	left, width float64
	ticks       []tick
}

func (a *axis) x(d day) float64 {
	return a.left + float64(d-a.from)*a.width/float64(a.to-a.from)
}

// xf places a fractional day (the middle of a day for markers).
func (a *axis) xf(d float64) float64 {
	return a.left + (d-float64(a.from))*a.width/float64(a.to-a.from)
}

const (
	charWidth = 6.2 // an average glyph of 11px sans-serif
	tickGap   = 10  // the least room between two tick labels
	maxTicks  = 400
	// tickSpacing is the least distance between ticks: closer, the grid
	// crowds the bars and the eye loses count.
	tickSpacing = 64
)

func textWidth(s string) float64 { return float64(utf8.RuneCountInString(s)) * charWidth }

// newAxis chooses the coarsest step that still gives a few ticks (more
// on a wide chart) with labels that do not overlap, and widens the span
// to whole steps so that both ends are ticks: a reader counts years on a
// long dispute and months on a short one.
func newAxis(first, last day, left, width float64, l *Labels) axis {
	want := max(4, int(width/200))
	var best axis
	for i := len(steps) - 1; i >= 0; i-- {
		s := steps[i]
		if float64(last-first)/s.approxDays() > maxTicks {
			break
		}
		a := axis{from: s.floor(first), left: left, width: width}
		a.to = s.floor(last)
		if a.to <= last {
			a.to = s.next(a.to)
		}
		for t := a.from; t <= a.to; t = s.next(t) {
			a.ticks = append(a.ticks, tick{d: t})
		}
		labelTicks(a.ticks, s, l)
		if best.ticks != nil && !a.fits() {
			break
		}
		best = a
		if len(a.ticks)-1 >= want {
			break
		}
	}
	return best
}

// fits reports whether no two tick labels overlap.
func (a *axis) fits() bool {
	for i := 1; i < len(a.ticks); i++ {
		p, q := a.ticks[i-1], a.ticks[i]
		if dx := a.x(q.d) - a.x(p.d); dx < tickSpacing || dx < (textWidth(p.label)+textWidth(q.label))/2+tickGap {
			return false
		}
	}
	return true
}

// labelTicks names the ticks: years alone for yearly steps; otherwise
// months (and days), with the year only where it changes, so that a
// reader always knows which year a month belongs to.
func labelTicks(ts []tick, s step, l *Labels) {
	prevYear := 0
	for i := range ts {
		y, m, d := ts[i].d.date()
		var b []byte
		switch s.u {
		case unitYear:
			b = strconv.AppendInt(b, int64(y), 10)
		case unitMonth:
			b = append(b, l.Months[m-1]...)
		default:
			b = strconv.AppendInt(b, int64(d), 10)
			b = append(b, ' ')
			b = append(b, l.Months[m-1]...)
		}
		if s.u != unitYear && (i == 0 || y != prevYear) {
			b = append(b, ' ')
			b = strconv.AppendInt(b, int64(y), 10)
		}
		prevYear = y
		ts[i].label = string(b)
	}
}
