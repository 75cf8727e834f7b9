package redline

import (
	"strings"
	"testing"
)

func TestDiffRebuildsBothTexts(t *testing.T) {
	cases := []struct{ name, a, b string }{
		{"both empty", "", ""},
		{"from nothing", "", "The Union is recognized.\n"},
		{"to nothing", "The Union is recognized.\n", ""},
		{"identical", "Section 1. Hours.\n\nEight hours a day.", "Section 1. Hours.\n\nEight hours a day."},
		{"one word", "shall pay five dollars", "shall pay six dollars"},
		{"trailing newline added", "no newline", "no newline\n"},
		{"rewrapped", "a copy of\nthe formal resignation", "a copy of the\nformal resignation"},
		{"crlf", "line one\r\nline two\r\n", "line one\r\nline 2\r\n"},
		{"blank lines", "\n\n\n", "\n \n"},
		{"paragraph added", "First.\n\nThird.\n", "First.\n\nSecond.\n\nThird.\n"},
		{"paragraphs swapped", "Alpha beta gamma.\n\nDelta epsilon.\n", "Delta epsilon.\n\nAlpha beta gamma.\n"},
		{"spanish", "El período de prueba será de seis meses.", "El período de prueba será de tres meses, salvo pacto en contrario."},
		{"invalid utf-8", "a\xffb c\xc3", "a\xffb d\xc3\x85"},
		{"nbsp and tabs", "pay\u00a0rate\tof 12.50", "pay rate\tof 12.75"},
		{"only punctuation", "...", ",,,"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkOps(t, c.a, c.b, Diff(c.a, c.b))
			checkOps(t, c.b, c.a, Diff(c.b, c.a))
		})
	}
}

func TestDiffMarksOnlyTheChangedWords(t *testing.T) {
	cases := []struct{ a, b, want string }{
		{"shall pay five dollars per hour", "shall pay six dollars per hour",
			"shall pay [-five-]{+six+} dollars per hour"},
		{"resign from his or her position", "resign from their position",
			"resign from [-his or her-]{+their+} position"},
		{"The Employer shall pay", "The Employer shall promptly pay",
			"The Employer shall {+promptly+} pay"},
		{"The Employer shall not unreasonably deny leave", "The Employer shall deny leave",
			"The Employer shall [-not unreasonably-] deny leave"},
		// A re-wrapped line is not a change: the proposed spacing shows.
		{"a copy of\nthe formal resignation", "a copy of the\nformal resignation",
			"a copy of the\nformal resignation"},
		// Small common words between changes do not chop a rewrite up.
		{"the employer may assign the work to contractors", "the union must approve the assignment of work",
			"the [-employer may assign the work to contractors-]{+union must approve the assignment of work+}"},
	}
	for _, c := range cases {
		ops := Diff(c.a, c.b)
		checkOps(t, c.a, c.b, ops)
		if got := Text(ops); got != c.want {
			t.Errorf("Text(Diff(%q, %q))\n got %q\nwant %q", c.a, c.b, got, c.want)
		}
	}
}

func TestDiffDeletionBeforeInsertion(t *testing.T) {
	ops := Diff("rate of five dollars", "rate of six dollars")
	want := []Op{{Kind: Equal, Text: "rate of "}, {Kind: Delete, Text: "five"}, {Kind: Insert, Text: "six"}, {Kind: Equal, Text: " dollars"}}
	if len(ops) != len(want) {
		t.Fatalf("got %+v", ops)
	}
	for i := range want {
		if ops[i] != want[i] {
			t.Fatalf("op %d: got %+v, want %+v", i, ops[i], want[i])
		}
	}
}

func TestDiffSpanishAccentsAndPunctuation(t *testing.T) {
	a := "¿Qué ocurre si la empresa no paga? La cláusula 12.3 establece el período de prueba."
	b := "¿Qué ocurre si la compañía no paga? La cláusula 12.4 establece el periodo de prueba."
	ops := Diff(a, b)
	checkOps(t, a, b, ops)
	want := "¿Qué ocurre si la [-empresa-]{+compañía+} no paga? La cláusula [-12.3-]{+12.4+} establece el [-período-]{+periodo+} de prueba."
	if got := Text(ops); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	s := Summarize(ops)
	// "12.3" is one word, and so are words with accents: 15 words a side.
	if s.Equal != 12 || s.Deleted != 3 || s.Inserted != 3 {
		t.Errorf("stats %+v", s)
	}
}

func TestDiffLargeEditedText(t *testing.T) {
	a := englishText(3, 6000)
	b := mutate(a, 0.02, 3)
	ops := Diff(a, b)
	checkOps(t, a, b, ops)
	s := Summarize(ops)
	words := len(strings.Fields(a))
	// 2% of the words touched: about 40 replaced, 40 deleted and 40
	// inserted; allow for punctuation words and merged neighbours.
	if s.Deleted < words/100 || s.Deleted > words/20 || s.Inserted < words/100 || s.Inserted > words/20 {
		t.Errorf("stats %+v for %d words", s, words)
	}
	if sim := Similarity(ops); sim < 0.95 || sim > 0.995 {
		t.Errorf("similarity %.3f", sim)
	}
}

// TestDiffUnrelatedMegabytes is the pathological pair: it must end (the
// benchmark tells how fast) and still rebuild both texts, with most of it
// shown as deleted and inserted.
func TestDiffUnrelatedMegabytes(t *testing.T) {
	if testing.Short() {
		t.Skip("large input")
	}
	a := englishText(11, 160_000)
	b := englishText(5011, 160_000)
	ops := Diff(a, b)
	checkOps(t, a, b, ops)
	if sim := Similarity(ops); sim > 0.5 {
		t.Errorf("similarity of unrelated texts %.3f", sim)
	}
}

// TestDiffRepetitiveBlock has no word unique to either side, so patience
// finds no anchor and Myers has to do all the work.
func TestDiffRepetitiveBlock(t *testing.T) {
	a := strings.Repeat("step one step two ", 200)
	b := strings.Repeat("step one step two step three ", 200)
	ops := Diff(a, b)
	checkOps(t, a, b, ops)
	if s := Summarize(ops); s.Deleted != 0 || s.Inserted != 400 {
		t.Errorf("stats %+v: want only the 200 'step three' inserted", s)
	}
}

// TestDiffNewSentenceLikeTheNext: a new sentence that starts like the
// one after it is marked as a whole sentence, not as the end of one and
// the start of the next.
func TestDiffNewSentenceLikeTheNext(t *testing.T) {
	a := "Hours. The Employer shall post schedules."
	b := "Hours. The Employer shall pay overtime. The Employer shall post schedules."
	ops := Diff(a, b)
	checkOps(t, a, b, ops)
	want := "Hours. {+The Employer shall pay overtime.+} The Employer shall post schedules."
	if got := Text(ops); got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	ops = Diff(b, a)
	checkOps(t, b, a, ops)
	want = "Hours. [-The Employer shall pay overtime.-] The Employer shall post schedules."
	if got := Text(ops); got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}
