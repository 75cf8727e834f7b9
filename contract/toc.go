package contract

import (
	"strings"
	"unicode"
)

// isTOCTable reports whether the rows of a table (HTML, DOCX or Markdown)
// are a table of contents: a "Contents" caption, or mostly rows that name
// an article, section or appendix, often with a page number.
func isTOCTable(rows [][]string) bool {
	if len(rows) < 2 {
		return false
	}
	entries := 0
	for i, r := range rows {
		joined := strings.Join(r, " ")
		if i == 0 && isTOCTitle(joined) {
			return true
		}
		for _, c := range r {
			if recognize(c, 0) != nil || hasDotLeader(c) || hasLeaderGarbage(c) {
				entries++
				break
			}
		}
	}
	return entries >= 3 && entries*2 >= len(rows)
}

// isTOCTitle recognizes the heading of a table of contents.
func isTOCTitle(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 80 {
		return false
	}
	switch s[0] {
	case 'C', 'c', 'I', 'i', 'T', 't', 'S', 's', 0xC3: // Contents, Index, Table, Sumario, Índice
	default:
		return false
	}
	t := fold(strings.Trim(collapseSpaces(unspaceLetters(strings.TrimSpace(s))), " .:"))
	for _, suffix := range []string{" page", " pagina", " pag", " pages"} {
		t = strings.TrimSuffix(t, suffix)
	}
	switch t {
	case "table of contents", "contents", "index", "indice", "sumario", "tabla de contenido",
		"tabla de contenidos", "contenido", "indice general", "indice de contenido":
		return true
	}
	return false
}

// hasDotLeader finds the leaders that join a table-of-contents entry to its
// page number: ".....", ". . . .", "……", "____", or the letters OCR
// makes of dots.
func hasDotLeader(s string) bool {
	return strings.Contains(s, "....") || strings.Contains(s, ". . . .") || strings.Count(s, "…") >= 2
}

// hasLeaderGarbage spots a "word" of twenty or more letters, which is what
// OCR makes of a dotted leader ("cccssessessssessess...").
func hasLeaderGarbage(s string) bool {
	run := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			run++
			if run >= 20 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// endsWithPageNumber: "ARTICLE 12  SENIORITY      23" (after a gap).
func endsWithPageNumber(s string) bool {
	i := strings.LastIndex(s, "  ")
	if i < 0 {
		return false
	}
	last := strings.TrimSpace(s[i:])
	if isSmallNumber(last) {
		return true
	}
	_, ok := parseRoman(last)
	return ok && strings.ToLower(last) == last
}

// markTOC drops tables of contents: entries with leaders or page numbers,
// and the region that follows a "Table of Contents" title up to where the
// body begins (the first entry seen again, or the first paragraph).
func markTOC(lines []line, cands []*cand) {
	for i := range lines {
		l := &lines[i]
		if l.drop || l.text == "" {
			continue
		}
		c := cands[i]
		if (hasDotLeader(l.text) && (c != nil || endsWithLeaderNumber(l.text) || startsLikeSection(l.text))) || (c != nil && hasLeaderGarbage(l.text)) {
			l.drop = true
			continue
		}
		if c != nil && l.gap && endsWithPageNumber(l.text) {
			l.drop = true
		}
	}
	titles := 0
	for i := 0; i < len(lines) && titles < 20; i++ {
		if lines[i].drop || !isTOCTitle(lines[i].text) {
			continue
		}
		titles++ // a document has a table of contents or two, not hundreds
		end := tocRegionEnd(lines, cands, i+1)
		if end < 0 {
			continue
		}
		for j := i; j < end; j++ {
			lines[j].drop = true
		}
		i = end - 1
	}
}

// endsWithLeaderNumber: a dotted line that ends in a page number.
func endsWithLeaderNumber(s string) bool {
	f := strings.Fields(s)
	if len(f) == 0 {
		return false
	}
	last := strings.TrimLeft(f[len(f)-1], ".…")
	if isSmallNumber(last) {
		return true
	}
	_, ok := parseRoman(last)
	return ok
}

// tocRegionEnd finds where the table of contents that starts at from ends,
// or -1 when what follows does not look like one.
func tocRegionEnd(lines []line, cands []*cand, from int) int {
	type seenKey struct {
		fam family
		num string
		h   string
	}
	seen := map[seenKey]bool{}
	entries := 0
	last, lastCand, sinceCand := from, -1, 0
	for j := from; j < len(lines) && j < from+3000; j++ {
		l := lines[j]
		if l.text == "" {
			continue
		}
		if c := cands[j]; c != nil {
			k := seenKey{c.fam, strings.ToLower(c.num), ""}
			if c.num == "" {
				k.h = strings.ToLower(c.heading)
			}
			if seen[k] && !l.drop {
				break // the body starts: its first heading was listed already
			}
			seen[k] = true
			entries++
			last = j + 1
			if !l.drop {
				lastCand, sinceCand = j, 0
			}
			continue
		}
		if l.drop {
			last = j + 1
			continue
		}
		if isProse(l.text) || len(l.text) > 150 {
			// A heading right before the first paragraph is the body's.
			if lastCand >= 0 && sinceCand <= 2 {
				last = lastCand
			}
			break
		}
		sinceCand++
		last = j + 1
	}
	if entries < 3 {
		return -1
	}
	return last
}
