package textsearch

import (
	"errors"
	"strings"
	"testing"

	"github.com/frente/frente"
)

func TestParseQueryValid(t *testing.T) {
	// Each query with its FTS5 expression in English, which shows the
	// parsed tree.
	tests := []struct{ q, fts5 string }{
		{"arbitrating", `"arbitr"`},
		{"  Arbitration   DISCHARGE ", `"arbitr" AND "discharg"`},
		{"arbitration AND discharge", `"arbitr" AND "discharg"`},
		{`"just cause"`, `"just caus"`},
		{`“just cause”`, `"just caus"`},
		{`"just cause" discharge`, `"just caus" AND "discharg"`},
		{"layoff OR discharge", `"layoff" OR "discharg"`},
		{"seniority layoff OR recall", `"senior" AND ("layoff" OR "recal")`},
		{"(a OR b) c", `("a" OR "b") AND "c"`},
		{"(a b) c", `"a" AND "b" AND "c"`},
		{"a OR (b OR c)", `"a" OR "b" OR "c"`},
		{"overtime -holiday", `("overtim") NOT ("holiday")`},
		{"overtime NOT holiday NOT sunday", `("overtim") NOT ("holiday" OR "sunday")`},
		{`overtime -"double time"`, `("overtim") NOT ("doubl time")`},
		{"overtime -(holiday OR sunday)", `("overtim") NOT ("holiday" OR "sunday")`},
		{"overtime (-holiday)", `("overtim") NOT ("holiday")`},
		{"a (b -c)", `("a" AND "b") NOT ("c")`},
		{"(a -b) OR c", `(("a") NOT ("b")) OR "c"`},
		{"re-hire", `"re hire"`},
		{"12.3", `"12 3"`},
		{"ARTICLE 12", `"articl" AND "12"`},
		{"employer's", `"employ"`},
		{"or and not", `"or" AND "and" AND "not"`},
		{"a - b", `"a" AND "b"`},
		{"a * b", `"a" AND "b"`},
		{`a ""`, `"a"`},
		{"a ()", `"a"`},
		{strings.Repeat("w ", 30), strings.TrimSuffix(strings.Repeat(`"w" AND `, 30), " AND ")},
	}
	for _, tt := range tests {
		q, err := ParseQuery(tt.q)
		if err != nil {
			t.Errorf("ParseQuery(%q): %v", tt.q, err)
			continue
		}
		if got := q.FTS5("en"); got != tt.fts5 {
			t.Errorf("ParseQuery(%q).FTS5(en) = %s, want %s", tt.q, got, tt.fts5)
		}
		if q.String() != tt.q {
			t.Errorf("String() = %q, want %q", q.String(), tt.q)
		}
	}
}

func TestParseQueryInvalid(t *testing.T) {
	tests := []struct {
		q       string
		pos     int
		message string // part of the field's message
	}{
		{"", 0, "nothing to search for"},
		{"   ", 0, "nothing to search for"},
		{"*** ...", 0, "nothing to search for"},
		{"()", 0, "nothing to search for"},
		{"-overtime", 0, "NOT at byte 0 excludes from nothing"},
		{"NOT overtime NOT holiday", 0, "excludes from nothing"},
		{"(-a)", 0, "excludes from nothing"},
		{`"just cause`, 0, "quote at byte 0 is not closed"},
		{`a "b" "c`, 6, "quote at byte 6 is not closed"},
		{"(a OR b", 0, "parenthesis at byte 0 is not closed"},
		{"a (b (c)", 2, "parenthesis at byte 2 is not closed"},
		{"a OR b)", 6, "parenthesis at byte 6 closes nothing"},
		{"OR a", 0, "OR at byte 0 needs a word before it"},
		{"a OR", 2, "OR at byte 2 needs a word after it"},
		{"a OR OR b", 2, "OR at byte 2 needs a word after it"},
		{"(OR a)", 1, "OR at byte 1 needs a word before it"},
		{"AND a", 0, "AND at byte 0 needs a word before it"},
		{"a AND", 2, "AND at byte 2 needs a word after it"},
		{"a AND AND b", 6, "AND at byte 6 needs a word before it"},
		{"a NOT", 2, "NOT at byte 2 must be followed by"},
		{"a NOT NOT b", 2, "NOT at byte 2 must be followed by"},
		{"a --b", 2, "NOT at byte 2 must be followed by"},
		{"a OR -b", 5, "cannot be a side of OR"},
		{"a OR (-b)", 5, "only excludes"},
		{"a NOT (-b)", 2, "only excludes"},
		{strings.Repeat("w ", 31), 60, "more than 30 words (at byte 60)"},
		{`"` + strings.Repeat("w ", 31) + `"`, 61, "more than 30 words"},
		{strings.Repeat("a", 501), 500, "501 bytes long; the limit is 500"},
		{strings.Repeat("(", 9) + "a" + strings.Repeat(")", 9), 8, "deeper than 8"},
	}
	for _, tt := range tests {
		q, err := ParseQuery(tt.q)
		if err == nil {
			t.Errorf("ParseQuery(%q) = %s, want an error", tt.q, q.FTS5("en"))
			continue
		}
		var fe *frente.Error
		if !errors.As(err, &fe) || fe.Code != frente.EINVALID || len(fe.Fields) != 1 {
			t.Errorf("ParseQuery(%q) error %#v, want one EINVALID field", tt.q, err)
			continue
		}
		f := fe.Fields[0]
		if f.Field != "q" || f.Code != "invalid_query" || len(f.Args) != 1 || f.Args[0] != tt.pos {
			t.Errorf("ParseQuery(%q) field %+v, want q, invalid_query, Args [%d]", tt.q, f, tt.pos)
		}
		if !strings.Contains(f.Message, tt.message) {
			t.Errorf("ParseQuery(%q) message %q, want it to say %q", tt.q, f.Message, tt.message)
		}
	}
}

func TestTerms(t *testing.T) {
	q, err := ParseQuery(`despidos "just cause" -overtime (sanción OR arbitrating)`)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ lang, want string }{
		{"en", "despido just caus sancion arbitr"},
		{"es", "desp just caus sancion arbitrating"},
		{"", "despido desp just caus sancion arbitr arbitrating"},
	}
	for _, tt := range tests {
		if got := strings.Join(q.Terms(tt.lang), " "); got != tt.want {
			t.Errorf("Terms(%q) = %q, want %q", tt.lang, got, tt.want)
		}
	}
}
