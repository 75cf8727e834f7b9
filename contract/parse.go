package contract

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/frente/frente/contract/topic"
)

// Options change how Parse reads a file. The zero value is what `frente
// parse` uses.
type Options struct {
	// NoPdftotext keeps Parse from running poppler's pdftotext even when
	// it is installed, so that results depend only on this module.
	NoPdftotext bool
	// Classifier assigns topics; nil means topic.Default().
	Classifier *topic.Classifier
}

// ParseFile reads and parses the file at path.
func ParseFile(path string, opt Options) (*Document, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, &Error{File: filepath.Base(path), Err: err}
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && st.Size() > MaxSize {
		return nil, &Error{File: filepath.Base(path), Err: detailf(ErrTooLarge, "%d MiB; the limit is %d MiB", st.Size()>>20, MaxSize>>20)}
	}
	data, err := io.ReadAll(io.LimitReader(f, MaxSize+1))
	if err != nil {
		return nil, &Error{File: filepath.Base(path), Err: err}
	}
	return Parse(filepath.Base(path), data, opt)
}

// Parse reads one agreement from data; name (a file name) tells its format
// when the content does not, and names the file in errors. Errors are
// *Error values wrapping ErrEmpty, ErrTooLarge, ErrBinary, ErrNoTextLayer,
// ErrUnsupported, ErrCorrupt or ErrEncrypted.
func Parse(name string, data []byte, opt Options) (doc *Document, err error) {
	defer func() {
		// The fuzz target checks parse itself; this only keeps a bug that
		// slipped through from taking the whole program down.
		if r := recover(); r != nil {
			doc, err = nil, &Error{File: name, Err: fmt.Errorf("%w: internal error while reading it (%v)", ErrCorrupt, r)}
		}
	}()
	doc, err = parse(name, data, opt)
	if err != nil {
		return nil, &Error{File: name, Err: err}
	}
	return doc, nil
}

func parse(name string, data []byte, opt Options) (*Document, error) {
	src, err := extract(name, data, opt)
	if err != nil {
		return nil, err
	}
	lines := splitLines(src.text, src.markdown)
	stripLineNumbers(lines)
	dropFurniture(lines)
	cands := findCandidates(lines)
	markTOC(lines, cands)
	for i := range cands {
		if lines[i].drop {
			cands[i] = nil
		}
	}
	headEnd := attachNextLineHeadings(lines, cands)
	picks := selectUnits(lines, cands, headEnd)
	if !hasArticles(picks) {
		picks = append(picks, fallbackPicks(lines, cands, picks)...)
		sortPicks(picks)
	}
	text, units := build(lines, picks)
	if strings.TrimSpace(text) == "" {
		return nil, detailf(ErrEmpty, "no text is left once page numbers and headers are taken out")
	}
	doc := &Document{Text: text, Units: units, Format: src.format, Extractor: src.extractor}
	if doc.Units == nil {
		doc.Units = []*Unit{}
	}
	doc.Language = detectLanguage(text)
	if l := strings.ToLower(src.fm.Language); l == "en" || l == "es" {
		doc.Language = l
	}
	first := -1
	if len(picks) > 0 {
		first = picks[0].line
	}
	doc.Title = findTitle(src, lines, first, name)
	doc.EffectiveDate, doc.ExpiryDate = isoDate(src.fm.Effective), isoDate(src.fm.Expiry)
	clf := opt.Classifier
	if clf == nil {
		clf = topic.Default()
	}
	classify(doc.Units, doc.Language, clf)
	if doc.EffectiveDate == "" || doc.ExpiryDate == "" {
		eff, exp := findDates(dateTexts(doc))
		if doc.EffectiveDate == "" {
			doc.EffectiveDate = eff
		}
		if doc.ExpiryDate == "" {
			doc.ExpiryDate = exp
		}
	}
	return doc, nil
}

// dateTexts are where an agreement states its term: the title pages and
// the units about duration.
func dateTexts(doc *Document) []string {
	head := doc.Text
	if len(doc.Units) > 0 && doc.Units[0].Start > 0 {
		head = head[:doc.Units[0].Start]
	}
	if len(head) > 4000 {
		head = head[:4000]
	}
	texts := []string{}
	Walk(doc.Units, func(u *Unit, _ int) bool {
		if len(texts) >= 4 {
			return false
		}
		for i, t := range u.Topics {
			if t == "duration" && u.Explanations[i].Heading {
				s := doc.Text[u.Start:u.End]
				if len(s) > 3000 {
					s = s[:3000]
				}
				texts = append(texts, s)
				break
			}
		}
		return true
	})
	return append(texts, head)
}

func hasArticles(picks []picked) bool {
	for _, p := range picks {
		if !p.repeated && p.c.level <= levelArticle && p.c.kind != KindAppendix {
			return true
		}
	}
	return false
}

// fallbackPicks finds the structure of an agreement that numbers nothing:
// its Markdown headings, or else its lines in capitals that stand alone.
func fallbackPicks(lines []line, cands []*cand, have []picked) []picked {
	taken := map[int]bool{}
	for _, p := range have {
		taken[p.line] = true
	}
	count := map[int]int{}
	for _, l := range lines {
		if l.md > 0 && !l.drop {
			count[l.md]++
		}
	}
	// The shallowest level with enough headings to be a structure; a
	// couple of headings are more likely a cover note's than articles.
	level := 0
	for lv := 1; lv <= 6; lv++ {
		if count[lv] >= 5 {
			level = lv
			break
		}
	}
	var out []picked
	var last numKey
	for i, l := range lines {
		if l.drop || taken[i] || cands[i] != nil || l.text == "" {
			continue
		}
		// "1. RECOGNITION", "## 2. Wages": a number without a keyword.
		num, key, heading := numberedHeading(l.text)
		ok := false
		switch {
		case level > 0:
			ok = l.md == level
		case key != nil:
			// In capitals, or in any case when the next line numbers its
			// first subsection ("3. Hours of work" / "3.1 ...").
			ok = (i == 0 || lines[i-1].text == "") && (last == nil || last.less(key)) &&
				(isUpperWord(heading) || opensSubsections(lines, i, key))
		default:
			ok = isUpperWord(l.text) && len(strings.Fields(l.text)) <= 8 && len(l.text) >= 4 &&
				(i == 0 || lines[i-1].text == "") && looksLikeHeading(l.text) && recognizeSection(l.text) == nil
		}
		if !ok {
			continue
		}
		c := &cand{fam: famNamed, kind: KindArticle, level: levelArticle, heading: cleanHeading(l.text)}
		if key != nil {
			c.num, c.key, c.heading = num, key, heading
			last = key
		}
		out = append(out, picked{c: c, line: i, headEnd: i + 1})
	}
	if level == 0 {
		// Numbered headings, where there are some, are the structure; lines
		// in capitals beside them are title pages and signatures.
		var numbered []picked
		for _, p := range out {
			if p.c.key != nil {
				numbered = append(numbered, p)
			}
		}
		if len(numbered) >= 2 {
			return numbered
		}
		if len(out) < 3 {
			return nil
		}
	}
	return out
}

// opensSubsections reports whether the next line starts with the first
// decimal subsection of key: "3.1" under "3. Hours of work".
func opensSubsections(lines []line, i int, key numKey) bool {
	j := nextKept(lines, i+1)
	if j < 0 {
		return false
	}
	sc := recognizeSection(lines[j].text)
	return sc != nil && sc.style == styleDecimal && sc.key.hasPrefix(key)
}

// numberedHeading reads "1. RECOGNITION" or "IV – Wages": a one-part number
// and a heading that looks like one.
func numberedHeading(s string) (string, numKey, string) {
	end := strings.IndexAny(s, " .-–—:)")
	if end <= 0 || end > 6 {
		return "", nil, ""
	}
	tok := s[:end]
	var key numKey
	if k, n, ok := parseDigits(tok); ok && len(k) == 1 {
		key, tok = k, n
	} else if v, ok := parseRoman(tok); ok && strings.ToUpper(tok) == tok {
		key = numKey{v}
	} else {
		return "", nil, ""
	}
	rest, sep := skipSeparator(s[end:])
	if !sep || rest == "" || !looksLikeHeading(rest) || len(strings.Fields(rest)) > 10 {
		return "", nil, ""
	}
	return tok, key, cleanHeading(rest)
}

func sortPicks(p []picked) {
	for i := 1; i < len(p); i++ {
		for j := i; j > 0 && p[j].line < p[j-1].line; j-- {
			p[j], p[j-1] = p[j-1], p[j]
		}
	}
}
