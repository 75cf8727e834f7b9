package contract

import (
	"archive/zip"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// maxXML bounds what one part of a .docx may inflate to: a ZIP bomb must
// fail with a clear error, not exhaust memory.
const maxXML = 200 << 20

// extractDOCX reads the body of a WordprocessingML document: paragraphs
// become lines, Heading styles become "#" headings, table rows become lines
// of cells, the numbers Word draws from numbering.xml ("ARTICLE 12") are
// put back in front of their paragraphs, and table-of-contents paragraphs
// (TOC styles) are left out.
func extractDOCX(data []byte) (string, string, error) {
	zr, err := openZip(data)
	if err != nil {
		return "", "", err
	}
	files := map[string]*zip.File{}
	for _, f := range zr.File {
		files[f.Name] = f
	}
	doc := files["word/document.xml"]
	if doc == nil {
		if files["content.xml"] != nil {
			return "", "", detailf(ErrUnsupported, "an OpenDocument file: save it as .docx or PDF")
		}
		return "", "", detailf(ErrCorrupt, "a ZIP archive without word/document.xml: not a .docx")
	}
	num := readNumbering(files["word/numbering.xml"])
	styles := readStyles(files["word/styles.xml"])
	rc, err := doc.Open()
	if err != nil {
		return "", "", detailf(ErrCorrupt, "word/document.xml: %v", err)
	}
	defer rc.Close()
	text, err := docxBody(io.LimitReader(rc, maxXML), num, styles)
	if err != nil {
		return "", "", err
	}
	return text, docxTitle(files["docProps/core.xml"]), nil
}

func docxBody(r io.Reader, num *numbering, styles map[string]docxStyle) (string, error) {
	d := xml.NewDecoder(r)
	d.Strict = false
	var (
		b      strings.Builder
		para   strings.Builder
		inText bool
		style  string
		numID  string
		ilvl   int
		hasNum bool
		depth  int // table nesting
		row    []string
		inCell bool
		cell   strings.Builder
		rows   [][]string
	)
	endPara := func() {
		p := strings.TrimSpace(para.String())
		para.Reset()
		st := styles[style]
		if strings.HasPrefix(strings.ToLower(style), "toc") || strings.HasPrefix(strings.ToLower(st.name), "toc") {
			style, numID, hasNum = "", "", false
			return
		}
		if !hasNum && st.numID != "" {
			numID, ilvl, hasNum = st.numID, st.ilvl, true
		}
		if hasNum && num != nil {
			if label := num.next(numID, ilvl); label != "" {
				if p == "" {
					p = label
				} else {
					p = label + " " + p
				}
			}
		}
		if p != "" {
			if inCell {
				if cell.Len() > 0 {
					cell.WriteByte(' ')
				}
				cell.WriteString(p)
			} else {
				if st.heading > 0 {
					b.WriteString(strings.Repeat("#", st.heading) + " ")
				}
				b.WriteString(p)
				b.WriteByte('\n')
			}
		}
		style, numID, hasNum = "", "", false
	}
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			if errors.Is(err, io.ErrUnexpectedEOF) || b.Len() > 0 {
				break // a truncated part still gives its text so far
			}
			return "", detailf(ErrCorrupt, "word/document.xml: %v", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "t":
				inText = true
			case "tab":
				para.WriteString("    ")
			case "br", "cr":
				if attr(t, "type") == "page" {
					break
				}
				para.WriteString("\n")
			case "pStyle":
				style = attr(t, "val")
			case "numId":
				numID, hasNum = attr(t, "val"), true
			case "ilvl":
				ilvl, _ = strconv.Atoi(attr(t, "val"))
			case "tbl":
				depth++
			case "tc":
				inCell = true
				cell.Reset()
			case "tr":
				row = nil
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "t":
				inText = false
			case "p":
				endPara()
			case "tc":
				row = append(row, strings.TrimSpace(cell.String()))
				inCell = false
			case "tr":
				if depth == 1 {
					rows = append(rows, row)
				}
			case "tbl":
				depth--
				if depth == 0 {
					writeRows(&b, rows)
					rows = nil
				}
			}
		case xml.CharData:
			if inText {
				para.Write(t)
			}
		}
	}
	return b.String(), nil
}

func writeRows(b *strings.Builder, rows [][]string) {
	var keep [][]string
	for _, r := range rows {
		var cells []string
		for _, c := range r {
			if c != "" {
				cells = append(cells, c)
			}
		}
		if len(cells) > 0 {
			keep = append(keep, cells)
		}
	}
	if isTOCTable(keep) {
		return
	}
	for _, r := range keep {
		b.WriteString(strings.Join(r, "  "))
		b.WriteByte('\n')
	}
}

func attr(e xml.StartElement, local string) string {
	for _, a := range e.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// docxStyle is what a paragraph style tells: whether it is a heading, and
// the numbering it brings.
type docxStyle struct {
	name    string
	heading int
	numID   string
	ilvl    int
}

func readStyles(f *zip.File) map[string]docxStyle {
	out := map[string]docxStyle{}
	if f == nil {
		return out
	}
	rc, err := f.Open()
	if err != nil {
		return out
	}
	defer rc.Close()
	d := xml.NewDecoder(io.LimitReader(rc, maxXML))
	d.Strict = false
	var id string
	var cur docxStyle
	for {
		tok, err := d.Token()
		if err != nil {
			return out
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "style":
				id, cur = attr(t, "styleId"), docxStyle{}
			case "name":
				cur.name = attr(t, "val")
				cur.heading = headingLevel(cur.name)
				if cur.heading == 0 {
					cur.heading = headingLevel(id)
				}
			case "numId":
				cur.numID = attr(t, "val")
			case "ilvl":
				cur.ilvl, _ = strconv.Atoi(attr(t, "val"))
			case "outlineLvl":
				if cur.heading == 0 {
					if n, err := strconv.Atoi(attr(t, "val")); err == nil && n < 6 {
						cur.heading = n + 1
					}
				}
			}
		case xml.EndElement:
			if t.Name.Local == "style" && id != "" {
				out[id] = cur
			}
		}
	}
}

// headingLevel reads "heading 2", "Heading2", "Title" (level 1).
func headingLevel(name string) int {
	n := strings.ToLower(strings.ReplaceAll(name, " ", ""))
	if n == "title" {
		return 1
	}
	for _, p := range []string{"heading", "título", "titulo", "encabezado"} {
		if rest, ok := strings.CutPrefix(n, p); ok {
			if l, err := strconv.Atoi(rest); err == nil && l >= 1 && l <= 6 {
				return l
			}
		}
	}
	return 0
}

func docxTitle(f *zip.File) string {
	if f == nil {
		return ""
	}
	rc, err := f.Open()
	if err != nil {
		return ""
	}
	defer rc.Close()
	d := xml.NewDecoder(io.LimitReader(rc, 1<<20))
	d.Strict = false
	in := false
	for {
		tok, err := d.Token()
		if err != nil {
			return ""
		}
		switch t := tok.(type) {
		case xml.StartElement:
			in = t.Name.Local == "title"
		case xml.CharData:
			if in {
				return strings.TrimSpace(string(t))
			}
		case xml.EndElement:
			in = false
		}
	}
}

// numbering renders Word's automatic paragraph numbers. Without it a
// document whose articles are numbered by Word ("ARTICLE %1") would come
// out with headings but no article numbers.
type numbering struct {
	abstract map[string][]numLevel // abstractNumId → levels
	nums     map[string]string     // numId → abstractNumId
	counters map[string][]int      // abstractNumId → current value per level
}

type numLevel struct {
	start  int
	format string // decimal, upperRoman, lowerLetter, ...
	text   string // "ARTICLE %1", "%1.%2"
}

func readNumbering(f *zip.File) *numbering {
	if f == nil {
		return nil
	}
	rc, err := f.Open()
	if err != nil {
		return nil
	}
	defer rc.Close()
	n := &numbering{abstract: map[string][]numLevel{}, nums: map[string]string{}, counters: map[string][]int{}}
	d := xml.NewDecoder(io.LimitReader(rc, maxXML))
	d.Strict = false
	var abs, numID string
	lvl := -1
	for {
		tok, err := d.Token()
		if err != nil {
			return n
		}
		t, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		switch t.Name.Local {
		case "abstractNum":
			abs, numID, lvl = attr(t, "abstractNumId"), "", -1
		case "num":
			numID, abs = attr(t, "numId"), ""
		case "abstractNumId":
			if numID != "" {
				n.nums[numID] = attr(t, "val")
			}
		case "lvl":
			if abs != "" {
				lvl, _ = strconv.Atoi(attr(t, "ilvl"))
				if lvl < 0 || lvl > 8 {
					lvl = -1
					break
				}
				for len(n.abstract[abs]) <= lvl {
					n.abstract[abs] = append(n.abstract[abs], numLevel{start: 1, format: "decimal"})
				}
			}
		case "start", "numFmt", "lvlText":
			if abs == "" || lvl < 0 || lvl >= len(n.abstract[abs]) {
				break
			}
			l := &n.abstract[abs][lvl]
			switch t.Name.Local {
			case "start":
				l.start, _ = strconv.Atoi(attr(t, "val"))
			case "numFmt":
				l.format = attr(t, "val")
			case "lvlText":
				l.text = attr(t, "val")
			}
		}
	}
}

// next advances the counter of one list level and returns its label.
func (n *numbering) next(numID string, ilvl int) string {
	abs, ok := n.nums[numID]
	if !ok || ilvl < 0 || ilvl >= len(n.abstract[abs]) {
		return ""
	}
	levels := n.abstract[abs]
	c := n.counters[abs]
	for len(c) < len(levels) {
		c = append(c, 0)
	}
	if c[ilvl] == 0 {
		c[ilvl] = levels[ilvl].start
	} else {
		c[ilvl]++
	}
	for i := ilvl + 1; i < len(c); i++ {
		c[i] = 0 // deeper levels restart
	}
	n.counters[abs] = c
	label := levels[ilvl].text
	for i := 0; i <= ilvl && i < len(levels); i++ {
		v := c[i]
		if v == 0 {
			v = levels[i].start
		}
		label = strings.ReplaceAll(label, fmt.Sprintf("%%%d", i+1), formatNum(v, levels[i].format))
	}
	if levels[ilvl].format == "bullet" || levels[ilvl].format == "none" {
		return ""
	}
	return strings.TrimSpace(label)
}

func formatNum(v int, format string) string {
	switch format {
	case "upperRoman":
		return toRoman(v)
	case "lowerRoman":
		return strings.ToLower(toRoman(v))
	case "upperLetter":
		return letterLabel(v)
	case "lowerLetter":
		return strings.ToLower(letterLabel(v))
	}
	return strconv.Itoa(v)
}

func letterLabel(v int) string {
	if v < 1 {
		return "A"
	}
	return strings.Repeat(string(rune('A'+(v-1)%26)), (v-1)/26+1)
}
