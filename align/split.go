package align

// A unit left over after pairing is a split-off part when at least this
// share of its sentences (or of its word pairs) comes from one predecessor
// unit and is not in that unit's partner; the mirror case is a merge.
const (
	minCovered = 0.5
	// The measure needs enough material to mean something: a one-line
	// article shares its only sentence with anything.
	minSentences = 2
	minPairs     = 8
	// Pairs this unlike are not looked at (it keeps the pass cheap on
	// agreements of hundreds of articles; containment this high implies
	// a cosine well above it).
	minTextForSplit = 0.1
)

// splitsAndMerges links the units that pairing left alone to the unit they
// were split from or merged into, updating the partner slices, and returns
// the new links as {a, b}.
func splitsAndMerges(pa, pb []profile, text []float32, features int, partnerA, partnerB []int) [][2]int {
	nb := len(pb)
	m := newMarks(features)
	var links [][2]int
	for j := range pb {
		if partnerB[j] >= 0 {
			continue
		}
		best, bestShare := -1, minCovered
		for i := range pa {
			if text[i*nb+j] < minTextForSplit {
				continue
			}
			var cover *profile
			if k := partnerA[i]; k >= 0 {
				cover = &pb[k]
			}
			if s := m.share(&pb[j], &pa[i], cover); s >= bestShare {
				best, bestShare = i, s
			}
		}
		if best >= 0 {
			links = append(links, [2]int{best, j})
			partnerB[j] = best
			if partnerA[best] < 0 {
				partnerA[best] = j
			}
		}
	}
	for i := range pa {
		if partnerA[i] >= 0 {
			continue
		}
		best, bestShare := -1, minCovered
		for j := range pb {
			if text[i*nb+j] < minTextForSplit {
				continue
			}
			var cover *profile
			if k := partnerB[j]; k >= 0 {
				cover = &pa[k]
			}
			if s := m.share(&pa[i], &pb[j], cover); s >= bestShare {
				best, bestShare = j, s
			}
		}
		if best >= 0 {
			links = append(links, [2]int{i, best})
			partnerA[i] = best
			if partnerB[best] < 0 {
				partnerB[best] = i
			}
		}
	}
	return links
}

// marks tells, by feature id, whether a feature is in the unit being
// compared against (in) and in its partner (out): a generation number
// instead of a bool, so that nothing needs clearing between comparisons.
type marks struct {
	in, out []uint32
	gen     uint32
}

func newMarks(features int) *marks {
	return &marks{in: make([]uint32, features), out: make([]uint32, features)}
}

// share is the larger of the shares of part's sentences and of its word
// pairs that are in whole and not in cover (which may be nil).
func (m *marks) share(part, whole, cover *profile) float64 {
	var s float64
	if len(part.sentences) >= minSentences {
		var c []int32
		if cover != nil {
			c = cover.sentences
		}
		s = m.onlyIn(part.sentences, whole.sentences, c)
	}
	if len(part.pairs) >= minPairs {
		var c []int32
		if cover != nil {
			c = cover.pairs
		}
		s = max(s, m.onlyIn(part.pairs, whole.pairs, c))
	}
	return s
}

// onlyIn is the share of the features x that are in the set in and not in
// the set out.
func (m *marks) onlyIn(x, in, out []int32) float64 {
	m.gen++
	for _, id := range in {
		m.in[id] = m.gen
	}
	for _, id := range out {
		m.out[id] = m.gen
	}
	n := 0
	for _, id := range x {
		if m.in[id] == m.gen && m.out[id] != m.gen {
			n++
		}
	}
	return float64(n) / float64(len(x))
}
