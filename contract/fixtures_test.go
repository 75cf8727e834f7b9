package contract

import (
	"archive/zip"
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// readFixture reads a file of testdata.
func readFixture(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// mustParse parses data and checks the offsets every consumer relies on.
func mustParse(t testing.TB, name string, data []byte) *Document {
	t.Helper()
	doc, err := Parse(name, data, Options{NoPdftotext: true})
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	checkOffsets(t, doc)
	return doc
}

// checkOffsets verifies that every unit's span lies in the text and in its
// parent's span, that siblings do not overlap, and that each line of a
// unit's own text is found inside its span.
func checkOffsets(t testing.TB, doc *Document) {
	t.Helper()
	var check func(us []*Unit, lo, hi int)
	check = func(us []*Unit, lo, hi int) {
		prevEnd := lo
		for _, u := range us {
			if u.Start < prevEnd || u.End < u.Start || u.End > hi {
				t.Fatalf("unit %s %s [%d,%d) outside [%d,%d) or overlapping (prev end %d)", u.Kind, u.Number, u.Start, u.End, lo, hi, prevEnd)
			}
			span := doc.Text[u.Start:u.End]
			for _, l := range strings.Split(u.Text, "\n") {
				if !strings.Contains(span, l) {
					t.Fatalf("unit %s %s: own text line %q not in its span", u.Kind, u.Number, l)
				}
			}
			if u.Number != "" && u.Kind != KindSection && !strings.Contains(span[:min(len(span), 200)], u.Number) {
				t.Fatalf("unit %s %s: span does not start with its heading: %q", u.Kind, u.Number, span[:min(len(span), 80)])
			}
			check(u.Children, u.Start, u.End)
			prevEnd = u.End
		}
	}
	check(doc.Units, 0, len(doc.Text))
}

// outline renders the units down to depth as "kind number heading" lines,
// for compact expectations.
func outline(units []*Unit, depth int) []string {
	var out []string
	Walk(units, func(u *Unit, d int) bool {
		if d >= depth {
			return false
		}
		out = append(out, strings.Repeat(" ", d)+collapseSpaces(strings.TrimSpace(fmt.Sprintf("%s %s %s", u.Kind, u.Number, u.Heading))))
		return true
	})
	return out
}

// find returns the first unit whose number is num (and kind k).
func find(units []*Unit, k Kind, num string) *Unit {
	var found *Unit
	Walk(units, func(u *Unit, _ int) bool {
		if found == nil && u.Kind == k && u.Number == num {
			found = u
		}
		return found == nil
	})
	return found
}

func hasCode(u *Unit, code string) bool {
	for _, c := range u.Topics {
		if c == code {
			return true
		}
	}
	return false
}

// buildDOCX writes a minimal WordprocessingML package: paragraphs with
// styles, Word numbering for the article headings, a table of contents in
// TOC styles, and a table.
func buildDOCX(t testing.TB) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	add := func(name, body string) {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(body)); err != nil {
			t.Fatal(err)
		}
	}
	const ns = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`
	add("[Content_Types].xml", `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`)
	add("docProps/core.xml", `<?xml version="1.0"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Valley Transit Drivers Agreement</dc:title></cp:coreProperties>`)
	add("word/styles.xml", `<?xml version="1.0"?><w:styles `+ns+`>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/></w:style>
</w:styles>`)
	add("word/numbering.xml", `<?xml version="1.0"?><w:numbering `+ns+`>
<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="ARTICLE %1 –"/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
</w:numbering>`)
	p := func(style, text string) string {
		s := "<w:p>"
		if style != "" {
			s += `<w:pPr><w:pStyle w:val="` + style + `"/></w:pPr>`
		}
		return s + "<w:r><w:t>" + text + "</w:t></w:r></w:p>"
	}
	body := p("Title", "VALLEY TRANSIT DRIVERS AGREEMENT") +
		p("TOC1", "ARTICLE 1 – RECOGNITION\t1") + p("TOC1", "ARTICLE 2 – SENIORITY\t2") + p("TOC1", "ARTICLE 3 – WAGES\t3") +
		p("Heading1", "RECOGNITION") +
		p("", "The Authority recognizes the Union as the exclusive representative of all bus operators.") +
		p("Heading1", "SENIORITY") +
		p("", "Seniority shall be the length of continuous service; a seniority list shall be posted each January.") +
		p("Heading1", "WAGES") +
		`<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Step</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Hourly rate</w:t></w:r></w:p></w:tc></w:tr>` +
		`<w:tr><w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>$27.10</w:t></w:r></w:p></w:tc></w:tr></w:tbl>` +
		p("", "The salary schedule and step increases are set out above.")
	add("word/document.xml", `<?xml version="1.0"?><w:document `+ns+`><w:body>`+body+`</w:body></w:document>`)
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// buildPDF writes a minimal valid PDF whose pages show lines of text in a
// Courier font (or, with no lines, only draw a rectangle: a page without a
// text layer, as a scan has).
func buildPDF(pages [][]string) []byte {
	var b bytes.Buffer
	var offsets []int
	obj := func(body string) {
		offsets = append(offsets, b.Len())
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", len(offsets), body)
	}
	b.WriteString("%PDF-1.4\n")
	n := len(pages)
	// 1 catalog, 2 pages, 3 font, then per page: page, content.
	obj("<< /Type /Catalog /Pages 2 0 R >>")
	kids := ""
	for i := 0; i < n; i++ {
		kids += fmt.Sprintf("%d 0 R ", 4+2*i)
	}
	obj(fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", kids, n))
	widths := strings.TrimSpace(strings.Repeat("600 ", 95))
	obj("<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding /FirstChar 32 /LastChar 126 /Widths [" + widths + "] >>")
	for i, lines := range pages {
		obj(fmt.Sprintf("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>", 5+2*i))
		var c strings.Builder
		if len(lines) == 0 {
			c.WriteString("0 0 1 rg 100 100 200 300 re f\n")
		} else {
			c.WriteString("BT /F1 11 Tf 13 TL 72 740 Td\n")
			for _, l := range lines {
				l = strings.NewReplacer(`\`, `\\`, "(", `\(`, ")", `\)`).Replace(l)
				fmt.Fprintf(&c, "(%s) Tj T*\n", l)
			}
			c.WriteString("ET\n")
		}
		obj(fmt.Sprintf("<< /Length %d >>\nstream\n%sendstream", c.Len(), c.String()))
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(offsets)+1)
	for _, o := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(offsets)+1, xref)
	return b.Bytes()
}
