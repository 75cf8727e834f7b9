package topic

import "unicode/utf8"

// This file turns text into folded words and their hashes, the only form
// in which the classifier reads text.

// token is one word of a text: where its folded letters are in the
// buffer, and the hashes the lookups need, computed while folding.
type token struct {
	start, end int32
	f3         int32  // first3 index, -1 for words of fewer than three letters
	h          uint64 // hash of the whole word
	h4         uint64 // hash of its first four letters, 0 if shorter
}

// tokenize writes the folded letters and digits of s into buf and returns
// its words. Everything else separates words, so "lie-detector" reads as
// "lie detector" and "employer's" as "employer s".
func tokenize(s string, buf []byte, toks []token) ([]byte, []token) {
	const offset, prime = 14695981039346656037, 1099511628211
	if cap(buf) < len(s) {
		buf = make([]byte, 0, len(s)+len(s)/8)
	}
	i := 0
	for i < len(s) {
		// Skip to the next letter or digit.
		f := asciiFold[s[i]]
		if f == 0 {
			i++
			continue
		}
		if f == multiByte {
			r, size := utf8.DecodeRuneInString(s[i:])
			i += size
			if f = foldLatin(r); f == 0 {
				continue
			}
		} else {
			i++
		}
		// A word: fold its letters into buf, hashing as they go.
		start := len(buf)
		buf = append(buf, f)
		h := (uint64(offset) ^ uint64(f)) * prime
		for i < len(s) {
			f = asciiFold[s[i]]
			if f == multiByte {
				r, size := utf8.DecodeRuneInString(s[i:])
				if f = foldLatin(r); f == 0 {
					break
				}
				i += size
			} else {
				if f == 0 {
					break
				}
				i++
			}
			buf = append(buf, f)
			h = (h ^ uint64(f)) * prime
		}
		if h == 0 {
			h = 1 // as hashBytes does: zero marks an empty table slot
		}
		t := token{start: int32(start), end: int32(len(buf)), f3: -1, h: h}
		if n := len(buf) - start; n >= 3 {
			t.f3 = int32(first3(buf[start:]))
			if n >= minPrefix {
				t.h4 = hashBytes(buf[start : start+minPrefix])
			}
		}
		toks = append(toks, t)
	}
	return buf, toks
}

// multiByte marks, in asciiFold, the bytes that start a multi-byte rune.
const multiByte = 0xFF

// asciiFold maps a byte to its folded letter or digit, 0 for a separator.
var asciiFold = func() (t [256]byte) {
	for c := 'a'; c <= 'z'; c++ {
		t[c] = byte(c)
		t[c-32] = byte(c)
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = byte(c)
	}
	for c := 0xC0; c < 0x100; c++ {
		t[c] = multiByte
	}
	return t
}()

// foldLatin maps the accented letters of Spanish (and a few more) to their
// base letter, and anything else outside ASCII to a separator.
func foldLatin(r rune) byte {
	switch r {
	case 'á', 'Á', 'à', 'À', 'â', 'Â', 'ä', 'Ä', 'ã', 'Ã', 'ª':
		return 'a'
	case 'é', 'É', 'è', 'È', 'ê', 'Ê', 'ë', 'Ë':
		return 'e'
	case 'í', 'Í', 'ì', 'Ì', 'î', 'Î', 'ï', 'Ï':
		return 'i'
	case 'ó', 'Ó', 'ò', 'Ò', 'ô', 'Ô', 'ö', 'Ö', 'õ', 'Õ', 'º':
		return 'o'
	case 'ú', 'Ú', 'ù', 'Ù', 'û', 'Û', 'ü', 'Ü':
		return 'u'
	case 'ñ', 'Ñ':
		return 'n'
	case 'ç', 'Ç':
		return 'c'
	}
	return 0
}
