package contract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// htmlToText renders HTML as the Markdown-like lines the structure stage
// reads: block elements end lines, h1–h6 become "#" headings, table rows
// become lines of cells (or vanish when the table is a table of contents),
// and script, style and the head are skipped. It returns the <title> too.
func htmlToText(src string) (text, title string) {
	z := html.NewTokenizer(strings.NewReader(src))
	var (
		b      strings.Builder
		skip   int // depth inside script, style, head...
		inTitl bool
		pre    int
		tables []*htmlTable
		titleB strings.Builder
		space  bool // a space is pending before the next word
	)
	out := func() *strings.Builder {
		if n := len(tables); n > 0 {
			return tables[n-1].cell()
		}
		return &b
	}
	newline := func() {
		w := out()
		s := w.String()
		if len(tables) > 0 {
			// A line break inside a cell is a space: rows stay one line.
			if s != "" && !strings.HasSuffix(s, " ") {
				w.WriteByte(' ')
			}
			return
		}
		if s != "" && !strings.HasSuffix(s, "\n") {
			w.WriteByte('\n')
		}
		space = false
	}
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			for len(tables) > 0 { // unclosed tables still count
				t := tables[len(tables)-1]
				tables = tables[:len(tables)-1]
				t.flush(out(), len(tables) > 0)
			}
			return b.String(), strings.Join(strings.Fields(titleB.String()), " ")
		case html.TextToken:
			if skip > 0 {
				continue
			}
			t := string(z.Text())
			if inTitl {
				titleB.WriteString(t)
				continue
			}
			if pre > 0 {
				out().WriteString(t)
				continue
			}
			w := out()
			for i, f := range strings.Fields(t) {
				if (i > 0 || space || startsWithSpace(t)) && w.Len() > 0 && !endsWithBreak(w) {
					w.WriteByte(' ')
				}
				w.WriteString(f)
			}
			space = len(t) > 0 && isSpaceByte(t[len(t)-1])
		case html.StartTagToken, html.SelfClosingTagToken, html.EndTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			end := tt == html.EndTagToken
			switch a {
			case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Object:
				if tt == html.StartTagToken {
					skip++
				} else if end && skip > 0 {
					skip--
				}
			case atom.Title:
				inTitl = tt == html.StartTagToken
			case atom.Pre:
				newline()
				if end {
					if pre > 0 {
						pre--
					}
				} else if tt == html.StartTagToken {
					pre++
				}
			case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
				newline()
				if !end && len(tables) == 0 {
					b.WriteString(strings.Repeat("#", int(name[1]-'0')) + " ")
				}
			case atom.Table:
				if !end {
					newline()
					tables = append(tables, &htmlTable{})
				} else if n := len(tables); n > 0 {
					t := tables[n-1]
					tables = tables[:n-1]
					t.flush(out(), len(tables) > 0)
					newline()
				}
			case atom.Tr:
				if n := len(tables); n > 0 && !end {
					tables[n-1].rows = append(tables[n-1].rows, nil)
				}
			case atom.Td, atom.Th:
				if n := len(tables); n > 0 && !end {
					tables[n-1].newCell()
				}
			case atom.Br:
				newline()
			case atom.P, atom.Div, atom.Li, atom.Ul, atom.Ol, atom.Section, atom.Article,
				atom.Header, atom.Footer, atom.Blockquote, atom.Dt, atom.Dd, atom.Dl,
				atom.Hr, atom.Main, atom.Nav, atom.Aside, atom.Center, atom.Caption, atom.Body:
				newline()
			}
		}
	}
}

func startsWithSpace(s string) bool { return s != "" && isSpaceByte(s[0]) }

func isSpaceByte(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' }

func endsWithBreak(w *strings.Builder) bool {
	s := w.String()
	return s == "" || s[len(s)-1] == '\n' || s[len(s)-1] == ' '
}

// htmlTable collects the cells of one table until it ends.
type htmlTable struct {
	rows [][]*strings.Builder
}

func (t *htmlTable) newCell() {
	if len(t.rows) == 0 {
		t.rows = append(t.rows, nil)
	}
	r := len(t.rows) - 1
	t.rows[r] = append(t.rows[r], &strings.Builder{})
}

func (t *htmlTable) cell() *strings.Builder {
	if len(t.rows) == 0 || len(t.rows[len(t.rows)-1]) == 0 {
		t.newCell()
	}
	r := t.rows[len(t.rows)-1]
	return r[len(r)-1]
}

// flush writes the table as lines, one per row, or nothing when the table
// is a table of contents. A nested table flattens into its parent's cell.
func (t *htmlTable) flush(w *strings.Builder, nested bool) {
	rows := make([][]string, 0, len(t.rows))
	for _, r := range t.rows {
		var cells []string
		for _, c := range r {
			if s := strings.Join(strings.Fields(c.String()), " "); s != "" {
				cells = append(cells, s)
			}
		}
		if len(cells) > 0 {
			rows = append(rows, cells)
		}
	}
	if isTOCTable(rows) {
		return
	}
	for _, cells := range rows {
		if nested {
			w.WriteString(strings.Join(cells, " "))
			w.WriteByte(' ')
			continue
		}
		if s := w.String(); s != "" && !strings.HasSuffix(s, "\n") {
			w.WriteByte('\n')
		}
		w.WriteString(strings.Join(cells, "  "))
		w.WriteByte('\n')
	}
}
