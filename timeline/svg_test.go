package timeline

import (
	"bytes"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

func TestSVGStructure(t *testing.T) {
	c := sample()
	root := parse(t, SVG(c))
	ids := checkIDs(t, root)

	if root.attrs["role"] != "img" {
		t.Errorf("role = %q, want img", root.attrs["role"])
	}
	if got := root.attrs["aria-labelledby"]; got != "tl-title tl-desc" {
		t.Errorf("aria-labelledby = %q", got)
	}
	if root.children[0].name != "title" || root.children[0].text != "Grupo México" {
		t.Errorf("first child is %s %q, want the title", root.children[0].name, root.children[0].text)
	}
	if d := ids["tl-desc"]; d == nil || d.text != "3 disputes and 1 incident, from 2006-02-19 to 2013-07-30." {
		t.Errorf("desc = %+v", d)
	}
	for _, attr := range []string{"width", "height"} {
		if v, err := strconv.ParseFloat(root.attrs[attr], 64); err != nil || v <= 0 {
			t.Errorf("%s = %q", attr, root.attrs[attr])
		}
	}

	bars := root.all("tl-bar")
	var order []string
	for _, b := range bars {
		order = append(order, b.attrs["id"])
		if b.title() == "" {
			t.Errorf("bar %s has no title", b.attrs["id"])
		}
	}
	if want := []string{"tl-bar-taxco", "tl-bar-cananea", "tl-bar-lock"}; !slices.Equal(order, want) {
		t.Errorf("bars in order %v, want %v (by start, ended before ongoing)", order, want)
	}
	if got := bars[1].title(); got != "Sección 65 (Cananea) — Strike, 2007-07-30 – ongoing (last confirmed: 2012-07-30)" {
		t.Errorf("ongoing bar title = %q", got)
	}
	if a := bars[1].child("a"); a == nil || a.attrs["xlink:href"] != "/disputes/cananea" {
		t.Errorf("the Cananea row is not a link to its dispute")
	}
	if bars[0].child("a") != nil {
		t.Errorf("a bar without Href is a link")
	}

	events := root.all("tl-event")
	if len(events) != 3 {
		t.Fatalf("%d events drawn, want 3", len(events))
	}
	for _, e := range events {
		if e.title() == "" {
			t.Errorf("event without a title: %+v", e.attrs)
		}
	}
	if got := events[1].title(); got != "Eviction, 2010-06-06: police evict the strikers" {
		t.Errorf("second Cananea event's title = %q (events go by date)", got)
	}
	if events[1].name != "a" || events[1].attrs["xlink:href"] != "/disputes/cananea#e1" {
		t.Errorf("the eviction is not a link: %s %v", events[1].name, events[1].attrs)
	}
	incidents := root.all("tl-incident")
	if len(incidents) != 1 || incidents[0].title() != "Explosion, 2006-02-19: Pasta de Conchos: 65 dead" {
		t.Fatalf("incidents = %d, first title %q", len(incidents), incidents[0].title())
	}

	legend := root.all("tl-legend")
	if len(legend) != 1 {
		t.Fatalf("%d legends", len(legend))
	}
	var words []string
	for _, c := range legend[0].children {
		if c.name == "text" {
			words = append(words, c.text)
		}
	}
	want := []string{"Strike", "Lockout", "ongoing", "last confirmed", "Eviction", "Court ruling", "Solidarity action", "Incidents"}
	slices.Sort(want)
	slices.Sort(words)
	if !slices.Equal(words, want) {
		t.Errorf("legend says %v, want %v", words, want)
	}

	patterns := 0
	root.walk(func(n *node) {
		if n.name == "pattern" {
			patterns++
		}
	})
	if patterns != 2 {
		t.Errorf("%d patterns defined, want 2 (strike, lockout: only those used)", patterns)
	}
}

func TestSVGEscapesText(t *testing.T) {
	evil := `<script>alert("x")</script> & 'co'`
	c := Chart{
		Title: "A & B <b>",
		Desc:  evil,
		Bars: []Bar{{ID: `"><script>`, Label: evil, Kind: `strike"/><script>`, Start: date("2020-01-01"), End: date("2020-02-01"),
			Href:   "javascript:alert(1)",
			Events: []Marker{{Date: date("2020-01-10"), Kind: "<x>", Label: evil, Href: " JavaScript:alert(1)"}}}},
		Incidents: []Marker{{Date: date("2020-01-05"), Label: evil, Href: "/incidents/1?a=1&b=2"}},
		IDPrefix:  `9"x`,
	}
	out := SVG(c)
	if bytes.Contains(bytes.ToLower(out), []byte("<script")) {
		t.Fatalf("output holds a <script> element:\n%s", out)
	}
	if bytes.Contains(bytes.ToLower(out), []byte("javascript:")) {
		t.Errorf("a javascript: link survived")
	}
	root := parse(t, out)
	ids := checkIDs(t, root)
	for id := range ids {
		if !strings.HasPrefix(id, "tl9_x-") {
			t.Errorf("id %q does not start with the cleaned prefix", id)
		}
	}
	if got := ids["tl9_x-title"].text; got != "A & B <b>" {
		t.Errorf("title = %q", got)
	}
	if got := ids["tl9_x-desc"].text; got != evil {
		t.Errorf("desc = %q", got)
	}
	bar := root.all("tl-bar")[0]
	if got := bar.title(); !strings.HasPrefix(got, evil+" — ") {
		t.Errorf("bar title = %q", got)
	}
	if bar.child("a") != nil {
		t.Errorf("a javascript: Href made a link")
	}
	if got := root.all("tl-event")[0].title(); got != "<x>, 2020-01-10: "+evil {
		t.Errorf("event title = %q", got)
	}
	if inc := root.all("tl-incident")[0]; inc.attrs["xlink:href"] != "/incidents/1?a=1&b=2" {
		t.Errorf("incident link = %q", inc.attrs["xlink:href"])
	}
}

func TestSVGDropsCharactersXMLCannotHold(t *testing.T) {
	c := Chart{Title: "nul\x00 esc\x1b bad\xff\xfe end", Bars: []Bar{{Label: "tab\tnewline\n\uFFFF", Start: date("2020-01-01")}}}
	root := parse(t, SVG(c))
	if got := root.child("title").text; got != "nul\uFFFD esc\uFFFD bad\uFFFD\uFFFD end" {
		t.Errorf("title = %q", got)
	}
}

func TestSVGEmpty(t *testing.T) {
	for name, c := range map[string]Chart{
		"nothing":       {},
		"only bad bars": {Bars: []Bar{{Label: "no start"}, {Label: "year 0", Start: time.Date(0, 1, 1, 0, 0, 0, 0, time.UTC)}}, Incidents: []Marker{{Label: "no date"}}},
		"spanish":       {Labels: Spanish()},
	} {
		t.Run(name, func(t *testing.T) {
			root := parse(t, SVG(c))
			checkIDs(t, root)
			empty := root.all("tl-empty")
			want := c.Labels.filled().Empty
			if len(empty) != 1 || empty[0].text != want {
				t.Fatalf("no %q on an empty chart", want)
			}
			if root.child("desc").text != want {
				t.Errorf("desc = %q, want %q", root.child("desc").text, want)
			}
			if n := len(root.all("tl-bar")); n != 0 {
				t.Errorf("%d bars on an empty chart", n)
			}
		})
	}
}

func TestSVGBadInputIsSkippedOrClamped(t *testing.T) {
	c := Chart{
		Now:   date("2015-01-01"),
		Width: -5,
		Bars: []Bar{
			{ID: "backwards", Label: "ends before it starts", Start: date("2012-06-01"), End: date("2010-01-01")},
			{ID: "nostart", Label: "no start", End: date("2011-01-01")},
			{ID: "far", Label: "year 12000", Start: time.Date(12000, 1, 1, 0, 0, 0, 0, time.UTC)},
			{ID: "confirmed-early", Label: "confirmed before start", Start: date("2011-01-01"), LastConfirmed: date("2001-01-01"),
				Events: []Marker{{Label: "no date"}, {Date: date("2011-02-01"), Kind: "nonsense"}}},
			{ID: "confirmed-late", Label: "confirmed after now", Start: date("2012-01-01"), LastConfirmed: date("2020-01-01")},
			{ID: "after-now", Label: "starts after now", Start: date("2016-01-01")},
			{ID: "endless-end", Label: "end far away", Start: date("2010-01-01"), End: time.Date(20000, 1, 1, 0, 0, 0, 0, time.UTC)},
		},
	}
	out := SVG(c)
	root := parse(t, out)
	checkIDs(t, root)
	if root.attrs["width"] != strconv.Itoa(defaultWidth) {
		t.Errorf("width = %s for Width -5, want the default", root.attrs["width"])
	}
	got := map[string]*node{}
	for _, b := range root.all("tl-bar") {
		got[strings.TrimPrefix(b.attrs["id"], "tl-bar-")] = b
	}
	for _, id := range []string{"nostart", "far"} {
		if got[id] != nil {
			t.Errorf("bar %s drawn", id)
		}
	}
	if len(got) != 5 {
		t.Fatalf("%d bars drawn, want 5", len(got))
	}
	if w := barRect(t, got["backwards"]).width; w != 2 {
		t.Errorf("a bar ending before its start is %v px wide, want the 2 px of a bar of one day", w)
	}
	if title := got["backwards"].title(); !strings.HasSuffix(title, "2012-06-01 – 2012-06-01") {
		t.Errorf("clamped bar's title = %q", title)
	}
	if title := got["confirmed-early"].title(); !strings.HasSuffix(title, "(last confirmed: 2011-01-01)") {
		t.Errorf("a confirmation before the start is not moved to it: %q", title)
	}
	if title := got["confirmed-late"].title(); !strings.HasSuffix(title, "(last confirmed: 2015-01-01)") {
		t.Errorf("a confirmation after now is not moved to now: %q", title)
	}
	if n := len(got["confirmed-early"].all("tl-event")); n != 1 {
		t.Errorf("%d events drawn, want 1 (the one with a date)", n)
	}
	if ev := got["confirmed-early"].all("tl-event"); len(ev) == 1 && !strings.Contains(ev[0].attrs["class"], "tl-other") {
		t.Errorf("an unknown event kind is not drawn as other: %q", ev[0].attrs["class"])
	}
	if rows := Rows(c); len(rows) != 5 || rows[0].ID != "endless-end" {
		t.Errorf("Rows = %d bars, first %q", len(rows), rows[0].ID)
	}
}

func TestSVGIsDeterministic(t *testing.T) {
	c := bigChart(200, 7)
	want := SVG(c)
	r := rand.New(rand.NewPCG(1, 2))
	for range 3 {
		r.Shuffle(len(c.Bars), func(i, j int) { c.Bars[i], c.Bars[j] = c.Bars[j], c.Bars[i] })
		if got := SVG(c); !bytes.Equal(got, want) {
			t.Fatalf("the same bars in another order draw another chart")
		}
	}
}

func TestSVGIDsAreUnique(t *testing.T) {
	c := Chart{Bars: []Bar{
		{ID: "a", Start: date("2020-01-01")}, {ID: "a", Start: date("2020-01-02")}, {ID: "", Start: date("2020-01-03")},
		{ID: "x y", Start: date("2020-01-04")}, {ID: "x_y", Start: date("2020-01-05")}, {ID: "a-1", Start: date("2020-01-06")},
		{ID: "", Start: date("2020-01-07")},
	}}
	root := parse(t, SVG(c))
	checkIDs(t, root)
	if n := len(root.all("tl-bar")); n != 7 {
		t.Errorf("%d bars, want 7", n)
	}
}

func TestSVGCountsManyBars(t *testing.T) {
	c := bigChart(300, 3)
	root := parse(t, SVG(c))
	checkIDs(t, root)
	events := 0
	for _, b := range c.Bars {
		events += len(b.Events)
	}
	if n := len(root.all("tl-bar")); n != len(c.Bars) {
		t.Errorf("%d bars, want %d", n, len(c.Bars))
	}
	if n := len(root.all("tl-event")); n != events {
		t.Errorf("%d events, want %d", n, events)
	}
	if n := len(root.all("tl-incident")); n != len(c.Incidents) {
		t.Errorf("%d incidents, want %d", n, len(c.Incidents))
	}
	if n := len(root.all("tl-axis")); n != 2 {
		t.Errorf("%d axes on a chart of 300 rows, want one above and one below", n)
	}
}

func TestSVGSpanish(t *testing.T) {
	c := sample()
	c.Labels = Spanish()
	c.Desc = ""
	root := parse(t, SVG(c))
	if got := root.child("desc").text; got != "3 conflictos y 1 incidente, de 2006-02-19 a 2013-07-30." {
		t.Errorf("desc = %q", got)
	}
	if got := root.all("tl-bar")[1].title(); !strings.Contains(got, "Huelga, 2007-07-30 – en curso (última confirmación: 2012-07-30)") {
		t.Errorf("title = %q", got)
	}
	c.Labels = Labels{Ongoing: "sigue", Date: func(t time.Time) string { return t.Format("02/01/2006") }}
	root = parse(t, SVG(c))
	if got := root.all("tl-bar")[1].title(); got != "Sección 65 (Cananea) — Strike, 30/07/2007 – sigue (last confirmed: 30/07/2012)" {
		t.Errorf("partly translated title = %q", got)
	}
}
