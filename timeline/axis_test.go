package timeline

import (
	"math/rand/v2"
	"strconv"
	"testing"
	"time"
)

type rect struct{ x, width float64 }

// barRect returns the solid rectangle of a bar's row.
func barRect(t *testing.T, bar *node) rect {
	t.Helper()
	var r *node
	bar.walk(func(n *node) {
		if r == nil && n.name == "rect" && n.attrs["class"] == "" {
			r = n
		}
	})
	if r == nil {
		t.Fatalf("bar %s has no rect", bar.attrs["id"])
	}
	return rect{x: num(t, r.attrs["x"]), width: num(t, r.attrs["width"])}
}

func num(t *testing.T, s string) float64 {
	t.Helper()
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		t.Fatalf("not a number: %q", s)
	}
	return v
}

// tickX returns the x of the axis label reading label.
func tickX(t *testing.T, root *node, label string) float64 {
	t.Helper()
	for _, a := range root.all("tl-axis") {
		var x float64
		found := false
		a.walk(func(n *node) {
			if n.name == "text" && n.text == label && !found {
				x, found = num(t, n.attrs["x"]), true
			}
		})
		if found {
			return x
		}
	}
	t.Fatalf("no tick labelled %q", label)
	return 0
}

// A bar starting on a tick starts where the tick is drawn, and a bar
// ending the day before a tick ends there: the chart and its axis agree.
func TestBarsLineUpWithTicks(t *testing.T) {
	for _, tc := range []struct {
		name             string
		start, end       string
		startTick, endTk string
	}{
		{"years", "2008-01-01", "2011-12-31", "2008", "2012"},
		{"months", "2020-03-01", "2020-05-31", "Mar", "Jun"},
		{"days", "2021-06-08", "2021-06-09", "8 Jun", "10 Jun"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := Chart{Bars: []Bar{
				{ID: "a", Start: date(tc.start), End: date(tc.end)},
				// A second bar widens the span a little, so that the first
				// does not simply fill the axis.
				{ID: "b", Start: date(tc.start).AddDate(0, 0, -3), End: date(tc.end).AddDate(0, 0, 5)},
			}}
			root := parse(t, SVG(c))
			var a *node
			for _, b := range root.all("tl-bar") {
				if b.attrs["id"] == "tl-bar-a" {
					a = b
				}
			}
			r := barRect(t, a)
			if x := tickX(t, root, tc.startTick); r.x != x {
				t.Errorf("bar starts at x=%v, tick %q is at x=%v", r.x, tc.startTick, x)
			}
			if x := tickX(t, root, tc.endTk); abs(r.x+r.width-x) > 0.11 {
				t.Errorf("bar ends at x=%v, tick %q is at x=%v", r.x+r.width, tc.endTk, x)
			}
		})
	}
}

func abs(v float64) float64 {
	if v < 0 {
		return -v
	}
	return v
}

// The open end of an ongoing bar runs from the day after its last
// confirmation to the end of Now, and the solid part stops at the first.
func TestOngoingBarIsOpenEnded(t *testing.T) {
	c := Chart{
		Now:  date("2013-12-31"),
		Bars: []Bar{{ID: "s", Kind: "strike", Start: date("2008-01-01"), LastConfirmed: date("2010-12-31")}},
	}
	root := parse(t, SVG(c))
	bar := root.all("tl-bar")[0]
	solid := barRect(t, bar)
	open := bar.all("tl-open")
	if len(open) != 1 {
		t.Fatalf("%d open parts", len(open))
	}
	if open[0].attrs["stroke-dasharray"] == "" {
		t.Errorf("the open part is not dashed")
	}
	ox, ow := num(t, open[0].attrs["x"]), num(t, open[0].attrs["width"])
	if x := tickX(t, root, "2011"); abs(solid.x+solid.width-x) > 0.11 || abs(ox-x) > 0.11 {
		t.Errorf("solid part ends at %v and open part starts at %v, want both at 2011's tick, %v", solid.x+solid.width, ox, x)
	}
	if x := tickX(t, root, "2014"); abs(ox+ow-x) > 0.11 {
		t.Errorf("open part ends at %v, want at 2014's tick, %v", ox+ow, x)
	}
	if len(bar.all("tl-arrow")) != 1 {
		t.Errorf("no arrow at the open end")
	}
	conf := bar.all("tl-confirmed")
	if len(conf) != 1 || conf[0].title() != "last confirmed: 2010-12-31" {
		t.Errorf("last confirmation mark = %v", conf)
	}

	// Ended bars have neither.
	c.Bars[0].End = date("2012-01-01")
	root = parse(t, SVG(c))
	if n := len(root.all("tl-open")) + len(root.all("tl-arrow")) + len(root.all("tl-confirmed")); n != 0 {
		t.Errorf("an ended bar has %d open-end marks", n)
	}
}

func TestAxisChoosesStepsThatFit(t *testing.T) {
	l := English()
	for _, tc := range []struct {
		from, to string
		unit     unit
	}{
		{"2021-06-01", "2021-06-05", unitDay},
		{"2021-01-01", "2021-04-30", unitWeek},
		{"2021-01-01", "2021-12-31", unitMonth},
		{"1995-01-01", "2025-06-30", unitYear},
		{"0001-01-01", "9999-12-31", unitYear},
	} {
		first, _ := dayOf(date(tc.from))
		last, _ := dayOf(date(tc.to))
		a := newAxis(first, last, 100, 700, &l)
		if a.from > first || a.to <= last {
			t.Errorf("%s–%s: axis %d–%d does not hold the span %d–%d", tc.from, tc.to, a.from, a.to, first, last)
		}
		if len(a.ticks) < 2 || a.ticks[0].d != a.from || a.ticks[len(a.ticks)-1].d != a.to {
			t.Errorf("%s–%s: the axis does not start and end on ticks", tc.from, tc.to)
		}
		if !a.fits() {
			t.Errorf("%s–%s: tick labels overlap: %v", tc.from, tc.to, a.ticks)
		}
		if len(a.ticks) < 3 && tc.unit != unitYear {
			t.Errorf("%s–%s: only %d ticks", tc.from, tc.to, len(a.ticks))
		}
		y, m, d := a.ticks[1].d.date()
		switch tc.unit {
		case unitYear:
			if m != 1 || d != 1 {
				t.Errorf("%s–%s: tick on %d-%d-%d, want years", tc.from, tc.to, y, m, d)
			}
		case unitMonth:
			if d != 1 || len(a.ticks) > 13 {
				t.Errorf("%s–%s: %d ticks, second on %d-%d-%d, want months", tc.from, tc.to, len(a.ticks), y, m, d)
			}
		case unitWeek:
			if a.ticks[1].d.time().Weekday() != time.Monday {
				t.Errorf("%s–%s: ticks on %v, want Mondays", tc.from, tc.to, a.ticks[1].d.time().Weekday())
			}
		case unitDay:
			if a.ticks[1].d-a.ticks[0].d != 1 {
				t.Errorf("%s–%s: ticks %d days apart, want 1", tc.from, tc.to, a.ticks[1].d-a.ticks[0].d)
			}
		}
	}
}

func TestMonthLabelsNameTheYearWhereItChanges(t *testing.T) {
	l := English()
	first, _ := dayOf(date("2020-11-15"))
	last, _ := dayOf(date("2021-02-10"))
	a := newAxis(first, last, 0, 800, &l)
	var got []string
	for _, tk := range a.ticks {
		got = append(got, tk.label)
	}
	want := []string{"Nov 2020", "Dec", "Jan 2021", "Feb", "Mar"}
	if len(got) != len(want) {
		t.Fatalf("labels %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("labels %q, want %q", got, want)
		}
	}
}

func TestCivilMatchesTime(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for range 20000 {
		tm := time.Date(1+r.IntN(9999), time.Month(1+r.IntN(12)), 1+r.IntN(31), 0, 0, 0, 0, time.UTC)
		d, ok := dayOf(tm)
		if !ok {
			continue
		}
		if want := tm.Unix() / 86400; int64(d) != want {
			t.Fatalf("%v: day %d, want %d", tm, d, want)
		}
		if back := d.time(); !back.Equal(tm) {
			t.Fatalf("%v: back as %v", tm, back)
		}
	}
	// A date in another zone is that zone's calendar day, not UTC's.
	mx := time.FixedZone("CST", -6*3600)
	d, _ := dayOf(time.Date(2007, 7, 30, 23, 0, 0, 0, mx))
	if want, _ := dayOf(date("2007-07-30")); d != want {
		t.Errorf("2007-07-30 23:00 CST is day %d, want %d", d, want)
	}
}

func TestShapesAndHatchesDiffer(t *testing.T) {
	seen := map[[2]int]string{}
	for _, s := range append(shapes[:len(shapes):len(shapes)], incidentShape) {
		k := [2]int{int(s.form), 0}
		if s.black {
			k[1] = 1
		}
		if other, dup := seen[k]; dup {
			t.Errorf("%s and %s look the same", s.kind, other)
		}
		seen[k] = s.kind
	}
	bodies := map[string]string{}
	for _, h := range hatches {
		if other, dup := bodies[h.body]; dup {
			t.Errorf("%s and %s have the same hatching", h.kind, other)
		}
		bodies[h.body] = h.kind
	}
}
