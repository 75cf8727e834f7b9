package align

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/frente/frente"
)

// headingStopWords carry no meaning of their own in a heading: "Hours of
// Work" and "Hours and Work" are the same heading for alignment.
var headingStopWords = map[string]bool{
	"a": true, "an": true, "and": true, "of": true, "the": true, "for": true, "to": true,
	"in": true, "on": true, "or": true, "y": true, "e": true, "o": true, "de": true,
	"del": true, "la": true, "el": true, "los": true, "las": true, "en": true, "por": true,
}

// headingWords returns the distinct meaningful words of a heading, hashed
// and sorted.
func headingWords(h string) []uint64 {
	var out []uint64
	for _, t := range tokenize(h, nil) {
		out = append(out, t.h)
	}
	// tokenize hashes folded words; the stop words are hashed the same way.
	out = sortedSet(out)
	keep := out[:0]
	for _, h := range out {
		if !stopHashes[h] {
			keep = append(keep, h)
		}
	}
	return keep
}

var stopHashes = func() map[uint64]bool {
	m := make(map[uint64]bool, len(headingStopWords))
	for w := range headingStopWords {
		m[tokenize(w, nil)[0].h] = true
	}
	return m
}()

// headingSimilarity is the Dice coefficient of two headings' words. A
// missing heading is like no other, not even another missing one: it says
// nothing about which article a unit is.
func headingSimilarity(a, b []uint64) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	return 2 * float64(intersect(a, b)) / float64(len(a)+len(b))
}

// intersect counts the hashes two sorted sets share.
func intersect(a, b []uint64) int {
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			n++
			i++
			j++
		}
	}
	return n
}

// normalizeNumber makes a unit number comparable across styles: "XLII",
// "xlii" and "42" are one number, "Décima" and "DECIMA" another; trailing
// punctuation ("12.", "5.-") is not part of it.
func normalizeNumber(n string) string {
	n = strings.TrimRight(strings.TrimSpace(n), ".-:–— ")
	if v, ok := roman(n); ok {
		return strconv.Itoa(v)
	}
	if v, err := strconv.Atoi(n); err == nil {
		return strconv.Itoa(v) // "07" is 7
	}
	return frente.Fold(n)
}

var romanDigits = map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}

// roman reads a roman numeral in one case; a mixed-case word is not one.
func roman(s string) (int, bool) {
	if s == "" || len(s) > 15 || (strings.ToUpper(s) != s && strings.ToLower(s) != s) {
		return 0, false
	}
	s = strings.ToUpper(s)
	total := 0
	for i := 0; i < len(s); i++ {
		v, ok := romanDigits[s[i]]
		if !ok {
			return 0, false
		}
		if i+1 < len(s) && v < romanDigits[s[i+1]] {
			total -= v
		} else {
			total += v
		}
	}
	return total, total > 0
}

// comparableText is the text that decides whether a pair's wording
// changed: white space collapsed, and without the decimal numbers that open
// a line ("12.3", "Section 12.3"). Those follow the article's number, so
// renumbering the article renumbers them without changing a word of what
// they say.
func comparableText(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for line := range strings.Lines(s) {
		line = skipSectionNumber(strings.TrimLeft(line, " \t"))
		for i := 0; i < len(line); {
			c := line[i]
			if c < utf8.RuneSelf {
				if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' {
					space = b.Len() > 0
				} else {
					if space {
						b.WriteByte(' ')
						space = false
					}
					b.WriteByte(c)
				}
				i++
				continue
			}
			r, size := utf8.DecodeRuneInString(line[i:])
			if unicode.IsSpace(r) {
				space = b.Len() > 0
			} else {
				if space {
					b.WriteByte(' ')
					space = false
				}
				b.WriteString(line[i : i+size])
			}
			i += size
		}
		space = b.Len() > 0
	}
	return b.String()
}

// sectionWords may stand before a section number at the start of a line.
var sectionWords = []string{"section", "sección", "seccion", "apartado"}

// skipSectionNumber returns line without a leading "12.3", "12.3." or
// "Section 12.3".
func skipSectionNumber(line string) string {
	rest := line
	for _, w := range sectionWords {
		if len(rest) > len(w) && strings.EqualFold(rest[:len(w)], w) && (rest[len(w)] == ' ' || rest[len(w)] == '\t') {
			rest = strings.TrimLeft(rest[len(w):], " \t")
			break
		}
	}
	i, groups := 0, 0
	for {
		j := i
		for j < len(rest) && '0' <= rest[j] && rest[j] <= '9' {
			j++
		}
		if j == i {
			break
		}
		groups++
		i = j
		if i < len(rest) && rest[i] == '.' {
			i++
			continue
		}
		break
	}
	if groups < 2 {
		return line
	}
	if i == len(rest) || rest[i] == ' ' || rest[i] == '\t' || rest[i] == '\n' || rest[i] == '\r' {
		return rest[i:]
	}
	return line
}

// normalizeSpace collapses runs of white space, so that re-wrapped lines
// are not a change of text.
func normalizeSpace(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// sameHeading compares headings as a reader would: case, accents, spacing
// and trailing punctuation aside.
func sameHeading(a, b string) bool {
	clean := func(s string) string {
		return strings.TrimRight(frente.Fold(normalizeSpace(s)), ".:-–— ")
	}
	return clean(a) == clean(b)
}
