package textsearch

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// DefaultSnippetWords is the excerpt length Snippet uses when asked for
// none.
const DefaultSnippetWords = 30

// Snippet returns an HTML-escaped excerpt of text, about words words long,
// around the best cluster of matches of the query, each matching word
// wrapped in <mark>...</mark>; the start of the text when nothing matches.
// An ellipsis "…" stands where the excerpt cuts the text, and runs of
// white space (layout, line breaks) are shown as one space.
//
// A word matches when its term, as Analyze makes it in lang, is one of the
// query's positive stems; with lang "" its English and Spanish terms are
// both compared with the query's English and Spanish stems, which is what
// FTS5("") finds in a text of either language. A phrase's words are marked
// only where the whole phrase occurs. The best cluster is the window of
// words with the most distinct query words, then the most matches.
//
// The index cannot give snippets itself (it is contentless: it holds the
// terms, not the text), so they are built here from the stored text.
func (q *Query) Snippet(text, lang string, words int) string {
	if words <= 0 {
		words = DefaultSnippetWords
	}
	spans := make([][2]int, 0, len(text)/6+1) // about one word in six bytes
	forEachWord(text, func(start, end int) { spans = append(spans, [2]int{start, end}) })

	var b strings.Builder
	if len(spans) == 0 {
		writeHTML(&b, strings.TrimSpace(text))
		return b.String()
	}
	match := q.matches(text, spans, langChoices(lang))
	from, to := bestWindow(match, len(spans), words)

	b.Grow((to-from)*8 + 32)
	if from > 0 {
		b.WriteString("… ")
	} else {
		writeHTML(&b, strings.TrimLeftFunc(text[:spans[0][0]], unicode.IsSpace))
	}
	for i := from; i < to; i++ {
		if i > from {
			writeHTML(&b, text[spans[i-1][1]:spans[i][0]])
		}
		word := text[spans[i][0]:spans[i][1]]
		if match[i] != 0 {
			b.WriteString("<mark>")
			writeHTML(&b, word)
			b.WriteString("</mark>")
		} else {
			writeHTML(&b, word)
		}
	}
	if to < len(spans) {
		b.WriteString(" …")
	} else {
		writeHTML(&b, strings.TrimRightFunc(text[spans[to-1][1]:], unicode.IsSpace))
	}
	return b.String()
}

// matches returns, for each word of text, 0 when it matches nothing of the
// query, else a number naming what it matches (one per query word or
// phrase), so that windows can count distinct matches.
func (q *Query) matches(text string, spans [][2]int, langs []int) []int {
	match := make([]int, len(spans))
	if q == nil || q.root == nil || len(spans) == 0 {
		return match
	}
	single := map[string]int{} // stem -> id
	var phrases []snippetPhrase
	id := 0
	var walk func(n *node)
	walk = func(n *node) {
		if n.kind != nPhrase {
			for _, k := range n.kids {
				walk(k)
			}
			return
		}
		id++
		for _, alt := range phraseAlternatives(n, langs) {
			if len(alt) == 1 {
				if _, ok := single[alt[0]]; !ok {
					single[alt[0]] = id
				}
			} else if len(alt) > 1 {
				phrases = append(phrases, snippetPhrase{id, alt})
			}
		}
	}
	walk(q.root)

	// The terms of every word, in each language compared.
	// The terms of every word, in each language compared; "" for words
	// that cannot match (see prefixKey), which saves most of the work.
	var prefixes []uint16 // a few dozen at most: a slice beats a map
	for stem := range single {
		prefixes = append(prefixes, prefixKey(stem))
	}
	for _, p := range phrases {
		for _, stem := range p.stems {
			prefixes = append(prefixes, prefixKey(stem))
		}
	}
	filter := !slices.Contains(prefixes, 0)
	terms := make([][]string, len(langs))
	var buf [64]byte
	for l, li := range langs {
		terms[l] = make([]string, len(spans))
		for i, s := range spans {
			word := text[s[0]:s[1]]
			if filter {
				// English "dying", "lying" and "tying" stem to "die",
				// "lie", "tie": the only words whose second letter changes.
				if k := prefixKey(word); k != 0 && byte(k) != 'y' && !slices.Contains(prefixes, k) {
					continue
				}
			}
			terms[l][i] = wordTerm(word, li, buf[:0])
		}
	}
	is := func(i int, stem string) bool {
		for l := range terms {
			if terms[l][i] == stem {
				return true
			}
		}
		return false
	}
	for i := range spans {
		for l := range terms {
			if terms[l][i] == "" {
				continue
			}
			if id, ok := single[terms[l][i]]; ok {
				match[i] = id
				break
			}
		}
		for _, p := range phrases {
			if i+len(p.stems) > len(spans) {
				continue
			}
			all := true
			for j, st := range p.stems {
				if !is(i+j, st) {
					all = false
					break
				}
			}
			if all {
				for j := range p.stems {
					match[i+j] = p.id
				}
			}
		}
	}
	return match
}

// prefixKey returns the first two bytes of s lower-cased, when both are
// ASCII letters or digits, else 0. A word whose key is not 0 has a term
// that starts with the same two bytes: both stemmers only change the end
// of a word and leave words of two letters alone, and case and accents
// are only folded on other letters. The one exception, English "dying",
// "lying" and "tying" (to "die", "lie", "tie"), Snippet checks apart; the
// rule is tested over real words by TestPrefixKeyOfTerms. So a word whose
// key is no query stem's key cannot match, and Snippet need not stem it.
// A query stem shorter than two bytes (key 0) turns this filter off.
func prefixKey(s string) uint16 {
	if len(s) < 2 {
		return 0
	}
	a, b := lowerAlnum(s[0]), lowerAlnum(s[1])
	if a == 0 || b == 0 {
		return 0
	}
	return uint16(a)<<8 | uint16(b)
}

// lowerAlnum returns c lower-cased when it is an ASCII letter or digit,
// else 0.
func lowerAlnum(c byte) byte {
	switch {
	case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
		return c
	case 'A' <= c && c <= 'Z':
		return c + 'a' - 'A'
	}
	return 0
}

type snippetPhrase struct {
	id    int
	stems []string
}

// bestWindow returns the words [from, to) to show: a window of at most
// size words holding the most distinct matches (then the most matches),
// moved so that its first match has a little context before it.
func bestWindow(match []int, n, size int) (from, to int) {
	if n <= size {
		return 0, n
	}
	count := map[int]int{}
	distinct, total := 0, 0
	bestD, bestT, best := 0, 0, 0
	for i := 0; i < n; i++ {
		if id := match[i]; id != 0 {
			if count[id] == 0 {
				distinct++
			}
			count[id]++
			total++
		}
		if out := i - size; out >= 0 && match[out] != 0 {
			id := match[out]
			count[id]--
			if count[id] == 0 {
				distinct--
			}
			total--
		}
		if start := i - size + 1; start >= 0 && (distinct > bestD || distinct == bestD && total > bestT) {
			bestD, bestT, best = distinct, total, start
		}
	}
	if bestT == 0 {
		return 0, size
	}
	first := best
	for match[first] == 0 {
		first++
	}
	last := best + size - 1
	for match[last] == 0 {
		last--
	}
	// Centre the matches in the window, a few words of context each side.
	from = first - (size-(last-first+1))/2
	if from < 0 {
		from = 0
	}
	if from+size > n {
		from = n - size
	}
	return from, from + size
}

// writeHTML writes s escaped for HTML text and attribute values, with runs
// of white space as one space and invalid UTF-8 as U+FFFD.
func writeHTML(b *strings.Builder, s string) {
	space := false
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		switch r {
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '&':
			b.WriteString("&amp;")
		case '"':
			b.WriteString("&#34;")
		case '\'':
			b.WriteString("&#39;")
		default:
			b.WriteRune(r) // RuneError for invalid bytes: U+FFFD
		}
	}
	if space {
		b.WriteByte(' ')
	}
}
