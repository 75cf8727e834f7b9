package timeline

import (
	"strconv"
	"strings"
)

// Layout, in pixels.
const (
	pad         = 10
	headerH     = 26 // the visible title
	axisH       = 24 // tick labels and marks above the rows
	rowH        = 22
	barH        = 12
	barTop      = 5 // from the top of a row
	rightMargin = 30
	legendRowH  = 20
	swatchW     = 22
	// bottomAxisRows is how many rows make a second axis below them
	// worthwhile: a reader of a long chart should not scroll to the top.
	bottomAxisRows = 20
	fontSize       = "11"
)

// SVG draws the chart as a standalone SVG 1.1 document (no XML
// declaration, so it can also be inlined in HTML). It never fails: bars
// and markers it cannot place are left out (see Rows).
func SVG(c Chart) []byte {
	l := c.Labels.filled()
	width := c.Width
	switch {
	case width <= 0:
		width = defaultWidth
	case width < minWidth:
		width = minWidth
	case width > maxWidth:
		width = maxWidth
	}
	prefix := idPrefix(c.IDPrefix)
	p := prepare(&c)

	title := strings.TrimSpace(c.Title)
	if title == "" {
		title = l.Chart
	}
	desc := strings.TrimSpace(c.Desc)
	switch {
	case desc != "":
	case !p.hasDates:
		desc = l.Empty
	default:
		desc = l.Summary(len(p.rows), len(p.incidents), l.date(p.first), l.date(p.last))
	}

	// Sized from measured output (about 650 bytes a bar, 200 a marker) so
	// that a large chart is written without growing the buffer.
	d := drawing{w: writer{b: make([]byte, 0, 4096+len(p.rows)*700+p.markers*220)}, l: &l, prefix: prefix, width: float64(width)}
	d.top = pad + headerH
	if !p.hasDates {
		d.height = d.top + 40
		d.open(title, desc, &p)
		d.w.s(`<text`)
		d.w.numAttr("x", d.width/2)
		d.w.numAttr("y", d.top+20)
		d.w.s(` text-anchor="middle" class="tl-empty">`)
		d.w.text(l.Empty)
		d.w.s(`</text></svg>`)
		return d.w.b
	}

	labelW := min(max(d.width*0.28, 90), 260)
	left := pad + labelW + 8
	d.labelChars = int(labelW / charWidth)
	d.ax = newAxis(p.first, p.last, left, d.width-left-rightMargin, &l)
	d.plotTop = d.top + axisH
	rows := len(p.rows)
	if len(p.incidents) > 0 {
		rows++
	}
	d.plotBottom = d.plotTop + float64(rows*rowH)
	below := d.plotBottom
	if rows > bottomAxisRows {
		below += axisH
	}
	legend := d.legendEntries(&p)
	d.legendTop = below + 14
	d.height = d.legendTop + d.layoutLegend(legend) + pad

	d.open(title, desc, &p)
	d.stripes(rows)
	d.grid()
	d.axisLabels(d.top+12, d.plotTop-8, d.plotTop)
	if rows > bottomAxisRows {
		d.axisLabels(d.plotBottom+18, d.plotBottom, d.plotBottom+6)
	}
	y := d.plotTop
	if len(p.incidents) > 0 {
		y += rowH
	}
	seen := make(map[string]bool, len(p.rows))
	for i := range p.rows {
		d.bar(&p.rows[i], y, seen, i)
		y += rowH
	}
	if len(p.incidents) > 0 {
		d.incidents(p.incidents)
	}
	d.legend(legend)
	d.w.s(`</svg>`)
	return d.w.b
}

// drawing is the state of one SVG being written.
type drawing struct {
	w          writer
	l          *Labels
	prefix     string
	width      float64
	height     float64
	top        float64 // below the visible title
	plotTop    float64
	plotBottom float64
	legendTop  float64
	labelChars int
	ax         axis
}

// open writes the root element, its title and description, the patterns
// in use and the visible title.
func (d *drawing) open(title, desc string, p *prepared) {
	w := &d.w
	w.s(`<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1"`)
	w.numAttr("width", d.width)
	w.numAttr("height", d.height)
	w.s(` viewBox="0 0 `)
	w.num(d.width)
	w.s(` `)
	w.num(d.height)
	w.s(`" role="img" aria-labelledby="`)
	w.s(d.prefix)
	w.s(`-title `)
	w.s(d.prefix)
	w.s(`-desc" font-family="sans-serif" font-size="` + fontSize + `" class="tl-chart">`)
	w.s(`<title id="`)
	w.s(d.prefix)
	w.s(`-title">`)
	w.text(title)
	w.s(`</title><desc id="`)
	w.s(d.prefix)
	w.s(`-desc">`)
	w.text(desc)
	w.s(`</desc>`)
	if p.hasDates {
		w.s(`<defs>`)
		for i, h := range hatches {
			if p.hatchUsed[i] {
				w.patternDef(d.prefix, h)
			}
		}
		w.s(`</defs>`)
	}
	// A white ground: viewers with a dark background would otherwise hide
	// the black strokes.
	w.s(`<rect width="100%" height="100%" fill="#fff"/>`)
	w.s(`<text`)
	w.numAttr("x", pad)
	w.numAttr("y", pad+16)
	w.s(` font-size="15" font-weight="bold" class="tl-heading">`)
	w.text(title)
	w.s(`</text>`)
}

// stripes shades every other row, so that a finger on a label finds its
// bar across a wide chart.
func (d *drawing) stripes(rows int) {
	w := &d.w
	w.s(`<g fill="#f2f2f2">`)
	for i := 1; i < rows; i += 2 {
		w.s(`<rect`)
		w.numAttr("x", pad)
		w.numAttr("y", d.plotTop+float64(i*rowH))
		w.numAttr("width", d.width-2*pad)
		w.s(` height="` + strconv.Itoa(rowH) + `"/>`)
	}
	w.s(`</g>`)
}

// grid draws a light rule down from every tick.
func (d *drawing) grid() {
	w := &d.w
	w.s(`<g stroke="#bbb" stroke-width="0.5" class="tl-grid">`)
	for _, t := range d.ax.ticks {
		x := d.ax.x(t.d)
		w.s(`<path d="M`)
		w.num(x)
		w.s(",")
		w.num(d.plotTop)
		w.s("V")
		w.num(d.plotBottom)
		w.s(`"/>`)
	}
	w.s(`</g>`)
}

// axisLabels writes the tick labels on baseline y and the tick marks
// from y0 to y1, with the axis line at the row edge.
func (d *drawing) axisLabels(y, y0, y1 float64) {
	w := &d.w
	edge := y1
	if y1 < y0 {
		edge = y0
	}
	if y0 > y1 {
		y0, y1 = y1, y0
	}
	w.s(`<g class="tl-axis"><path stroke="#000" d="M`)
	w.num(d.ax.left)
	w.s(",")
	w.num(edge)
	w.s("H")
	w.num(d.ax.left + d.ax.width)
	for _, t := range d.ax.ticks {
		w.s("M")
		w.num(d.ax.x(t.d))
		w.s(",")
		w.num(y0)
		w.s("V")
		w.num(y1)
	}
	w.s(`"/><g text-anchor="middle">`)
	for _, t := range d.ax.ticks {
		w.s(`<text`)
		w.numAttr("x", d.ax.x(t.d))
		w.numAttr("y", y)
		w.s(`>`)
		w.text(t.label)
		w.s(`</text>`)
	}
	w.s(`</g></g>`)
}

// bar writes one dispute's row: its label, its bar and its events.
func (d *drawing) bar(r *row, y float64, seen map[string]bool, n int) {
	w, b, h := &d.w, r.bar, hatches[r.hatch]
	w.s(`<g class="tl-bar tl-`)
	w.s(h.kind)
	w.s(`" id="`)
	w.s(d.prefix)
	w.s(`-bar-`)
	w.s(uniqueID(b.ID, n, seen))
	w.s(`">`)
	link := d.openLink(b.Href)
	w.s(`<title>`)
	w.text(d.barTitle(r))
	w.s(`</title><text`)
	w.numAttr("x", pad+4)
	w.numAttr("y", y+15)
	w.s(`>`)
	w.text(truncate(b.Label, d.labelChars))
	w.s(`</text>`)

	x0 := d.ax.x(r.start)
	x1 := max(d.ax.x(r.end+1), x0+2) // a one-day action still shows
	top := y + barTop
	w.s(`<rect`)
	w.numAttr("x", x0)
	w.numAttr("y", top)
	w.numAttr("width", x1-x0)
	w.s(` height="` + strconv.Itoa(barH) + `" fill="`)
	w.fillURL(d.prefix, h)
	w.s(`" stroke="#000"/>`)
	if r.ongoing {
		d.openEnd(r, h, x1, top)
	}
	d.closeLink(link)
	for i := range r.events {
		d.marker(&r.events[i], y+rowH/2, "tl-event")
	}
	w.s(`</g>`)
}

// openEnd draws the uncertain part of an ongoing bar: from its last
// confirmation to now, dashed and faded, with an arrow, and a heavy tick
// where the certainty stops.
func (d *drawing) openEnd(r *row, h hatch, xc, top float64) {
	w := &d.w
	xn := max(d.ax.x(r.open+1), xc)
	if xn > xc {
		w.s(`<rect`)
		w.numAttr("x", xc)
		w.numAttr("y", top)
		w.numAttr("width", xn-xc)
		w.s(` height="` + strconv.Itoa(barH) + `" fill="`)
		w.fillURL(d.prefix, h)
		w.s(`" fill-opacity="0.35" stroke="#000" stroke-dasharray="4 3" class="tl-open"/>`)
	}
	mid := top + barH/2
	w.s(`<path class="tl-arrow" d="M`)
	w.num(xn + 1)
	w.s(",")
	w.num(mid - 5)
	w.s("L")
	w.num(xn + 8)
	w.s(",")
	w.num(mid)
	w.s("L")
	w.num(xn + 1)
	w.s(",")
	w.num(mid + 5)
	w.s(`Z"/><g class="tl-confirmed"><title>`)
	w.text(d.l.LastConfirmed)
	w.s(": ")
	w.text(d.l.date(r.end))
	w.s(`</title><path stroke="#000" stroke-width="2.5" d="M`)
	w.num(xc)
	w.s(",")
	w.num(top - 3)
	w.s("V")
	w.num(top + barH + 3)
	w.s(`"/></g>`)
}

// marker writes one event or incident centred on its day.
func (d *drawing) marker(p *point, y float64, class string) {
	w := &d.w
	sh := incidentShape
	if p.shape >= 0 {
		sh = shapes[p.shape]
	}
	kind := strings.TrimSpace(p.m.Kind)
	href := safeHref(p.m.Href)
	if href != "" {
		w.s(`<a xlink:href="`)
		w.text(href)
		w.s(`"`)
	} else {
		w.s(`<g`)
	}
	w.s(` class="`)
	w.s(class)
	w.s(` tl-`)
	w.s(sh.kind)
	w.s(`"><title>`)
	w.text(d.markerTitle(p, kind))
	w.s(`</title>`)
	x := d.ax.xf(float64(p.d) + 0.5)
	if p.shape < 0 {
		w.s(`<path stroke="#000" stroke-dasharray="2 3" d="M`)
		w.num(x)
		w.s(",")
		w.num(d.plotTop)
		w.s("V")
		w.num(d.plotBottom)
		w.s(`"/>`)
	}
	w.shape(sh, x, y)
	if href != "" {
		w.s(`</a>`)
	} else {
		w.s(`</g>`)
	}
}

// incidents writes the incidents' row at the top, each with a rule down
// through every dispute, so that a reader sees which strikes were on
// when it happened.
func (d *drawing) incidents(ps []point) {
	w := &d.w
	w.s(`<g class="tl-incidents"><text font-weight="bold"`)
	w.numAttr("x", pad+4)
	w.numAttr("y", d.plotTop+15)
	w.s(`>`)
	w.text(truncate(d.l.Incidents, d.labelChars))
	w.s(`</text>`)
	for i := range ps {
		d.marker(&ps[i], d.plotTop+rowH/2, "tl-incident")
	}
	w.s(`</g>`)
}

// openLink starts an <a> when href is usable, a <g> otherwise; it
// reports which, for closeLink.
func (d *drawing) openLink(href string) bool {
	if href = safeHref(href); href == "" {
		d.w.s(`<g>`)
		return false
	}
	d.w.s(`<a xlink:href="`)
	d.w.text(href)
	d.w.s(`">`)
	return true
}

func (d *drawing) closeLink(link bool) {
	if link {
		d.w.s(`</a>`)
	} else {
		d.w.s(`</g>`)
	}
}

// barTitle is what a reader hears or hovers on a bar: "Cananea — Strike,
// 2007-07-30 – ongoing (last confirmed: 2013-07-30)".
func (d *drawing) barTitle(r *row) string {
	l := d.l
	var b strings.Builder
	b.WriteString(strings.TrimSpace(r.bar.Label))
	if b.Len() > 0 {
		b.WriteString(" — ")
	}
	kind := strings.TrimSpace(r.bar.Kind)
	if kind == "" {
		kind = hatches[r.hatch].kind
	}
	b.WriteString(l.kind(kind))
	b.WriteString(", ")
	b.WriteString(l.date(r.start))
	b.WriteString(" – ")
	if r.ongoing {
		b.WriteString(l.Ongoing)
		b.WriteString(" (")
		b.WriteString(l.LastConfirmed)
		b.WriteString(": ")
		b.WriteString(l.date(r.end))
		b.WriteString(")")
	} else {
		b.WriteString(l.date(r.end))
	}
	return b.String()
}

// markerTitle: "Eviction, 2010-06-06: police evict the strikers".
func (d *drawing) markerTitle(p *point, kind string) string {
	if kind == "" {
		kind = "other"
	}
	s := d.l.kind(kind) + ", " + d.l.date(p.d)
	if label := strings.TrimSpace(p.m.Label); label != "" {
		s += ": " + label
	}
	return s
}

// truncate cuts s to n characters, ending with an ellipsis when cut; the
// bar's title keeps the whole label.
func truncate(s string, n int) string {
	s = strings.TrimSpace(s)
	if n < 2 || len(s) <= n {
		return s
	}
	cut, count := 0, 0
	for j := range s {
		if count == n-1 {
			cut = j
		}
		if count++; count > n {
			return s[:cut] + "…"
		}
	}
	return s
}

// safeHref drops links that would run script when followed: the chart
// may be inlined in a page, and hrefs come from records people typed.
func safeHref(h string) string {
	h = strings.TrimSpace(h)
	if i := strings.IndexAny(h, ":/?#"); i > 0 && h[i] == ':' {
		switch strings.ToLower(h[:i]) {
		case "http", "https", "mailto":
		default:
			return ""
		}
	}
	return h
}

// idPrefix makes the caller's prefix a valid start of an XML id.
func idPrefix(p string) string {
	p = idChars(p)
	if p == "" || !(p[0] >= 'a' && p[0] <= 'z' || p[0] >= 'A' && p[0] <= 'Z' || p[0] == '_') {
		return defaultID + p
	}
	return p
}

// uniqueID turns a bar's ID into the rest of a unique XML id: unsafe
// characters become _, and an ID already used (or empty) gets the row's
// number, which no other row has.
func uniqueID(id string, n int, seen map[string]bool) string {
	s := idChars(id)
	if s == "" || seen[s] {
		s += "-" + strconv.Itoa(n)
		for seen[s] {
			s += "_"
		}
	}
	seen[s] = true
	return s
}

func idChars(s string) string {
	ok := true
	for i := 0; i < len(s); i++ {
		if !idByte(s[i]) {
			ok = false
			break
		}
	}
	if ok {
		return s
	}
	b := []byte(s)
	for i, c := range b {
		if !idByte(c) {
			b[i] = '_'
		}
	}
	return string(b)
}

func idByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.'
}
