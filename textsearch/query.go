package textsearch

// Query is a parsed search query: a tree of words, phrases and the
// boolean operators between them, kept as the words people
// typed (not stemmed), so that FTS5, TSQuery, Snippet and Terms can stem them in the
// language each needs.
type Query struct {
	root *node
	src  string
}

// String returns the query as it was typed.
func (q *Query) String() string { return q.src }

type nodeKind uint8

const (
	// nPhrase is one word (len(words) == 1) or adjacent words: a quoted
	// phrase, or a typed word that the tokenizer splits ("just-cause",
	// "12.3", which the index holds as adjacent terms).
	nPhrase nodeKind = iota
	// nAnd matches when every kid matches and no neg does. A parsed
	// query's nAnd always has at least one kid: NOT alone finds nothing.
	nAnd
	// nOr matches when any kid matches.
	nOr
)

type node struct {
	kind  nodeKind
	words []string // nPhrase: the words as typed, unstemmed
	kids  []*node  // nAnd, nOr
	neg   []*node  // nAnd: the excluded
}

// stems returns the terms of a phrase's words in language li.
func (n *node) stems(li int) []string {
	out := make([]string, 0, len(n.words))
	var buf [64]byte
	for _, w := range n.words {
		if t := wordTerm(w, li, buf[:0]); t != "" {
			out = append(out, t)
		}
	}
	return out
}

// langChoices returns the stemmer indexes a query in lang is stemmed
// with: one language, or both when lang is "" (unknown).
func langChoices(lang string) []int {
	switch lang {
	case "":
		return []int{0, 1}
	case Spanish:
		return []int{1}
	}
	return []int{0}
}

// Terms returns the query's positive stems (words and phrase words that
// are not excluded with NOT), in query order without repeats; with lang ""
// both the English and the Spanish stem of each word.
func (q *Query) Terms(lang string) []string {
	var out []string
	seen := map[string]bool{}
	var walk func(n *node)
	walk = func(n *node) {
		switch n.kind {
		case nPhrase:
			for _, li := range langChoices(lang) {
				for _, t := range n.stems(li) {
					if !seen[t] {
						seen[t] = true
						out = append(out, t)
					}
				}
			}
		default:
			for _, k := range n.kids {
				walk(k)
			}
		}
	}
	if q != nil && q.root != nil {
		walk(q.root)
	}
	return out
}
