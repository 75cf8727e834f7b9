package topic

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"
)

// Match is one topic assigned to a piece of text, and why.
type Match struct {
	Code   string `json:"code"`
	Reason string `json:"reason"`
	// Heading is true when the heading alone decided.
	Heading bool `json:"-"`
	Score   int  `json:"-"`
}

const (
	kindHeading = iota
	kindStrong
	kindMedium
	kindWeak
	kindNot
	kindFallback
)

var weights = [...]int{kindStrong: 3, kindMedium: 2, kindWeak: 1, kindFallback: 0}

type phrase struct {
	words  []string
	prefix []bool
	rule   int
	kind   int
	show   string
}

// Classifier assigns topics with a set of rules compiled once. It is safe
// for concurrent use.
type Classifier struct {
	rules   []Rule
	phrases []phrase
	exact   table // hash of the first word → phrases
	pre     table // hash of the first four letters of a starred first word → phrases
	// first3 marks the first three letters of every phrase, a cheap test
	// that lets most words of a text skip the map lookups.
	first3 []bool
	pool   sync.Pool
}

// hashBytes is FNV-1a: word lookups by hash spare the string maps their
// hashing and comparing; try compares the words anyway.
func hashBytes(b []byte) uint64 {
	h := uint64(14695981039346656037)
	for _, c := range b {
		h ^= uint64(c)
		h *= 1099511628211
	}
	if h == 0 {
		h = 1 // zero marks an empty slot of a table
	}
	return h
}

func first3(w []byte) int {
	return (int(w[0])*131+int(w[1]))*131 + int(w[2])
}

// minPrefix is how many letters a starred word must have, so that the
// index by four letters finds it.
const minPrefix = 4

var defaultClassifier = sync.OnceValue(func() *Classifier {
	c, err := New(rules)
	if err != nil {
		panic(err) // the built-in rules are checked by tests
	}
	return c
})

// Default returns the classifier of the built-in taxonomy.
func Default() *Classifier { return defaultClassifier() }

// New compiles rules. It fails on a phrase it cannot index.
func New(rs []Rule) (*Classifier, error) {
	c := &Classifier{rules: rs, first3: make([]bool, 131*131*131+131)}
	exact, pre := map[uint64][]int32{}, map[uint64][]int32{}
	add := func(ri, kind int, list []string) error {
		for _, p := range list {
			ws := strings.Fields(foldString(p))
			if len(ws) == 0 {
				return fmt.Errorf("topic %s: empty phrase", rs[ri].Code)
			}
			ph := phrase{rule: ri, kind: kind, show: strings.ReplaceAll(p, "*", "")}
			for _, w := range ws {
				star := strings.HasSuffix(w, "*")
				w = strings.TrimSuffix(w, "*")
				if star && len(w) < minPrefix {
					return fmt.Errorf("topic %s: %q: a starred word needs %d letters", rs[ri].Code, p, minPrefix)
				}
				ph.words = append(ph.words, w)
				ph.prefix = append(ph.prefix, star)
			}
			id := int32(len(c.phrases))
			c.phrases = append(c.phrases, ph)
			if w := ph.words[0]; len(w) >= 3 {
				c.first3[first3([]byte(w))] = true
			}
			if ph.prefix[0] {
				k := hashBytes([]byte(ph.words[0][:minPrefix]))
				pre[k] = append(pre[k], id)
			} else {
				k := hashBytes([]byte(ph.words[0]))
				exact[k] = append(exact[k], id)
			}
		}
		return nil
	}
	for i, r := range rs {
		for _, l := range []struct {
			kind int
			list []string
		}{{kindHeading, r.Heading}, {kindStrong, r.Strong}, {kindMedium, r.Medium}, {kindWeak, r.Weak}, {kindNot, r.Not}, {kindFallback, r.HeadingFallback}} {
			if err := add(i, l.kind, l.list); err != nil {
				return nil, err
			}
		}
	}
	c.exact, c.pre = newTable(exact), newTable(pre)
	c.pool.New = func() any { return &scratch{counts: make([]int32, len(c.phrases))} }
	return c, nil
}

// table is an open-addressing hash table from word hashes to phrases:
// looking words up is most of the classifier's work, and this is several
// times cheaper than a Go map.
type table struct {
	keys []uint64
	vals [][]int32
	mask uint64
}

func newTable(m map[uint64][]int32) table {
	n := 16
	for n < 4*len(m) {
		n *= 2
	}
	t := table{keys: make([]uint64, n), vals: make([][]int32, n), mask: uint64(n - 1)}
	for k, v := range m {
		i := k & t.mask
		for t.keys[i] != 0 {
			i = (i + 1) & t.mask
		}
		t.keys[i], t.vals[i] = k, v
	}
	return t
}

func (t *table) get(h uint64) []int32 {
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		switch t.keys[i] {
		case h:
			return t.vals[i]
		case 0:
			return nil
		}
	}
}

// scratch is the per-call working memory, pooled so that classifying a
// large agreement allocates little.
type scratch struct {
	buf     []byte
	toks    []token
	counts  []int32
	touched []int32
	accs    []acc
	decided []int
}

// Which phrase kinds count in a heading and in text.
var (
	headingKinds = [6]bool{kindHeading: true, kindStrong: true, kindFallback: true}
	textKinds    = [6]bool{kindStrong: true, kindMedium: true, kindWeak: true, kindNot: true}
)

// Classify returns the topics of a unit from its heading and its own text.
// where names the unit in the explanations ("33.2", "Article 12").
func (c *Classifier) Classify(where, heading, text string) []Match {
	return c.ClassifyAt(func() string { return where }, heading, text)
}

// ClassifyAt is Classify with the unit's name computed only when a topic
// is found, which spares building names for the many units that have none.
func (c *Classifier) ClassifyAt(where func() string, heading, text string) []Match {
	s := c.pool.Get().(*scratch)
	defer c.pool.Put(s)
	// The unit's name is needed once at most, whatever the matches.
	name := ""
	whereOnce := where
	where = func() string {
		if name == "" {
			name = whereOnce()
		}
		return name
	}

	var out []Match
	s.decided = s.decided[:0]
	if heading != "" {
		headHits := c.scan(s, heading, headingKinds)
		// Group the phrases by topic, in the order topics first matched;
		// fallback phrases ("leave", "pay") count only when nothing more
		// specific did.
		specific := false
		for _, h := range headHits {
			if c.phrases[h.id].kind != kindFallback {
				specific = true
				break
			}
		}
		for k, h := range headHits {
			ri := c.phrases[h.id].rule
			if containsInt(s.decided, ri) || (specific && c.phrases[h.id].kind == kindFallback) {
				continue
			}
			s.decided = append(s.decided, ri)
			var shown []string
			for _, h2 := range headHits[k:] {
				if p := c.phrases[h2.id]; p.rule == ri && (!specific || p.kind != kindFallback) {
					shown = appendUnique(shown, p.show)
				}
			}
			out = append(out, Match{
				Code:    c.rules[ri].Code,
				Heading: true,
				Score:   100,
				Reason:  "heading " + strconv.Quote(shorten(heading)) + " of " + where() + " matched " + quoteList(shown),
			})
		}
	}
	if text == "" {
		return out
	}
	textHits := c.scan(s, text, textKinds)
	if len(textHits) == 0 {
		return out
	}
	if cap(s.accs) < len(c.rules) {
		s.accs = make([]acc, len(c.rules))
	}
	accs := s.accs[:len(c.rules)]
	var touched []int
	for _, h := range textHits {
		p := c.phrases[h.id]
		a := &accs[p.rule]
		if !a.used {
			*a = acc{used: true, hits: a.hits[:0]} // keep the memory of the last call
			touched = append(touched, p.rule)
		}
		if p.kind == kindNot {
			a.not = true
			continue
		}
		w := weights[p.kind]
		n := int(h.n)
		if n > 3 {
			n = 3
		}
		a.score += w * n
		a.distinct++
		if w > a.max {
			a.max = w
		}
		if w == 3 && h.n >= 2 {
			a.repeatedStrong = true
		}
		a.hits = append(a.hits, h)
	}
	sort.Ints(touched)
	threshold := 4 + len(text)/6000
	for _, ri := range touched {
		a := &accs[ri]
		a.used = false
		if containsInt(s.decided, ri) {
			continue
		}
		t := threshold
		if a.not {
			t *= 2
		}
		if a.score < t || a.max < 2 || !(a.distinct >= 2 || a.repeatedStrong) {
			continue
		}
		sort.SliceStable(a.hits, func(i, j int) bool {
			wi := weights[c.phrases[a.hits[i].id].kind] * int(a.hits[i].n)
			wj := weights[c.phrases[a.hits[j].id].kind] * int(a.hits[j].n)
			return wi > wj
		})
		out = append(out, Match{
			Code:   c.rules[ri].Code,
			Score:  a.score,
			Reason: c.textReason(a.hits, where()),
		})
	}
	return out
}

// textReason says which phrases (the three weightiest) decided, and where:
// "matched 'reasonable suspicion' and 'drug test' (2×) in 33.2".
func (c *Classifier) textReason(hits []hit, where string) string {
	var b strings.Builder
	b.Grow(96)
	b.WriteString("matched ")
	shown := min(len(hits), 3)
	for i, h := range hits[:shown] {
		switch {
		case i == 0:
		case i == shown-1:
			b.WriteString(" and ")
		default:
			b.WriteString(", ")
		}
		b.WriteByte('\'')
		b.WriteString(c.phrases[h.id].show)
		b.WriteByte('\'')
		if h.n > 1 {
			b.WriteString(" (")
			b.WriteString(strconv.Itoa(int(h.n)))
			b.WriteString("×)")
		}
	}
	b.WriteString(" in ")
	b.WriteString(where)
	return b.String()
}

// acc adds up the text evidence for one topic.
type acc struct {
	used                 bool
	score, max, distinct int
	repeatedStrong, not  bool
	hits                 []hit
}

func containsInt(list []int, v int) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}

type hit struct {
	id int32
	n  int32
}

// scan folds s into tokens and counts the phrases of the wanted kinds that
// occur, returning them in order of first occurrence.
func (c *Classifier) scan(s *scratch, text string, want [6]bool) []hit {
	if text == "" {
		return nil
	}
	s.buf, s.toks = tokenize(text, s.buf[:0], s.toks[:0])
	s.touched = s.touched[:0]
	buf, toks := s.buf, s.toks
	for i := range toks {
		t := &toks[i]
		if t.f3 >= 0 && !c.first3[t.f3] {
			continue // no phrase starts with these letters
		}
		if ids := c.exact.get(t.h); ids != nil {
			c.try(s, ids, buf, toks, i, want)
		}
		if t.h4 != 0 {
			if ids := c.pre.get(t.h4); ids != nil {
				c.try(s, ids, buf, toks, i, want)
			}
		}
	}
	if len(s.touched) == 0 {
		return nil
	}
	out := make([]hit, 0, len(s.touched))
	for _, id := range s.touched {
		out = append(out, hit{id: id, n: s.counts[id]})
		s.counts[id] = 0
	}
	return out
}

func (c *Classifier) try(s *scratch, ids []int32, buf []byte, toks []token, i int, want [6]bool) {
	for _, id := range ids {
		p := &c.phrases[id]
		if !want[p.kind] || i+len(p.words) > len(toks) {
			continue
		}
		ok := true
		for k, w := range p.words {
			t := toks[i+k]
			tok := buf[t.start:t.end]
			if p.prefix[k] {
				if len(tok) < len(w) || string(tok[:len(w)]) != w {
					ok = false
					break
				}
			} else if string(tok) != w {
				ok = false
				break
			}
		}
		if ok {
			if s.counts[id] == 0 {
				s.touched = append(s.touched, id)
			}
			s.counts[id]++
		}
	}
}

func foldString(s string) string {
	buf, toks := tokenize(s, nil, nil)
	var b strings.Builder
	for i, t := range toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.Write(buf[t.start:t.end])
	}
	// Keep the stars that tokenize dropped.
	out := b.String()
	if !strings.Contains(s, "*") {
		return out
	}
	ws := strings.Fields(out)
	src := strings.Fields(s)
	if len(ws) == len(src) {
		for i := range ws {
			if strings.HasSuffix(src[i], "*") {
				ws[i] += "*"
			}
		}
	}
	return strings.Join(ws, " ")
}

func appendUnique(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

func quoteList(ps []string) string {
	q := make([]string, len(ps))
	for i, p := range ps {
		q[i] = "'" + p + "'"
	}
	return joinAnd(q)
}

func joinAnd(q []string) string {
	switch len(q) {
	case 0:
		return ""
	case 1:
		return q[0]
	}
	return strings.Join(q[:len(q)-1], ", ") + " and " + q[len(q)-1]
}

func shorten(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > 60 {
		return string(r[:57]) + "..."
	}
	return s
}
