package timeline

import (
	"cmp"
	"slices"
	"strings"
)

// row is a bar made drawable: whole days, the end clamped, the open part
// of an ongoing bar worked out.
type row struct {
	bar   *Bar
	hatch int
	start day
	// end is the last day of the solid part: the end of an ended dispute,
	// the last confirmation of an ongoing one.
	end     day
	ongoing bool
	// open is the last day of the open-ended part (Chart.Now).
	open   day
	events []point
}

// point is a marker made drawable.
type point struct {
	m     *Marker
	d     day
	shape int
}

// prepared is a Chart cleaned of what cannot be drawn.
type prepared struct {
	rows       []row
	incidents  []point
	first      day
	last       day
	now        day
	hasDates   bool
	hatchUsed  []bool
	shapeUsed  []bool
	anyOngoing bool
	markers    int
}

// prepare drops bars without a usable start and markers without a usable
// date, clamps an end before the start to the start and a confirmation
// outside the bar into it, and sorts the rows by start. It never fails:
// a chart of bad data is a chart with fewer rows, not an error page.
func prepare(c *Chart) prepared {
	p := prepared{hatchUsed: make([]bool, len(hatches)), shapeUsed: make([]bool, len(shapes))}
	p.rows = make([]row, 0, len(c.Bars))
	for i := range c.Bars {
		b := &c.Bars[i]
		start, ok := dayOf(b.Start)
		if !ok {
			continue
		}
		r := row{bar: b, hatch: hatchIndex(strings.TrimSpace(b.Kind)), start: start}
		if b.End.IsZero() {
			r.ongoing = true
			r.end = start
			if lc, ok := dayOf(b.LastConfirmed); ok && lc > start {
				r.end = lc
			}
		} else if end, ok := dayOf(b.End); ok && end > start {
			r.end = end
		} else {
			r.end = start
		}
		r.events = points(b.Events, false)
		p.markers += len(r.events)
		p.rows = append(p.rows, r)
	}
	p.incidents = points(c.Incidents, true)
	p.markers += len(p.incidents)

	for _, r := range p.rows {
		p.extend(r.start)
		p.extend(r.end)
		for _, e := range r.events {
			p.extend(e.d)
		}
	}
	for _, e := range p.incidents {
		p.extend(e.d)
	}
	// Without a Now the open-ended bars run to the latest date the chart
	// knows: the output must not depend on the clock.
	p.now = p.last
	if now, ok := dayOf(c.Now); ok {
		p.now = now
	}
	for i := range p.rows {
		r := &p.rows[i]
		p.hatchUsed[r.hatch] = true
		for _, e := range r.events {
			p.shapeUsed[e.shape] = true
		}
		if !r.ongoing {
			continue
		}
		p.anyOngoing = true
		// A confirmation after Now (a Now set in the past) ends the solid
		// part at Now, unless that would end it before the start.
		if r.end > p.now {
			r.end = max(p.now, r.start)
		}
		r.open = max(p.now, r.end)
		p.extend(r.open)
	}

	slices.SortStableFunc(p.rows, func(a, b row) int {
		if c := cmp.Compare(a.start, b.start); c != 0 {
			return c
		}
		if a.ongoing != b.ongoing {
			if a.ongoing {
				return 1
			}
			return -1
		}
		if c := cmp.Compare(a.end, b.end); c != 0 {
			return c
		}
		if c := strings.Compare(a.bar.Label, b.bar.Label); c != 0 {
			return c
		}
		return strings.Compare(a.bar.ID, b.bar.ID)
	})
	return p
}

func (p *prepared) extend(d day) {
	if !p.hasDates {
		p.first, p.last, p.hasDates = d, d, true
		return
	}
	p.first = min(p.first, d)
	p.last = max(p.last, d)
}

// points keeps the markers with a usable date, sorted by it.
func points(ms []Marker, incident bool) []point {
	if len(ms) == 0 {
		return nil
	}
	out := make([]point, 0, len(ms))
	for i := range ms {
		d, ok := dayOf(ms[i].Date)
		if !ok {
			continue
		}
		pt := point{m: &ms[i], d: d, shape: -1}
		if !incident {
			pt.shape = shapeIndex(strings.TrimSpace(ms[i].Kind))
		}
		out = append(out, pt)
	}
	slices.SortStableFunc(out, func(a, b point) int { return cmp.Compare(a.d, b.d) })
	return out
}

// Rows returns the bars in the order the chart draws them, without those
// it cannot place (no start, or a year outside 1–9999), so that a table
// beside the chart lists the same disputes in the same order.
func Rows(c Chart) []Bar {
	p := prepare(&c)
	out := make([]Bar, len(p.rows))
	for i, r := range p.rows {
		out[i] = *r.bar
	}
	return out
}
