package align

import (
	"cmp"
	"slices"
)

// describe turns links {a, b} into the Result: each pair's similarity and
// changes, in B's order, and what is left on either side.
func describe(a, b []Unit, pa, pb []profile, links [][2]int, text []float32) Result {
	nb := len(b)
	countA, countB := make([]int, len(a)), make([]int, len(b))
	for _, l := range links {
		countA[l[0]]++
		countB[l[1]]++
	}
	slices.SortFunc(links, func(x, y [2]int) int {
		if c := cmp.Compare(x[0], y[0]); c != 0 {
			return c
		}
		return cmp.Compare(x[1], y[1])
	})
	inOrder := longestInOrder(links)
	res := Result{Pairs: make([]Pair, 0, len(links))}
	for k, l := range links {
		i, j := l[0], l[1]
		p := Pair{A: i, B: j, Similarity: float64(text[i*nb+j])}
		sameText := pa[i].text == pb[j].text
		if sameText {
			p.Similarity = 1
		}
		if countA[i] > 1 {
			p.Changes = append(p.Changes, Split)
		}
		if countB[j] > 1 {
			p.Changes = append(p.Changes, Merged)
		}
		if !inOrder[k] {
			p.Changes = append(p.Changes, Moved)
		}
		if pa[i].number != pb[j].number {
			p.Changes = append(p.Changes, Renumbered)
		}
		if !sameHeading(a[i].Heading, b[j].Heading) {
			p.Changes = append(p.Changes, Renamed)
		}
		if !sameText {
			p.Changes = append(p.Changes, Modified)
		}
		if len(p.Changes) == 0 {
			p.Changes = []string{Same}
		}
		res.Pairs = append(res.Pairs, p)
	}
	slices.SortStableFunc(res.Pairs, func(x, y Pair) int {
		if c := cmp.Compare(x.B, y.B); c != 0 {
			return c
		}
		return cmp.Compare(x.A, y.A)
	})
	for j, n := range countB {
		if n == 0 {
			res.Added = append(res.Added, j)
		}
	}
	for i, n := range countA {
		if n == 0 {
			res.Removed = append(res.Removed, i)
		}
	}
	return res
}

// longestInOrder marks the links (sorted by a) that keep their order in b:
// a longest run whose b never decreases. The others moved. Among equally
// long runs it keeps the one found first, which marks the later of two
// swapped units as moved.
func longestInOrder(links [][2]int) []bool {
	n := len(links)
	keep := make([]bool, n)
	if n == 0 {
		return keep
	}
	// tails[k] is the index of the link ending the best run of length k+1
	// found so far, the one with the smallest b.
	tails := make([]int, 0, n)
	prev := make([]int, n)
	for k, l := range links {
		pos, _ := slices.BinarySearchFunc(tails, l[1]+1, func(t, target int) int {
			return cmp.Compare(links[t][1], target)
		})
		if pos > 0 {
			prev[k] = tails[pos-1]
		} else {
			prev[k] = -1
		}
		if pos == len(tails) {
			tails = append(tails, k)
		} else {
			tails[pos] = k
		}
	}
	for k := tails[len(tails)-1]; k >= 0; k = prev[k] {
		keep[k] = true
	}
	return keep
}
