package frente

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Fold turns s into the key that name search and sorting use: lower case,
// accents removed, spaces collapsed. "Sección 65 (Cananea)" and
// "seccion 65 (cananea)" fold alike, in every store the same way.
func Fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		switch r {
		case 'ß':
			b.WriteString("ss")
		case 'ø', 'Ø':
			b.WriteByte('o')
		case 'æ', 'Æ':
			b.WriteString("ae")
		case 'đ', 'Đ':
			b.WriteByte('d')
		case 'ł', 'Ł':
			b.WriteByte('l')
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}
