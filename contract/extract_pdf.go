package contract

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math"
	"os"
	"os/exec"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/ledongthuc/pdf"
)

// extractPDF reads a PDF's text layer. The pure-Go reader always works, so
// a fresh machine needs nothing installed; when poppler's pdftotext is
// there and reads at least as much text, its -layout output wins, because
// it handles more font encodings and keeps columns apart.
func extractPDF(data []byte, opt Options) (text, extractor string, err error) {
	goText, pages, goErr := pdfText(data)
	if !opt.NoPdftotext {
		if path, lerr := exec.LookPath("pdftotext"); lerr == nil {
			if t, perr := runPdftotext(path, data); perr == nil && letterCount(t) > 0 && letterCount(t)*10 >= letterCount(goText)*9 {
				goText, goErr, extractor = t, nil, "pdftotext"
			}
		}
	}
	if goErr != nil {
		return "", "", goErr
	}
	if extractor == "" {
		extractor = "go"
	}
	if n := letterCount(goText); n < 32 || n < 40*pages {
		return "", "", detailf(ErrNoTextLayer, "%d letters of text on %d pages", n, pages)
	}
	return goText, extractor, nil
}

func letterCount(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

// pdfText reads every page with the Go reader, rebuilding lines from glyph
// positions. The reader panics on some malformed files; that becomes an
// ErrCorrupt, never a crash.
func pdfText(data []byte) (text string, pages int, err error) {
	defer func() {
		if r := recover(); r != nil {
			text, err = "", detailf(ErrCorrupt, "unreadable PDF structure (%v)", r)
		}
	}()
	r, err := pdf.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		if errors.Is(err, pdf.ErrInvalidPassword) || strings.Contains(err.Error(), "encrypt") {
			return "", 0, detailf(ErrEncrypted, "the PDF is password-protected: save an unprotected copy")
		}
		return "", 0, detailf(ErrCorrupt, "unreadable PDF: %s", strings.ReplaceAll(err.Error(), "%%", "%"))
	}
	pages = r.NumPage()
	if pages == 0 {
		return "", 0, detailf(ErrCorrupt, "the PDF has no pages")
	}
	var b strings.Builder
	for i := 1; i <= pages; i++ {
		if i > 1 {
			b.WriteString("\f")
		}
		b.WriteString(pageText(r.Page(i)))
	}
	return b.String(), pages, nil
}

// pageText lays out one page's glyphs as lines, top to bottom, with wide
// gaps kept as runs of spaces the way pdftotext -layout does, since the
// header and table-of-contents heuristics look for them.
func pageText(p pdf.Page) (s string) {
	defer func() {
		if recover() != nil {
			s = "" // one bad page must not lose the others
		}
	}()
	if p.V.IsNull() {
		return ""
	}
	glyphs := p.Content().Text
	if len(glyphs) == 0 {
		return ""
	}
	sort.SliceStable(glyphs, func(i, j int) bool {
		if math.Abs(glyphs[i].Y-glyphs[j].Y) > 2 {
			return glyphs[i].Y > glyphs[j].Y
		}
		return glyphs[i].X < glyphs[j].X
	})
	var (
		b        strings.Builder
		line     []pdf.Text
		lastY    = math.NaN()
		lastSize = 12.0
	)
	flush := func() {
		writeGlyphLine(&b, line)
		line = line[:0]
	}
	for _, g := range glyphs {
		if !math.IsNaN(lastY) && math.Abs(g.Y-lastY) > 2 {
			flush()
			b.WriteByte('\n')
			if lastY-g.Y > 2.2*lastSize {
				b.WriteByte('\n') // a paragraph gap
			}
		}
		if math.IsNaN(lastY) || math.Abs(g.Y-lastY) > 2 {
			lastY = g.Y
		}
		if g.FontSize > 0 {
			lastSize = g.FontSize
		}
		line = append(line, g)
	}
	flush()
	b.WriteByte('\n')
	return b.String()
}

func writeGlyphLine(b *strings.Builder, line []pdf.Text) {
	sort.SliceStable(line, func(i, j int) bool { return line[i].X < line[j].X })
	end := math.NaN()
	for _, g := range line {
		size := g.FontSize
		if size <= 0 {
			size = 10
		}
		if !math.IsNaN(end) {
			gap := g.X - end
			switch {
			case gap > 2*size:
				b.WriteString("    ")
			case gap > 0.2*size:
				b.WriteByte(' ')
			}
		}
		if utf8.ValidString(g.S) {
			b.WriteString(g.S)
		}
		w := g.W
		if w <= 0 {
			w = 0.5 * size * float64(utf8.RuneCountInString(g.S))
		}
		end = g.X + w
	}
}

// runPdftotext runs poppler's pdftotext on a temporary copy of the file.
func runPdftotext(path string, data []byte) (string, error) {
	f, err := os.CreateTemp("", "frente-*.pdf")
	if err != nil {
		return "", err
	}
	defer os.Remove(f.Name())
	if _, err := f.Write(data); err != nil {
		f.Close()
		return "", err
	}
	if err := f.Close(); err != nil {
		return "", err
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	var out, stderr bytes.Buffer
	cmd := exec.CommandContext(ctx, path, "-layout", "-enc", "UTF-8", "-q", f.Name(), "-")
	cmd.Stdout, cmd.Stderr = &out, &stderr
	if err := cmd.Run(); err != nil {
		return "", fmt.Errorf("pdftotext: %v: %s", err, strings.TrimSpace(stderr.String()))
	}
	return strings.ToValidUTF8(out.String(), "\uFFFD"), nil
}
