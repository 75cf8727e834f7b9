package contract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// foldRune lower-cases r and strips the accents of Latin letters, so that
// "CLÁUSULA", "Cláusula" and "clausula" compare alike.
func foldRune(r rune) rune {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			return r + 32
		}
		return r
	}
	switch r {
	case 'á', 'Á', 'à', 'À', 'â', 'Â', 'ä', 'Ä', 'ã', 'Ã':
		return 'a'
	case 'é', 'É', 'è', 'È', 'ê', 'Ê', 'ë', 'Ë':
		return 'e'
	case 'í', 'Í', 'ì', 'Ì', 'î', 'Î', 'ï', 'Ï':
		return 'i'
	case 'ó', 'Ó', 'ò', 'Ò', 'ô', 'Ô', 'ö', 'Ö', 'õ', 'Õ':
		return 'o'
	case 'ú', 'Ú', 'ù', 'Ù', 'û', 'Û', 'ü', 'Ü':
		return 'u'
	case 'ñ', 'Ñ':
		return 'n'
	case 'ç', 'Ç':
		return 'c'
	}
	return unicode.ToLower(r)
}

// fold returns s folded rune by rune.
func fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	return strings.Map(foldRune, s)
}

// isUpperWord reports whether w has letters and all of them upper case.
func isUpperWord(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters > 0
}

// startsUpper reports whether the first letter of s is upper case.
func startsUpper(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return unicode.IsUpper(r)
		}
		if unicode.IsDigit(r) {
			return false
		}
	}
	return false
}

// startsLower reports whether s begins with a lower-case letter.
func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// collapseSpaces turns every run of white space into one space.
func collapseSpaces(s string) string {
	if !strings.Contains(s, "  ") && !strings.ContainsAny(s, "\t\n") {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// unspaceLetters undoes letter-spacing ("Í N D I C E", "A R T I C L E 5")
// at the start of a line, which typesetters use for display headings.
func unspaceLetters(s string) string {
	n, i := 0, 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) {
			break
		}
		j := i + size
		if j < len(s) && s[j] != ' ' {
			return s // a word of two or more letters: not spaced out
		}
		n++
		i = j
		for i < len(s) && s[i] == ' ' {
			i++
			if i < len(s) && s[i] == ' ' {
				break
			}
		}
	}
	if n < 4 {
		return s
	}
	var b strings.Builder
	for _, r := range s[:i] {
		if r != ' ' {
			b.WriteRune(r)
		}
	}
	rest := strings.TrimLeft(s[i:], " ")
	if rest != "" {
		b.WriteByte(' ')
		b.WriteString(rest)
	}
	return b.String()
}
