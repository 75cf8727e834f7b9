package textsearch

import (
	"unicode"
	"unicode/utf8"
)

// A word is a run of Unicode letters and decimal digits, with the
// combining marks that follow them (decomposed text) and apostrophes
// between two letters ("employer's", "don't"). Everything else separates
// words: hyphenated words are split into their parts, and "12.3" is the
// two words "12" and "3", as the databases' own tokenizers would split it,
// so "ARTICLE 12" and "Section 12.3" are found by "12".
//
// Only decimal digits (Nd) count, not other numbers ("½", "²"): SQLite's
// unicode61 and PostgreSQL's parser disagree about those, and a term one
// store splits differently from the other would break the rule that both
// stores find the same units.

// forEachWord calls fn with the byte offsets of each word of text, in
// order. It never allocates.
func forEachWord(text string, fn func(start, end int)) {
	start := -1 // start of the current word, -1 between words
	lastLetter := false
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			// ASCII fast path: most of the text.
			switch {
			case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
				if start < 0 {
					start = i
				}
				lastLetter = true
			case '0' <= c && c <= '9':
				if start < 0 {
					start = i
				}
				lastLetter = false
			case c == '\'' && start >= 0 && lastLetter && letterAt(text, i+1):
				lastLetter = false
			default:
				if start >= 0 {
					fn(start, i)
					start = -1
				}
				lastLetter = false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\u02BC':
			// The modifier letter apostrophe is a letter to Unicode; here it
			// is an apostrophe, which never starts a word.
			if start >= 0 && lastLetter && letterAt(text, i+size) {
				lastLetter = false
			} else if start >= 0 {
				fn(start, i)
				start = -1
				lastLetter = false
			}
		case unicode.IsLetter(r):
			if start < 0 {
				start = i
			}
			lastLetter = true
		case unicode.IsDigit(r):
			if start < 0 {
				start = i
			}
			lastLetter = false
		case unicode.Is(unicode.M, r) && start >= 0:
			// A combining accent belongs to the letter before it.
		case isApostrophe(r) && start >= 0 && lastLetter && letterAt(text, i+size):
			lastLetter = false
		default:
			if start >= 0 {
				fn(start, i)
				start = -1
			}
			lastLetter = false
		}
		i += size
	}
	if start >= 0 {
		fn(start, len(text))
	}
}

// isApostrophe reports the characters people and word processors use as
// apostrophes: ASCII ', the right single quotation mark and the modifier
// letter apostrophe.
func isApostrophe(r rune) bool {
	return r == '\'' || r == '\u2019' || r == '\u02BC'
}

// letterAt reports whether a letter starts at byte i of text.
func letterAt(text string, i int) bool {
	if i >= len(text) {
		return false
	}
	if c := text[i]; c < utf8.RuneSelf {
		return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsLetter(r) && r != '\u02BC'
}
