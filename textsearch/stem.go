package textsearch

import (
	"strings"
	"unicode"
	"unicode/utf8"

	snowball "github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/english"
	"github.com/blevesearch/snowballstem/spanish"
	"golang.org/x/text/unicode/norm"
)

// Languages Analyze knows. Anything else is analyzed as English: most
// agreements are English, and an English stem of a word in another
// language is still a stable term.
const (
	English = "en"
	Spanish = "es"
)

// maxTermBytes bounds a term. Longer words are OCR noise or glued text;
// truncating them keeps the stem cache small and stays far below
// PostgreSQL's 2,047-byte limit on a lexeme (longer ones are dropped with a
// notice, which would make the stores disagree). Query words are truncated
// the same way, so they still match.
const maxTermBytes = 100

// langIndex maps a language code to the index of its stemmer and cache.
func langIndex(lang string) int {
	if lang == Spanish {
		return 1
	}
	return 0
}

// stemLower stems a lower-cased word (apostrophes as ASCII ') and returns
// its term: stemmed, stripped of accents and apostrophes.
//
// Both languages fold accents BEFORE stemming, so that accents are
// optional: "sancion" finds "sanción", "podran" finds "podrán", and an
// agreement typed or OCR'd without accents is found by a query with them.
// Folding after stemming (the Snowball stemmers' own design) keeps the
// accents the Spanish stemmer's suffix tables spell, but then the same
// word stems differently with and without them: on the Spanish agreement
// of the shared corpus, 551 of 50,891 words (10% of the accented ones:
// "andalucía", "podrán", "garantías", "deberá") would not be found when
// typed without accents. Folding first loses some conflation instead:
// 125 words (0.25%), mostly futures ("deberá" stems to "deber", apart from
// "deben"). The few accented suffixes that no unaccented Spanish word
// ends with are put back before stemming (restoreSpanishAccent), which
// keeps "organización" and "organizaciones" together.
func stemLower(word string, li int) string {
	var s string
	if li == 1 {
		word = restoreSpanishAccent(foldWord(word, false))
		env := snowball.NewEnv(word)
		spanish.Stem(env)
		s = env.Current()
	} else {
		// The English stemmer only knows unaccented letters anyway
		// ("résumé" would keep its last e). It removes a possessive "'s"
		// itself: apostrophes stay until after stemming.
		env := snowball.NewEnv(foldWord(word, true))
		english.Stem(env)
		s = env.Current()
	}
	s = foldWord(s, false)
	if len(s) > maxTermBytes {
		s = truncateUTF8(s, maxTermBytes)
	}
	return s
}

// spanishAccented lists the endings that a Spanish word, once folded, gets
// its accent back on before stemming: suffixes of the Snowball Spanish
// stemmer that carry an accent and that no correctly spelled Spanish word
// ends with unaccented. Without this "organización" would stem to
// "organizacion" and "organizaciones" to "organiz".
var spanishAccented = []struct{ plain, accented string }{
	{"acion", "ación"},
	{"ucion", "ución"},
	{"logia", "logía"},
	{"logias", "logías"},
}

// restoreSpanishAccent applies spanishAccented to an all-ASCII word.
func restoreSpanishAccent(w string) string {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return w
		}
	}
	for _, s := range spanishAccented {
		if strings.HasSuffix(w, s.plain) && len(w) > len(s.plain) {
			return w[:len(w)-len(s.plain)] + s.accented
		}
	}
	return w
}

// foldWord lower-cases s, removes its accents (every combining mark, which
// unicode61 would otherwise read as a separator) and, unless keepApos,
// its apostrophes, and spells
// out the few Latin letters that have no decomposition (ß, ø, æ, đ, ł), as
// the root package's Fold does: the result is what both SQLite's unicode61
// (remove_diacritics 2) and PostgreSQL's simple configuration keep as one
// unchanged token.
func foldWord(s string, keepApos bool) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || c == '\'' && !keepApos || 'A' <= c && c <= 'Z' {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.M, r):
			continue
		case r == '\'' || r == '\u2019' || r == '\u02BC':
			if keepApos {
				b.WriteByte('\'')
			}
		case r == 'ß':
			b.WriteString("ss")
		case r == 'ø' || r == 'Ø':
			b.WriteByte('o')
		case r == 'æ' || r == 'Æ':
			b.WriteString("ae")
		case r == 'œ' || r == 'Œ':
			b.WriteString("oe")
		case r == 'đ' || r == 'Đ':
			b.WriteByte('d')
		case r == 'ł' || r == 'Ł':
			b.WriteByte('l')
		case r == 'ı':
			b.WriteByte('i')
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// truncateUTF8 cuts s to at most n bytes without splitting a character.
func truncateUTF8(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}
