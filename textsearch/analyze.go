package textsearch

import (
	"strings"
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
	digits := true
	ascii := true
	for i := 0; i < len(word); i++ {
		c := word[i]
		if c >= utf8.RuneSelf {
			ascii = false
			digits = false
			break
		}
		if c < '0' || c > '9' {
			digits = false
		}
	}
	if digits {
		// Numbers need no stemming, and the cache is better spent on words.
		return truncateUTF8(word, maxTermBytes)
	}
	if ascii {
		for i := 0; i < len(word); i++ {
			c := word[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			scratch = append(scratch, c)
		}
		return termOf(scratch, li)
	}
	// Composed accents, so the stemmer sees "ó" as its suffix tables spell
	// it; one kind of apostrophe, so the English stemmer sees "'s".
	w := strings.ToLower(norm.NFC.String(word))
	w = strings.NewReplacer("\u2019", "'", "\u02BC", "'").Replace(w)
	scratch = append(scratch, w...)
	return termOf(scratch, li)
}
