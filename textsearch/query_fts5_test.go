package textsearch

import "testing"

func TestFTS5(t *testing.T) {
	tests := []struct{ q, lang, want string }{
		{"arbitrating", "en", `"arbitr"`},
		{"arbitrating", "es", `"arbitrating"`},
		{"arbitrating", "", `"arbitr" OR "arbitrating"`},
		{"despidos", "es", `"desp"`},
		{"despidos", "", `"despido" OR "desp"`},
		{"sancion", "", `"sancion"`}, // same stem in both: written once
		{`"just cause"`, "en", `"just caus"`},
		{`"justa causa" despido`, "", `("justa causa" OR "just caus") AND ("despido" OR "desp")`},
		{"despidos OR sanción -trabajo", "es", `("desp" OR "sancion") NOT ("trabaj")`},
		{"despidos OR sanción -trabajo", "", `(("despido" OR "desp") OR "sancion") NOT ("trabajo" OR "trabaj")`},
		{"a (b OR c) NOT \"d e\"", "en", `("a" AND ("b" OR "c")) NOT ("d e")`},
	}
	for _, tt := range tests {
		q, err := ParseQuery(tt.q)
		if err != nil {
			t.Fatalf("ParseQuery(%q): %v", tt.q, err)
		}
		if got := q.FTS5(tt.lang); got != tt.want {
			t.Errorf("ParseQuery(%q).FTS5(%q) = %s, want %s", tt.q, tt.lang, got, tt.want)
		}
	}
}

// What people type is never read as FTS5 syntax: column filters, NEAR,
// prefix *, ^, quotes and operators in lower case are words or nothing.
func TestFTS5CannotBreakOut(t *testing.T) {
	tests := []struct{ q, want string }{
		{"title:secret", `"titl secret"`},
		{"body:secret", `"bodi secret"`},
		{"{body title}:secret", `"bodi" AND "titl secret"`},
		{"NEAR(a b)", `"near" AND "a" AND "b"`},
		{"NEAR(a b, 2)", `"near" AND "a" AND "b" AND "2"`},
		{"a*", `"a"`},
		{"^a", `"a"`},
		{"a + b", `"a" AND "b"`},
		{`a" OR "b`, `"a" AND "or" AND "b"`},
		{`"a"" b"`, `"a" AND "b"`},
		{"'a' OR 'b'", `"a" OR "b"`},
		{`\"a\"`, `"a"`},
		{`a & b | !c ( ) :`, `"a" AND "b" AND "c"`},
		{"a or b and not c", `"a" AND "or" AND "b" AND "and" AND "not" AND "c"`},
		{"a\x00b", `"a b"`},
	}
	for _, tt := range tests {
		q, err := ParseQuery(tt.q)
		if err != nil {
			t.Errorf("ParseQuery(%q): %v", tt.q, err)
			continue
		}
		if got := q.FTS5("en"); got != tt.want {
			t.Errorf("ParseQuery(%q).FTS5(en) = %s, want %s", tt.q, got, tt.want)
		}
	}
}
