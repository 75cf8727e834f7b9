package redline

import (
	"strings"
	"unicode/utf8"
)

// slideEdits moves each pure insertion or deletion (one run between two
// kept runs) to the best of its equivalent places. When a new paragraph
// begins with the same words as the one after it ("The Employer shall
// ..."), the diff is free to mark "NEW. The Employer shall" inside the
// old paragraph or "The Employer shall NEW." before it; readers expect
// the second. This is diff-match-patch's semantic lossless cleanup:
// shift the edit left as far as it goes, then step right and keep the
// place whose edges fall best (blank line, line break, sentence end, space),
// never inside a word.
func slideEdits(ops []Op) []Op {
	changed := false
	for i := 1; i+1 < len(ops); i++ {
		e1, edit, e2 := ops[i-1], ops[i], ops[i+1]
		if e1.Kind != Equal || e2.Kind != Equal || edit.Kind == Equal {
			continue
		}
		l, m, r := slide(e1.Text, edit.Text, e2.Text)
		if l != e1.Text {
			ops[i-1].Text, ops[i].Text, ops[i+1].Text = l, m, r
			changed = true
		}
	}
	if !changed {
		return ops
	}
	// A kept run may have slid away entirely; join what now touches.
	out := ops[:0]
	for _, op := range ops {
		if op.Text == "" {
			continue
		}
		if k := len(out) - 1; k >= 0 && out[k].Kind == op.Kind && op.Kind == Equal {
			out[k].Text += op.Text
			continue
		}
		out = append(out, op)
	}
	return out
}

// slide returns the best placement of edit between left and right; the
// three always join to the same two texts as before.
//
// With t = edit+right, moving the edit k bytes right gives left+t[:k],
// t[k:k+len(edit)] and the rest, which is the same text while
// t[j] == t[j+len(edit)] for every j < k: so the walk needs no copying.
func slide(left, edit, right string) (string, string, string) {
	if n := commonSuffixLen(left, edit); n > 0 {
		common := edit[len(edit)-n:]
		left, edit, right = left[:len(left)-n], common+edit[:len(edit)-n], common+right
	}
	t, n := edit+right, len(edit)
	// tail is the end of left+t[:k], enough to score its last character.
	tail := func(k int) string {
		if k >= 8 {
			return t[k-8 : k]
		}
		return left[max(0, len(left)-8+k):] + t[:k]
	}
	bestK, best := -1, -1
	for k := 0; ; k++ {
		if k == len(t) || utf8.RuneStart(t[k]) {
			l, e, r := tail(k), t[k:k+n], t[k+n:]
			if fitsWords(l, e, r) {
				if s := edgeScore(l, e) + edgeScore(e, r); s >= best {
					bestK, best = k, s
				}
			}
		}
		if k+n >= len(t) || t[k] != t[k+n] {
			break
		}
	}
	if bestK < 0 {
		return left, edit, right
	}
	return left + t[:bestK], t[bestK : bestK+n], t[bestK+n:]
}

// commonSuffixLen is the length of the longest common suffix of a and b
// that ends on a character boundary.
func commonSuffixLen(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[len(a)-1-n] == b[len(b)-1-n] {
		n++
	}
	for n > 0 && !utf8.RuneStart(b[len(b)-n]) {
		n--
	}
	return n
}

// fitsWords reports that neither edge of the edit cuts a word in two.
func fitsWords(left, edit, right string) bool {
	cuts := func(x, y string) bool {
		if x == "" || y == "" {
			return false
		}
		a, _ := utf8.DecodeLastRuneInString(x)
		b, _ := utf8.DecodeRuneInString(y)
		return isWordRune(a) && isWordRune(b)
	}
	return !cuts(left, edit) && !cuts(edit, right)
}

// edgeScore rates the boundary between x and y: 6 at an end of the text,
// 5 at a blank line, 4 at a line break, 3 at the end of a sentence, 2 at
// a space, 1 at punctuation, 0 elsewhere.
func edgeScore(x, y string) int {
	if x == "" || y == "" {
		return 6
	}
	a, _ := utf8.DecodeLastRuneInString(x)
	b, _ := utf8.DecodeRuneInString(y)
	nonWord1, nonWord2 := !isWordRune(a), !isWordRune(b)
	space1, space2 := nonWord1 && isSpace(a), nonWord2 && isSpace(b)
	break1, break2 := space1 && (a == '\n' || a == '\r'), space2 && (b == '\n' || b == '\r')
	switch {
	case break1 && (strings.HasSuffix(x, "\n\n") || strings.HasSuffix(x, "\n\r\n")),
		break2 && (strings.HasPrefix(y, "\n\n") || strings.HasPrefix(y, "\r\n\r\n")):
		return 5
	case break1 || break2:
		return 4
	case nonWord1 && !space1 && space2:
		return 3
	case space1 || space2:
		return 2
	case nonWord1 || nonWord2:
		return 1
	}
	return 0
}
