package contract

import (
	"path/filepath"
	"regexp"
	"strings"
	"time"
)

// detectLanguage counts words that only English or only Spanish uses
// often. Agreements are long, so a sample decides.
func detectLanguage(text string) string {
	if len(text) > 24<<10 {
		text = text[:24<<10]
	}
	var buf [16]byte
	en, es := 0, 0
	start := -1
	for i := 0; i <= len(text); i++ {
		letter := i < len(text) && (text[i] >= 'a' && text[i] <= 'z' || text[i] >= 'A' && text[i] <= 'Z' || text[i] >= 0x80)
		if letter {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			w := text[start:i]
			if len(w) <= 12 {
				switch string(foldKey(buf[:0], w)) {
				case "the", "and", "shall", "of", "to", "employee", "employees", "will", "be", "with", "which", "agreement", "any":
					en++
				case "de", "la", "el", "los", "las", "y", "del", "que", "por", "se", "para", "con", "una", "trabajadores", "sera":
					es++
				}
			}
			start = -1
		}
	}
	if es > en {
		return "es"
	}
	return "en"
}

var titleWords = []string{
	"collective bargaining agreement", "labor agreement", "labour agreement", "working agreement",
	"master agreement", "agreement between", "memorandum of understanding", "letter of agreement",
	"convenio colectivo", "contrato colectivo", "contrato ley", "acuerdo", "agreement", "convenio",
}

// findTitle picks the document's title: the metadata's, the first
// Markdown heading, or the line of the opening page that names the
// agreement, or else the file name.
func findTitle(src *source, lines []line, firstUnitLine int, name string) string {
	for _, t := range []string{src.fm.Title, src.title} {
		if t = collapseSpaces(strings.TrimSpace(t)); t != "" {
			return t
		}
	}
	limit := firstUnitLine
	if limit < 0 || limit > len(lines) {
		limit = len(lines)
	}
	if limit > 400 {
		limit = 400
	}
	for i := 0; i < limit; i++ {
		if l := lines[i]; l.md == 1 && !l.drop && recognize(l.text, 0) == nil {
			return cleanHeading(l.text)
		}
	}
	// The line that names the agreement: in capitals first, then any that
	// is not a sentence.
	for pass := 0; pass < 2; pass++ {
		for _, w := range titleWords {
			for i := 0; i < limit; i++ {
				l := lines[i]
				if l.drop || l.text == "" || len(l.text) > 200 || (pass == 0 && !isUpperWord(l.text)) || isProse(l.text) {
					continue
				}
				if strings.Contains(fold(l.text), w) {
					return blockFrom(lines, i, limit)
				}
			}
		}
	}
	for i := 0; i < limit; i++ {
		if !lines[i].drop && lines[i].text != "" {
			return blockFrom(lines, i, limit)
		}
	}
	return strings.TrimSuffix(filepath.Base(name), filepath.Ext(name))
}

// blockFrom joins the lines of the block that starts at i, up to about 160
// characters: title pages set one title over several short lines.
func blockFrom(lines []line, i, limit int) string {
	var parts []string
	n := 0
	for j := i; j < limit && n < 160; j++ {
		l := lines[j]
		if l.drop {
			continue
		}
		if l.text == "" {
			if len(parts) > 0 {
				break
			}
			continue
		}
		t := collapseSpaces(l.text)
		parts = append(parts, t)
		n += len(t)
	}
	t := strings.Join(parts, " ")
	if r := []rune(t); len(r) > 200 {
		t = string(r[:200])
	}
	return t
}

var (
	enMonths = "january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec"
	esMonths = "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre"
	enDate   = `(?:` + enMonths + `)\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}`
	esDate   = `\d{1,2}(?:º|°)?\s+de\s+(?:` + esMonths + `)\s+(?:de|del)\s+\d{4}`
	anyDate  = `(?:` + enDate + `|` + esDate + `)`
	// "July 1, 2022 – June 30, 2027", "from ... through ...", "del 1 de
	// enero de 2013 al 31 de diciembre de 2015".
	dateRange = regexp.MustCompile(`(?i)(` + anyDate + `)\s*(?:,\s*)?(?:-|–|—|through|thru|to|until|and ending|ending|al|hasta el|hasta|y el|a)\s+(?:el\s+)?(?:(?:día|dia)\s+)?(` + anyDate + `)`)
	effOnly   = regexp.MustCompile(`(?i)(?:effective|entrará en vigor|entrara en vigor|en vigor)[^.]{0,80}?(` + anyDate + `)`)
	expOnly   = regexp.MustCompile(`(?i)(?:expire[sd]?|expiration|until|through|hasta el|hasta|vencimiento)[^.]{0,40}?(` + anyDate + `)`)
	// Words between "effective" and a date that make it the end of the term.
	stopsEffective = regexp.MustCompile(`(?i)\b(?:through|thru|until|expire[sd]?|to|hasta|vence)\b`)
	enDateRe       = regexp.MustCompile(`(?i)(` + enMonths + `)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})`)
	esDateRe       = regexp.MustCompile(`(?i)(\d{1,2})(?:º|°)?\s+de\s+(` + esMonths + `)\s+(?:de|del)\s+(\d{4})`)
)

var monthNum = map[string]int{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
	"may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
	"sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
	"enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
	"septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
}

// isoDate turns a written date into YYYY-MM-DD, or "" if it is not one.
func isoDate(s string) string {
	s = strings.TrimSpace(s)
	if t, err := time.Parse("2006-01-02", s); err == nil {
		return t.Format("2006-01-02")
	}
	var y, m, d string
	if g := enDateRe.FindStringSubmatch(s); g != nil {
		m, d, y = g[1], g[2], g[3]
	} else if g := esDateRe.FindStringSubmatch(s); g != nil {
		d, m, y = g[1], g[2], g[3]
	} else {
		return ""
	}
	mm := monthNum[strings.ToLower(m)]
	if len(d) == 1 {
		d = "0" + d
	}
	t, err := time.Parse("2006-1-02", y+"-"+itoa(mm)+"-"+d)
	if err != nil {
		return ""
	}
	return t.Format("2006-01-02")
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return string(rune('0'+n/10)) + string(rune('0'+n%10))
}

// yearWindows cuts from s the stretches around four-digit years, where
// dates can be: the date expressions are costly to run over whole texts.
func yearWindows(s string) []string {
	var out []string
	last := -1
	for i := 0; i+4 <= len(s); i++ {
		if (s[i] == '1' && s[i+1] == '9' || s[i] == '2' && s[i+1] == '0') && isDigit(s[i+2]) && isDigit(s[i+3]) &&
			(i == 0 || !isDigit(s[i-1])) && (i+4 == len(s) || !isDigit(s[i+4])) {
			from, to := i-80, i+120
			if from < 0 {
				from = 0
			}
			if to > len(s) {
				to = len(s)
			}
			if from <= last && len(out) > 0 {
				// Overlaps the previous window: extend it.
				prevFrom := last - len(out[len(out)-1])
				out[len(out)-1] = s[prevFrom:to]
			} else {
				out = append(out, s[from:to])
			}
			last = to
			i += 3
		}
	}
	return out
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// findDates reads the term from the opening text and the duration
// clauses, only where it is stated plainly.
func findDates(whole []string) (eff, exp string) {
	var texts []string
	for _, t := range whole {
		texts = append(texts, yearWindows(t)...)
	}
	for _, t := range texts {
		if g := dateRange.FindStringSubmatch(t); g != nil {
			a, b := isoDate(g[1]), isoDate(g[2])
			if a != "" && b != "" && a < b {
				return a, b
			}
		}
	}
	for _, t := range texts {
		if eff == "" {
			if g := effOnly.FindStringSubmatch(t); g != nil && !stopsEffective.MatchString(g[0]) {
				eff = isoDate(g[1])
			}
		}
		if exp == "" {
			if g := expOnly.FindStringSubmatch(t); g != nil {
				exp = isoDate(g[1])
			}
		}
	}
	if eff != "" && exp != "" && exp <= eff {
		exp = ""
	}
	return eff, exp
}
