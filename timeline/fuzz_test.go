package timeline

import (
	"testing"
	"time"
)

// FuzzSVG feeds any text and any dates, valid or not, and wants a
// well-formed SVG with unique ids and a bar for every usable start.
func FuzzSVG(f *testing.F) {
	f.Add("Huelga <de> & Cananea", "strike", "eviction", 2007, 7, 30, 2013, 7, 30, int64(0), 960)
	f.Add("", "", "", 0, 0, 0, 0, 0, 0, int64(-1), -1)
	f.Add("\x00\xff'\"", "lockout\n", "a b", 10000, 13, 40, 1, 1, 1, int64(1e12), 5)
	f.Add("x", "march", "report", 2020, 2, 29, 2019, 2, 28, int64(86400*365*30), 100000)
	f.Fuzz(func(t *testing.T, label, kind, event string, y1, m1, d1, y2, m2, d2 int, now int64, width int) {
		start := time.Date(y1, time.Month(m1), d1, 0, 0, 0, 0, time.UTC)
		end := time.Date(y2, time.Month(m2), d2, 0, 0, 0, 0, time.UTC)
		c := Chart{
			Title: label, Desc: label, Width: width, IDPrefix: label, Now: time.Unix(now, 0),
			Bars: []Bar{
				{ID: label, Label: label, Kind: kind, Start: start, End: end, Href: label,
					Events: []Marker{{Date: end, Kind: event, Label: label, Href: label}}},
				{ID: label, Label: label, Kind: kind, Start: end, LastConfirmed: start,
					Events: []Marker{{Date: start, Kind: event}}},
			},
			Incidents: []Marker{{Date: start, Kind: event, Label: label}},
		}
		root := parse(t, SVG(c))
		checkIDs(t, root)
		want := 0
		for _, b := range c.Bars {
			if _, ok := dayOf(b.Start); ok {
				want++
			}
		}
		if got := len(root.all("tl-bar")); got != want {
			t.Errorf("%d bars drawn, want %d", got, want)
		}
	})
}
