package timeline

import "strconv"

type entryKind int

const (
	entryHatch entryKind = iota
	entryOngoing
	entryConfirmed
	entryShape
	entryIncident
)

// entry is one item of the legend, placed by layoutLegend.
type entry struct {
	kind  entryKind
	index int // into hatches or shapes
	label string
	x, y  float64
}

// legendEntries lists what the chart uses, in a fixed order: kinds of
// dispute, the open end, kinds of event, incidents.
func (d *drawing) legendEntries(p *prepared) []entry {
	var es []entry
	for i, h := range hatches {
		if p.hatchUsed[i] {
			es = append(es, entry{kind: entryHatch, index: i, label: d.l.kind(h.kind)})
		}
	}
	if p.anyOngoing {
		es = append(es, entry{kind: entryOngoing, label: d.l.Ongoing}, entry{kind: entryConfirmed, label: d.l.LastConfirmed})
	}
	for i, s := range shapes {
		if p.shapeUsed[i] {
			es = append(es, entry{kind: entryShape, index: i, label: d.l.kind(s.kind)})
		}
	}
	if len(p.incidents) > 0 {
		es = append(es, entry{kind: entryIncident, label: d.l.Incidents})
	}
	return es
}

// layoutLegend places the entries in lines that fit the width and
// returns the height they take.
func (d *drawing) layoutLegend(es []entry) float64 {
	if len(es) == 0 {
		return 0
	}
	x, y := float64(pad), d.legendTop
	for i := range es {
		w := swatchW + 6 + textWidth(es[i].label) + 16
		if x > pad && x+w > d.width-pad {
			x, y = pad, y+legendRowH
		}
		es[i].x, es[i].y = x, y
		x += w
	}
	return y + legendRowH - d.legendTop
}

func (d *drawing) legend(es []entry) {
	if len(es) == 0 {
		return
	}
	w := &d.w
	w.s(`<g class="tl-legend">`)
	for _, e := range es {
		x, y := e.x, e.y
		switch e.kind {
		case entryHatch:
			w.s(`<rect`)
			w.numAttr("x", x)
			w.numAttr("y", y)
			w.s(` width="` + strconv.Itoa(swatchW) + `" height="` + strconv.Itoa(barH) + `" fill="`)
			w.fillURL(d.prefix, hatches[e.index])
			w.s(`" stroke="#000"/>`)
		case entryOngoing:
			w.s(`<rect`)
			w.numAttr("x", x)
			w.numAttr("y", y)
			w.s(` width="` + strconv.Itoa(swatchW-8) + `" height="` + strconv.Itoa(barH) + `" fill="#fff" stroke="#000" stroke-dasharray="4 3"/><path d="M`)
			w.num(x + swatchW - 7)
			w.s(",")
			w.num(y + 1)
			w.s("L")
			w.num(x + swatchW)
			w.s(",")
			w.num(y + barH/2)
			w.s("L")
			w.num(x + swatchW - 7)
			w.s(",")
			w.num(y + barH - 1)
			w.s(`Z"/>`)
		case entryConfirmed:
			w.s(`<path stroke="#000" stroke-width="2.5" d="M`)
			w.num(x + swatchW/2)
			w.s(",")
			w.num(y - 3)
			w.s("V")
			w.num(y + barH + 3)
			w.s(`"/>`)
		case entryShape:
			w.shape(shapes[e.index], x+swatchW/2, y+barH/2)
		case entryIncident:
			w.s(`<path stroke="#000" stroke-dasharray="2 3" d="M`)
			w.num(x + swatchW/2)
			w.s(",")
			w.num(y - 3)
			w.s("V")
			w.num(y + barH + 3)
			w.s(`"/>`)
			w.shape(incidentShape, x+swatchW/2, y+barH/2)
		}
		w.s(`<text`)
		w.numAttr("x", x+swatchW+6)
		w.numAttr("y", y+barH-1)
		w.s(`>`)
		w.text(e.label)
		w.s(`</text>`)
	}
	w.s(`</g>`)
}
