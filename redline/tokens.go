package redline

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// span is a token: s[start:end] of the text it was cut from.
type span struct {
	start, end int
	word       bool
}

// splitLines cuts s into lines that keep their "\n", so that the lines
// join back to s.
func splitLines(s string) []span {
	lines := make([]span, 0, strings.Count(s, "\n")+1)
	for start := 0; start < len(s); {
		end := len(s)
		if i := strings.IndexByte(s[start:], '\n'); i >= 0 {
			end = start + i + 1
		}
		lines = append(lines, span{start: start, end: end})
		start = end
	}
	return lines
}

// tokenize cuts s into words and single other characters (punctuation,
// symbols, invalid bytes), skipping white space: the word diff aligns
// what is written, and the spacing between aligned tokens is compared
// afterwards, so that a re-wrapped line never pulls a word out of line.
// A word is a run of letters, digits and combining marks, and may carry an
// inner apostrophe, point, comma, hyphen or slash ("employee's", "12.3",
// "1,200", "full-time", "and/or"), so that a changed number or compound
// shows as one change.
func tokenize(s string, toks []span) []span {
	for i := 0; i < len(s); {
		r, size := decode(s, i)
		j := i + size
		switch {
		case isSpace(r):
		case isWordRune(r):
			j = wordEnd(s, j)
			toks = append(toks, span{start: i, end: j, word: true})
		default:
			toks = append(toks, span{start: i, end: j})
		}
		i = j
	}
	return toks
}

// wordEnd returns where the word that continues at i ends.
func wordEnd(s string, i int) int {
	for i < len(s) {
		r, size := decode(s, i)
		if isWordRune(r) {
			i += size
			continue
		}
		if isJoiner(r) && i+size < len(s) {
			if next, _ := decode(s, i+size); isWordRune(next) {
				i += size
				continue
			}
		}
		break
	}
	return i
}

// countWords counts the words of s as tokenize cuts them.
func countWords(s string) int {
	n := 0
	for i := 0; i < len(s); {
		r, size := decode(s, i)
		if isWordRune(r) {
			i = wordEnd(s, i+size)
			n++
			continue
		}
		i += size
	}
	return n
}

func decode(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || r == '\n' || r == '\t' || r == '\r' || r == '\v' || r == '\f'
	}
	return unicode.IsSpace(r)
}

// isSpaceByte is isSpace for one byte of UTF-8 text: only ASCII white
// space, so that a text is never cut inside a multi-byte character.
func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\v' || c == '\f'
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r))
}

func isJoiner(r rune) bool {
	switch r {
	case '\'', '’', '.', ',', '-', '/', '‑':
		return true
	}
	return false
}

// isBlank reports whether s is only white space.
func isBlank(s string) bool {
	for i := 0; i < len(s); {
		r, size := decode(s, i)
		if !isSpace(r) {
			return false
		}
		i += size
	}
	return true
}

// interner gives every distinct string a small number, so that sequences
// of strings can be compared as sequences of int32.
type interner struct {
	ids map[string]int32
}

func newInterner(sizeHint int) *interner {
	return &interner{ids: make(map[string]int32, sizeHint)}
}

func (in *interner) id(s string) int32 {
	if id, ok := in.ids[s]; ok {
		return id
	}
	id := int32(len(in.ids))
	in.ids[s] = id
	return id
}

func (in *interner) size() int { return len(in.ids) }

// symbols interns the text of every token of s.
func (in *interner) symbols(s string, toks []span) []int32 {
	out := make([]int32, len(toks))
	for i, t := range toks {
		out[i] = in.id(s[t.start:t.end])
	}
	return out
}
