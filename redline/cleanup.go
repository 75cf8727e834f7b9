package redline

// cleanup drops the small equal runs that a word diff finds between two
// changes ("the", a lone comma), so that a rewritten phrase reads
// as one deletion and one insertion instead of a comb of tiny edits. The
// rule is diff-match-patch's semantic cleanup counted in words: an equal
// run goes when it has fewer words than the larger side of the change on
// each of its sides. After a merge the grown change is checked against the
// run before it again, so the result does not depend on the order of
// changes.
func (d *differ) cleanup(ms []match) []match {
	wa, wb := wordPrefix(d.ta), wordPrefix(d.tb)
	words := func(w []int, i, k int) int { return w[k] - w[i] }
	// changeWords is the larger side of the change between the end of
	// run l (or the block start) and the start of run r (or the block end).
	changeWords := func(l, r match) int {
		return max(words(wa, l.a+l.n, r.a), words(wb, l.b+l.n, r.b))
	}
	start := match{}
	end := match{a: len(d.ta), b: len(d.tb)}
	kept := ms[:0] // in place: kept never outgrows the runs already read
	for k := 0; k <= len(ms); k++ {
		next := end
		if k < len(ms) {
			next = ms[k]
		}
		for len(kept) > 0 {
			top := kept[len(kept)-1]
			prev := start
			if len(kept) > 1 {
				prev = kept[len(kept)-2]
			}
			if !d.absorb(top, prev, next, changeWords, words(wa, top.a, top.a+top.n)) {
				break
			}
			kept = kept[:len(kept)-1]
		}
		if k < len(ms) {
			kept = append(kept, next)
		}
	}
	return kept
}

// absorb decides whether the equal run eq between prev and next goes.
func (d *differ) absorb(eq, prev, next match, changeWords func(l, r match) int, eqWords int) bool {
	leftEmpty := prev.a+prev.n == eq.a && prev.b+prev.n == eq.b
	rightEmpty := eq.a+eq.n == next.a && eq.b+eq.n == next.b
	if leftEmpty || rightEmpty {
		return false
	}
	l, r := changeWords(prev, eq), changeWords(eq, next)
	if eqWords == 0 {
		// Punctuation between two changed phrases joins them; a comma
		// between two one-word edits stays where it is.
		return min(l, r) >= 2
	}
	return eqWords < l && eqWords < r
}

// wordPrefix returns w with w[i] = number of words in toks[:i].
func wordPrefix(toks []span) []int {
	w := make([]int, len(toks)+1)
	for i, t := range toks {
		w[i+1] = w[i]
		if t.word {
			w[i+1]++
		}
	}
	return w
}
