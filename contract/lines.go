package contract

import (
	"strings"
)

// line is one line of the extracted text on its way through the pipeline.
type line struct {
	text string // trimmed, Markdown markers removed; inner gaps kept
	md   int    // Markdown heading level, 0 if none
	page bool   // first line after a page break
	drop bool   // page furniture or table of contents: not part of the text
	gap  bool   // the line had a wide run of spaces (layout columns)
}

// splitLines cuts text into lines, turning form feeds into page marks and,
// for Markdown, reading headings, emphasis, links, tables and HTML blocks.
func splitLines(text string, markdown bool) []line {
	lines := make([]line, 0, strings.Count(text, "\n")+1)
	page := false
	for len(text) > 0 {
		var raw string
		if i := strings.IndexByte(text, '\n'); i >= 0 {
			raw, text = text[:i], text[i+1:]
		} else {
			raw, text = text, ""
		}
		for {
			ff := strings.IndexByte(raw, '\f')
			seg := raw
			if ff >= 0 {
				seg = raw[:ff]
			}
			if ff < 0 || strings.TrimSpace(seg) != "" {
				l := line{text: strings.TrimSpace(seg), page: page}
				l.gap = strings.Contains(l.text, "   ")
				lines = append(lines, l)
				page = false
			}
			if ff < 0 {
				break
			}
			page = true
			raw = raw[ff+1:]
		}
	}
	if markdown {
		lines = markdownLines(lines)
	}
	return lines
}

// markdownLines interprets the Markdown in lines: "#" and underlined
// headings, "**" emphasis, links, block quotes, escapes, code fences, pipe
// tables and HTML tables (dropped when they are tables of contents).
func markdownLines(in []line) []line {
	out := make([]line, 0, len(in))
	for i := 0; i < len(in); i++ {
		l := in[i]
		t := l.text
		if strings.HasPrefix(t, ">") {
			t = strings.TrimSpace(strings.TrimLeft(t, "> "))
		}
		switch {
		case strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~"):
			continue
		case isRule(t):
			// "---" under text makes it a heading; elsewhere it is a rule.
			if len(out) > 0 && out[len(out)-1].text != "" && out[len(out)-1].md == 0 && (t[0] == '=' || t[0] == '-') && i > 0 && in[i-1].text != "" {
				if t[0] == '=' {
					out[len(out)-1].md = 1
				} else {
					out[len(out)-1].md = 2
				}
			}
			continue
		case strings.HasPrefix(t, "#"):
			n := 0
			for n < len(t) && t[n] == '#' {
				n++
			}
			if n <= 6 && (n == len(t) || t[n] == ' ') {
				l.md = n
				t = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(t[n:]), "#"))
			}
		case hasPrefixFold(t, "<table"):
			j := i
			var block strings.Builder
			for ; j < len(in); j++ {
				block.WriteString(in[j].text)
				block.WriteByte('\n')
				if strings.Contains(strings.ToLower(in[j].text), "</table>") {
					break
				}
			}
			text, _ := htmlToText(block.String())
			for _, s := range strings.Split(text, "\n") {
				if s = strings.TrimSpace(s); s != "" {
					out = append(out, line{text: s, gap: true})
				}
			}
			i = j
			continue
		case strings.HasPrefix(t, "|"):
			j := i
			var rows [][]string
			for ; j < len(in) && strings.HasPrefix(strings.TrimSpace(in[j].text), "|"); j++ {
				if r := pipeCells(in[j].text); r != nil {
					rows = append(rows, r)
				}
			}
			if !isTOCTable(rows) {
				for _, r := range rows {
					out = append(out, line{text: inlineMarkdown(strings.Join(r, "   ")), gap: true})
				}
			}
			i = j - 1
			continue
		}
		l.text = inlineMarkdown(t)
		out = append(out, l)
	}
	return out
}

func hasPrefixFold(s, p string) bool {
	return len(s) >= len(p) && strings.EqualFold(s[:len(p)], p)
}

// isRule reports a thematic break or setext underline: "---", "***", "===".
func isRule(t string) bool {
	if len(t) < 3 {
		return false
	}
	c := t[0]
	if c != '-' && c != '*' && c != '_' && c != '=' {
		return false
	}
	for i := 0; i < len(t); i++ {
		if t[i] != c && t[i] != ' ' {
			return false
		}
	}
	return true
}

// pipeCells splits "| a | b |" into cells; separator rows give nil.
func pipeCells(s string) []string {
	s = strings.Trim(strings.TrimSpace(s), "|")
	parts := strings.Split(s, "|")
	var cells []string
	sep := true
	for _, p := range parts {
		p = strings.TrimSpace(p)
		if strings.Trim(p, "-: ") != "" {
			sep = false
		}
		if p != "" {
			cells = append(cells, p)
		}
	}
	if sep {
		return nil
	}
	return cells
}

var mdInline = strings.NewReplacer("**", "", "__", "", "\\.", ".", "\\-", "-", "\\*", "*", "\\#", "#", "\\_", "_", "\\(", "(", "\\)", ")", "\\[", "[", "\\]", "]", "<br>", " ", "<br/>", " ", "<br />", " ")

// inlineMarkdown removes emphasis markers, escapes, simple HTML tags and
// link targets, keeping the words.
func inlineMarkdown(s string) string {
	if !strings.ContainsAny(s, "*_\\[<") {
		return s
	}
	s = mdInline.Replace(s)
	if strings.Contains(s, "](") {
		s = stripLinks(s)
	}
	if strings.Contains(s, "<") {
		s = stripTags(s)
	}
	return strings.TrimSpace(s)
}

// stripLinks turns [text](target) and ![alt](src) into text and alt.
func stripLinks(s string) string {
	var b strings.Builder
	for {
		open := strings.Index(s, "[")
		if open < 0 {
			break
		}
		mid := strings.Index(s[open:], "](")
		if mid < 0 {
			break
		}
		mid += open
		end := strings.IndexByte(s[mid:], ')')
		if end < 0 {
			break
		}
		end += mid
		pre := s[:open]
		pre = strings.TrimSuffix(pre, "!")
		b.WriteString(pre)
		b.WriteString(s[open+1 : mid])
		s = s[end+1:]
	}
	b.WriteString(s)
	return b.String()
}

// stripTags removes HTML tags from one line of Markdown.
func stripTags(s string) string {
	var b strings.Builder
	for {
		i := strings.IndexByte(s, '<')
		if i < 0 || i+1 >= len(s) {
			break
		}
		c := s[i+1]
		if !(c == '/' || (c|0x20 >= 'a' && c|0x20 <= 'z') || c == '!') {
			b.WriteString(s[:i+1])
			s = s[i+1:]
			continue
		}
		j := strings.IndexByte(s[i:], '>')
		if j < 0 {
			break
		}
		b.WriteString(s[:i])
		b.WriteByte(' ')
		s = s[i+j+1:]
	}
	b.WriteString(s)
	return collapseSpaces(b.String())
}
