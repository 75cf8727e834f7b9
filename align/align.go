package align

import (
	"cmp"
	"math"
	"slices"
	"strings"
)

// Change names one way a pair differs. A pair lists every change that
// applies, in this order: split or merged, moved, renumbered, renamed,
// modified. A pair with none of them is "same". "modified" is the only one
// about the wording: a pair without it has the same text, white space and
// the section numbers that open its lines aside (renumbering article 12 to
// 11 renumbers 12.3 to 11.3 without changing a word). Numbers compare as
// values ("XII" is "12"), headings without regard to case or accents.
const (
	Same       = "same"
	Split      = "split"  // one predecessor unit became several
	Merged     = "merged" // several predecessor units became one
	Moved      = "moved"  // its place among the other pairs changed
	Renumbered = "renumbered"
	Renamed    = "renamed"
	Modified   = "modified"
)

// Pair is one predecessor unit and one successor unit that continue each
// other. A split gives one Pair per part, all with the same A; a merge one
// Pair per predecessor, all with the same B.
type Pair struct {
	A, B int // indexes into the a and b slices given to Units
	// Similarity is the cosine of the two texts' word, word-pair and
	// sentence vectors, 0 to 1; 1 for the same text.
	Similarity float64
	// Changes lists what changed (see the constants); never empty.
	Changes []string
}

// Change returns the changes joined by "+", as one word for a table
// ("renumbered+modified").
func (p Pair) Change() string { return strings.Join(p.Changes, "+") }

// Has reports whether the pair lists change c.
func (p Pair) Has(c string) bool { return slices.Contains(p.Changes, c) }

// Result is an alignment.
type Result struct {
	Pairs   []Pair // in B's order (and A's, within one B)
	Added   []int  // indexes into b with no counterpart
	Removed []int  // indexes into a with no counterpart
}

// Scoring: the text decides, the heading helps (a renamed article keeps its
// text, a rewritten one its heading), position and number only break ties
// between look-alike articles.
const (
	weightText     = 0.7
	weightHeading  = 0.3
	weightPosition = 0.06
	weightNumber   = 0.03

	// A pair is a candidate when its texts are this alike, or its
	// headings this alike and its texts not unrelated, or its headings
	// the same (an article rewritten from scratch, or a text the parser
	// lost).
	minText           = 0.3
	minHeading        = 0.75
	minTextForHeading = 0.05
	// A pair is strong, and taken before splits and merges are looked
	// for, when its texts are this alike, or the candidate's heading
	// matches too.
	strongText = 0.5
)

type candidate struct {
	a, b   int32
	score  float64
	strong bool
}

// MaxPairs bounds len(a)*len(b) for Units, whose time and memory grow with
// it: 2,000 articles a side, several times the largest agreement seen.
const MaxPairs = 4_000_000

// Units aligns the units of a predecessor agreement (a) with those of its
// successor (b). Beyond MaxPairs it pairs nothing (every unit of b is
// added, every unit of a removed) rather than exhaust the machine: callers
// check the sizes first to say so.
func Units(a, b []Unit) Result {
	if len(a)*len(b) > MaxPairs {
		res := Result{}
		for j := range b {
			res.Added = append(res.Added, j)
		}
		for i := range a {
			res.Removed = append(res.Removed, i)
		}
		return res
	}
	pa, pb, features := profiles(a, b)
	text := similarities(pa, pb, features)
	cands := candidates(pa, pb, text)
	slices.SortFunc(cands, func(x, y candidate) int {
		if c := cmp.Compare(y.score, x.score); c != 0 {
			return c
		}
		if c := cmp.Compare(x.b, y.b); c != 0 {
			return c
		}
		return cmp.Compare(x.a, y.a)
	})
	partnerA := filled(len(a), -1) // a's partner in b
	partnerB := filled(len(b), -1)
	var links [][2]int
	take := func(strong bool) {
		for _, c := range cands {
			if c.strong != strong || partnerA[c.a] >= 0 || partnerB[c.b] >= 0 {
				continue
			}
			partnerA[c.a], partnerB[c.b] = int(c.b), int(c.a)
			links = append(links, [2]int{int(c.a), int(c.b)})
		}
	}
	// Weak pairs wait until splits and merges are found: the second half
	// of a split article is more like a look-alike article that was
	// removed than like nothing, and must not be paired with it.
	take(true)
	links = append(links, splitsAndMerges(pa, pb, text, features, partnerA, partnerB)...)
	take(false)
	return describe(a, b, pa, pb, links, text)
}

func filled(n, v int) []int {
	s := make([]int, n)
	for i := range s {
		s[i] = v
	}
	return s
}

// similarities returns the cosine of every pair of texts, row by row (one
// row per a unit), through an inverted index of b's features: only pairs
// that share a feature cost anything.
func similarities(pa, pb []profile, features int) []float32 {
	nb := len(pb)
	out := make([]float32, len(pa)*nb)
	// The index is one slice cut in runs, one run per feature.
	type posting struct {
		b int32
		w float32
	}
	start := make([]int32, features+1)
	for j := range pb {
		for _, f := range pb[j].vec {
			start[f.id+1]++
		}
	}
	for id := 1; id <= features; id++ {
		start[id] += start[id-1]
	}
	postings := make([]posting, start[features])
	fill := slices.Clone(start[:features])
	for j := range pb {
		for _, f := range pb[j].vec {
			postings[fill[f.id]] = posting{int32(j), f.w}
			fill[f.id]++
		}
	}
	for i := range pa {
		row := out[i*nb : (i+1)*nb]
		for _, f := range pa[i].vec {
			for _, p := range postings[start[f.id]:start[f.id+1]] {
				row[p.b] += f.w * p.w
			}
		}
		for j := range row {
			row[j] = min(row[j], 1)
		}
	}
	return out
}

// candidates scores the pairs worth considering.
func candidates(pa, pb []profile, text []float32) []candidate {
	na, nb := len(pa), len(pb)
	var out []candidate
	for i := range pa {
		for j := range pb {
			t := float64(text[i*nb+j])
			if pa[i].text == pb[j].text && pa[i].text != "" {
				t = 1 // no text is no evidence: only a heading pairs those
			}
			var h float64
			if t < minText {
				h = headingSimilarity(pa[i].heading, pb[j].heading)
				if h < minHeading || (t < minTextForHeading && h < 1) {
					continue
				}
			} else {
				h = headingSimilarity(pa[i].heading, pb[j].heading)
			}
			s := weightText*t + weightHeading*h
			s += weightPosition * (1 - math.Abs(relative(i, na)-relative(j, nb)))
			if pa[i].number != "" && pa[i].number == pb[j].number {
				s += weightNumber
			}
			strong := t >= strongText || (t >= minText && h >= minHeading)
			out = append(out, candidate{a: int32(i), b: int32(j), score: s, strong: strong})
		}
	}
	return out
}

// relative is a unit's place in its agreement, 0 to 1.
func relative(i, n int) float64 {
	if n <= 1 {
		return 0
	}
	return float64(i) / float64(n-1)
}
