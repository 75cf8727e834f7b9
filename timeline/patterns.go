package timeline

// hatch is the fill of one kind of dispute: a tint for the screen and
// black lines that still tell the kinds apart on a black-and-white
// printout.
type hatch struct {
	kind string
	tint string
	// body is drawn in an 8×8 tile over the tint.
	body string
}

// hatches are in legend order; the last, other, takes every unknown kind.
var hatches = []hatch{
	{"strike", "#f4a582", `<path d="M-2,2L2,-2M0,8L8,0M6,10L10,6" stroke="#000" stroke-width="1.2"/>`},
	{"lockout", "#92c5de", `<path d="M0,0L8,8M-2,6L2,10M6,-2L10,2M0,8L8,0M-2,2L2,-2M6,10L10,6" stroke="#000" stroke-width="0.8"/>`},
	{"work-stoppage", "#fee08b", `<path d="M0,2H8M0,6H8" stroke="#000" stroke-width="1"/>`},
	{"protest", "#fdae61", `<circle cx="2" cy="2" r="1.2"/><circle cx="6" cy="6" r="1.2"/>`},
	{"picket", "#a6d96a", `<path d="M2,0V8M6,0V8" stroke="#000" stroke-width="1"/>`},
	{"march", "#d9ef8b", `<path d="M-2,6L2,10M0,0L8,8M6,-2L10,2" stroke="#000" stroke-width="1.2"/>`},
	{"occupation", "#c2a5cf", `<path d="M0,4H8M4,0V8" stroke="#000" stroke-width="1"/>`},
	{"other", "#ffffff", ``},
}

// hatchIndex returns the index in hatches of a dispute kind.
func hatchIndex(kind string) int {
	for i, h := range hatches[:len(hatches)-1] {
		if h.kind == kind {
			return i
		}
	}
	return len(hatches) - 1
}

func (w *writer) patternDef(prefix string, h hatch) {
	w.s(`<pattern id="`)
	w.s(prefix)
	w.s(`-pat-`)
	w.s(h.kind)
	w.s(`" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" fill="`)
	w.s(h.tint)
	w.s(`"/>`)
	w.s(h.body)
	w.s(`</pattern>`)
}

// fillURL writes the url() of a kind's pattern.
func (w *writer) fillURL(prefix string, h hatch) {
	w.s(`url(#`)
	w.s(prefix)
	w.s(`-pat-`)
	w.s(h.kind)
	w.s(`)`)
}
