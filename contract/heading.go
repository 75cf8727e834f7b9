package contract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// family groups the headings whose numbers form one sequence: articles run
// 1, 2, 3... apart from clauses, chapters and the additional provisions of
// a Spanish agreement, so each is checked for order on its own.
type family string

const (
	famPart         family = "part"
	famChapter      family = "chapter"
	famArticle      family = "article"
	famClause       family = "clause"
	famAdditional   family = "additional"
	famTransitory   family = "transitory"
	famFinal        family = "final"
	famNamed        family = "named"         // PREAMBLE, DEFINITIONS: article-level, unnumbered
	famNamedChapter family = "named-chapter" // DISPOSICIONES ADICIONALES
	famAppendix     family = "appendix"
	famSection      family = "section"
)

// Levels of nesting; a unit closes every open unit of its level or deeper.
const (
	levelPart     = 1
	levelChapter  = 2
	levelArticle  = 3
	levelSection  = 4
	levelAppendix = 1
)

// cand is a line that may open a unit.
type cand struct {
	fam     family
	kind    Kind
	level   int
	num     string // as written: "12", "XII", "DÉCIMA", "A"
	key     numKey // nil for unordered (appendices, named)
	heading string
	rest    string // body text that follows the heading on the same line
	label   string // the keyword as written: "ARTICLE", "Cláusula"
	strong  bool   // a Markdown heading or a line in capitals
}

type keyword struct {
	words []string // folded
	fam   family
	kind  Kind
	level int
}

// keywords maps the folded first word of a line to what it may open.
// Longer phrases come first so "letter of agreement" wins over nothing.
var keywords = map[string][]keyword{
	"article":    {{[]string{"article"}, famArticle, KindArticle, levelArticle}},
	"articles":   nil,
	"art":        {{[]string{"art"}, famArticle, KindArticle, levelArticle}},
	"articulo":   {{[]string{"articulo"}, famArticle, KindArticle, levelArticle}},
	"clausula":   {{[]string{"clausula"}, famClause, KindArticle, levelArticle}},
	"chapter":    {{[]string{"chapter"}, famChapter, KindChapter, levelChapter}},
	"capitulo":   {{[]string{"capitulo"}, famChapter, KindChapter, levelChapter}},
	"part":       {{[]string{"part"}, famPart, KindPart, levelPart}},
	"titulo":     {{[]string{"titulo"}, famPart, KindPart, levelPart}},
	"appendix":   {{[]string{"appendix"}, famAppendix, KindAppendix, levelAppendix}},
	"apendice":   {{[]string{"apendice"}, famAppendix, KindAppendix, levelAppendix}},
	"exhibit":    {{[]string{"exhibit"}, famAppendix, KindAppendix, levelAppendix}},
	"schedule":   {{[]string{"schedule"}, famAppendix, KindAppendix, levelAppendix}},
	"attachment": {{[]string{"attachment"}, famAppendix, KindAppendix, levelAppendix}},
	"addendum":   {{[]string{"addendum"}, famAppendix, KindAppendix, levelAppendix}},
	"annex":      {{[]string{"annex"}, famAppendix, KindAppendix, levelAppendix}},
	"anexo":      {{[]string{"anexo"}, famAppendix, KindAppendix, levelAppendix}},
	"adenda":     {{[]string{"adenda"}, famAppendix, KindAppendix, levelAppendix}},
	"letter": {
		{[]string{"letter", "of", "agreement"}, famAppendix, KindAppendix, levelAppendix},
		{[]string{"letter", "of", "understanding"}, famAppendix, KindAppendix, levelAppendix},
		{[]string{"letter", "of", "intent"}, famAppendix, KindAppendix, levelAppendix},
	},
	"side": {{[]string{"side", "letter"}, famAppendix, KindAppendix, levelAppendix}},
	"memorandum": {
		{[]string{"memorandum", "of", "agreement"}, famAppendix, KindAppendix, levelAppendix},
		{[]string{"memorandum", "of", "understanding"}, famAppendix, KindAppendix, levelAppendix},
	},
	"memorando": {{[]string{"memorando", "de", "entendimiento"}, famAppendix, KindAppendix, levelAppendix}},
	"carta":     {{[]string{"carta", "de", "entendimiento"}, famAppendix, KindAppendix, levelAppendix}},
	"disposicion": {
		{[]string{"disposicion", "adicional"}, famAdditional, KindArticle, levelArticle},
		{[]string{"disposicion", "transitoria"}, famTransitory, KindArticle, levelArticle},
		{[]string{"disposicion", "final"}, famFinal, KindArticle, levelArticle},
		{[]string{"disposicion", "derogatoria"}, famFinal, KindArticle, levelArticle},
	},
}

// keywordInitial marks the capital letters that keywords and named
// headings start with, so that most lines are rejected at once.
var keywordInitial = func() (m [26]bool) {
	for _, c := range "ACPTSELMDRIWF" {
		m[c-'A'] = true
	}
	return m
}()

// namedArticles are unnumbered headings that stand for an article when
// they open the agreement, before its first numbered article.
var namedArticles = map[string]bool{
	"preamble": true, "preambulo": true, "definitions": true, "definiciones": true,
	"recitals": true, "purpose": true, "purpose of agreement": true, "witnesseth": true,
	"agreement": false, "introduction": true, "declaraciones": true, "antecedentes": true,
	"considerandos": true, "exposicion de motivos": true,
}

// words splits the start of a line into its first few words for keyword
// lookup, folded, stopping at digits and punctuation other than ".".
func firstWords(s string, n int) (words []string, ends []int) {
	i := 0
	for len(words) < n && i < len(s) {
		for i < len(s) && s[i] == ' ' {
			i++
		}
		start := i
		for i < len(s) {
			r, size := utf8.DecodeRuneInString(s[i:])
			if !unicode.IsLetter(r) {
				break
			}
			i += size
		}
		if i == start {
			break
		}
		words = append(words, fold(s[start:i]))
		ends = append(ends, i)
		if i < len(s) && s[i] != ' ' {
			break
		}
	}
	return words, ends
}

// mostlyUpper: every letter but one in capitals ("ARTlCLE").
func mostlyUpper(w string) bool {
	lower := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			lower++
		}
	}
	return lower <= 1 && startsUpper(w)
}

// ocrKeywords are the keywords long enough to recognize with one letter
// wrong.
var ocrKeywords = []string{"article", "articulo", "clausula", "chapter", "capitulo", "appendix"}

// ocrKeyword returns the keyword w is one substitution away from, if any.
func ocrKeyword(w string) string {
	for _, k := range ocrKeywords {
		if len(w) != len(k) || w[0] != k[0] {
			continue
		}
		diff := 0
		for i := 0; i < len(w) && diff < 2; i++ {
			if w[i] != k[i] {
				diff++
			}
		}
		if diff == 1 {
			return k
		}
	}
	return ""
}

// firstWordEnd returns where the first run of letters of s ends.
func firstWordEnd(s string) int {
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) {
			break
		}
		i += size
	}
	return i
}

// recognize reads a line as the heading of a part, chapter, article or
// appendix, or returns nil. md is the Markdown heading level (0 if none).
func recognize(text string, md int) *cand {
	s := text
	if s == "" {
		return nil
	}
	switch c := s[0]; {
	case c >= 'a' && c <= 'z':
		if md == 0 {
			return nil // keywords of headings are capitalized
		}
	case c >= 'A' && c <= 'Z':
		if !keywordInitial[c-'A'] {
			return nil
		}
	case c < utf8.RuneSelf:
		return nil
	}
	// Most lines start with an ordinary word: look the first word up
	// without allocating before doing any real work.
	var buf [24]byte
	w0 := firstWordEnd(s)
	if w0 > len(buf) {
		return nil
	}
	fw := foldKey(buf[:0], s[:w0])
	_, isKeyword := keywords[string(fw)]
	if !isKeyword && md == 0 && w0 >= 6 && mostlyUpper(s[:w0]) {
		// OCR misreads a letter of a heading in capitals: "ARTlCLE 5",
		// "ARTICIE 5". One wrong letter of a long keyword is forgiven.
		if k := ocrKeyword(string(fw)); k != "" {
			s = strings.ToUpper(k) + s[w0:]
			isKeyword = true
		}
	}
	spaced := len(fw) == 1 && w0+2 < len(s) && s[w0] == ' ' && s[w0+2] == ' '
	if !isKeyword && !spaced && !(md > 0 || isUpperWord(s)) {
		return nil
	}
	words, ends := firstWords(s, 3)
	if len(words) == 0 {
		return nil
	}
	// Letter-spaced display headings: "A R T I C L E 5".
	if len(words[0]) == 1 && len(words) > 1 && len(words[1]) == 1 {
		s = unspaceLetters(s)
		words, ends = firstWords(s, 3)
		if len(words) == 0 {
			return nil
		}
	}
	kws, ok := keywords[words[0]]
	if !ok {
		return recognizeNamed(s, words, md)
	}
	var kw *keyword
	for i := range kws {
		k := &kws[i]
		if len(k.words) <= len(words) && equalWords(k.words, words[:len(k.words)]) {
			kw = k
			break
		}
	}
	if kw == nil {
		return nil
	}
	label := s[:ends[len(kw.words)-1]]
	if md == 0 && !startsUpper(label) {
		return nil // "article 12 of this agreement" is a reference
	}
	capsLine := isUpperWord(label)
	r := s[len(label):]
	if kw.words[0] == "art" {
		if !strings.HasPrefix(r, ".") {
			return nil
		}
		r = r[1:]
	}
	c := &cand{fam: kw.fam, kind: kw.kind, level: kw.level, label: label, strong: md > 0}
	r = skipNumberSign(r)
	num, key, r2, ok := readNumber(r, kw.fam)
	if !ok {
		if kw.fam != famAppendix {
			return nil
		}
		// An unnumbered appendix must stand out: capitals, a Markdown
		// heading, or nothing but the keyword on the line.
		t := strings.TrimSpace(r)
		if !(md > 0 || capsLine || t == "" || (strings.IndexAny(t[:1], ".:-–—") == 0)) {
			return nil
		}
	} else {
		c.num, c.key, r = num, key, r2
		if kw.fam == famAppendix {
			c.key = nil
		}
	}
	if (kw.fam == famAdditional || kw.fam == famTransitory || kw.fam == famFinal) && c.num != "" {
		// "Disposición adicional primera": the number keeps its series.
		c.label = s[:ends[0]]
		c.num = strings.TrimSpace(s[ends[0]+1:ends[len(kw.words)-1]] + " " + c.num)
	}
	rest, sep := skipSeparator(r)
	if rest == "" {
		c.strong = c.strong || capsLine
		return c
	}
	if md == 0 {
		if startsLower(rest) && !(sep && kw.fam == famClause) {
			return nil // "Article 12, and the ..." is prose
		}
		if !sep && !startsUpper(rest) && !isHeadingPunct(rest) {
			return nil
		}
	}
	if md > 0 {
		c.heading = cleanHeading(rest)
		return c
	}
	c.heading, c.rest = splitHeading(rest)
	c.strong = c.strong || (capsLine && (c.heading == "" || isUpperWord(c.heading)))
	return c
}

func isHeadingPunct(s string) bool {
	return strings.HasPrefix(s, "(") || strings.HasPrefix(s, "\"") || strings.HasPrefix(s, "“")
}

func equalWords(a, b []string) bool {
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// namedChapters group provisions without a number: the additional and
// transitional provisions of Spanish and Mexican agreements.
var namedChapters = map[string]bool{
	"disposiciones adicionales": true, "disposiciones transitorias": true, "disposiciones finales": true,
	"disposicion final": true, "disposiciones derogatorias": true, "transitorios": true,
	"clausulas transitorias": true, "articulos transitorios": true,
}

// recognizeNamed accepts PREAMBLE, DEFINITIONS and the like when they fill
// a line in capitals or a Markdown heading.
func recognizeNamed(s string, words []string, md int) *cand {
	if len(words) > 3 || !(md > 0 || isUpperWord(s)) {
		return nil
	}
	t := fold(strings.Trim(collapseSpaces(s), " .:"))
	if namedChapters[t] {
		return &cand{fam: famNamedChapter, kind: KindChapter, level: levelChapter, heading: cleanHeading(strings.Trim(s, " .:")), strong: true}
	}
	if !namedArticles[t] {
		return nil
	}
	return &cand{fam: famNamed, kind: KindArticle, level: levelArticle, heading: cleanHeading(strings.Trim(s, " .:")), strong: true}
}

// skipNumberSign skips "No.", "Nº", "N°", "Núm." and "#" before a number.
func skipNumberSign(r string) string {
	t := strings.TrimLeft(r, " ")
	for _, p := range []string{"No. ", "NO. ", "No.", "NO.", "Nº", "N°", "Nº.", "Núm.", "NÚM.", "Num.", "#"} {
		if strings.HasPrefix(t, p) {
			return t[len(p):]
		}
	}
	return r
}

// readNumber reads the number after a keyword. It allows no space before
// digits ("ARTICLE17", as OCR leaves it) and reads arabic, roman, Spanish
// ordinal and English cardinal numbers, and for appendices a letter or code.
func readNumber(r string, fam family) (num string, key numKey, rest string, ok bool) {
	t := strings.TrimLeft(r, " ")
	if t == "" || (t == r && !(t[0] >= '0' && t[0] <= '9')) {
		return "", nil, r, false
	}
	end := 0
	for end < len(t) {
		c := t[end]
		if c == ' ' || c == ':' || c == ',' || c == ')' || c == '(' || c == 0xE2 || c == '=' || c == '~' || c == '/' {
			break
		}
		if c == '-' && end+1 < len(t) && (t[end+1] == '-' || t[end+1] == ' ') {
			break
		}
		end++
	}
	tok := t[:end]
	// "12.-" and "12." end with separators that belong to what follows.
	core := strings.TrimRight(tok, ".-")
	if core == "" {
		return "", nil, r, false
	}
	after := t[len(core):]
	if k, s, ok := parseDigits(core); ok {
		num, key = s, k
		if fam == famAppendix && len(k) > 3 {
			key = nil
		}
		after, key, num = readBis(after, key, num)
		return num, key, after, true
	}
	if v, ok := parseRoman(core); ok && (fam != famAppendix || len(core) > 1 || core == "I") {
		after, key, num := readBis(after, numKey{v}, core)
		return num, key, after, true
	}
	// Word numbers: "Twenty-One" as one token, then Spanish ordinals and
	// English cardinals of one or two words.
	if strings.Contains(core, "-") && startsUpper(core) {
		if v, _ := parseEnglishNumber([]string{strings.ToLower(core)}); v > 0 {
			return core, numKey{v}, after, true
		}
	}
	words, ends := firstWords(t, 3)
	if len(words) > 0 {
		if v, n := parseSpanishOrdinal(words); v > 0 {
			after, key, num := readBis(t[ends[n-1]:], numKey{v}, t[:ends[n-1]])
			return num, key, after, true
		}
		if v, n := parseEnglishNumber(words); v > 0 && startsUpper(t[:ends[n-1]]) {
			num := t[:ends[n-1]]
			return num, numKey{v}, t[ends[n-1]:], true
		}
	}
	if fam == famAppendix && len(core) <= 6 && isAppendixCode(core) {
		return core, nil, after, true
	}
	return "", nil, r, false
}

// readBis reads "bis", "ter" after a number (Spanish and Mexican
// agreements insert clauses that way).
func readBis(after string, key numKey, num string) (string, numKey, string) {
	t := strings.TrimLeft(after, " -")
	for i, w := range []string{"bis", "ter", "quater"} {
		if len(t) >= len(w) && strings.EqualFold(t[:len(w)], w) && (len(t) == len(w) || !unicode.IsLetter(rune(t[len(w)]))) {
			return t[len(w):], append(append(numKey{}, key...), i+2), num + " " + t[:len(w)]
		}
	}
	return after, key, num
}

// isAppendixCode accepts "A", "B-1", "C2": upper-case letters and digits.
func isAppendixCode(s string) bool {
	letters := 0
	for _, r := range s {
		switch {
		case r >= 'A' && r <= 'Z':
			letters++
		case r >= '0' && r <= '9', r == '-', r == '.':
		default:
			return false
		}
	}
	return letters >= 1 && letters <= 2
}

// skipSeparator skips what stands between a number and a heading: ".",
// ".-", ":", " – ", "--", "=" or "~" (OCR reads dashes as those), and
// reports whether there was one.
func skipSeparator(r string) (string, bool) {
	i, sep := 0, false
	for i < len(r) {
		c, size := utf8.DecodeRuneInString(r[i:])
		switch c {
		case ' ':
		case '.', ':', '-', '–', '—', '=', '~', ',', ')', '|', '_', '−', '―':
			sep = true
		default:
			return r[i:], sep
		}
		i += size
	}
	return "", sep
}
