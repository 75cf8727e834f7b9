package contract

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/unicode/norm"
)

// decodeText turns the bytes of a text file into valid UTF-8. Agreements
// come as UTF-8, as UTF-16 from Windows tools, or as Latin-1 and
// Windows-1252 from older ones; Windows-1252 decodes Latin-1 text the same
// way except in 0x80–0x9F, where Latin-1 has only control codes that no
// agreement means, so one decoder serves both.
func decodeText(b []byte) (string, error) {
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		b = b[3:]
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}), bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		s, err := unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM).NewDecoder().Bytes(b)
		if err != nil {
			return "", detailf(ErrCorrupt, "bad UTF-16 text: %v", err)
		}
		b = s
	}
	if err := checkBinary(b); err != nil {
		return "", err
	}
	if utf8.Valid(b) {
		return string(b), nil
	}
	if mostlyUTF8(b) {
		return strings.ToValidUTF8(string(b), "\uFFFD"), nil
	}
	s, err := charmap.Windows1252.NewDecoder().Bytes(b)
	if err != nil {
		return "", detailf(ErrCorrupt, "cannot decode text: %v", err)
	}
	return string(s), nil
}

// mostlyUTF8 reports whether b is UTF-8 with a few damaged bytes rather
// than a single-byte encoding: real Latin-1 text has almost no byte runs
// that happen to form valid multi-byte sequences.
func mostlyUTF8(b []byte) bool {
	valid, invalid := 0, 0
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			invalid++
		} else {
			valid++
		}
		i += n
	}
	return valid >= 4*invalid
}

// magic numbers of files people hand us by mistake, and what to tell them.
var magics = []struct {
	prefix string
	what   string
}{
	{"\x89PNG", "a PNG image: run OCR first"},
	{"\xFF\xD8\xFF", "a JPEG image: run OCR first"},
	{"GIF8", "a GIF image: run OCR first"},
	{"II*\x00", "a TIFF image: run OCR first"},
	{"MM\x00*", "a TIFF image: run OCR first"},
	{"\xD0\xCF\x11\xE0", "a legacy Word or Excel file: save it as .docx or PDF"},
	{"{\\rtf", "an RTF file: save it as .docx, PDF or plain text"},
	{"PK\x03\x04", "a ZIP archive that is not a .docx"},
	{"\x1F\x8B", "a gzip archive: unpack it first"},
	{"%PDF", "a PDF: name it .pdf"},
}

// checkBinary rejects data that is not text: NUL bytes or many control
// codes in the first 64 KiB.
func checkBinary(b []byte) error {
	for _, m := range magics {
		if bytes.HasPrefix(b, []byte(m.prefix)) {
			return detailf(ErrBinary, "this is %s", m.what)
		}
	}
	head := b
	if len(head) > 64<<10 {
		head = head[:64<<10]
	}
	ctl := 0
	for _, c := range head {
		switch {
		case c == 0:
			return detailf(ErrBinary, "it contains NUL bytes: is it an image, an archive or a word-processor file?")
		case c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1B:
			ctl++
		}
	}
	if ctl > 8 && ctl*100 > len(head) {
		return detailf(ErrBinary, "%d control bytes in the first %d", ctl, len(head))
	}
	return nil
}

// cleanText makes extracted text uniform: NFC (PDF and macOS tools emit
// decomposed accents, which would defeat matching), no BOM, no soft hyphens
// or zero-width characters, non-breaking spaces as spaces, typographic
// ligatures spelled out, and "\n" line ends with form feeds kept as page
// breaks.
func cleanText(s string) string {
	nfc, clean := scanText(s)
	if nfc && !norm.NFC.IsNormalString(s) {
		s = norm.NFC.String(s)
	}
	if !clean {
		return s
	}
	return cleaner.Replace(s)
}

// scanText is a fast path over the whole text, which is mostly ASCII:
// whether it may need NFC (every code point below U+0300 is stable under
// NFC and none composes with what precedes it, so text whose bytes are all
// below 0xCC, the lead byte of U+0300, is NFC already), and whether it has
// anything for cleaner to do.
func scanText(s string) (nfc, clean bool) {
	clean = strings.IndexByte(s, '\r') >= 0 || strings.IndexByte(s, '\t') >= 0 || strings.IndexByte(s, '\v') >= 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0xC2 {
			continue
		}
		if c >= 0xCC {
			nfc = true
		}
		if clean || (c != 0xC2 && c != 0xE2 && c != 0xEF) {
			continue // what cleaner replaces starts with one of these bytes
		}
		r, _ := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == 0xA0 || r == 0xAD || r == 0xFEFF,
			r >= 0x2000 && r <= 0x200D, r == 0x2028, r == 0x2029, r == 0x202F, r == 0x2060,
			r >= 0xFB00 && r <= 0xFB04:
			clean = true
		}
		if nfc && clean {
			return
		}
	}
	return
}

var cleaner = strings.NewReplacer(
	"\r\n", "\n", "\r", "\n",
	"\uFEFF", "", "\u00AD", "", "\u200B", "", "\u200C", "", "\u200D", "", "\u2060", "",
	"\u00A0", " ", "\u2007", " ", "\u202F", " ", "\u2009", " ", "\u2002", " ", "\u2003", " ",
	"\u2028", "\n", "\u2029", "\n", "\u000B", "\n",
	"\uFB00", "ff", "\uFB01", "fi", "\uFB02", "fl", "\uFB03", "ffi", "\uFB04", "ffl",
	"\t", "    ",
)
