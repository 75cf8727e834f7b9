package redline

import (
	"strconv"
	"strings"
)

// Text renders plain text: deletions as [-text-], insertions as {+text+},
// moved text as [-text-]{>1} where it was and {+text+}{<1} where it went
// (the same number at both ends).
//
// Changes of white space alone are not marked and show the proposed
// spacing; white space at the edges of a change is written outside the
// brackets. The brackets are not escaped: a text that itself contains
// "-]" or "+}" can read ambiguously, as with git's --word-diff=plain.
func Text(ops []Op) string {
	var t textRenderer
	render(ops, &t)
	return t.b.String()
}

type textRenderer struct{ b strings.Builder }

func (t *textRenderer) plain(s string) { t.b.WriteString(s) }

func (t *textRenderer) marked(k Kind, move int, s string) {
	if k == Delete {
		t.b.WriteString("[-" + s + "-]")
	} else {
		t.b.WriteString("{+" + s + "+}")
	}
	if move != 0 {
		dir := ">"
		if k == Insert {
			dir = "<"
		}
		t.b.WriteString("{" + dir + strconv.Itoa(move) + "}")
	}
}
