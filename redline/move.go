package redline

import (
	"encoding/binary"
	"slices"
	"strings"
)

const (
	// minMoveWords is the shortest run worth calling a move: shorter
	// runs ("the Employer shall") recur by chance.
	minMoveWords = 8
	// moveSimilarity is how alike, in words and their order, a deleted and
	// an inserted run must be to count as one moved run.
	moveSimilarity = 0.8
	// maxMovePairs bounds the near-match comparisons of one Diff call;
	// their word diffs share one budget, and a pair compared after it runs
	// out just looks less alike.
	maxMovePairs = 20_000
)

// piece is a candidate end of a move: op.Text[start:end] of ops[op].
type piece struct {
	op, start, end int
	cluster        int
	key            string  // its tokens, white space left out
	words          []int32 // its words, interned
	bag            []int32 // words sorted, for a quick upper bound; see sorted
	pair           int     // 1-based pair id once matched
}

// findMoves numbers the deleted and inserted runs that are the same text
// in two places. A candidate is a whole run or one of its paragraphs, so
// that a moved paragraph is found even when the run around it also holds
// other changes. A deletion and an insertion at the same place (with no
// kept word between them) are a rewrite, not a move.
func findMoves(ops []Op) []Op {
	dels, inss := movePieces(ops)
	if len(dels) == 0 || len(inss) == 0 {
		return ops
	}
	pairs := 0
	used := map[int][][2]int{} // op -> matched ranges
	free := func(p *piece) bool {
		for _, r := range used[p.op] {
			if p.start < r[1] && r[0] < p.end {
				return false
			}
		}
		return true
	}
	take := func(d, i *piece) {
		pairs++
		d.pair, i.pair = pairs, pairs
		used[d.op] = append(used[d.op], [2]int{d.start, d.end})
		used[i.op] = append(used[i.op], [2]int{i.start, i.end})
	}
	byKey := map[string][]*piece{}
	for _, p := range inss {
		byKey[p.key] = append(byKey[p.key], p)
	}
	for _, d := range dels {
		if !free(d) {
			continue
		}
		for _, i := range byKey[d.key] {
			if i.cluster != d.cluster && free(i) {
				take(d, i)
				break
			}
		}
	}
	budget := maxMovePairs
	var seq seqDiffer
	seq.budget = baseBudget
	nsym := 0
	for _, p := range append(slices.Clip(dels), inss...) {
		seq.budget += 4 * len(p.words)
		for _, w := range p.words {
			nsym = max(nsym, int(w)+1)
		}
	}
	for _, d := range dels {
		if !free(d) {
			continue
		}
		var best *piece
		bestSim := moveSimilarity
		for _, i := range inss {
			if budget == 0 {
				break
			}
			if i.cluster == d.cluster || !free(i) || !lengthsClose(len(d.words), len(i.words)) {
				continue
			}
			budget--
			if dice(d.sorted(), i.sorted()) < bestSim {
				continue // the bag bounds the ordered similarity from above
			}
			if s := orderedSimilarity(&seq, d.words, i.words, nsym); s >= bestSim {
				best, bestSim = i, s
			}
		}
		if best != nil {
			take(d, best)
		}
	}
	if pairs == 0 {
		return ops
	}
	return splitMoves(ops, append(dels, inss...))
}

// movePieces lists the candidate pieces of the deleted and inserted runs.
func movePieces(ops []Op) (dels, inss []*piece) {
	in := newInterner(256)
	cluster := 0
	var toks []span
	for k, op := range ops {
		if op.Kind == Equal {
			if hasWord(op.Text) {
				cluster++
			}
			continue
		}
		toks = tokenize(op.Text, toks[:0])
		if wordsIn(toks) < minMoveWords {
			continue
		}
		bounds := paragraphBounds(op.Text)
		ranges := [][2]int{{0, len(op.Text)}}
		if len(bounds) > 2 {
			for b := 0; b+1 < len(bounds); b++ {
				ranges = append(ranges, [2]int{bounds[b], bounds[b+1]})
			}
		}
		t := 0
		for n, r := range ranges {
			if n == 1 {
				t = 0 // the paragraphs start over from the whole run
			}
			for t < len(toks) && toks[t].start < r[0] {
				t++
			}
			var words []int32
			key := make([]byte, 0, 64)
			for ; t < len(toks) && toks[t].end <= r[1]; t++ {
				id := in.id(op.Text[toks[t].start:toks[t].end])
				if toks[t].word {
					words = append(words, id)
				}
				// White space is left out of the key: a moved paragraph
				// may be wrapped differently where it lands.
				key = binary.LittleEndian.AppendUint32(key, uint32(id))
			}
			if len(words) < minMoveWords {
				continue
			}
			p := &piece{op: k, start: r[0], end: r[1], cluster: cluster,
				key: string(key), words: words}
			if op.Kind == Delete {
				dels = append(dels, p)
			} else {
				inss = append(inss, p)
			}
		}
	}
	return dels, inss
}

func hasWord(s string) bool {
	for i := 0; i < len(s); {
		r, size := decode(s, i)
		if isWordRune(r) {
			return true
		}
		i += size
	}
	return false
}

func wordsIn(toks []span) int {
	n := 0
	for _, t := range toks {
		if t.word {
			n++
		}
	}
	return n
}

// paragraphBounds returns 0, the end of every blank-line break inside s,
// and len(s). A break is a run of white space holding two line ends.
func paragraphBounds(s string) []int {
	bounds := []int{0}
	for i := 0; ; {
		k := strings.IndexByte(s[i:], '\n')
		if k < 0 {
			break
		}
		p := i + k
		j, lines := p+1, 1
		for j < len(s) && isSpaceByte(s[j]) {
			if s[j] == '\n' {
				lines++
			}
			j++
		}
		if lines >= 2 && j < len(s) && strings.TrimLeftFunc(s[:p], isSpace) != "" {
			bounds = append(bounds, j)
		}
		i = j
		if i >= len(s) {
			break
		}
	}
	return append(bounds, len(s))
}

// sorted returns the piece's words in sorted order, sorting them once,
// when first needed: most pieces never meet one of a similar length.
func (p *piece) sorted() []int32 {
	if p.bag == nil {
		p.bag = slices.Clone(p.words)
		slices.Sort(p.bag)
	}
	return p.bag
}

func lengthsClose(n, m int) bool {
	return float64(min(n, m)) >= moveSimilarity*float64(max(n, m))
}

// dice is the Dice coefficient of two sorted multisets.
func dice(a, b []int32) float64 {
	common := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] == b[j]:
			common++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return 2 * float64(common) / float64(len(a)+len(b))
}

// orderedSimilarity is 2*common words in order / (words of a + words of b).
func orderedSimilarity(seq *seqDiffer, a, b []int32, nsym int) float64 {
	common := 0
	for _, m := range seq.run(a, b, nsym) {
		common += m.n
	}
	return 2 * float64(common) / float64(len(a)+len(b))
}

// splitMoves cuts the ops whose pieces were matched, gives the matched
// pieces their move numbers in reading order, and leaves the rest as is.
func splitMoves(ops []Op, pieces []*piece) []Op {
	byOp := map[int][]*piece{}
	for _, p := range pieces {
		if p.pair != 0 {
			byOp[p.op] = append(byOp[p.op], p)
		}
	}
	out := make([]Op, 0, len(ops)+2*len(byOp))
	number := map[int]int{}
	for k, op := range ops {
		ps := byOp[k]
		if len(ps) == 0 {
			out = append(out, op)
			continue
		}
		slices.SortFunc(ps, func(x, y *piece) int { return x.start - y.start })
		at := 0
		for _, p := range ps {
			if p.start > at {
				out = append(out, Op{Kind: op.Kind, Text: op.Text[at:p.start]})
			}
			n, ok := number[p.pair]
			if !ok {
				n = len(number) + 1
				number[p.pair] = n
			}
			out = append(out, Op{Kind: op.Kind, Text: op.Text[p.start:p.end], Move: n})
			at = p.end
		}
		if at < len(op.Text) {
			out = append(out, Op{Kind: op.Kind, Text: op.Text[at:]})
		}
	}
	return out
}
