package textsearch

import (
	"strings"
	"testing"
)

func TestTSQuery(t *testing.T) {
	tests := []struct{ q, lang, want string }{
		{"arbitrating", "en", `'arbitr'`},
		{"arbitrating", "", `'arbitr' | 'arbitrating'`},
		{"arbitration discharge", "en", `'arbitr' & 'discharg'`},
		{`"just cause"`, "en", `'just' <-> 'caus'`},
		{`"justa causa" despido`, "", `(('justa' <-> 'causa') | ('just' <-> 'caus')) & ('despido' | 'desp')`},
		{"layoff OR discharge", "en", `'layoff' | 'discharg'`},
		{"seniority layoff OR recall", "en", `'senior' & ('layoff' | 'recal')`},
		{"overtime -holiday -\"double time\"", "en", `'overtim' & !'holiday' & !('doubl' <-> 'time')`},
		{"overtime -(holiday OR sunday)", "en", `'overtim' & !('holiday' | 'sunday')`},
		{"(a -b) OR c", "en", `('a' & !'b') | 'c'`},
		{"despidos OR sanción -trabajo", "", `(('despido' | 'desp') | 'sancion') & !('trabajo' | 'trabaj')`},
		{"12.3", "en", `'12' <-> '3'`},
	}
	for _, tt := range tests {
		q, err := ParseQuery(tt.q)
		if err != nil {
			t.Fatalf("ParseQuery(%q): %v", tt.q, err)
		}
		if got := q.TSQuery(tt.lang); got != tt.want {
			t.Errorf("ParseQuery(%q).TSQuery(%q) = %s, want %s", tt.q, tt.lang, got, tt.want)
		}
	}
}

// What people type is never read as tsquery syntax: every lexeme is a
// quoted run of letters and digits.
func TestTSQueryCannotBreakOut(t *testing.T) {
	for _, in := range []string{
		"a:*", "a:AB", "'a' | 'b'", `a\' & b`, "a & b | !c <-> d <2> e", "(a) :", `'' \\ "`,
		"title:secret", "NEAR(a b)",
	} {
		q, err := ParseQuery(in)
		if err != nil {
			continue
		}
		out := q.TSQuery("")
		// Remove the quoted lexemes; only operators may remain.
		rest := out
		for {
			i := strings.IndexByte(rest, '\'')
			if i < 0 {
				break
			}
			j := strings.IndexByte(rest[i+1:], '\'')
			if j < 0 {
				t.Errorf("TSQuery of %q = %s: unclosed quote", in, out)
				break
			}
			lexeme := rest[i+1 : i+1+j]
			if strings.ContainsAny(lexeme, `\:*!&|<>() `) {
				t.Errorf("TSQuery of %q = %s: lexeme %q holds syntax", in, out, lexeme)
			}
			rest = rest[:i] + rest[i+2+j:]
		}
		if strings.Trim(rest, "&|!<-> ()") != "" {
			t.Errorf("TSQuery of %q = %s: %q outside lexemes", in, out, rest)
		}
	}
	var b strings.Builder
	writeLexeme(&b, `it's a \ test`)
	if got, want := b.String(), `'it''s a \\ test'`; got != want {
		t.Errorf("writeLexeme = %s, want %s", got, want)
	}
}
