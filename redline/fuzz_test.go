package redline

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzDiff checks, for any pair of texts, that both rebuild exactly from
// the runs, that no run cuts a character in two, that moves pair up, and that the renderers neither fail nor
// let markup through.
func FuzzDiff(f *testing.F) {
	f.Add("shall pay five dollars", "shall pay six dollars")
	f.Add("a copy of\nthe formal", "a copy of the\nformal")
	f.Add(paraUnion+"\n\n"+paraOvertime+"\n\n"+paraLeave, paraUnion+"\n\n"+paraLeave+"\n\n"+paraOvertime)
	f.Add("El período <b>de</b> prueba.", "El periodo de prueba, ¿no?")
	f.Add("\xff\xc3\n\n\u00a0 x", "x \xc3\x85\r\n")
	f.Add("", "only b")
	f.Fuzz(func(t *testing.T, a, b string) {
		ops := Diff(a, b)
		checkOps(t, a, b, ops)
		if utf8.ValidString(a) && utf8.ValidString(b) {
			for _, op := range ops {
				if !utf8.ValidString(op.Text) {
					t.Fatalf("run cut inside a character: %q", op.Text)
				}
			}
		}
		s := Summarize(ops)
		if sim := Similarity(ops); sim < 0 || sim > 1 {
			t.Fatalf("similarity %v", sim)
		}
		if a == b && (s.Deleted != 0 || s.Inserted != 0) {
			t.Fatalf("identical texts with changes: %+v", s)
		}
		_ = Text(ops)
		h := HTML(ops)
		if rest := ownTags.ReplaceAllString(h, ""); strings.ContainsAny(rest, "<>") {
			t.Fatalf("markup leaked: %q", rest)
		}
	})
}
