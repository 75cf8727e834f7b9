package textsearch

import (
	"math"
	"strings"
)

// BM25's constants, as SQLite's FTS5 and most engines use them: k1 is
// how fast more occurrences stop counting, b how much a long unit is
// discounted.
const (
	bm25K1 = 1.2
	bm25B  = 0.75
	// headingBonus is what a phrase found in a unit's heading adds, in the
	// same units as one phrase's BM25 part (which tends to k1+1 = 2.2 for
	// many occurrences): an article called "Overtime" that says the word
	// once ranks above a long one that mentions overtime in passing.
	headingBonus = 1.5
)

// Ranker scores units for a query: BM25 over the query's positive phrases
// (each word or quoted phrase not excluded with NOT), computed from the
// units' index terms (AnalyzeUnit output), plus a bonus for each phrase
// found in a unit's heading.
//
// The ranking is done here rather than by the database so that its cost
// is that of the units ranked, never that of the whole index: SQLite's
// bm25() counts every unit that holds each phrase, for its weight, on
// every query — most of the time of a search for a common word.
type Ranker struct {
	groups []rankGroup
}

type rankGroup struct {
	alts   [][]string // the phrase's stems in each language searched, without repeats
	marked [][]string // alts with HeadingMark before each stem
	idf    float64
}

// Ranker returns the ranker of the query's positive phrases, stemmed as
// FTS5(lang) stems them. Each phrase weighs 1 until SetDocFreq says how
// rare it is.
func (q *Query) Ranker(lang string) *Ranker {
	r := &Ranker{}
	if q == nil || q.root == nil {
		return r
	}
	langs := langChoices(lang)
	seen := map[string]bool{}
	var walk func(n *node)
	walk = func(n *node) {
		if n.kind != nPhrase {
			for _, k := range n.kids {
				walk(k)
			}
			return
		}
		alts := phraseAlternatives(n, langs)
		var key strings.Builder
		for _, a := range alts {
			key.WriteString(strings.Join(a, " "))
			key.WriteByte('|')
		}
		if len(alts) == 0 || seen[key.String()] {
			return
		}
		seen[key.String()] = true
		marked := make([][]string, len(alts))
		for i, a := range alts {
			for _, t := range a {
				marked[i] = append(marked[i], HeadingMark+t)
			}
		}
		r.groups = append(r.groups, rankGroup{alts: alts, marked: marked, idf: 1})
	}
	walk(q.root)
	return r
}

// Phrases returns how many phrases the ranker weighs.
func (r *Ranker) Phrases() int { return len(r.groups) }

// PhraseFTS5 returns the FTS5 expression of phrase i alone, with which a
// store counts the units that hold it for SetDocFreq.
func (r *Ranker) PhraseFTS5(i int) string {
	var b strings.Builder
	for j, a := range r.groups[i].alts {
		if j > 0 {
			b.WriteString(" OR ")
		}
		writeFTS5Phrase(&b, a)
	}
	return b.String()
}

// SetDocFreq weighs phrase i by its rarity: df of n units hold it (BM25's
// IDF, never below a small positive weight, as in FTS5, so that a phrase
// in most units still counts a little).
func (r *Ranker) SetDocFreq(i int, df, n float64) {
	idf := math.Log((n - df + 0.5) / (df + 0.5))
	r.groups[i].idf = max(idf, 1e-6)
}

// Rank returns the score of each unit, given their index terms (in the
// same order). Longer units are discounted against the average length of
// those ranked.
func (r *Ranker) Rank(terms []string) []float64 {
	scores := make([]float64, len(terms))
	if len(terms) == 0 || len(r.groups) == 0 {
		return scores
	}
	type unitStats struct {
		length float64
		tf     []int
		head   []bool
	}
	stats := make([]unitStats, len(terms))
	tfs := make([]int, len(terms)*len(r.groups))
	heads := make([]bool, len(terms)*len(r.groups))
	total := 0.0
	for i, t := range terms {
		text, heading := cutHeading(t)
		st := unitStats{tf: tfs[i*len(r.groups) : (i+1)*len(r.groups)], head: heads[i*len(r.groups) : (i+1)*len(r.groups)]}
		if text != "" {
			st.length = float64(strings.Count(text, " ") + 1)
		}
		for g, grp := range r.groups {
			for j, a := range grp.alts {
				st.tf[g] += countPhrase(text, a)
				if heading != "" && !st.head[g] && countPhrase(heading, grp.marked[j]) > 0 {
					st.head[g] = true
				}
			}
		}
		total += st.length
		stats[i] = st
	}
	avg := max(total/float64(len(terms)), 1)
	for i, st := range stats {
		norm := bm25K1 * (1 - bm25B + bm25B*st.length/avg)
		s := 0.0
		for g, grp := range r.groups {
			part := 0.0
			if tf := float64(st.tf[g]); tf > 0 {
				part = tf * (bm25K1 + 1) / (tf + norm)
			}
			if st.head[g] {
				part += headingBonus
			}
			s += grp.idf * part
		}
		scores[i] = s
	}
	return scores
}

// countPhrase counts the occurrences of the terms of phrase, adjacent and
// in order, in terms (space-separated), finding each first term with
// strings.Index rather than walking every term.
func countPhrase(terms string, phrase []string) int {
	if len(phrase) == 0 {
		return 0
	}
	first := phrase[0]
	n := 0
	for i := 0; i+len(first) <= len(terms); {
		j := strings.Index(terms[i:], first)
		if j < 0 {
			break
		}
		start := i + j
		end := start + len(first)
		i = end
		if (start > 0 && terms[start-1] != ' ') || (end < len(terms) && terms[end] != ' ') {
			continue
		}
		if followedBy(terms, end, phrase[1:]) {
			n++
		}
	}
	return n
}

// followedBy reports whether the terms after byte end are rest, in order.
func followedBy(terms string, end int, rest []string) bool {
	for _, w := range rest {
		if end >= len(terms) {
			return false
		}
		s := terms[end+1:]
		if !strings.HasPrefix(s, w) || (len(s) > len(w) && s[len(w)] != ' ') {
			return false
		}
		end += 1 + len(w)
	}
	return true
}

// Matcher decides whether units' index terms (AnalyzeUnit output) match a
// query as its FTS5 expression would, with the query's phrases stemmed
// once rather than for every unit.
type Matcher struct {
	root *matchNode
}

type matchNode struct {
	kind      nodeKind
	alts      [][]string // nPhrase
	kids, neg []*matchNode
}

// Matcher returns the matcher of the query stemmed as FTS5(lang) stems it.
func (q *Query) Matcher(lang string) *Matcher {
	if q == nil || q.root == nil {
		return &Matcher{}
	}
	langs := langChoices(lang)
	var compile func(n *node) *matchNode
	compile = func(n *node) *matchNode {
		m := &matchNode{kind: n.kind}
		if n.kind == nPhrase {
			m.alts = phraseAlternatives(n, langs)
		}
		for _, k := range n.kids {
			m.kids = append(m.kids, compile(k))
		}
		for _, k := range n.neg {
			m.neg = append(m.neg, compile(k))
		}
		return m
	}
	return &Matcher{root: compile(q.root)}
}

// Match reports whether a unit's index terms match: each phrase's stems
// adjacent and in order in the unit's text terms (not its marked heading
// terms), combined by the query's AND, OR and NOT.
func (m *Matcher) Match(terms string) bool {
	if m.root == nil {
		return false
	}
	text, _ := cutHeading(terms)
	return m.root.match(text)
}

// Matches is q.Matcher(lang).Match(terms), for one unit.
func (q *Query) Matches(terms, lang string) bool { return q.Matcher(lang).Match(terms) }

func (n *matchNode) match(terms string) bool {
	switch n.kind {
	case nPhrase:
		for _, a := range n.alts {
			if countPhrase(terms, a) > 0 {
				return true
			}
		}
		return false
	case nOr:
		for _, k := range n.kids {
			if k.match(terms) {
				return true
			}
		}
		return false
	}
	for _, k := range n.kids {
		if !k.match(terms) {
			return false
		}
	}
	for _, k := range n.neg {
		if k.match(terms) {
			return false
		}
	}
	return true
}
