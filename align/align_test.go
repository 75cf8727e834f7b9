package align

import (
	"slices"
	"strconv"
	"testing"
)

// pairsOf indexes a result's pairs by predecessor unit.
func pairsOf(res Result) map[int][]Pair {
	m := map[int][]Pair{}
	for _, p := range res.Pairs {
		m[p.A] = append(m[p.A], p)
	}
	return m
}

func TestSyntheticSuccessor(t *testing.T) {
	for _, c := range []struct {
		seed    int64
		n       int
		spanish float64
	}{{11, 50, 0}, {12, 50, 0}, {13, 50, 0}, {14, 80, 0}, {15, 120, 0}, {16, 30, 0}, {17, 50, 1}, {18, 60, 1}} {
		n := c.n
		a := generated(t, c.seed, n, max(c.spanish, 1e-9))
		b, edits := successor(a)
		res := Units(a, b)
		checkResult(t, a, b, res)
		byA := pairsOf(res)
		touched := map[int]bool{}
		for _, e := range edits {
			touched[e.a] = true
			got := byA[e.a]
			if len(got) != e.parts {
				t.Errorf("n=%d: A[%d] %s %q: %d pairs %v, want %d", n, e.a, a[e.a].Number, a[e.a].Heading, len(got), got, e.parts)
				continue
			}
			for _, p := range got {
				for _, c := range e.changes {
					if !p.Has(c) {
						t.Errorf("n=%d: A[%d] %q → B[%d] %q: changes %v, want %s", n, e.a, a[e.a].Heading, p.B, b[p.B].Heading, p.Changes, c)
					}
				}
			}
		}
		// Every other article keeps its heading and text: it pairs with
		// the successor article of the same heading, nearest in place.
		remove, _, _, _, _, _, _ := successorEdits(len(a))
		for i := range a {
			if touched[i] {
				continue
			}
			got := byA[i]
			if len(got) != 1 {
				t.Errorf("n=%d: A[%d] %s %q: pairs %v, want one", n, i, a[i].Number, a[i].Heading, got)
				continue
			}
			p := got[0]
			if b[p.B].Heading != a[i].Heading || normalizeSpace(b[p.B].Text) != normalizeSpace(renumberSections(a[i].Text, b[p.B].Number)) {
				t.Errorf("n=%d: A[%d] %s %q paired with B[%d] %s %q", n, i, a[i].Number, a[i].Heading, p.B, b[p.B].Number, b[p.B].Heading)
			}
			if p.Has(Renumbered) != (a[i].Number != b[p.B].Number) {
				t.Errorf("n=%d: A[%d] %s → %s: changes %v", n, i, a[i].Number, b[p.B].Number, p.Changes)
			}
			if i < remove && !slices.Equal(p.Changes, []string{Same}) {
				t.Errorf("n=%d: A[%d] untouched but %v", n, i, p.Changes)
			}
			if i == remove+1 && !slices.Equal(p.Changes, []string{Renumbered}) {
				t.Errorf("n=%d: A[%d] after the removed article: %v, want only renumbered", n, i, p.Changes)
			}
		}
		var added []string
		for _, j := range res.Added {
			added = append(added, b[j].Heading)
		}
		if !slices.Equal(added, []string{"Remote Work"}) {
			t.Errorf("n=%d: added %q, want only Remote Work", n, added)
		}
		var removed []int
		removed = append(removed, res.Removed...)
		if !slices.Equal(removed, []int{remove}) {
			t.Errorf("n=%d: removed %v, want [%d]", n, removed, remove)
		}
		if !slices.IsSortedFunc(res.Pairs, func(x, y Pair) int { return x.B - y.B }) {
			t.Errorf("n=%d: pairs not in B's order", n)
		}
	}
}

// renumberSections is what successor did to a text's section numbers.
func renumberSections(text, number string) string {
	if v, ok := roman(number); ok {
		number = strconv.Itoa(v)
	}
	return sectionNumber.ReplaceAllString(text, number+".$2")
}
