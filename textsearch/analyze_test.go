package textsearch

import (
	"os"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

func TestAnalyze(t *testing.T) {
	tests := []struct {
		name, lang, text, want string
	}{
		{"english stems", "en", "Arbitrating arbitrator arbitration", "arbitr arbitr arbitr"},
		{"possessive", "en", "the employer's rights, employers' rights", "the employ right employ right"},
		{"typographic apostrophe", "en", "the Employer’s right", "the employ right"},
		{"contraction", "en", "don't", "dont"},
		{"leading and trailing quotes", "en", "'grievance'", "grievanc"},
		{"hyphen splits", "en", "re-hire just-cause", "re hire just caus"},
		{"numbers", "en", "ARTICLE 12 – Section 12.3.1 (a)", "articl 12 section 12 3 1 a"},
		{"no stop-word removal", "en", "for the union and of it", "for the union and of it"},
		{"unknown language is english", "fr", "discharged", "discharg"},
		{"spanish stems", "es", "Los despidos; el despido", "los desp el desp"},
		{"spanish accents folded after stemming", "es", "SANCIÓN sanciones sancion", "sancion sancion sancion"},
		{"spanish accent restored on typed suffix", "es", "organización organizacion organizaciones", "organiz organiz organiz"},
		{"spanish enye", "es", "año AÑO", "ano ano"},
		{"spanish clause numbers", "es", "CLÁUSULA DÉCIMA. Artículo 10", "clausul decim articul 10"},
		{"decomposed accents", "es", "sancio\u0301n", "sancion"},
		{"accents in english text", "en", "Café naïve résumé", "cafe naiv resum"},
		{"letters without decomposition", "en", "Straße Ørsted", "strass orst"},
		{"empty", "en", "", ""},
		{"only punctuation", "en", "— ... ; ( ) «»", ""},
		{"mixed letters and digits", "en", "1st 2nd COVID19", "1st 2nd covid19"},
		{"other numbers are separators", "en", "½ x²", "x"},
		{"invalid utf-8", "en", "a\xffb", "a b"},
		{"modifier apostrophe", "en", "ʼemployerʼs", "employ"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Analyze(tt.text, tt.lang); got != tt.want {
				t.Errorf("Analyze(%q, %q) = %q, want %q", tt.text, tt.lang, got, tt.want)
			}
		})
	}
}

// The issue's examples: a query word and a text word must meet on one term.
func TestAnalyzeFindsIssueExamples(t *testing.T) {
	tests := []struct{ lang, query, text string }{
		{"en", "arbitrating", "arbitrator"},
		{"en", "arbitrator", "arbitration"},
		{"en", "resume", "résumé"},
		{"es", "despidos", "despido"},
		{"es", "sancion", "sanción"},
		{"es", "sanciones", "sanción"},
		{"es", "arbitro", "árbitro"},
		{"es", "clausula", "CLÁUSULAS"},
		{"es", "jubilacion", "jubilación"},
		{"es", "metodologia", "metodología"},
	}
	for _, tt := range tests {
		if q, x := Analyze(tt.query, tt.lang), Analyze(tt.text, tt.lang); q != x {
			t.Errorf("%s: %q analyzes to %q, %q to %q", tt.lang, tt.query, q, tt.text, x)
		}
	}
}

func TestForEachWordOffsets(t *testing.T) {
	text := "  The employer’s re-hire, 12.3 sancio\u0301n "
	var got []string
	forEachWord(text, func(s, e int) { got = append(got, text[s:e]) })
	want := []string{"The", "employer’s", "re", "hire", "12", "3", "sancio\u0301n"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("words %q, want %q", got, want)
	}
}

// Terms never hold anything but letters and digits, whatever the input,
// so each is one token for unicode61 and for PostgreSQL's parser.
func TestAnalyzeTermsAreOneToken(t *testing.T) {
	inputs := []string{
		"title:secret NEAR(a b) a* \" ' \\ & | ! ( ) : <-> 'x':* ^start",
		"l'ouvrier d’accord ʼaʼ '' ’’", "ﬁ ﬂ Ǆ ǅ ǆ İstanbul ΣΊΣΥΦΟΣ",
		strings.Repeat("a", 300) + " " + strings.Repeat("é", 200),
	}
	for _, in := range inputs {
		for _, lang := range []string{"en", "es"} {
			out := Analyze(in, lang)
			for _, term := range strings.Split(out, " ") {
				if term == "" && out != "" {
					t.Errorf("Analyze(%q) = %q: empty term", in, out)
				}
				if len(term) > maxTermBytes {
					t.Errorf("term of %d bytes", len(term))
				}
				n := 0
				forEachWord(term, func(s, e int) {
					n++
					if s != 0 || e != len(term) {
						t.Errorf("term %q is not one word", term)
					}
				})
				if term != "" && n != 1 {
					t.Errorf("term %q is %d words", term, n)
				}
			}
		}
	}
}

// The cache is shared by goroutines indexing in parallel (run with -race).
func TestAnalyzeConcurrent(t *testing.T) {
	text := "The employer shall not discharge an employee without just cause. Los despidos y la sanción."
	want := Analyze(text, "en")
	done := make(chan string)
	for i := 0; i < 8; i++ {
		go func() {
			var s string
			for j := 0; j < 200; j++ {
				s = Analyze(text, "en")
				Analyze(text, "es")
			}
			done <- s
		}()
	}
	for i := 0; i < 8; i++ {
		if got := <-done; got != want {
			t.Errorf("concurrent Analyze = %q, want %q", got, want)
		}
	}
}

func TestCacheIsBounded(t *testing.T) {
	resetCaches()
	var b strings.Builder
	for i := 0; i < cacheShards*cacheShardMax*2; i++ {
		b.Reset()
		for n := i; ; n /= 26 {
			b.WriteByte(byte('a' + n%26))
			if n < 26 {
				break
			}
		}
		Analyze(b.String(), "en")
	}
	total := cacheLen(0)
	if total > cacheShards*(cacheShardMax+cacheShardMax/4+8) {
		t.Errorf("cache holds %d terms, more than %d", total, cacheShards*cacheShardMax)
	}
}

// Accents are optional: every word of a real Spanish agreement analyzes
// the same with and without its accents (see stemLower).
func TestSpanishAccentsOptional(t *testing.T) {
	words := []string{"andalucía", "podrán", "garantías", "deberá", "sanción", "organización", "comités", "después", "remitió"}
	const path = "../../shared/corpus/agreements/es/rtva-x-convenio-2014.txt"
	if data, err := os.ReadFile(path); err == nil {
		text := string(data)
		forEachWord(text, func(s, e int) { words = append(words, text[s:e]) })
	} else {
		t.Logf("%s not read (%v): fixed words only", path, err)
	}
	for _, w := range words {
		plain := stripAccents(w)
		if a, b := Analyze(w, "es"), Analyze(plain, "es"); a != b {
			t.Errorf("%q analyzes to %q, %q to %q", w, a, plain, b)
		}
	}
}

// stripAccents removes combining marks, as a person typing without accents
// would (keeping ñ as n too).
func stripAccents(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}
