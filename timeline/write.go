package timeline

import (
	"math"
	"strconv"
	"unicode/utf8"
)

// writer appends SVG to a byte slice; fmt is avoided because a chart of a
// thousand disputes writes tens of thousands of numbers.
type writer struct{ b []byte }

func (w *writer) s(s string) { w.b = append(w.b, s...) }

// num writes v with at most one decimal: a tenth of a pixel is finer than
// any screen or printer needs, and keeps the output small.
func (w *writer) num(v float64) {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		v = 0
	}
	t := int64(math.Round(v * 10))
	if t < 0 {
		w.b = append(w.b, '-')
		t = -t
	}
	w.b = strconv.AppendInt(w.b, t/10, 10)
	if d := t % 10; d != 0 {
		w.b = append(w.b, '.', byte('0'+d))
	}
}

// numAttr writes ` name="v"`.
func (w *writer) numAttr(name string, v float64) {
	w.b = append(w.b, ' ')
	w.b = append(w.b, name...)
	w.b = append(w.b, '=', '"')
	w.num(v)
	w.b = append(w.b, '"')
}

// text writes s escaped for both text and attribute values. Bytes that
// XML 1.0 cannot hold (control characters, invalid UTF-8) become U+FFFD:
// an XML parser would otherwise refuse the whole chart.
func (w *writer) text(s string) {
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c < utf8.RuneSelf && c != '&' && c != '<' && c != '>' && c != '"' && c != '\'' {
			w.b = append(w.b, c)
			i++
			continue
		}
		r, size := rune(c), 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		switch {
		case r == '&':
			w.s("&amp;")
		case r == '<':
			w.s("&lt;")
		case r == '>':
			w.s("&gt;")
		case r == '"':
			w.s("&quot;")
		case r == '\'':
			w.s("&apos;")
		case r == '\t':
			w.s("&#9;")
		case r == '\n':
			w.s("&#10;")
		case r == '\r':
			w.s("&#13;")
		case !xmlChar(r) || (r == utf8.RuneError && size == 1):
			w.s("\uFFFD")
		default:
			w.b = append(w.b, s[i:i+size]...)
		}
		i += size
	}
}

// xmlChar reports whether r may appear in an XML 1.0 document.
func xmlChar(r rune) bool {
	return r == 0x09 || r == 0x0A || r == 0x0D ||
		r >= 0x20 && r <= 0xD7FF ||
		r >= 0xE000 && r <= 0xFFFD ||
		r >= 0x10000 && r <= 0x10FFFF
}
