package contract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// dropFurniture marks the running headers, footers and page numbers that
// page layout puts between the agreement's words: lines that are only a
// page number, lines that end in "Page 3" or "10 of 99", and short lines
// that repeat on many pages with at most a changing page number
// ("2025 – 2027 Oregon Youth Authority   12   Collective Bargaining
// Agreement", "Boletín Oficial de la Junta de Andalucía").
func dropFurniture(lines []line) {
	for i := range lines {
		if lines[i].text != "" && isPageNumberLine(lines, i) {
			lines[i].drop = true
		}
	}
	type occ struct {
		idx  []int
		nums [][]int
		same bool
		text string
		key  string
	}
	// First count the shapes by hash, which allocates nothing; then look
	// closely only at the shapes that repeat.
	counts := map[uint64]int32{}
	hashes := make([]uint64, len(lines))
	var keyBuf []byte
	for i := range lines {
		l := &lines[i]
		if l.drop || l.text == "" || len(l.text) > 200 || l.md > 0 || startsLower(l.text) ||
			(len(l.text) > 80 && !l.gap && !hasDigit(l.text)) {
			continue // running headers are short and do not start mid-sentence
		}
		keyBuf, _ = furnitureKey(keyBuf[:0], l.text)
		if len(keyBuf) < 4 && string(keyBuf) != "#" {
			continue
		}
		h := fnv(keyBuf)
		hashes[i] = h
		counts[h]++
	}
	seen := map[uint64]*occ{}
	for i := range lines {
		h := hashes[i]
		if h == 0 || counts[h] < 3 {
			continue
		}
		l := &lines[i]
		var nums []int
		keyBuf, nums = furnitureKey(keyBuf[:0], l.text)
		o := seen[h]
		if o == nil {
			o = &occ{same: true, text: l.text, key: string(keyBuf)}
			seen[h] = o
		}
		o.idx = append(o.idx, i)
		o.nums = append(o.nums, nums)
		if l.text != o.text {
			o.same = false
		}
	}
	for _, o := range seen {
		key := o.key
		n := len(o.idx)
		if n < 3 {
			continue
		}
		if strings.ContainsAny(key, "$%") || strings.Contains(key, "#.#") || strings.Contains(key, "#,#") {
			continue // rows of pay tables repeat their shape, not their meaning
		}
		first := lines[o.idx[0]].text
		if recognize(first, 0) != nil || startsLikeSection(first) {
			continue // repeated headings are the structure stage's business
		}
		switch {
		case o.same && n >= 4 && !isProse(first) && (key != "#" || len(first) > 4):
		case !o.same && pageNumbersRise(o.nums):
		default:
			continue
		}
		for _, i := range o.idx {
			lines[i].drop = true
		}
	}
}

// furnitureKey folds a line to the shape a running header keeps from page
// to page: lower case, runs of spaces as one, numbers as "#". It returns
// the numbers too.
func furnitureKey(buf []byte, s string) ([]byte, []int) {
	var nums []int
	inNum, space := false, false
	cur := 0
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			if !inNum {
				buf = append(buf, '#')
				cur = 0
			}
			inNum = true
			if cur < 1e8 {
				cur = cur*10 + int(r-'0')
			}
			space = false
			continue
		case r == ' ':
			if !space {
				buf = append(buf, ' ')
			}
			space = true
		case r < utf8.RuneSelf:
			space = false
			if 'A' <= r && r <= 'Z' {
				r += 32
			}
			buf = append(buf, byte(r))
		default:
			space = false
			buf = utf8.AppendRune(buf, foldRune(r))
		}
		if inNum {
			nums = append(nums, cur)
			inNum = false
		}
	}
	if inNum {
		nums = append(nums, cur)
	}
	return buf, nums
}

// pageNumbersRise reports whether, at some position, the numbers of the
// repeats go up as pages do (mostly, allowing a stray), while the other
// positions stay put.
func pageNumbersRise(nums [][]int) bool {
	width := -1
	for _, n := range nums {
		if width < 0 || len(n) < width {
			width = len(n)
		}
	}
	if width <= 0 {
		return false
	}
	for p := 0; p < width; p++ {
		up, down, same := 0, 0, 0
		for i := 1; i < len(nums); i++ {
			switch a, b := nums[i-1][p], nums[i][p]; {
			case b > a:
				up++
			case b < a:
				down++
			default:
				same++
			}
		}
		if up > 0 && down*4 <= up && same <= up {
			return true
		}
	}
	return false
}

// isPageNumberLine recognizes lines that carry only a page number.
func isPageNumberLine(lines []line, i int) bool {
	t := lines[i].text
	// Fast exit: every form below ends in a digit, a roman numeral or a dash.
	switch c := t[len(t)-1]; {
	case c >= '0' && c <= '9', c == 'i', c == 'v', c == 'x', c == '-':
	default:
		if c < 0x80 {
			return false
		}
	}
	if len(t) > 24 && !lines[i].gap {
		return false
	}
	f := strings.Fields(strings.ToLower(t))
	if len(f) == 0 {
		return false
	}
	last := f[len(f)-1]
	switch {
	case len(f) == 1 && isSmallNumber(strings.Trim(t, "-–— ")):
		// A number alone: a page number when it stands apart.
		return blankAround(lines, i)
	case len(f) >= 2 && len(f) <= 3 && (f[0] == "-" || f[0] == "–" || f[0] == "—") && isSmallNumber(f[1]):
		return true
	case len(f) == 2 && isPageWord(f[0]) && isSmallNumber(last):
		return true
	case len(f) == 4 && isPageWord(f[0]) && isSmallNumber(f[1]) && (f[2] == "of" || f[2] == "de") && isSmallNumber(last):
		return true
	case len(f) == 3 && isSmallNumber(f[0]) && (f[1] == "of" || f[1] == "de") && isSmallNumber(last):
		return true
	case len(f) == 1 && isLowerRoman(t) && blankAround(lines, i):
		return true
	}
	// "RECOGNITION        10 of 99" and "... Page 12" at the end after a gap.
	if lines[i].gap && len(f) >= 3 {
		if (f[len(f)-2] == "of" || f[len(f)-2] == "de") && isSmallNumber(last) && isSmallNumber(f[len(f)-3]) {
			return true
		}
		if isPageWord(f[len(f)-2]) && isSmallNumber(last) {
			return true
		}
	}
	return false
}

func isPageWord(w string) bool {
	switch strings.TrimSuffix(w, ".") {
	case "page", "página", "pagina", "pág", "pag", "p":
		return true
	}
	return false
}

func isSmallNumber(s string) bool {
	if s == "" || len(s) > 4 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func isLowerRoman(s string) bool {
	if len(s) > 6 || strings.ToLower(s) != s {
		return false
	}
	_, ok := parseRoman(s)
	return ok
}

func blankAround(lines []line, i int) bool {
	prev := i == 0 || lines[i-1].text == "" || lines[i-1].drop || lines[i].page
	next := i+1 >= len(lines) || lines[i+1].text == "" || lines[i+1].page
	return prev || next
}

// isProse tells a sentence from a header: running headers are short and
// rarely end with a full stop after many words.
func isProse(s string) bool {
	ws := strings.Fields(s)
	if len(ws) < 8 {
		return false
	}
	lower := 0
	for _, w := range ws {
		r := []rune(w)[0]
		if unicode.IsLower(r) {
			lower++
		}
	}
	return lower*2 > len(ws)
}

// stripLineNumbers removes the line numbers that pleading-style documents
// print in the left margin (1, 2, 3... restarting on every page), which
// would otherwise hide every heading behind a number.
func stripLineNumbers(lines []line) {
	numbered, nonBlank, seq := 0, 0, 0
	prev := -1
	for i := range lines {
		t := lines[i].text
		if t == "" {
			continue
		}
		nonBlank++
		n, ok := marginNumber(t)
		if !ok {
			continue
		}
		numbered++
		if n == prev+1 || n == 1 {
			seq++
		}
		prev = n
	}
	if numbered < 20 || numbered*10 < nonBlank*4 || seq*10 < numbered*7 {
		return
	}
	for i := range lines {
		t := lines[i].text
		if _, ok := marginNumber(t); ok {
			j := 0
			for j < len(t) && isDigit(t[j]) {
				j++
			}
			lines[i].text = strings.TrimLeft(t[j:], " ")
			lines[i].gap = strings.Contains(lines[i].text, "   ")
		}
	}
}

// marginNumber reads a line number in the margin: one to three digits,
// then a wide gap or the end of the line.
func marginNumber(t string) (int, bool) {
	j, n := 0, 0
	for j < len(t) && j < 4 && isDigit(t[j]) {
		n = n*10 + int(t[j]-'0')
		j++
	}
	if j == 0 || j > 3 {
		return 0, false
	}
	if j == len(t) {
		return n, true
	}
	if j+1 < len(t) && t[j] == ' ' && t[j+1] == ' ' {
		return n, true
	}
	return 0, false
}

func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			return true
		}
	}
	return false
}

// fnv hashes b (FNV-1a); zero is kept for "no key".
func fnv(b []byte) uint64 {
	h := uint64(14695981039346656037)
	for _, c := range b {
		h ^= uint64(c)
		h *= 1099511628211
	}
	if h == 0 {
		h = 1
	}
	return h
}
