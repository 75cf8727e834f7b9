package ical

import (
	"bytes"
	"strings"
	"unicode/utf8"
)

// maxLineOctets is RFC 5545's limit on a content line, CRLF excluded.
const maxLineOctets = 75

// writeLine writes one content line, folded so that no physical line passes
// 75 octets. A fold never falls inside a UTF-8 sequence: parsers that decode
// each physical line on its own would otherwise turn "é" into two U+FFFD.
func writeLine(b *bytes.Buffer, line string) {
	limit := maxLineOctets
	for len(line) > limit {
		cut := limit
		for cut > 0 && !utf8.RuneStart(line[cut]) {
			cut--
		}
		b.WriteString(line[:cut])
		b.WriteString("\r\n ")
		line = line[cut:]
		// The leading space of a continuation counts towards its 75.
		limit = maxLineOctets - 1
	}
	b.WriteString(line)
	b.WriteString("\r\n")
}

// escapeText escapes a TEXT value (RFC 5545 3.3.11). s must have been through
// cleanText, so the only line end left in it is "\n".
func escapeText(s string) string {
	if !strings.ContainsAny(s, "\\;,\n") {
		return s
	}
	var sb strings.Builder
	sb.Grow(len(s) + 8)
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '\\', ';', ',':
			sb.WriteByte('\\')
			sb.WriteByte(c)
		case '\n':
			sb.WriteString(`\n`)
		default:
			sb.WriteByte(c)
		}
	}
	return sb.String()
}

// cleanText makes caller text fit a TEXT value: valid UTF-8, "\n" for every
// line end, and no control characters but tab, which RFC 5545 forbids and
// which would let a description break out of its line.
func cleanText(s string) string {
	if isClean(s) {
		return s
	}
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	return strings.Map(func(r rune) rune {
		if r == '\n' || r == '\t' {
			return r
		}
		if r < 0x20 || r == 0x7f {
			return -1
		}
		return r
	}, s)
}

func isClean(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; (c < 0x20 && c != '\n' && c != '\t') || c == 0x7f {
			return false
		}
	}
	return utf8.ValidString(s)
}
