package redline

import (
	"regexp"
	"strings"
	"testing"
)

func TestTextFormat(t *testing.T) {
	ops := []Op{
		{Kind: Equal, Text: "Pay is "},
		{Kind: Delete, Text: "five "},
		{Kind: Insert, Text: "six"},
		{Kind: Equal, Text: " dollars.\n\n"},
		{Kind: Delete, Text: "Moved words here.", Move: 1},
		{Kind: Equal, Text: "\nEnd."},
		{Kind: Insert, Text: " Moved words here.", Move: 1},
	}
	want := "Pay is [-five-] {+six+} dollars.\n\n[-Moved words here.-]{>1}\nEnd. {+Moved words here.+}{<1}"
	if got := Text(ops); got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

func TestTextWhitespaceOnlyChange(t *testing.T) {
	ops := []Op{{Kind: Equal, Text: "a"}, {Kind: Delete, Text: "\n"}, {Kind: Insert, Text: "  "}, {Kind: Equal, Text: "b"}}
	if got := Text(ops); got != "a  b" {
		t.Errorf("got %q", got)
	}
}

func TestHTMLEscapes(t *testing.T) {
	a := `Wages are <b>fixed</b> & "final".`
	b := `Wages are <script>alert('x')</script> & "final".`
	h := HTML(Diff(a, b))
	for _, bad := range []string{"<script", "<b>", `"final"`, "'x'"} {
		if strings.Contains(h, bad) {
			t.Errorf("HTML contains %q unescaped: %s", bad, h)
		}
	}
	if rest := ownTags.ReplaceAllString(h, ""); strings.ContainsAny(rest, "<>") {
		t.Errorf("HTML has markup beyond the redline tags: %s", rest)
	}
	if !strings.Contains(h, "&lt;") || !strings.Contains(h, "alert(&#39;x&#39;)") || !strings.Contains(h, "&amp;") {
		t.Errorf("HTML lost the escaped text: %s", h)
	}
}

// ownTags are the tags HTML writes itself.
var ownTags = regexp.MustCompile(`</?(div|p|br|del|ins|span)( [a-z-]+="[^"<>]*")*>`)

func TestHTMLMarks(t *testing.T) {
	a := "Pay is five dollars.\n\nSecond paragraph\nwith a line break."
	b := "Pay is six dollars.\n\nSecond paragraph\nwith a line break."
	h := HTML(Diff(a, b))
	for _, want := range []string{
		`<div class="redline"><p>Pay is `,
		`<del class="rl-del"><span class="rl-sym" aria-hidden="true">[−</span><span class="visually-hidden">deleted: </span>five<span class="rl-sym" aria-hidden="true">−]</span>`,
		`<ins class="rl-ins"><span class="rl-sym" aria-hidden="true">{+</span><span class="visually-hidden">inserted: </span>six<span class="rl-sym" aria-hidden="true">+}</span>`,
		"</p>\n<p>Second paragraph<br>\nwith a line break.</p></div>",
	} {
		if !strings.Contains(h, want) {
			t.Errorf("HTML lacks %s\n in %s", want, h)
		}
	}
}

func TestHTMLMove(t *testing.T) {
	ops := []Op{
		{Kind: Delete, Text: "Moved text.\n\n", Move: 1},
		{Kind: Equal, Text: "Kept."},
		{Kind: Insert, Text: "\n\nMoved text.", Move: 1},
	}
	h := HTML(ops)
	for _, want := range []string{
		`<del class="rl-del rl-move" data-move="1">`,
		`<ins class="rl-ins rl-move" data-move="1">`,
		`<span class="rl-move-mark" data-move="1" aria-hidden="true">→1</span>`,
		`<span class="rl-move-mark" data-move="1" aria-hidden="true">←1</span>`,
		"moved away, see move 1",
	} {
		if !strings.Contains(h, want) {
			t.Errorf("HTML lacks %s\n in %s", want, h)
		}
	}
	if strings.Count(h, "<p>") != 3 {
		t.Errorf("want three paragraphs: %s", h)
	}
}

// TestHTMLChangeAcrossParagraphs: a deletion that spans a paragraph break
// is closed and reopened around it, so the tags nest.
func TestHTMLChangeAcrossParagraphs(t *testing.T) {
	h := HTML([]Op{{Kind: Equal, Text: "Start "}, {Kind: Delete, Text: "one\n\ntwo"}, {Kind: Equal, Text: " end."}})
	if strings.Count(h, `<del class="rl-del">`) != 2 || strings.Count(h, "</del>") != 2 {
		t.Fatalf("want two deletion pieces: %s", h)
	}
	if i, j := strings.Index(h, "</del>"), strings.Index(h, "</p>"); i > j {
		t.Errorf("the first deletion does not close before its paragraph: %s", h)
	}
}

func TestSimilarity(t *testing.T) {
	text := "The Union is recognized as the sole bargaining agent."
	cases := []struct {
		name   string
		a, b   string
		lo, hi float64
	}{
		{"both empty", "", "", 1, 1},
		{"identical", text, text, 1, 1},
		{"rewrapped", text, strings.ReplaceAll(text, " ", "\n"), 1, 1},
		{"one side empty", text, "", 0, 0},
		{"unrelated", text, "Vacation accrues monthly from hire date onward.", 0, 0.2},
		{"one word of nine", text, strings.Replace(text, "sole", "exclusive", 1), 0.88, 0.9},
	}
	for _, c := range cases {
		if got := Similarity(Diff(c.a, c.b)); got < c.lo || got > c.hi {
			t.Errorf("%s: similarity %.3f, want [%.2f, %.2f]", c.name, got, c.lo, c.hi)
		}
	}
}

func TestSummarizeCountsWords(t *testing.T) {
	ops := []Op{
		{Kind: Equal, Text: "The full-time rate is $1,200.50 a month, "},
		{Kind: Delete, Text: "and/or more"},
		{Kind: Insert, Text: "less"},
		{Kind: Delete, Text: "one two three four five six seven eight", Move: 1},
		{Kind: Insert, Text: "one two three four five six seven eight", Move: 1},
	}
	want := Stats{Equal: 7, Deleted: 10, Inserted: 9, Moved: 8}
	if got := Summarize(ops); got != want {
		t.Errorf("got %+v, want %+v", got, want)
	}
}

func TestHTMLInSpanish(t *testing.T) {
	ops := Diff("La empresa deberá conceder permiso.", "La empresa podrá conceder permiso.")
	es, en := HTMLIn(ops, "es"), HTML(ops)
	if !strings.Contains(es, "eliminado: ") || !strings.Contains(es, "añadido: ") || strings.Contains(es, "deleted: ") {
		t.Errorf("Spanish screen-reader words missing:\n%s", es)
	}
	if !strings.Contains(en, "deleted: ") || HTMLIn(ops, "fr") != en {
		t.Errorf("English is the default:\n%s", en)
	}
}
