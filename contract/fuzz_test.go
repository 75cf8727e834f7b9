package contract

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

// FuzzParse feeds arbitrary bytes to the parser under every format name:
// it must return a document or an error, never panic, and its offsets must
// hold. It calls parse, not Parse, so that the recover in Parse cannot
// hide a bug.
func FuzzParse(f *testing.F) {
	entries, _ := os.ReadDir("testdata")
	for _, e := range entries {
		if b, err := os.ReadFile(filepath.Join("testdata", e.Name())); err == nil {
			f.Add(b, e.Name())
		}
	}
	f.Add(buildDOCX(f), "a.docx")
	f.Add(buildPDF([][]string{{"ARTICLE 1 - RECOGNITION", "The Union is recognized."}}), "a.pdf")
	f.Add([]byte("ARTICLE 1\n\nSection 1.1 (a) (b)\n12.3.1 Heading\n"), "a.txt")
	f.Add([]byte("---\ntitle: x\n---\n# A\n<table><tr><td>Article 1</td></tr></table>\n| a | b |\n"), "a.md")
	f.Fuzz(func(t *testing.T, data []byte, name string) {
		for _, n := range []string{name, "x.txt", "x.md", "x.html", "x.docx", "x.pdf"} {
			start := time.Now()
			doc, err := parse(n, data, Options{NoPdftotext: true})
			if d := time.Since(start); d > 3*time.Second {
				t.Fatalf("%s: %d bytes took %v", n, len(data), d)
			}
			if err != nil {
				continue
			}
			checkOffsets(t, doc)
			Walk(doc.Units, func(u *Unit, _ int) bool {
				if len(u.Explanations) != len(u.Topics) {
					t.Fatalf("%d explanations for %d topics", len(u.Explanations), len(u.Topics))
				}
				return true
			})
		}
	})
}
