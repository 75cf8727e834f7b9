package redline

import "sort"

// match is a run of n equal symbols at a[a:a+n] and b[b:b+n].
type match struct{ a, b, n int }

// seqDiffer finds the common runs of two symbol sequences: common prefix
// and suffix first, then patience anchors (symbols that occur once on each
// side), then Myers' O(ND) algorithm in the gaps that have no anchors.
//
// Work is bounded: every step is charged to budget, and a gap that would
// overrun it (or its own share) is left unmatched, which makes it one
// deletion and one insertion. That is what keeps two unrelated megabyte
// texts from taking minutes.
type seqDiffer struct {
	a, b    []int32
	budget  int
	matches []match
	// uniqueOnly skips Myers: a gap without unique anchors stays
	// unmatched. Lines use it: a repeated line ("\n", "in the same
	// classification.") matched by Myers pins the word diff to the wrong
	// occurrence, while the word diff of the whole gap finds the right one.
	uniqueOnly bool
	// weak reports symbols that may not anchor (short lines such as "same
	// classification.", which re-wrapping can make unique in two places);
	// nil means all may.
	weak func(x int32) bool

	// Scratch indexed by symbol, zeroed after every use.
	cntA, cntB, posB []int32
	// Myers' forward and reverse frontiers, reused across gaps.
	v1, v2 []int
}

// run returns the common runs of a and b in order. Symbols must be in
// [0, nsym). The slice it returns is reused by the next call.
func (d *seqDiffer) run(a, b []int32, nsym int) []match {
	if len(d.cntA) < nsym {
		// Grown, never shrunk: one differ serves the lines and then every
		// changed paragraph of a Diff call, and the words keep coming.
		n := max(nsym, 2*len(d.cntA))
		d.cntA = make([]int32, n)
		d.cntB = make([]int32, n)
		d.posB = make([]int32, n)
	}
	d.a, d.b = a, b
	d.matches = d.matches[:0]
	d.diff(0, len(a), 0, len(b))
	return d.matches
}

func (d *seqDiffer) add(a, b, n int) {
	if n == 0 {
		return
	}
	if k := len(d.matches) - 1; k >= 0 {
		m := &d.matches[k]
		if m.a+m.n == a && m.b+m.n == b {
			m.n += n
			return
		}
	}
	d.matches = append(d.matches, match{a, b, n})
}

func (d *seqDiffer) diff(a0, a1, b0, b1 int) {
	a, b := d.a, d.b
	p := 0
	for a0+p < a1 && b0+p < b1 && a[a0+p] == b[b0+p] {
		p++
	}
	d.add(a0, b0, p)
	a0, b0 = a0+p, b0+p
	s := 0
	for a1-s > a0 && b1-s > b0 && a[a1-s-1] == b[b1-s-1] {
		s++
	}
	a1, b1 = a1-s, b1-s
	if a0 < a1 && b0 < b1 {
		d.budget -= (a1 - a0) + (b1 - b0)
		if d.budget > 0 && !d.patience(a0, a1, b0, b1) && !d.uniqueOnly {
			d.myers(a0, a1, b0, b1)
		}
	}
	d.add(a1, b1, s)
}

// patience matches the symbols unique on both sides along their longest
// increasing subsequence and diffs the gaps between them. It reports false
// when there is no such symbol.
func (d *seqDiffer) patience(a0, a1, b0, b1 int) bool {
	a, b := d.a, d.b
	for _, x := range a[a0:a1] {
		d.cntA[x]++
	}
	for j := b0; j < b1; j++ {
		x := b[j]
		d.cntB[x]++
		d.posB[x] = int32(j)
	}
	// Candidate pairs in a's order; their b positions form the sequence
	// whose longest increasing subsequence gives the anchors.
	type pair struct{ i, j int }
	var cands []pair
	for i := a0; i < a1; i++ {
		x := a[i]
		if d.cntA[x] == 1 && d.cntB[x] == 1 && (d.weak == nil || !d.weak(x)) {
			cands = append(cands, pair{i, int(d.posB[x])})
		}
	}
	for _, x := range a[a0:a1] {
		d.cntA[x] = 0
	}
	for _, x := range b[b0:b1] {
		d.cntB[x] = 0
	}
	if len(cands) == 0 {
		return false
	}
	// Patience sorting: tops[k] is the index of the smallest tail of an
	// increasing run of length k+1; prev links back along the run.
	tops := make([]int, 0, 16)
	prev := make([]int, len(cands))
	for c, p := range cands {
		k := sort.Search(len(tops), func(k int) bool { return cands[tops[k]].j > p.j })
		if k > 0 {
			prev[c] = tops[k-1]
		} else {
			prev[c] = -1
		}
		if k == len(tops) {
			tops = append(tops, c)
		} else {
			tops[k] = c
		}
	}
	d.budget -= len(cands)
	anchors := make([]pair, len(tops))
	for c, k := tops[len(tops)-1], len(tops)-1; c >= 0; c, k = prev[c], k-1 {
		anchors[k] = cands[c]
	}
	i, j := a0, b0
	for _, an := range anchors {
		d.diff(i, an.i, j, an.j)
		d.add(an.i, an.j, 1)
		i, j = an.i+1, an.j+1
	}
	d.diff(i, a1, j, b1)
	return true
}

// myers splits the gap at the middle snake of an optimal edit path (the
// linear-space variant from Myers' paper, as diff-match-patch does it) and
// diffs both halves. A gap that costs more than its share of the budget is
// left unmatched.
func (d *seqDiffer) myers(a0, a1, b0, b1 int) {
	a, b := d.a[a0:a1], d.b[b0:b1]
	n, m := len(a), len(b)
	maxD := (n + m + 1) / 2
	off := maxD
	size := 2*maxD + 2
	if cap(d.v1) < size {
		d.v1 = make([]int, size)
		d.v2 = make([]int, size)
	}
	v1, v2 := d.v1[:size], d.v2[:size]
	for k := range v1 {
		v1[k], v2[k] = -1, -1
	}
	v1[off+1], v2[off+1] = 0, 0
	delta := n - m
	front := delta%2 != 0
	limit := min(d.budget, 64*(n+m)+4096)
	work := 0
	k1start, k1end, k2start, k2end := 0, 0, 0, 0
	for e := 0; e < maxD; e++ {
		if work > limit {
			break
		}
		for k1 := -e + k1start; k1 <= e-k1end; k1 += 2 {
			ko := off + k1
			var x1 int
			if k1 == -e || (k1 != e && v1[ko-1] < v1[ko+1]) {
				x1 = v1[ko+1]
			} else {
				x1 = v1[ko-1] + 1
			}
			y1 := x1 - k1
			s := x1
			for x1 < n && y1 < m && a[x1] == b[y1] {
				x1++
				y1++
			}
			work += 1 + x1 - s
			v1[ko] = x1
			switch {
			case x1 > n:
				k1end += 2
			case y1 > m:
				k1start += 2
			case front:
				k2o := off + delta - k1
				if k2o >= 0 && k2o < size && v2[k2o] != -1 && x1 >= n-v2[k2o] {
					d.budget -= work
					d.split(a0, a1, b0, b1, x1, y1)
					return
				}
			}
		}
		for k2 := -e + k2start; k2 <= e-k2end; k2 += 2 {
			ko := off + k2
			var x2 int
			if k2 == -e || (k2 != e && v2[ko-1] < v2[ko+1]) {
				x2 = v2[ko+1]
			} else {
				x2 = v2[ko-1] + 1
			}
			y2 := x2 - k2
			s := x2
			for x2 < n && y2 < m && a[n-x2-1] == b[m-y2-1] {
				x2++
				y2++
			}
			work += 1 + x2 - s
			v2[ko] = x2
			switch {
			case x2 > n:
				k2end += 2
			case y2 > m:
				k2start += 2
			case !front:
				k1o := off + delta - k2
				if k1o >= 0 && k1o < size && v1[k1o] != -1 {
					x1 := v1[k1o]
					y1 := off + x1 - k1o
					if x1 >= n-x2 {
						d.budget -= work
						d.split(a0, a1, b0, b1, x1, y1)
						return
					}
				}
			}
		}
	}
	d.budget -= work
}

func (d *seqDiffer) split(a0, a1, b0, b1, x, y int) {
	d.diff(a0, a0+x, b0, b0+y)
	d.diff(a0+x, a1, b0+y, b1)
}
