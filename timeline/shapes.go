package timeline

type form int

const (
	triangleUp form = iota
	triangleDown
	triangleRight
	square
	circle
	diamond
	star
	cross
	plus
	octagon
)

// shape is how a marker is drawn: its form and whether it is filled
// black or white, so that kinds differ in outline, not only in colour.
type shape struct {
	kind  string
	form  form
	black bool
}

// shapes are the event kinds in legend order; the last, other, takes
// every unknown kind.
var shapes = []shape{
	{"police-action", triangleUp, true},
	{"eviction", triangleDown, true},
	{"court-ruling", square, false},
	{"negotiation-session", circle, false},
	{"solidarity-action", star, false},
	{"arrest", cross, true},
	{"violence", diamond, true},
	{"return-to-work", triangleRight, false},
	{"report", circle, true},
	{"other", plus, true},
}

// incidentShape marks every incident: a black octagon, unlike any event.
var incidentShape = shape{"incident", octagon, true}

func shapeIndex(kind string) int {
	for i, s := range shapes[:len(shapes)-1] {
		if s.kind == kind {
			return i
		}
	}
	return len(shapes) - 1
}

const markerSize = 5 // half the width of a marker

// starPoints and octagonPoints are unit offsets from the centre.
var starPoints = [10][2]float64{
	{0, -1}, {0.22, -0.31}, {0.95, -0.31}, {0.36, 0.12}, {0.59, 0.81},
	{0, 0.38}, {-0.59, 0.81}, {-0.36, 0.12}, {-0.95, -0.31}, {-0.22, -0.31},
}

var octagonPoints = [8][2]float64{
	{-0.41, -1}, {0.41, -1}, {1, -0.41}, {1, 0.41}, {0.41, 1}, {-0.41, 1}, {-1, 0.41}, {-1, -0.41},
}

// shape writes one marker's element centred on x, y.
func (w *writer) shape(sh shape, x, y float64) {
	s := float64(markerSize)
	switch sh.form {
	case circle:
		w.s(`<circle`)
		w.numAttr("cx", x)
		w.numAttr("cy", y)
		w.numAttr("r", s-0.5)
	case square:
		w.s(`<rect`)
		w.numAttr("x", x-s+1)
		w.numAttr("y", y-s+1)
		w.numAttr("width", 2*s-2)
		w.numAttr("height", 2*s-2)
	default:
		w.s(`<path d="`)
		switch sh.form {
		case triangleUp:
			w.poly([][2]float64{{0, -1}, {1, 0.8}, {-1, 0.8}}, x, y, s)
		case triangleDown:
			w.poly([][2]float64{{0, 1}, {1, -0.8}, {-1, -0.8}}, x, y, s)
		case triangleRight:
			w.poly([][2]float64{{1, 0}, {-0.8, 1}, {-0.8, -1}}, x, y, s)
		case diamond:
			w.poly([][2]float64{{0, -1.1}, {1.1, 0}, {0, 1.1}, {-1.1, 0}}, x, y, s)
		case star:
			w.poly(starPoints[:], x, y, s*1.2)
		case octagon:
			w.poly(octagonPoints[:], x, y, s*1.1)
		case cross:
			w.segment(x-s, y-s, x+s, y+s)
			w.segment(x-s, y+s, x+s, y-s)
		case plus:
			w.segment(x-s, y, x+s, y)
			w.segment(x, y-s, x, y+s)
		}
		w.s(`"`)
	}
	switch {
	case sh.form == cross || sh.form == plus:
		// Strokes alone: thick enough to see and to hover.
		w.s(` fill="none" stroke="#000" stroke-width="2.2"/>`)
	case sh.black:
		w.s(` fill="#000" stroke="#000"/>`)
	default:
		w.s(` fill="#fff" stroke="#000" stroke-width="1.4"/>`)
	}
}

// poly writes a closed path through pts scaled by s around x, y.
func (w *writer) poly(pts [][2]float64, x, y, s float64) {
	for i, p := range pts {
		if i == 0 {
			w.s("M")
		} else {
			w.s("L")
		}
		w.num(x + p[0]*s)
		w.s(",")
		w.num(y + p[1]*s)
	}
	w.s("Z")
}

func (w *writer) segment(x0, y0, x1, y1 float64) {
	w.s("M")
	w.num(x0)
	w.s(",")
	w.num(y0)
	w.s("L")
	w.num(x1)
	w.s(",")
	w.num(y1)
}
