package contract

import (
	"strings"
	"unicode/utf8"
)

// This file judges whether a piece of a line reads as a heading, and
// separates a heading from the text that follows it on the same line.

// modal words betray a sentence, not a heading.
var sentenceWords = map[string]bool{
	"shall": true, "will": true, "may": true, "must": true, "is": true, "are": true,
	"was": true, "were": true, "be": true, "has": true, "have": true, "should": true,
	"can": true, "agree": true, "agrees": true, "does": true, "do": true,
	"sera": true, "seran": true, "podra": true, "podran": true, "debera": true,
	"deberan": true, "tendra": true, "tendran": true, "es": true, "son": true,
	"se": true, "estara": true, "estaran": true, "queda": true, "quedan": true,
}

var smallWords = map[string]bool{
	"a": true, "an": true, "the": true, "of": true, "and": true, "or": true, "for": true,
	"to": true, "in": true, "on": true, "at": true, "by": true, "with": true, "from": true,
	"de": true, "la": true, "el": true, "los": true, "las": true, "del": true, "y": true,
	"e": true, "o": true, "u": true, "en": true, "por": true, "para": true, "con": true,
	"al": true, "sin": true, "sobre": true, "vs": true, "per": true, "as": true, "its": true,
	"their": true, "into": true, "under": true, "upon": true, "que": true,
}

func hasSentenceWord(s string) bool {
	for _, w := range strings.Fields(s) {
		if sentenceWords[fold(strings.Trim(w, ".,;:()\"“”'’"))] {
			return true
		}
	}
	return false
}

// determiners open sentences, seldom headings.
var determiners = map[string]bool{
	"the": true, "this": true, "these": true, "each": true, "any": true, "all": true, "no": true,
	"an": true, "every": true, "la": true, "el": true, "los": true, "las": true, "un": true,
	"una": true, "este": true, "esta": true, "todo": true, "toda": true, "todos": true, "cada": true,
	"en": true, "if": true, "when": true, "si": true, "cuando": true,
	"it": true, "they": true, "we": true, "he": true, "she": true, "there": true, "such": true,
	"employees": true, "el/la": true,
}

// looksLikeHeading judges a short phrase: few words, no verb of obligation,
// and in capitals, title case, or (Spanish habit) a short sentence case.
func looksLikeHeading(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 120 {
		return false
	}
	if !startsUpper(s) && s[0] != '(' {
		return false
	}
	if c := s[len(s)-1]; c == ',' || c == ';' {
		return false
	}
	var buf [48]byte
	words, caps, title, letters := 0, 0, 0, 0
	var firstBuf, lastBuf [48]byte
	first, last := firstBuf[:0], lastBuf[:0]
	for i := 0; i < len(s); {
		for i < len(s) && s[i] == ' ' {
			i++
		}
		j := i
		for j < len(s) && s[j] != ' ' {
			j++
		}
		if i == j {
			break
		}
		w := s[i:j]
		i = j
		words++
		if words > 14 {
			return false
		}
		fw := foldKey(buf[:0], strings.Trim(w, ".,;:()\"“”'’"))
		if sentenceWords[string(fw)] {
			return false
		}
		if words == 1 {
			first = append(first[:0], fw...)
		}
		last = append(last[:0], fw...)
		if len(fw) == 0 || !(fw[0] >= 'a' && fw[0] <= 'z') {
			continue
		}
		letters++
		if isUpperWord(w) {
			caps++
		}
		if startsUpper(w) || smallWords[string(fw)] {
			title++
		}
	}
	if len(last) == 0 {
		return false
	}
	if smallWords[string(last)] && words > 1 && string(last) != "a" {
		return false // a heading does not end on "the" or "de"
	}
	if words >= 4 && determiners[string(first)] && caps*10 < letters*8 {
		return false // "La Empresa reconoce al Sindicato": a sentence
	}
	switch {
	case letters == 0:
		return false
	case caps*10 >= letters*8:
		return true
	case title == letters:
		return true
	}
	// Sentence case: "Jornada de trabajo", "Ámbito funcional".
	return words <= 7
}

// foldKey appends w folded (lower case, no accents) to dst, for map
// lookups that allocate nothing.
func foldKey(dst []byte, w string) []byte {
	for _, r := range w {
		f := foldRune(r)
		if f < utf8.RuneSelf {
			dst = append(dst, byte(f))
		} else {
			dst = utf8.AppendRune(dst, f)
		}
	}
	return dst
}

// headingSeps end a heading that runs on into text on the same line.
var headingSeps = []string{".- ", ". ", ".— ", ".– ", ": ", " – ", " - ", " — "}

// splitHeading separates a heading from the body text that may follow it
// on the same line: "SENIORITY. Employees..." or "Jornada de trabajo. La
// jornada será...". A line that reads as a sentence gives no heading.
func splitHeading(r string) (heading, rest string) {
	r = strings.TrimSpace(r)
	if r == "" {
		return "", ""
	}
	// Capitals first: the longest prefix of upper-case words.
	capsWords, capsEnd, firstLen := 0, 0, 0
	for i := 0; i < len(r); {
		for i < len(r) && r[i] == ' ' {
			i++
		}
		j := i
		for j < len(r) && r[j] != ' ' {
			j++
		}
		if i == j {
			break
		}
		w := r[i:j]
		if isUpperWord(w) {
			capsWords++
			capsEnd = j
			if capsWords == 1 {
				firstLen = utf8.RuneCountInString(w)
			}
		} else if !isConnector(w) {
			break
		}
		i = j
	}
	if capsWords > 0 && (capsWords >= 2 || firstLen > 2) {
		if capsEnd == len(r) {
			return cleanHeading(r), ""
		}
		next := strings.TrimLeft(r[capsEnd:], " ")
		// Keep the split only where the heading visibly ends.
		if strings.ContainsAny(r[capsEnd-1:capsEnd], ".:-") || strings.HasSuffix(r[:capsEnd], "–") || strings.HasSuffix(r[:capsEnd], "—") || startsUpper(next) {
			return cleanHeading(r[:capsEnd]), strings.TrimLeft(next, " .:-–—")
		}
	}
	// A heading that ends with a full stop, then the text.
	head := r
	if len(head) > 120 {
		head = head[:120]
	}
	at, sepLen := -1, 0
	for _, sep := range headingSeps {
		if i := strings.Index(head, sep); i > 0 && (at < 0 || i < at) {
			at, sepLen = i, len(sep)
		}
	}
	if at > 0 && at <= 110 {
		h := r[:at]
		if looksLikeHeading(h) && !endsWithAbbrev(h) {
			return cleanHeading(h), strings.TrimSpace(r[at+sepLen:])
		}
	}
	if len(r) > 160 {
		return "", r
	}
	if looksLikeHeading(r) {
		return cleanHeading(r), ""
	}
	// A whole line ending in a full stop without a verb: a long Spanish
	// heading ("Licencias, permisos, reducciones de jornada y facilidades
	// para estudios.").
	if !strings.HasSuffix(r, ".") || strings.Contains(r, ". ") || !startsUpper(r) {
		return "", r
	}
	if ws := strings.Fields(r); len(ws) <= 14 && !hasSentenceWord(r) && !(len(ws) >= 3 && determiners[fold(ws[0])]) {
		return cleanHeading(r), ""
	}
	return "", r
}

func isConnector(w string) bool {
	switch w {
	case "&", "-", "–", "—", "/", "Y", "y", "de", "of", "and", "the", "del", "la", "el", "a":
		return true
	}
	return false
}

// endsWithAbbrev: "Art. 12" or "No. 5" must not end a heading at the dot.
func endsWithAbbrev(h string) bool {
	h = strings.TrimRight(h, " ")
	last := h[strings.LastIndexByte(h, ' ')+1:]
	if len(last) > 8 {
		return false
	}
	var buf [32]byte
	switch string(foldKey(buf[:0], last)) {
	case "art", "no", "num", "sec", "inc", "co", "mr", "ms", "dr", "sr", "sra", "st", "vs", "u.s", "e.g", "i.e", "apdo":
		return true
	}
	return false
}

// cleanHeading trims the punctuation around a heading and closes up the
// gaps that layout extraction leaves in it.
func cleanHeading(h string) string {
	h = collapseSpaces(strings.TrimSpace(h))
	h = strings.TrimRight(h, " .:;-–—=~_")
	h = strings.TrimLeft(h, " .:;-–—=~_")
	return h
}
