package textsearch

import "strings"

// HeadingMark begins the index terms that say a word is in a unit's
// heading. It is a private-use character: SQLite's unicode61 tokenizer
// keeps it inside a token, and no query can produce it (a query's words
// are letters and digits), so "\uE000overtim" is a term only the index
// writes. Searching the marked terms finds units by their headings
// through a doclist as short as the headings are, instead of walking
// every unit that mentions the word.
const HeadingMark = "\uE000"

// headingSep is what separates a unit's text terms from its marked
// heading terms in AnalyzeUnit's output.
const headingSep = " " + HeadingMark

// AnalyzeUnit returns the index terms of a unit: the terms of its heading
// and text (Analyze of both, in order, so that phrases and positions are
// those of the text), then each heading term again with HeadingMark before
// it, in heading order (so that a phrase can be looked for in the heading
// too). A unit without a heading has only the first part.
func AnalyzeUnit(heading, text, lang string) string {
	all := Analyze(heading+"\n"+text, lang)
	h := Analyze(heading, lang)
	if h == "" {
		return all
	}
	var b strings.Builder
	b.Grow(len(all) + len(h) + 4*(strings.Count(h, " ")+1))
	b.WriteString(all)
	for t := range strings.SplitSeq(h, " ") {
		b.WriteString(headingSep)
		b.WriteString(t)
	}
	return b.String()
}

// TextTerms returns the terms of AnalyzeUnit's output without the marked
// heading terms: what a store that cannot hold the marks indexes.
func TextTerms(terms string) string {
	text, _ := cutHeading(terms)
	return text
}

// HeadingTerms returns the heading stems of AnalyzeUnit's output, unmarked
// and separated by spaces ("" for a unit without a heading): what
// PostgreSQL indexes for TSQueryHeadings.
func HeadingTerms(terms string) string {
	_, marked := cutHeading(terms)
	return strings.ReplaceAll(marked, HeadingMark, "")
}

// cutHeading splits AnalyzeUnit's output into the text's terms and the
// marked heading terms ("" when there are none).
func cutHeading(terms string) (text, marked string) {
	if i := strings.Index(terms, headingSep); i >= 0 {
		return terms[:i], terms[i+1:]
	}
	return terms, ""
}
