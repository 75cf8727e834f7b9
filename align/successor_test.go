package align

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/frente/frente/contract"
	"github.com/frente/frente/contract/corpusgen"
)

// predecessor parses a generated English agreement of about n articles.
func predecessor(t testing.TB, seed int64, n int) []Unit {
	return generated(t, seed, n, 1e-9)
}

// generated parses a generated agreement of about n articles, Spanish with
// probability spanish.
func generated(t testing.TB, seed int64, n int, spanish float64) []Unit {
	t.Helper()
	f := corpusgen.GenerateWith(seed, 1, corpusgen.Options{Size: n * 2300, Spanish: spanish})[0]
	d, err := contract.Parse(f.Name, f.Data, contract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return FromDocument(d)
}

// edit is what the synthetic successor did to one predecessor article.
type edit struct {
	a       int
	changes []string // the changes the pair must list (others may be there)
	parts   int      // successor units it became (0: removed)
}

// The edits successor applies, by predecessor index (for 50 articles and
// an appendix; scaled for larger ones by successorEdits).
func successorEdits(n int) (remove, rename, modify, move, split, merge, addAfter int) {
	at := func(k int) int { return k * n / 51 }
	return at(5), at(8), at(12), at(20), at(30), at(33), at(45)
}

var sectionNumber = regexp.MustCompile(`(?m)^(\d+)\.(\d+)`)

// successor derives a new term from a, deterministically: one article
// removed, one renamed, one reworded, one moved further down, one split in
// two, two merged, one new article written from scratch, and every article
// numbered again in order (so that all after the removed one are
// renumbered, their section numbers too).
func successor(a []Unit) (b []Unit, edits []edit) {
	remove, rename, modify, move, split, merge, addAfter := successorEdits(len(a))
	moved := a[move]
	for i, u := range a {
		if i == move+len(a)/4 {
			b = append(b, moved)
		}
		if i == addAfter+1 {
			b = append(b, Unit{Kind: "article", Heading: "Remote Work", Text: remoteWork})
		}
		switch i {
		case remove:
			edits = append(edits, edit{a: i})
			continue
		case rename:
			u.Heading = "Working Conditions Committee"
			edits = append(edits, edit{a: i, changes: []string{Renamed}, parts: 1})
		case modify:
			u.Text = rewordFirstSentence(u.Text)
			edits = append(edits, edit{a: i, changes: []string{Modified}, parts: 1})
		case move:
			edits = append(edits, edit{a: i, changes: []string{Moved}, parts: 1})
			continue
		case split:
			paras := strings.Split(u.Text, "\n\n")
			half := len(paras) / 2
			first, second := u, u
			first.Text = strings.Join(paras[:half], "\n\n")
			second.Heading = "Procedures Continued"
			second.Text = strings.Join(paras[half:], "\n\n")
			b = append(b, first, second)
			edits = append(edits, edit{a: i, changes: []string{Split}, parts: 2})
			continue
		case merge:
			u.Text += "\n\n" + a[i+1].Text
			edits = append(edits, edit{a: i, changes: []string{Merged}, parts: 1},
				edit{a: i + 1, changes: []string{Merged}, parts: 1})
		case merge + 1:
			continue
		}
		b = append(b, u)
	}
	k := 0
	for i := range b {
		if b[i].Kind != "article" {
			continue
		}
		k++
		old := b[i].Number
		if _, isRoman := roman(old); isRoman {
			b[i].Number = romanOf(k)
		} else {
			b[i].Number = strconv.Itoa(k)
		}
		b[i].Text = sectionNumber.ReplaceAllString(b[i].Text, strconv.Itoa(k)+".$2")
	}
	return b, edits
}

// remoteWork is a new article, in words the generator never uses.
const remoteWork = `An eligible worker may ask to perform some duties from home on a hybrid schedule.
Requests go to the department head, who answers in writing inside thirty days and explains any refusal.

Telework equipment, including a laptop and a headset, is furnished by the agency and stays its property.
A telecommuting arrangement ends on ten days' written notice by either side.`

// rewordFirstSentence replaces the first sentence of every paragraph, as a
// successor that tightens an article's wording does.
func rewordFirstSentence(s string) string {
	paras := strings.Split(s, "\n\n")
	for i, p := range paras {
		if dot := strings.Index(p, ". "); dot > 0 && i%2 == 1 {
			paras[i] = "Nothing in this provision limits rights under state law" + p[dot:]
		}
	}
	return strings.Join(paras, "\n\n")
}

func romanOf(n int) string {
	vals := []int{100, 90, 50, 40, 10, 9, 5, 4, 1}
	syms := []string{"C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}
	var b strings.Builder
	for i, v := range vals {
		for n >= v {
			b.WriteString(syms[i])
			n -= v
		}
	}
	return b.String()
}

// render writes units back as an agreement a parser reads: a heading line
// per unit, then its text.
func render(title string, units []Unit) []byte {
	var b strings.Builder
	b.WriteString(title + "\n\n")
	for _, u := range units {
		label := "ARTICLE"
		if u.Kind == "appendix" {
			label = "APPENDIX"
		}
		fmt.Fprintf(&b, "%s %s – %s\n\n%s\n\n", label, u.Number, strings.ToUpper(u.Heading), u.Text)
	}
	return []byte(b.String())
}
