package contract

import (
	"strings"
	"unicode/utf8"
)

// Styles of numbering below the article.
const (
	styleKeyword = "kw"  // "Section 12.3", "Apartado 2", "§ 4"
	styleDecimal = "dec" // "12.3", "12.3.1"
)

// secCand is a line that may open a section or a clause inside an article.
type secCand struct {
	style   string // styleKeyword, styleDecimal, or an enumerator style like "(a" or "1."
	key     numKey
	num     string
	heading string
	rest    string
	label   string // the keyword as written: "Section", "Apartado"
	letter  bool   // for enumerators: the label reads as a letter
	roman   int    // for enumerators: the label's value read as a roman numeral
}

var sectionWords = map[string]bool{
	"section": true, "sec": true, "seccion": true, "apartado": true, "subsection": true,
	"clause": true, "paragraph": true, "inciso": true, "fraccion": true, "numeral": true,
}

// startsLikeSection lets the stages before the tree leave section and
// clause lines alone: they are never running headers or headings' names.
func startsLikeSection(s string) bool { return recognizeSection(s) != nil }

// recognizeSection reads "Section 12.3 – Heading", "12.3 Heading", "(a)",
// "a)", "1." and the like at the start of a line.
func recognizeSection(s string) *secCand {
	if s == "" {
		return nil
	}
	c := s[0]
	switch {
	case c == '(':
		return enumerator(s)
	case c >= '0' && c <= '9':
		if sc := decimalSection(s); sc != nil {
			return sc
		}
		return enumerator(s)
	case c == 0xC2 && strings.HasPrefix(s, "§"):
		sc := keywordSection(s, len("§"))
		if sc != nil {
			sc.label = "§"
		}
		return sc
	case (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= utf8.RuneSelf:
		switch c {
		case 'S', 'A', 'C', 'P', 'I', 'F', 'N':
		default:
			return enumerator(s) // no section word starts otherwise
		}
		end := firstWordEnd(s)
		var buf [24]byte
		if end > 0 && end <= len(buf) && sectionWords[string(foldKey(buf[:0], s[:end]))] {
			if !startsUpper(s) {
				return nil
			}
			if s[:end] == "Sec" || s[:end] == "SEC" {
				if !strings.HasPrefix(s[end:], ".") {
					return nil
				}
				end++
			}
			sc := keywordSection(s, end)
			if sc != nil {
				sc.label = strings.TrimSuffix(s[:end], ".")
			}
			return sc
		}
		return enumerator(s)
	}
	return nil
}

func keywordSection(s string, end int) *secCand {
	r := skipNumberSign(s[end:])
	if !strings.HasPrefix(r, " ") && !(len(r) > 0 && r[0] >= '0' && r[0] <= '9') {
		return nil
	}
	num, key, rest, ok := readNumber(r, famSection)
	if !ok || key == nil {
		return nil
	}
	rest, sep := skipSeparator(rest)
	sc := &secCand{style: styleKeyword, key: key, num: num}
	if rest == "" {
		return sc
	}
	if startsLower(rest) || (!sep && !startsUpper(rest) && !isHeadingPunct(rest)) {
		return nil // "Section 3 of Article 12" is a reference
	}
	sc.heading, sc.rest = splitHeading(rest)
	return sc
}

// decimalSection reads "12.3", "12.3.", "12.3.1" followed by a space or
// the end of the line.
func decimalSection(s string) *secCand {
	end := 0
	dots := 0
	for end < len(s) && (s[end] >= '0' && s[end] <= '9' || s[end] == '.') {
		if s[end] == '.' {
			dots++
		}
		end++
	}
	tok := strings.TrimRight(s[:end], ".")
	if strings.Count(tok, ".") == 0 || strings.Contains(tok, "..") {
		return nil
	}
	// A letter may follow: "12.3A".
	if end < len(s) && s[end] >= 'A' && s[end] <= 'Z' && (end+1 == len(s) || s[end+1] == ' ' || s[end+1] == '.') && s[end-1] != '.' {
		tok += s[end : end+1]
		end++
		if end < len(s) && s[end] == '.' {
			end++
		}
	}
	if end < len(s) && s[end] != ' ' && s[end] != ')' {
		return nil
	}
	key, num, ok := parseDigits(tok)
	if !ok || len(key) < 2 || key[0] > 999 {
		return nil
	}
	rest := strings.TrimLeft(s[end:], " )")
	sc := &secCand{style: styleDecimal, key: key, num: num}
	if rest == "" {
		return sc
	}
	if startsLower(rest) || strings.HasPrefix(rest, "%") {
		return nil // "12.50 per hour"
	}
	r, _ := utf8.DecodeRuneInString(rest)
	if r >= '0' && r <= '9' {
		return nil // a table row
	}
	sc.heading, sc.rest = splitHeading(rest)
	return sc
}

// enumerator reads "(a)", "(1)", "(iv)", "a)", "1)", "a.", "A.", "1." at
// the start of a line, followed by a space.
func enumerator(s string) *secCand {
	open := s[0] == '('
	i := 0
	if open {
		i = 1
	}
	j := i
	for j < len(s) && j-i < 6 && (s[j] >= '0' && s[j] <= '9' || s[j] >= 'a' && s[j] <= 'z' || s[j] >= 'A' && s[j] <= 'Z') {
		j++
	}
	if j == i || j >= len(s) {
		return nil
	}
	label := s[i:j]
	closer := s[j]
	if open && closer != ')' {
		return nil
	}
	if !open && closer != ')' && closer != '.' {
		return nil
	}
	if j+1 < len(s) && s[j+1] != ' ' {
		return nil
	}
	sc := &secCand{num: label}
	switch {
	case isSmallNumber(label):
		if len(label) > 3 {
			return nil
		}
		v := 0
		for k := 0; k < len(label); k++ {
			v = v*10 + int(label[k]-'0')
		}
		if v == 0 {
			return nil
		}
		sc.key = numKey{v}
		sc.style = enumStyle(open, closer, "1")
	case len(label) == 1 || isRomanLabel(label):
		lower := strings.ToLower(label)
		class := "a"
		if label != lower {
			class = "A"
		}
		if len(label) == 1 {
			sc.letter = true
			sc.key = numKey{int(lower[0]-'a') + 1}
		}
		if v, ok := parseRoman(label); ok {
			sc.roman = v
			if len(label) > 1 {
				sc.key = numKey{v}
			}
		}
		sc.style = enumStyle(open, closer, class)
	default:
		return nil
	}
	rest := strings.TrimSpace(s[j+1:])
	if !open && rest == "" && closer == '.' && sc.letter {
		return nil // "A." alone is an initial more often than a clause
	}
	sc.rest = rest
	// A clause has a heading only when a short phrase ends before its text:
	// "(a) Regular Hours. Employees...". Look before splitting.
	head := rest
	if len(head) > 70 {
		head = head[:70]
	}
	if strings.Contains(head, ". ") || strings.Contains(head, ": ") || (len(rest) > 3 && isUpperWord(rest[:3])) {
		if h, r := splitHeading(rest); h != "" && r != "" && (isUpperWord(h) || titleCase(h) || len(strings.Fields(h)) <= 4) && len(strings.Fields(h)) <= 8 {
			sc.heading, sc.rest = h, r
		}
	}
	return sc
}

func isRomanLabel(s string) bool {
	_, ok := parseRoman(s)
	return ok
}

func enumStyle(open bool, closer byte, class string) string {
	if open {
		return "(" + class
	}
	return class + string(closer)
}

// titleCase reports whether every significant word starts with a capital.
func titleCase(s string) bool {
	for _, w := range strings.Fields(s) {
		fw := fold(strings.Trim(w, ".,;:()"))
		if fw == "" || smallWords[fw] {
			continue
		}
		if !startsUpper(w) {
			return false
		}
	}
	return true
}
