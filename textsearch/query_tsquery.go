package textsearch

import "strings"

// TSQuery returns the query as PostgreSQL tsquery text, for
// to_tsquery('simple', $1) against to_tsvector('simple', Analyze(text,
// lang)): the same matches FTS5 gives in SQLite. Words are joined with &,
// phrases with <-> (adjacent), alternatives with |, exclusions with !;
// lang as for FTS5.
//
// Each lexeme is quoted ('...', with ' doubled and \ escaped), so no typed
// character is read as tsquery syntax (:*, weights, operators).
func (q *Query) TSQuery(lang string) string {
	if q == nil || q.root == nil {
		return ""
	}
	var b strings.Builder
	writeTSQuery(&b, q.root, langChoices(lang), true)
	return b.String()
}

// writeTSQuery writes n; top says no parentheses are needed around it.
// Parentheses are written wherever precedence (! before <-> before &
// before |) could otherwise regroup terms.
func writeTSQuery(b *strings.Builder, n *node, langs []int, top bool) {
	open := func() {
		if !top {
			b.WriteByte('(')
		}
	}
	closeP := func() {
		if !top {
			b.WriteByte(')')
		}
	}
	switch n.kind {
	case nPhrase:
		alts := phraseAlternatives(n, langs)
		if len(alts) == 1 && len(alts[0]) == 1 {
			writeLexeme(b, alts[0][0])
			return
		}
		open()
		for i, a := range alts {
			if i > 0 {
				b.WriteString(" | ")
			}
			if len(alts) > 1 && len(a) > 1 {
				b.WriteByte('(')
			}
			for j, t := range a {
				if j > 0 {
					b.WriteString(" <-> ")
				}
				writeLexeme(b, t)
			}
			if len(alts) > 1 && len(a) > 1 {
				b.WriteByte(')')
			}
		}
		closeP()
	case nOr:
		open()
		for i, k := range n.kids {
			if i > 0 {
				b.WriteString(" | ")
			}
			writeTSQuery(b, k, langs, false)
		}
		closeP()
	case nAnd:
		open()
		for i, k := range n.kids {
			if i > 0 {
				b.WriteString(" & ")
			}
			writeTSQuery(b, k, langs, false)
		}
		for _, k := range n.neg {
			b.WriteString(" & !")
			writeTSQuery(b, k, langs, false)
		}
		closeP()
	}
}

// writeLexeme writes t as a quoted tsquery lexeme.
func writeLexeme(b *strings.Builder, t string) {
	b.WriteByte('\'')
	for i := 0; i < len(t); i++ {
		switch c := t[i]; c {
		case '\'':
			b.WriteString("''")
		case '\\':
			b.WriteString(`\\`)
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte('\'')
}

// TSQueryHeadings returns the tsquery text of the units whose heading
// terms (a tsvector of the unmarked heading stems) hold one of the query's
// positive phrases, or "" for a query without one: PostgreSQL's side of
// FTS5Headings.
func (q *Query) TSQueryHeadings(lang string) string {
	r := q.Ranker(lang)
	var b strings.Builder
	for i := range r.groups {
		if i > 0 {
			b.WriteString(" | ")
		}
		b.WriteString(r.PhraseTSQuery(i))
	}
	return b.String()
}

// PhraseTSQuery returns the tsquery text of phrase i alone: PostgreSQL's
// side of PhraseFTS5.
func (r *Ranker) PhraseTSQuery(i int) string {
	var b strings.Builder
	b.WriteByte('(')
	for j, a := range r.groups[i].alts {
		if j > 0 {
			b.WriteString(" | ")
		}
		b.WriteByte('(')
		for k, t := range a {
			if k > 0 {
				b.WriteString(" <-> ")
			}
			writeLexeme(&b, t)
		}
		b.WriteByte(')')
	}
	b.WriteByte(')')
	return b.String()
}
