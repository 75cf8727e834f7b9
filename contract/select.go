package contract

import (
	"slices"
	"sort"
	"strconv"
	"strings"
)

// findCandidates reads every kept line as a possible heading of a part,
// chapter, article or appendix, and takes the heading from the next line
// when the number stands alone ("ARTICLE 12" / "SENIORITY").
func findCandidates(lines []line) []*cand {
	cands := make([]*cand, len(lines))
	prev := ""
	for i := range lines {
		l := &lines[i]
		if l.drop {
			continue
		}
		if l.text == "" {
			prev = ""
			continue
		}
		c := recognize(l.text, l.md)
		// A heading in ordinary case right after an unfinished sentence is
		// a reference that wrapped: "as set forth in / Schedule A ...".
		if c != nil && !c.strong && prev != "" && isProse(prev) && continuesSentence(prev) {
			c = nil
		}
		cands[i] = c
		prev = l.text
		if c != nil {
			prev = "" // a heading is not a sentence to continue
		}
	}
	return cands
}

// picked is a candidate the selection kept: a unit to open, or a running
// header that repeats one and is left out of the text.
type picked struct {
	c        *cand
	line     int
	headEnd  int // first line after the heading lines
	repeated bool
}

// attachNextLineHeadings fills in headings that sit on the line after the
// number, and joins a capitals heading that wraps onto a second line.
func attachNextLineHeadings(lines []line, cands []*cand) map[int]int {
	headEnd := map[int]int{}
	for i, c := range cands {
		if c == nil {
			continue
		}
		end := i + 1
		if c.heading == "" && c.rest == "" {
			if j := nextKept(lines, i+1); j >= 0 && j-i <= 3 && (cands[j] == nil || cands[j].fam == famNamed) && isHeadingLine(lines[j].text) && !startsLikeSection(lines[j].text) {
				c.heading = cleanHeading(lines[j].text)
				cands[j] = nil // "ARTICLE 1" / "PREAMBLE": the name is the heading
				end = j + 1
			}
		}
		if c.heading != "" && c.rest == "" && isUpperWord(c.heading) && !strings.HasSuffix(c.heading, ".") {
			// A heading in capitals that wraps: the next line, right below,
			// in capitals too.
			if j := nextKept(lines, end); j >= 0 && j == end && cands[j] == nil && isUpperWord(lines[j].text) &&
				len(strings.Fields(lines[j].text)) <= 8 && !startsLikeSection(lines[j].text) && (endsWithConnector(c.heading) || lines[j].md == 0) && !isTOCTitle(lines[j].text) {
				c.heading = cleanHeading(c.heading + " " + lines[j].text)
				end = j + 1
			}
		}
		headEnd[i] = end
	}
	return headEnd
}

// isHeadingLine judges a line that may be the heading of the number above
// it: short and in capitals or title case, not a sentence.
func isHeadingLine(s string) bool {
	s = collapseSpaces(s)
	if len(s) > 100 || strings.HasSuffix(s, ",") {
		return false
	}
	return looksLikeHeading(s)
}

func endsWithConnector(h string) bool {
	h = strings.TrimSpace(h)
	if strings.HasSuffix(h, "/") || strings.HasSuffix(h, "-") || strings.HasSuffix(h, ",") || strings.HasSuffix(h, "&") {
		return true
	}
	f := strings.Fields(h)
	switch fold(f[len(f)-1]) {
	case "and", "of", "or", "the", "for", "to", "y", "de", "del", "e", "o":
		return true
	}
	return false
}

func nextKept(lines []line, from int) int {
	for j := from; j < len(lines); j++ {
		if lines[j].drop {
			continue
		}
		if lines[j].text != "" {
			return j
		}
	}
	return -1
}

// selectUnits decides which candidates open units. Numbers of each family
// must go up; among the sequences that do, the one that covers the most
// text wins (a weighted longest increasing subsequence), which throws out
// table-of-contents entries (they cover nothing), cross-references and
// running headers. Runs of headings with nothing between them are tables
// of contents even without a title, and a heading repeated with the same
// number is a running header.
func selectUnits(lines []line, cands []*cand, headEnd map[int]int) []picked {
	var idx []int
	for i, c := range cands {
		if c != nil && !lines[i].drop {
			idx = append(idx, i)
		}
	}
	if len(idx) == 0 {
		return nil
	}
	// Body text each candidate covers, up to the next candidate of its
	// level or above.
	bodyUntil := func(k int) int {
		c := cands[idx[k]]
		n := len(c.rest)
		for j := headEnd[idx[k]]; j < len(lines); j++ {
			if cands[j] != nil && !lines[j].drop {
				if cands[j].level <= c.level {
					break
				}
				continue
			}
			if !lines[j].drop {
				n += len(lines[j].text)
			}
		}
		return n
	}
	// Runs: body before the next candidate of any kind.
	gap := make([]int, len(idx))
	sentence := make([]bool, len(idx)) // a sentence follows: body, not a listing
	for k := range idx {
		end := len(lines)
		if k+1 < len(idx) {
			end = idx[k+1]
		}
		n := len(cands[idx[k]].rest)
		for j := headEnd[idx[k]]; j < end; j++ {
			if t := lines[j].text; !lines[j].drop && t != "" {
				n += len(t)
				if c := t[len(t)-1]; c == '.' || c == ';' || c == ':' {
					sentence[k] = true
				}
			}
		}
		gap[k] = n
	}
	penal := make([]bool, len(idx))
	for k := 0; k < len(idx); {
		end := k
		seen := map[string]bool{}
		for end < len(idx) {
			c := cands[idx[end]]
			key := string(c.fam) + "|" + strings.ToLower(c.num)
			if c.num == "" {
				key += "|" + strings.ToLower(c.heading)
			}
			if seen[key] {
				break
			}
			seen[key] = true
			// Text after the heading on its own line ("CLÁUSULA 1.- La
			// Empresa...") is body, which a table of contents never has.
			if gap[end] >= 60 || c.rest != "" || sentence[end] {
				end++
				break
			}
			end++
		}
		count := map[family]int{}
		for m := k; m < end; m++ {
			count[cands[idx[m]].fam]++
		}
		for m := k; m < end-1; m++ {
			if count[cands[idx[m]].fam] >= 3 {
				penal[m] = true
			}
		}
		k = end
	}

	accepted := map[int]bool{}
	repeated := map[int]bool{}
	// Ordered families: weighted chains.
	byFam := map[family][]int{} // positions in idx
	for k, i := range idx {
		if cands[i].key != nil {
			byFam[cands[i].fam] = append(byFam[cands[i].fam], k)
		}
	}
	for _, ks := range byFam {
		// A repeat of the previous heading of the family is a running
		// header: fold it into the first.
		var keep []int
		for _, k := range ks {
			c := cands[idx[k]]
			if n := len(keep); n > 0 && cands[idx[keep[n-1]]].key.equal(c.key) && !penal[keep[n-1]] && !penal[k] {
				repeated[idx[k]] = true
				continue
			}
			keep = append(keep, k)
		}
		chain := bestChain(keep, func(k int) *cand { return cands[idx[k]] }, func(k int) int {
			if penal[k] {
				return -1
			}
			w := 1 + bodyUntil(k)
			if cands[idx[k]].strong {
				w += 40
			}
			return w
		})
		chain = fillGaps(chain, keep, func(k int) *cand { return cands[idx[k]] }, penal, gap)
		chain = extendEnds(chain, keep, func(k int) *cand { return cands[idx[k]] }, penal, gap)
		for _, k := range chain {
			accepted[idx[k]] = true
		}
	}
	// Unordered: appendices anywhere, named articles before the first
	// numbered one.
	firstArticle := len(lines)
	for i := range accepted {
		if f := cands[i].fam; (f == famArticle || f == famClause) && i < firstArticle {
			firstArticle = i
		}
	}
	var prevApp *cand
	for k, i := range idx {
		c := cands[i]
		switch c.fam {
		case famAppendix:
			// Appendices follow the body; one named before the first
			// article is a cover page's or a table of contents' mention.
			if penal[k] || i < firstArticle {
				continue
			}
			if prevApp != nil && prevApp.fam == c.fam && strings.EqualFold(prevApp.label, c.label) && strings.EqualFold(prevApp.num, c.num) &&
				(c.num != "" || strings.EqualFold(prevApp.heading, c.heading)) {
				repeated[i] = true
				continue
			}
			accepted[i] = true
			prevApp = c
		case famNamed:
			if i < firstArticle && !penal[k] {
				accepted[i] = true
			}
		case famNamedChapter:
			if !penal[k] {
				accepted[i] = true
			}
		default:
			if accepted[i] {
				prevApp = nil
			}
		}
	}
	var out []picked
	for _, i := range idx {
		if !accepted[i] && !repeated[i] {
			continue
		}
		p := picked{c: cands[i], line: i, headEnd: headEnd[i], repeated: repeated[i] && !accepted[i]}
		// "LETTER OF AGREEMENT 26.2C-15-274" over "Article 26.2C--Differential
		// Pay": the line below, a heading that opened nothing, names it.
		if c := p.c; accepted[i] && c.kind == KindAppendix && c.heading == "" && c.rest == "" {
			if j := nextKept(lines, p.headEnd); j >= 0 && j-p.headEnd <= 1 && cands[j] != nil && !accepted[j] && !repeated[j] {
				c.heading = cleanHeading(lines[j].text)
				p.headEnd = j + 1
			}
		}
		out = append(out, p)
	}
	return out
}

// bestChain returns the increasing sequence of greatest weight, with a
// bonus for each step to the very next number.
func bestChain(ks []int, cand func(int) *cand, weight func(int) int) []int {
	const window = 600
	const bonus = 120
	const skipCost = 25
	n := len(ks)
	best := make([]int, n)
	prev := make([]int, n)
	top := -1
	for j := 0; j < n; j++ {
		w := weight(ks[j])
		prev[j] = -1
		if w < 0 {
			best[j] = -1 << 30
			continue
		}
		cj := cand(ks[j])
		bestPrev := 0
		for i := j - 1; i >= 0 && i >= j-window; i-- {
			if best[i] < 0 {
				continue
			}
			ci := cand(ks[i])
			if !ci.key.less(cj.key) {
				continue
			}
			v := best[i]
			if ci.key.successor(cj.key) {
				v += bonus
			} else if skip := cj.key[0] - ci.key[0] - 1; skip > 0 {
				// Numbers skipped cost a little: agreements rarely leave
				// gaps, OCR and cross-references make them.
				v -= skipCost * min(skip, 40)
			}
			if v > bestPrev {
				bestPrev, prev[j] = v, i
			}
		}
		best[j] = w + bestPrev
		if top < 0 || best[j] > best[top] {
			top = j
		}
	}
	var chain []int
	for j := top; j >= 0; j = prev[j] {
		chain = append(chain, ks[j])
	}
	for i, j := 0, len(chain)-1; i < j; i, j = i+1, j-1 {
		chain[i], chain[j] = chain[j], chain[i]
	}
	return chain
}

// fillGaps accepts a heading that OCR misnumbered: between articles 10 and
// 12, one rejected heading with text of its own is article 11.
func fillGaps(chain, all []int, cand func(int) *cand, penal []bool, gap []int) []int {
	if len(chain) < 2 {
		return chain
	}
	in := map[int]bool{}
	for _, k := range chain {
		in[k] = true
	}
	var out []int
	for x := 0; x < len(chain); x++ {
		out = append(out, chain[x])
		if x+1 == len(chain) {
			break
		}
		a, b := cand(chain[x]), cand(chain[x+1])
		if len(a.key) != 1 || len(b.key) != 1 || b.key[0] != a.key[0]+2 {
			continue
		}
		// all is in order: find the stretch between the two by search.
		var between []int
		lo := sort.SearchInts(all, chain[x]+1)
		for _, k := range all[lo:] {
			if k >= chain[x+1] {
				break
			}
			if !in[k] && !penal[k] && gap[k] >= 60 {
				between = append(between, k)
			}
		}
		if len(between) == 1 {
			c := cand(between[0])
			c.key = numKey{a.key[0] + 1}
			c.num = strconv.Itoa(a.key[0] + 1)
			out = append(out, between[0])
		}
	}
	return out
}

// extendEnds accepts the headings before a chain's first and after its
// last that continue it in order, stand out (capitals, a Markdown heading)
// and have text of their own: the chain's weights make a jump in numbers
// ("ARTICLE 1", then "ARTICLE 33") cost more than a short article weighs,
// which would drop the short article at either end of a small agreement.
// A jump inside the chain is left to bestChain, where it usually is OCR.
func extendEnds(chain, all []int, cand func(int) *cand, penal []bool, gap []int) []int {
	if len(chain) == 0 {
		return chain
	}
	ok := func(k int) bool { return !penal[k] && gap[k] >= 20 && cand(k).strong }
	var head []int
	first := cand(chain[0])
	for x := sort.SearchInts(all, chain[0]) - 1; x >= 0; x-- {
		k := all[x]
		if c := cand(k); ok(k) && c.key.less(first.key) {
			head = append(head, k)
			first = c
		}
	}
	slices.Reverse(head)
	last := cand(chain[len(chain)-1])
	var tail []int
	for x := sort.SearchInts(all, chain[len(chain)-1]) + 1; x < len(all); x++ {
		k := all[x]
		if c := cand(k); ok(k) && last.key.less(c.key) {
			tail = append(tail, k)
			last = c
		}
	}
	if head == nil && tail == nil {
		return chain
	}
	return append(append(head, chain...), tail...)
}
