package textsearch

import (
	"errors"
	"strings"
	"testing"

	"github.com/frente/frente"
)

// FuzzParseQuery checks that no input makes ParseQuery, FTS5, TSQuery or
// Snippet panic, that every rejection is the documented error, and that
// every FTS5 expression parses and runs in SQLite's FTS5.
//
//	go test -run '^$' -fuzz FuzzParseQuery -fuzztime 60s ./textsearch/
func FuzzParseQuery(f *testing.F) {
	for _, s := range []string{
		"arbitrating", `"just cause" discharge`, "despidos OR sanción -trabajo",
		"a (b OR c) NOT \"d e\"", "title:secret NEAR(a b) a*", "12.3", "(a -b) OR c",
		"overtime -(holiday OR sunday)", "x (-y)", `“a” „b“ «c»`, "employer’s", "a\x00b\xff",
		"((((((((a))))))))", "-", "--a", "a OR", "AND", `"`, "'", `\`, "&|!():",
	} {
		f.Add(s)
	}
	db := openFTS5(f)
	if _, err := db.Exec(`INSERT INTO t(rowid, body) VALUES (1, ?), (2, ?)`,
		Analyze("The arbitrator's decision on just cause, 12.3", "en"),
		Analyze("Los despidos y la sanción", "es")); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		q, err := ParseQuery(s)
		if err != nil {
			var fe *frente.Error
			if !errors.As(err, &fe) || fe.Code != frente.EINVALID || len(fe.Fields) != 1 ||
				fe.Fields[0].Field != "q" || fe.Fields[0].Code != "invalid_query" || len(fe.Fields[0].Args) != 1 {
				t.Fatalf("ParseQuery(%q): unexpected error %#v", s, err)
			}
			if pos, ok := fe.Fields[0].Args[0].(int); !ok || pos < 0 || pos > len(s) {
				t.Fatalf("ParseQuery(%q): position %v out of the query", s, fe.Fields[0].Args[0])
			}
			return
		}
		if len(q.Terms("")) == 0 {
			t.Fatalf("ParseQuery(%q) accepted a query with no terms", s)
		}
		for _, lang := range []string{"en", "es", ""} {
			expr := q.FTS5(lang)
			if _, err := queryIDs(db, `SELECT rowid FROM t WHERE t MATCH ?`, expr); err != nil {
				t.Fatalf("ParseQuery(%q).FTS5(%q) = %s: %v", s, lang, expr, err)
			}
			ts := q.TSQuery(lang)
			if strings.Count(ts, "(") != strings.Count(ts, ")") || strings.Count(ts, "'")%2 != 0 {
				t.Fatalf("ParseQuery(%q).TSQuery(%q) = %s: unbalanced", s, lang, ts)
			}
			q.Snippet(s, lang, 5)
		}
	})
}
