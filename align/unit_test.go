package align

import (
	"os"
	"slices"
	"testing"

	"github.com/frente/frente"
	"github.com/frente/frente/contract"
)

const unitFixture = `AGREEMENT

PREAMBLE

This preamble is not an article.

ARTICLE 1 – RECOGNITION

The Employer recognizes the Union.

1.1 Unit. All production workers are in the unit.

(a) Guards are not.

1.2 Notice. The Union is told of new job titles.

ARTICLE 2 – DURATION

This Agreement runs three years.

APPENDIX A – WAGE SCHEDULE

Step 1 $24.10
`

func TestFromDocumentFoldsSections(t *testing.T) {
	d, err := contract.Parse("unit.txt", []byte(unitFixture), contract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	units := FromDocument(d)
	var got []string
	for _, u := range units {
		got = append(got, u.Kind+" "+u.Number+" "+u.Heading)
	}
	// The parser makes the preamble an article without a number.
	want := []string{"article  PREAMBLE", "article 1 RECOGNITION", "article 2 DURATION", "appendix A WAGE SCHEDULE"}
	if !slices.Equal(got, want) {
		t.Fatalf("units %q, want %q", got, want)
	}
	wantText := "The Employer recognizes the Union.\n\n1.1 Unit\nAll production workers are in the unit.\n\n(a)\nGuards are not.\n\n1.2 Notice\nThe Union is told of new job titles."
	if units[1].Text != wantText {
		t.Errorf("article 1 text\n%q\nwant\n%q", units[0].Text, wantText)
	}

	// The same agreement read back from the store folds alike.
	var stored []*frente.Unit
	contract.Walk(d.Units, func(u *contract.Unit, depth int) bool {
		stored = append(stored, &frente.Unit{Seq: len(stored), Depth: depth, Kind: string(u.Kind), Number: u.Number, Heading: u.Heading, Text: u.Text})
		return true
	})
	if fromStored := FromStored(stored); !slices.Equal(fromStored, units) {
		t.Errorf("FromStored\n%q\nFromDocument\n%q", fromStored, units)
	}
}

func TestFromDocumentWithoutArticles(t *testing.T) {
	d := &contract.Document{Units: []*contract.Unit{
		{Kind: contract.KindChapter, Number: "I", Heading: "GENERAL", Text: "Scope.", Children: []*contract.Unit{
			{Kind: contract.KindSection, Number: "1", Text: "It applies to all."}}},
		{Kind: contract.KindChapter, Number: "II", Heading: "PAY", Text: "Pay is monthly."},
	}}
	got := FromDocument(d)
	if len(got) != 2 || got[0].Text != "Scope.\n\n1\nIt applies to all." || got[1].Number != "II" {
		t.Errorf("top-level units: %q", got)
	}
	if FromDocument(nil) != nil || FromStored(nil) != nil {
		t.Error("nothing should give nothing")
	}
}

func TestComparableText(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"12.3 Notice.  The Union\n  is told.", "Notice. The Union is told."},
		{"Section 12.3 Notice\nText", "Notice Text"},
		{"12. Twelve stays\n24.50 per hour", "12. Twelve stays per hour"},
		{"The rate is\u00a0$24.50 per hour", "The rate is $24.50 per hour"},
		{"12.3.4\tDeep", "Deep"},
		{"12.3x is not a number", "12.3x is not a number"},
	} {
		if got := comparableText(c.in); got != c.want {
			t.Errorf("comparableText(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestNormalizeNumber(t *testing.T) {
	for _, c := range []struct{ a, b string }{{"XLII", "42"}, {"xlii", "XLII"}, {"07", "7"}, {"12.", "12"}, {"DÉCIMA", "Décima"}, {"5.-", "5"}} {
		if normalizeNumber(c.a) != normalizeNumber(c.b) {
			t.Errorf("%q and %q should be one number: %q, %q", c.a, c.b, normalizeNumber(c.a), normalizeNumber(c.b))
		}
	}
	for _, c := range []struct{ a, b string }{{"XLII", "XLI"}, {"12.3", "12.4"}, {"A", "B"}, {"Décima", "Undécima"}} {
		if normalizeNumber(c.a) == normalizeNumber(c.b) {
			t.Errorf("%q and %q are different numbers", c.a, c.b)
		}
	}
}

func TestLongestInOrder(t *testing.T) {
	for _, c := range []struct {
		bs   []int
		want []bool
	}{
		{[]int{0, 1, 2}, []bool{true, true, true}},
		{[]int{0, 3, 1, 2}, []bool{true, false, true, true}},
		{[]int{2, 0, 1}, []bool{false, true, true}},
		{[]int{0, 0, 1}, []bool{true, true, true}}, // a merge keeps order
		{nil, []bool{}},
	} {
		links := make([][2]int, len(c.bs))
		for i, b := range c.bs {
			links[i] = [2]int{i, b}
		}
		if got := longestInOrder(links); !slices.Equal(got, c.want) {
			t.Errorf("%v: %v, want %v", c.bs, got, c.want)
		}
	}
}

func TestUnitsEdgeCases(t *testing.T) {
	if res := Units(nil, nil); len(res.Pairs)+len(res.Added)+len(res.Removed) != 0 {
		t.Errorf("empty: %+v", res)
	}
	a := []Unit{{Kind: "article", Number: "1", Heading: "Wages", Text: "Pay is weekly."}}
	if res := Units(a, nil); !slices.Equal(res.Removed, []int{0}) {
		t.Errorf("all removed: %+v", res)
	}
	if res := Units(nil, a); !slices.Equal(res.Added, []int{0}) {
		t.Errorf("all added: %+v", res)
	}
	// Beyond MaxPairs nothing is paired, and nothing is allocated by the
	// square of the sizes.
	many := make([]Unit, 2001)
	for i := range many {
		many[i] = Unit{Kind: "article", Heading: "Same", Text: "The same words in every article."}
	}
	if res := Units(many, many); len(res.Pairs) != 0 || len(res.Added) != len(many) || len(res.Removed) != len(many) {
		t.Errorf("beyond MaxPairs: %d pairs, %d added, %d removed", len(res.Pairs), len(res.Added), len(res.Removed))
	}
	// An article rewritten from scratch under its old heading is the same
	// article, modified; an untitled, empty one is not like any other.
	b := []Unit{
		{Kind: "article", Number: "1", Heading: "WAGES", Text: "Salaries are paid on the fifteenth and the last day of the month."},
		{Kind: "article", Number: "2"},
	}
	a = append(a, Unit{Kind: "article", Number: "2"})
	res := Units(a, b)
	if len(res.Pairs) != 1 || res.Pairs[0].A != 0 || !slices.Equal(res.Pairs[0].Changes, []string{Modified}) {
		t.Errorf("rewritten under its heading: %+v", res)
	}
	if !slices.Equal(res.Added, []int{1}) || !slices.Equal(res.Removed, []int{1}) {
		t.Errorf("untitled empty articles paired: %+v", res)
	}
}

// TestWriteSuccessorFiles writes a generated agreement of about 1 MB and its
// successor as text files, for timing `frente compare` against other
// tools: FRENTE_ALIGN_WRITE=DIR go test -run WriteSuccessorFiles ./align/
func TestWriteSuccessorFiles(t *testing.T) {
	dir := os.Getenv("FRENTE_ALIGN_WRITE")
	if dir == "" {
		t.Skip("set FRENTE_ALIGN_WRITE to a directory to write the files")
	}
	// Seeds whose agreements number articles in roman numerals lose those
	// from CD on (the generator writes 400 as CCCC): take one that does not.
	var a []Unit
	for seed := int64(31); len(a) < 440; seed++ {
		a = predecessor(t, seed, 450)
	}
	b, _ := successor(a)
	for name, units := range map[string][]Unit{"predecessor.txt": a, "successor.txt": b} {
		if err := os.WriteFile(dir+"/"+name, render("COLLECTIVE BARGAINING AGREEMENT", units), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
