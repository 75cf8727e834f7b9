package redline

import "slices"

const (
	// baseBudget and budgetPerByte bound the work of one Diff call, in
	// symbol comparisons. Two 50,000-word agreements 2% apart use well
	// under a tenth of it; two unrelated megabyte texts run out and fall
	// back to whole-paragraph deletions and insertions.
	baseBudget    = 4_000_000
	budgetPerByte = 8

	// hugeBlock is the token count above which a changed block that
	// shares less than dissimilar of its words is shown as one deletion and
	// one insertion: scattered common words ("the", "of") between two
	// unrelated texts are noise, not information.
	hugeBlock  = 4096
	dissimilar = 0.2

	// minAnchorWords is how many words a line needs to anchor the
	// paragraph diff on its own.
	minAnchorWords = 4
)

// Diff compares a (current) with b (proposed): lines first, matched by
// hash on the lines that occur once on each side, then words only inside
// the blocks of lines that changed. White space is kept in the runs so that
// joining the Equal+Delete texts gives a and joining the Equal+Insert texts
// gives b exactly; a change of spacing alone (a re-wrapped line) is a
// Delete and Insert of white space only, which Text and HTML do not mark.
//
// Around each change, deletions come before insertions. A run of at least
// eight words deleted in one place and inserted in another, the same or
// with at least 80% of its words kept in order, is a move: both ends carry
// the same Move number, numbered in reading order. Diff never fails: when the two
// texts are too different to align in bounded time, the parts it could not
// align are deleted and inserted whole.
func Diff(a, b string) []Op {
	if a == b {
		if a == "" {
			return nil
		}
		return []Op{{Kind: Equal, Text: a}}
	}
	d := &differ{a: a, b: b}
	d.seq.budget = baseBudget + budgetPerByte*(len(a)+len(b))
	d.lines()
	d.flush(len(a), len(b))
	return findMoves(slideEdits(d.ops))
}

// differ builds the ops of one Diff call. Every op is a substring of a or
// b: emitEqual cuts the deletion and insertion that lead up to each equal
// run from where the last one ended, so runs come out coalesced and in
// order without copying text.
type differ struct {
	a, b         string
	seq          seqDiffer
	words        *interner
	ops          []Op
	lastA, lastB int
	// The tokens of the block being compared.
	ta, tb []span
}

func (d *differ) lines() {
	la, lb := splitLines(d.a), splitLines(d.b)
	in := newInterner(len(la))
	sa, sb := in.symbols(d.a, la), in.symbols(d.b, lb)
	d.seq.uniqueOnly = true
	// Only lines unique on both sides are asked about, once each.
	first := make([]int32, in.size())
	for i := len(sa) - 1; i >= 0; i-- {
		first[sa[i]] = int32(i)
	}
	d.seq.weak = func(x int32) bool {
		l := la[first[x]]
		return countWords(d.a[l.start:l.end]) < minAnchorWords
	}
	ms := slices.Clone(d.seq.run(sa, sb, in.size()))
	d.seq.uniqueOnly, d.seq.weak = false, nil
	ms = mergeBlankMatches(ms, d.a, la, len(la), len(lb))
	i, j := 0, 0
	for _, m := range ms {
		if i < m.a || j < m.b {
			d.block(lineRange(la, i, m.a, len(d.a)), lineRange(lb, j, m.b, len(d.b)))
		}
		d.emitEqual(la[m.a].start, la[m.a+m.n-1].end, lb[m.b].start)
		i, j = m.a+m.n, m.b+m.n
	}
	if i < len(la) || j < len(lb) {
		d.block(lineRange(la, i, len(la), len(d.a)), lineRange(lb, j, len(lb), len(d.b)))
	}
}

// lineRange returns the byte range of lines [i, k); end is the text length
// for an empty range past the last line.
func lineRange(lines []span, i, k, end int) [2]int {
	switch {
	case i < k:
		return [2]int{lines[i].start, lines[k-1].end}
	case i < len(lines):
		return [2]int{lines[i].start, lines[i].start}
	default:
		return [2]int{end, end}
	}
}

// mergeBlankMatches drops runs of blank lines that sit between two changes,
// so that two changed paragraphs separated by an empty line are compared
// word by word as one block rather than one against nothing.
func mergeBlankMatches(ms []match, a string, la []span, na, nb int) []match {
	out := ms[:0]
	prevA, prevB := 0, 0
	for k, m := range ms {
		nextA, nextB := na, nb
		if k+1 < len(ms) {
			nextA, nextB = ms[k+1].a, ms[k+1].b
		}
		before := prevA < m.a || prevB < m.b
		after := m.a+m.n < nextA || m.b+m.n < nextB
		if before && after && isBlank(a[la[m.a].start:la[m.a+m.n-1].end]) {
			continue
		}
		out = append(out, m)
		prevA, prevB = m.a+m.n, m.b+m.n
	}
	return out
}

// block diffs the words of a changed block, a[ra] against b[rb].
func (d *differ) block(ra, rb [2]int) {
	if ra[0] == ra[1] || rb[0] == rb[1] {
		return // all deleted or all inserted: the next emitEqual cuts it
	}
	as, bs := d.a[ra[0]:ra[1]], d.b[rb[0]:rb[1]]
	d.ta = tokenize(as, d.ta[:0])
	d.tb = tokenize(bs, d.tb[:0])
	if d.words == nil {
		d.words = newInterner(1024)
	}
	sa, sb := d.words.symbols(as, d.ta), d.words.symbols(bs, d.tb)
	ms := d.seq.run(sa, sb, d.words.size())
	ms = d.cleanup(ms)
	if len(d.ta)+len(d.tb) > hugeBlock && d.shared(ms) < dissimilar {
		return
	}
	for _, m := range ms {
		for k := 0; k < m.n; k++ {
			ta, tb := d.ta[m.a+k], d.tb[m.b+k]
			d.emitEqual(ra[0]+ta.start, ra[0]+ta.end, rb[0]+tb.start)
			if k+1 < m.n {
				// The spacing between two kept tokens is kept when it is
				// the same; otherwise the next emitEqual cuts it as a
				// change of white space alone.
				na, nb := d.ta[m.a+k+1], d.tb[m.b+k+1]
				if as[ta.end:na.start] == bs[tb.end:nb.start] {
					d.emitEqual(ra[0]+ta.end, ra[0]+na.start, rb[0]+tb.end)
				}
			}
		}
	}
}

// shared is the share of the block's words that matched.
func (d *differ) shared(ms []match) float64 {
	eq, total := 0, 0
	for _, t := range d.ta {
		if t.word {
			total++
		}
	}
	for _, t := range d.tb {
		if t.word {
			total++
		}
	}
	for _, m := range ms {
		for _, t := range d.ta[m.a : m.a+m.n] {
			if t.word {
				eq += 2
			}
		}
	}
	if total == 0 {
		return 1
	}
	return float64(eq) / float64(total)
}

// emitEqual records a[aStart:aEnd] == b[bStart:...] as kept, after the
// deletion and insertion between the previous kept run and this one.
func (d *differ) emitEqual(aStart, aEnd, bStart int) {
	if aStart < d.lastA || bStart < d.lastB {
		return // cannot happen for ordered matches; never emit text twice
	}
	if aStart > d.lastA && bStart > d.lastB {
		// White space common to both ends of a replacement is kept, so
		// that "a x b" -> "a y b" cuts "x" and "y", not " x " and " y ".
		gapA, gapB := d.a[d.lastA:aStart], d.b[d.lastB:bStart]
		lead := commonSpacePrefix(gapA, gapB)
		if lead > 0 {
			d.keep(d.lastA, d.lastA+lead)
		}
		gapA, gapB = gapA[lead:], gapB[lead:]
		trail := commonSpaceSuffix(gapA, gapB)
		aStart, bStart = aStart-trail, bStart-trail
	}
	if aStart > d.lastA {
		d.ops = append(d.ops, Op{Kind: Delete, Text: d.a[d.lastA:aStart]})
	}
	if bStart > d.lastB {
		d.ops = append(d.ops, Op{Kind: Insert, Text: d.b[d.lastB:bStart]})
	}
	d.lastA, d.lastB = aStart, bStart
	d.keep(aStart, aEnd)
}

// keep appends a[start:end] as kept text; it must follow what was emitted
// last on both sides.
func (d *differ) keep(start, end int) {
	if end > start {
		if k := len(d.ops) - 1; k >= 0 && d.ops[k].Kind == Equal {
			d.ops[k].Text = d.a[start-len(d.ops[k].Text) : end]
		} else {
			d.ops = append(d.ops, Op{Kind: Equal, Text: d.a[start:end]})
		}
	}
	d.lastB += end - start
	d.lastA = end
}

func commonSpacePrefix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] && isSpaceByte(a[n]) {
		n++
	}
	return n
}

func commonSpaceSuffix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[len(a)-1-n] == b[len(b)-1-n] && isSpaceByte(a[len(a)-1-n]) {
		n++
	}
	return n
}

// flush emits what is left after the last kept run.
func (d *differ) flush(na, nb int) { d.emitEqual(na, na, nb) }
