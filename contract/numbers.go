package contract

import (
	"strconv"
	"strings"
)

// A number key orders unit numbers: "12" < "12.3" < "12.10" < "13", and
// "XII", "DÉCIMA SEGUNDA" and "twelve" all read as 12. Letter suffixes
// ("26.2C", "10-A") and "bis" add a last component.
type numKey []int

func (a numKey) less(b numKey) bool {
	for i := 0; i < len(a) && i < len(b); i++ {
		if a[i] != b[i] {
			return a[i] < b[i]
		}
	}
	return len(a) < len(b)
}

func (a numKey) equal(b numKey) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// successor reports whether b comes right after a: 12 → 13, 12.3 → 12.4,
// 12.3 → 13, 12 → 12.1.
func (a numKey) successor(b numKey) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	if len(b) == len(a)+1 && a.equal(b[:len(a)]) && b[len(a)] <= 1 {
		return true
	}
	for n := len(b); n >= 1; n-- {
		if n > len(a) {
			continue
		}
		if b[n-1] == a[n-1]+1 && numKey(a[:n-1]).equal(b[:n-1]) {
			return true
		}
	}
	return false
}

// hasPrefix reports whether a starts with all of p (and is longer).
func (a numKey) hasPrefix(p numKey) bool {
	return len(a) > len(p) && p.equal(a[:len(p)])
}

func (a numKey) String() string {
	parts := make([]string, len(a))
	for i, v := range a {
		parts[i] = strconv.Itoa(v)
	}
	return strings.Join(parts, ".")
}

var romanValues = map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}

// parseRoman reads an upper- or lower-case roman numeral in canonical form
// (so that "IIII" or "IC" are not taken for numbers).
func parseRoman(s string) (int, bool) {
	if s == "" || len(s) > 12 {
		return 0, false
	}
	u := strings.ToUpper(s)
	if u != s && strings.ToLower(s) != s {
		return 0, false // mixed case is a word, not a numeral
	}
	total := 0
	for i := 0; i < len(u); i++ {
		v, ok := romanValues[u[i]]
		if !ok {
			return 0, false
		}
		if i+1 < len(u) && v < romanValues[u[i+1]] {
			total -= v
		} else {
			total += v
		}
	}
	if total <= 0 || total >= 4000 || toRoman(total) != u {
		return 0, false
	}
	return total, true
}

func toRoman(n int) string {
	if n <= 0 || n >= 4000 {
		return strconv.Itoa(n)
	}
	vals := []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	syms := []string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}
	var b strings.Builder
	for i, v := range vals {
		for n >= v {
			b.WriteString(syms[i])
			n -= v
		}
	}
	return b.String()
}

// Spanish ordinals, folded (no accents, lower case), by stem: "primer"
// covers primero, primera and primer.
var esUnits = []struct {
	stem string
	v    int
}{
	{"primer", 1}, {"segund", 2}, {"tercer", 3}, {"cuart", 4}, {"quint", 5},
	{"sext", 6}, {"septim", 7}, {"setim", 7}, {"octav", 8}, {"noven", 9},
	{"unic", 1},
}

var esTens = []struct {
	stem string
	v    int
}{
	{"undecim", 11}, {"duodecim", 12}, {"decim", 10}, {"vigesim", 20}, {"trigesim", 30},
	{"cuadragesim", 40}, {"quincuagesim", 50}, {"sexagesim", 60},
	{"septuagesim", 70}, {"octogesim", 80}, {"nonagesim", 90}, {"centesim", 100},
}

// ordinalSuffix reports whether s is what follows an ordinal stem: o, a,
// os, as or nothing (primer).
func ordinalSuffix(s string) bool {
	return s == "" || s == "o" || s == "a" || s == "os" || s == "as"
}

// parseSpanishOrdinal reads one or two folded words: "decima", "decima
// primera", "decimoprimera", "vigesimo quinto", "undecimo".
func parseSpanishOrdinal(words []string) (v, used int) {
	if len(words) == 0 {
		return 0, 0
	}
	w := words[0]
	for _, t := range esTens {
		rest, ok := strings.CutPrefix(w, t.stem)
		if !ok {
			continue
		}
		if len(rest) > 0 && (rest[0] == 'o' || rest[0] == 'a') && len(rest) > 2 {
			// decimoprimera, vigesimosegundo
			if u := unitOrdinal(rest[1:]); u > 0 && t.v%10 == 0 {
				return t.v + u, 1
			}
		}
		if !ordinalSuffix(rest) {
			return 0, 0
		}
		if t.v%10 == 0 && t.v < 100 && len(words) > 1 {
			if u := unitOrdinal(words[1]); u > 0 {
				return t.v + u, 2
			}
		}
		return t.v, 1
	}
	if u := unitOrdinal(w); u > 0 {
		return u, 1
	}
	return 0, 0
}

func unitOrdinal(w string) int {
	w = strings.TrimLeft(w, "-")
	for _, u := range esUnits {
		if rest, ok := strings.CutPrefix(w, u.stem); ok && (ordinalSuffix(rest) || (u.stem == "tercer" && rest == "")) {
			return u.v
		}
	}
	return 0
}

var enNumbers = map[string]int{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
	"fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
	"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
	"eighty": 80, "ninety": 90,
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5,
}

// parseEnglishNumber reads "twelve", "twenty-one" or "twenty one".
func parseEnglishNumber(words []string) (v, used int) {
	if len(words) == 0 {
		return 0, 0
	}
	w := words[0]
	if a, b, ok := strings.Cut(w, "-"); ok {
		t, u := enNumbers[a], enNumbers[b]
		if t >= 20 && t%10 == 0 && u > 0 && u < 10 {
			return t + u, 1
		}
		return 0, 0
	}
	v, ok := enNumbers[w]
	if !ok {
		return 0, 0
	}
	if v >= 20 && len(words) > 1 {
		if u := enNumbers[words[1]]; u > 0 && u < 10 {
			return v + u, 2
		}
	}
	return v, 1
}

// ocrDigits puts right the letters OCR reads for 1 and 0.
var ocrDigits = strings.NewReplacer("l", "1", "I", "1", "|", "1", "O", "0", "o", "0")

// parseDigits reads an arabic number with dots and a letter suffix:
// "12", "12.3.1", "26.2C", "10-A", "5º", "1.ª". OCR often reads 1 as l or I
// and 0 as O; inside a token that has digits those are put right.
func parseDigits(tok string) (numKey, string, bool) {
	s := strings.TrimRight(tok, ".")
	s = strings.TrimSuffix(strings.TrimSuffix(s, "º"), "ª")
	s = strings.TrimSuffix(strings.TrimSuffix(s, "°"), ".")
	if s == "" {
		return nil, "", false
	}
	hasDigit := false
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			hasDigit = true
			break
		}
	}
	if !hasDigit || len(s) > 24 {
		return nil, "", false
	}
	if len(s) <= 4 {
		s = ocrDigits.Replace(s)
	}
	// "1a." and "2o." are Spanish ordinals (primera, segundo), not 1-A.
	if n := len(s); n >= 2 && (s[n-1] == 'a' || s[n-1] == 'o') && isDigit(s[n-2]) {
		s = s[:n-1]
	}
	var key numKey
	cur, inNum := 0, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			if cur > 1e6 {
				return nil, "", false
			}
			cur = cur*10 + int(c-'0')
			inNum = true
		case c == '.' || c == '-':
			if inNum {
				key = append(key, cur)
			}
			cur, inNum = 0, false
		case (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'):
			if inNum {
				key = append(key, cur)
				cur, inNum = 0, false
			}
			if len(key) == 0 {
				return nil, "", false // "A12" is a code, not a number
			}
			key = append(key, int(c|0x20-'a')+1)
		default:
			return nil, "", false
		}
	}
	if inNum {
		key = append(key, cur)
	}
	if len(key) == 0 || len(key) > 6 {
		return nil, "", false
	}
	return key, s, true
}
