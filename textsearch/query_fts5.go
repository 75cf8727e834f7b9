package textsearch

import "strings"

// FTS5 returns the SQLite FTS5 MATCH expression of the query, over a
// column holding Analyze(text, lang) output and tokenized with
// `unicode61 remove_diacritics 2`.
//
// With lang "en" or "es" each word is stemmed in that language. With lang
// "" (the query's language is unknown) each word matches its English or
// its Spanish stem, written ("en" OR "es") word by word: the notes
// measured that faster than query-time synonyms, with the same results.
// A phrase becomes an FTS5 phrase of stems ("just cause" -> "just caus"),
// and with lang "" the OR of its English and Spanish phrases.
//
// Every term is written as an FTS5 string, so nothing typed can be read as
// FTS5 syntax (column filters, NEAR, ^, *): terms only hold letters and
// digits anyway, and quoting is a second fence.
func (q *Query) FTS5(lang string) string {
	if q == nil || q.root == nil {
		return ""
	}
	var b strings.Builder
	writeFTS5(&b, q.root, langChoices(lang), true)
	return b.String()
}

// writeFTS5 writes n; top says no parentheses are needed around it.
func writeFTS5(b *strings.Builder, n *node, langs []int, top bool) {
	switch n.kind {
	case nPhrase:
		alts := phraseAlternatives(n, langs)
		if len(alts) == 1 {
			writeFTS5Phrase(b, alts[0])
			return
		}
		if !top {
			b.WriteByte('(')
		}
		for i, a := range alts {
			if i > 0 {
				b.WriteString(" OR ")
			}
			writeFTS5Phrase(b, a)
		}
		if !top {
			b.WriteByte(')')
		}
	case nOr:
		if !top {
			b.WriteByte('(')
		}
		for i, k := range n.kids {
			if i > 0 {
				b.WriteString(" OR ")
			}
			writeFTS5(b, k, langs, false)
		}
		if !top {
			b.WriteByte(')')
		}
	case nAnd:
		// FTS5's NOT is binary ("a NOT b"): everything searched for, then
		// NOT the OR of everything excluded.
		neg := len(n.neg) > 0
		if !top {
			b.WriteByte('(')
		}
		if neg {
			b.WriteByte('(')
		}
		for i, k := range n.kids {
			if i > 0 {
				b.WriteString(" AND ")
			}
			writeFTS5(b, k, langs, len(n.kids) == 1)
		}
		if neg {
			b.WriteString(") NOT (")
			for i, k := range n.neg {
				if i > 0 {
					b.WriteString(" OR ")
				}
				writeFTS5(b, k, langs, len(n.neg) == 1)
			}
			b.WriteByte(')')
		}
		if !top {
			b.WriteByte(')')
		}
	}
}

// phraseAlternatives returns the stems of a phrase in each language of
// langs, without repeats (most numbers and many words stem alike in both).
func phraseAlternatives(n *node, langs []int) [][]string {
	var alts [][]string
	for _, li := range langs {
		s := n.stems(li)
		dup := false
		for _, a := range alts {
			if strings.Join(a, " ") == strings.Join(s, " ") {
				dup = true
			}
		}
		if !dup {
			alts = append(alts, s)
		}
	}
	return alts
}

// writeFTS5Phrase writes terms as one FTS5 string: a phrase when there are
// several. Double quotes inside are doubled, FTS5's only escape.
func writeFTS5Phrase(b *strings.Builder, terms []string) {
	b.WriteByte('"')
	for i, t := range terms {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(strings.ReplaceAll(t, `"`, `""`))
	}
	b.WriteByte('"')
}

// FTS5Headings returns the FTS5 expression of the units that hold one of
// the query's positive phrases in their heading (as the HeadingMark terms
// of AnalyzeUnit), or "" for a query without one. It does not say that
// the units match the query: Matches says that, on their terms. (Asking
// FTS5 for both at once made it walk the whole list of every common word
// of the query.)
func (q *Query) FTS5Headings(lang string) string {
	r := q.Ranker(lang)
	var b strings.Builder
	n := 0
	for _, g := range r.groups {
		for _, a := range g.marked {
			if n > 0 {
				b.WriteString(" OR ")
			}
			n++
			writeFTS5Phrase(&b, a)
		}
	}
	return b.String()
}
