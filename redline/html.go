package redline

import (
	"html"
	"strconv"
	"strings"
)

// HTML renders safe HTML, every character of the texts escaped:
// deletions in <del class="rl-del">, insertions in <ins class="rl-ins">,
// and moved runs also with class rl-move and data-move="n". So that a
// redline reads in black and white, for colour-blind readers and for
// screen readers, each change also carries visible brackets and, for
// screen readers, visually-hidden words (English for now).
//
// The result is one <div class="redline">. A blank line starts a new <p>;
// a single line break becomes <br>. Deletions read "[−text−]" and
// insertions "{+text+}" (the brackets are aria-hidden spans of class
// rl-sym; screen readers hear "deleted:" / "inserted:" from
// visually-hidden spans instead). A moved run adds a marker after it:
// "→1" where the text was and "←1" where it went. A change that spans a
// paragraph break is closed and reopened around it, brackets included, so
// that every printed paragraph shows its own marks. As in Text, changes of
// white space alone are not marked.
func HTML(ops []Op) string { return HTMLIn(ops, "en") }

// HTMLIn is HTML with the words screen readers hear in lang ("es" for
// Spanish, English otherwise).
func HTMLIn(ops []Op, lang string) string {
	h := &htmlRenderer{say: sayEN}
	if lang == "es" {
		h.say = sayES
	}
	h.b.WriteString(`<div class="redline">`)
	render(ops, h)
	if h.open {
		h.b.WriteString("</p>")
	}
	h.b.WriteString("</div>")
	return h.b.String()
}

// sayWords are what screen readers hear around a change.
type sayWords struct {
	deleted, inserted, movedAway, movedHere, endDeletion, endInsertion string
}

var (
	sayEN = sayWords{"deleted: ", "inserted: ", "moved away, see move %s: ", "moved here, see move %s: ", "end of deletion", "end of insertion"}
	sayES = sayWords{"eliminado: ", "añadido: ", "movido de aquí, ver movimiento %s: ", "movido aquí, ver movimiento %s: ", "fin de lo eliminado", "fin de lo añadido"}
)

type htmlRenderer struct {
	say sayWords
	b   strings.Builder
	// open says a <p> is open; pendingSpace holds a space seen before
	// the next word of the paragraph.
	open, pendingSpace bool
}

func (h *htmlRenderer) ensureOpen() {
	if !h.open {
		h.b.WriteString("<p>")
		h.open = true
		h.pendingSpace = false
	}
	if h.pendingSpace {
		h.b.WriteByte(' ')
		h.pendingSpace = false
	}
}

func (h *htmlRenderer) breakParagraph() {
	if h.open {
		h.b.WriteString("</p>\n")
		h.open = false
	}
	h.pendingSpace = false
}

func (h *htmlRenderer) plain(s string) { h.write(s) }

// write escapes s, turning a blank line into a new paragraph, a line
// break into <br> and any other run of white space into one space.
func (h *htmlRenderer) write(s string) {
	for i := 0; i < len(s); {
		r, size := decode(s, i)
		if !isSpace(r) {
			j := i + size
			for j < len(s) {
				r, size := decode(s, j)
				if isSpace(r) {
					break
				}
				j += size
			}
			h.ensureOpen()
			h.b.WriteString(html.EscapeString(s[i:j]))
			i = j
			continue
		}
		j, lines := i, 0
		for j < len(s) {
			r, size := decode(s, j)
			if !isSpace(r) {
				break
			}
			if r == '\n' {
				lines++
			}
			j += size
		}
		switch {
		case lines >= 2:
			h.breakParagraph()
		case lines == 1 && h.open:
			h.b.WriteString("<br>\n")
			h.pendingSpace = false
		case h.open:
			h.pendingSpace = true
		}
		i = j
	}
}

func (h *htmlRenderer) marked(k Kind, move int, s string) {
	for n, seg := range paragraphs(s) {
		if n > 0 {
			h.breakParagraph()
		}
		h.ensureOpen()
		h.b.WriteString(markOpen(h.say, k, move))
		h.write(seg)
		h.pendingSpace = false
		h.b.WriteString(markClose(h.say, k, move))
	}
}

// paragraphs splits s (which has no white space at its edges) at its
// blank-line breaks.
func paragraphs(s string) []string {
	bounds := paragraphBounds(s)
	out := make([]string, 0, len(bounds)-1)
	for i := 0; i+1 < len(bounds); i++ {
		if seg := strings.TrimRightFunc(s[bounds[i]:bounds[i+1]], isSpace); seg != "" {
			out = append(out, seg)
		}
	}
	return out
}

func markOpen(w sayWords, k Kind, move int) string {
	tag, class, sym, say := "del", "rl-del", "[−", w.deleted
	if k == Insert {
		tag, class, sym, say = "ins", "rl-ins", "{+", w.inserted
	}
	attrs := ` class="` + class + `"`
	if move != 0 {
		n := strconv.Itoa(move)
		attrs = ` class="` + class + ` rl-move" data-move="` + n + `"`
		say = strings.Replace(w.movedAway, "%s", n, 1)
		if k == Insert {
			say = strings.Replace(w.movedHere, "%s", n, 1)
		}
	}
	return "<" + tag + attrs + `><span class="rl-sym" aria-hidden="true">` + sym +
		`</span><span class="visually-hidden">` + say + `</span>`
}

func markClose(w sayWords, k Kind, move int) string {
	tag, sym, say := "del", "−]", w.endDeletion
	if k == Insert {
		tag, sym, say = "ins", "+}", w.endInsertion
	}
	s := `<span class="rl-sym" aria-hidden="true">` + sym + `</span><span class="visually-hidden"> (` + say + `) </span></` + tag + ">"
	if move != 0 {
		n := strconv.Itoa(move)
		arrow := "→"
		if k == Insert {
			arrow = "←"
		}
		s += `<span class="rl-move-mark" data-move="` + n + `" aria-hidden="true">` + arrow + n + "</span>"
	}
	return s
}
