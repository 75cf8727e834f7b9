package textsearch

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Analyze returns the index terms of text in lang ("en" or "es"; anything
// else is treated as "en"), separated by single spaces, in text order.
//
// Each word (see forEachWord: letters and digits, hyphenated words split,
// "12.3" split into "12" and "3") is lower-cased, stripped of accents and
// stemmed with the language's Snowball stemmer (accents are folded before
// stemming, not after: see stemLower for why and what it costs). No word is
// dropped, stop words included: phrase queries match adjacent terms, so
// positions must be those of the text. Numbers are kept as they are.
func Analyze(text, lang string) string {
	li := langIndex(lang)
	var b strings.Builder
	b.Grow(len(text))
	var buf [64]byte
	forEachWord(text, func(start, end int) {
		t := wordTerm(text[start:end], li, buf[:0])
		if t == "" {
			return
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t)
	})
	return b.String()
}

// wordTerm returns the term of one word as forEachWord found it, using
// scratch (which it may grow) to lower-case it without allocating.
func wordTerm(word string, li int, scratch []byte) string {
	// One pass lower-cases ASCII words into scratch and notes numbers.
	digits := true
	i := 0
	for ; i < len(word); i++ {
		c := word[i]
		if c >= utf8.RuneSelf {
			break
		}
		if c < '0' || c > '9' {
			digits = false
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
		}
		scratch = append(scratch, c)
	}
	if i == len(word) {
		if digits {
			// Numbers need no stemming: the cache is better spent on words.
			return truncateUTF8(word, maxTermBytes)
		}
		return termOf(scratch, li)
	}
	scratch = scratch[:0]
	// Lower-case rune by rune into scratch, with one kind of apostrophe
	// (the English stemmer knows "'s" only with ASCII '). Combining marks
	// (decomposed text) are composed first, so "o\u0301" and "ó" agree.
	for _, r := range word {
		switch {
		case r == '\u2019' || r == '\u02BC':
			scratch = append(scratch, '\'')
		case r >= 0x300 && unicode.Is(unicode.M, r):
			w := strings.ToLower(norm.NFC.String(word))
			w = strings.ReplaceAll(strings.ReplaceAll(w, "\u2019", "'"), "\u02BC", "'")
			return termOf(append(scratch[:0], w...), li)
		default:
			scratch = utf8.AppendRune(scratch, unicode.ToLower(r))
		}
	}
	return termOf(scratch, li)
}
