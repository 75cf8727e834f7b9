package contract

import (
	"strings"
)

// node is an open unit while the tree is built.
type node struct {
	u         *Unit
	level     int
	key       numKey     // the unit's number, for order checks and nesting
	style     string     // numbering style of sections and clauses
	clause    string     // "letter", "roman" or "digit" for clauses
	base      bool       // part, chapter, article, appendix: sections hang below
	lastChild []styleKey // last child number by style
	clauses   int        // clause depth of this node
	// The unit's own text is out[ownStart:ownEnd]: from the end of its
	// heading to its first child. Slicing the text spares a copy.
	ownStart, ownEnd int
}

type styleKey struct {
	style string
	key   numKey
}

func (n *node) lastOf(style string) (numKey, bool) {
	for _, s := range n.lastChild {
		if s.style == style {
			return s.key, true
		}
	}
	return nil, false
}

func (n *node) setLast(style string, k numKey) {
	for i := range n.lastChild {
		if n.lastChild[i].style == style {
			n.lastChild[i].key = k
			return
		}
	}
	n.lastChild = append(n.lastChild, styleKey{style, k})
}

// builder assembles the normalized text and the tree in one pass, so that
// every offset points into the text exactly as returned.
type builder struct {
	lines    []line
	out      strings.Builder
	roots    []*Unit
	stack    []*node
	blank    bool
	prevText string
	closed   []*node
	// lastEnd is where the last line written ends; a unit closed now ends
	// there.
	lastEnd int
}

// build walks the kept lines, opening the selected units and, inside them,
// sections and clauses by their numbering.
func build(lines []line, picks []picked) (string, []*Unit) {
	b := &builder{lines: lines}
	b.out.Grow(len(lines) * 60)
	at := map[int]picked{}
	for _, p := range picks {
		at[p.line] = p
	}
	skipUntil := -1
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		if l.drop || i < skipUntil {
			continue
		}
		if l.text == "" {
			b.blank = true
			continue
		}
		if p, ok := at[i]; ok {
			skipUntil = p.headEnd
			if p.repeated {
				continue // a running header that repeats the unit's heading
			}
			b.openTop(p, i)
			continue
		}
		if len(b.stack) > 0 {
			if sc := recognizeSection(l.text); sc != nil {
				if n := b.placeSection(sc, i); n >= 0 {
					skipUntil = n
					continue
				}
			}
		}
		b.writeText(l.text)
	}
	b.closeTo(0)
	text := b.out.String()
	for _, n := range b.closed {
		end := n.ownEnd
		if end < 0 {
			end = n.u.End
		}
		if n.ownStart < end && end <= len(text) {
			n.u.Text = strings.TrimSpace(text[n.ownStart:end])
		}
	}
	return text, b.roots
}

// writeLine appends one line to the text and stretches the open units over
// it.
func (b *builder) writeLine(s string) (start int) {
	if b.blank && b.out.Len() > 0 {
		b.out.WriteByte('\n')
	}
	b.blank = false
	start = b.out.Len()
	b.out.WriteString(squeeze(s))
	b.lastEnd = b.out.Len()
	b.out.WriteByte('\n')
	b.prevText = s
	return start
}

// writeText appends a body line to the text (and so to the innermost
// unit).
func (b *builder) writeText(s string) {
	b.writeLine(s)
}

// ownFrom sets where a unit's own text starts: right after its heading, or
// where the text that follows the heading on the same line begins.
func (b *builder) ownFrom(n *node, lineStart int, rest string) {
	n.ownStart, n.ownEnd = b.out.Len(), -1
	if rest == "" {
		return
	}
	line := b.out.String()[lineStart:]
	if i := strings.LastIndex(line, squeeze(rest)); i >= 0 {
		n.ownStart = lineStart + i
	}
}

func (b *builder) push(n *node, start int) {
	n.u.Start = start
	if len(b.stack) == 0 {
		b.roots = append(b.roots, n.u)
	} else {
		p := b.stack[len(b.stack)-1]
		p.u.Children = append(p.u.Children, n.u)
		if p.ownEnd < 0 {
			p.ownEnd = start
		}
	}
	b.stack = append(b.stack, n)
}

// closeTo pops open units until depth units remain.
func (b *builder) closeTo(depth int) {
	for len(b.stack) > depth {
		n := b.stack[len(b.stack)-1]
		b.closed = append(b.closed, n)
		n.u.End = max(b.lastEnd, n.u.Start)
		b.stack = b.stack[:len(b.stack)-1]
	}
}

func (b *builder) openTop(p picked, i int) {
	c := p.c
	depth := len(b.stack)
	for depth > 0 && b.stack[depth-1].level >= c.level {
		depth--
	}
	if c.kind != KindAppendix {
		// The body of the agreement goes on after an appendix in the middle.
		for k := 0; k < depth; k++ {
			if b.stack[k].u.Kind == KindAppendix {
				depth = k
				break
			}
		}
	}
	b.closeTo(depth)
	start := b.writeLine(b.lines[i].text)
	for j := i + 1; j < p.headEnd && j < len(b.lines); j++ {
		if !b.lines[j].drop && b.lines[j].text != "" {
			b.writeLine(b.lines[j].text)
		}
	}
	num := c.num
	u := &Unit{Kind: c.kind, Number: num, Heading: c.heading, Label: c.label, Topics: []string{}, Children: []*Unit{}}
	n := &node{u: u, level: c.level, key: c.key, base: true}
	b.ownFrom(n, start, c.rest)
	b.push(n, start)
}

// placeSection opens a section or clause for sc if its number fits where
// it stands; it returns the first line after the unit's heading, or -1 to
// treat the line as text.
func (b *builder) placeSection(sc *secCand, i int) int {
	baseAt := -1
	for k := len(b.stack) - 1; k >= 0; k-- {
		if b.stack[k].base {
			baseAt = k
			break
		}
	}
	if baseAt < 0 {
		return -1
	}
	if sc.style == styleKeyword || sc.style == styleDecimal {
		return b.placeNumbered(sc, i, baseAt)
	}
	return b.placeClause(sc, i, baseAt)
}

func (b *builder) placeNumbered(sc *secCand, i, baseAt int) int {
	art := b.stack[baseAt].key
	depth := len(sc.key)
	switch {
	case art != nil && sc.key.hasPrefix(art):
		depth = len(sc.key) - len(art)
	case sc.style == styleDecimal && art != nil && b.stack[baseAt].u.Kind == KindArticle:
		return -1 // "7.2" inside article 12 is a reference or a table
	case sc.style == styleDecimal:
		depth = len(sc.key) - 1
	}
	if depth < 1 {
		return -1
	}
	if depth > 3 {
		depth = 3
	}
	level := levelSection + depth - 1
	// The parent is the deepest open section above this level whose number
	// contains this one, or the base.
	parent := baseAt
	for k := len(b.stack) - 1; k > baseAt; k-- {
		n := b.stack[k]
		if n.clause != "" || n.level >= level {
			continue
		}
		if sc.style == styleDecimal && n.style == styleDecimal && !sc.key.hasPrefix(n.key) {
			continue
		}
		parent = k
		break
	}
	p := b.stack[parent]
	if last, ok := p.lastOf(sc.style); ok && !last.less(sc.key) {
		return -1 // numbers go forward; this one looks back
	}
	p.setLast(sc.style, sc.key)
	b.closeTo(parent + 1)
	start := b.writeLine(b.lines[i].text)
	next := i + 1
	heading := sc.heading
	if heading == "" && sc.rest == "" {
		if j := nextKept(b.lines, i+1); j >= 0 && j == i+1 && isUpperWord(b.lines[j].text) && isHeadingLine(b.lines[j].text) && recognizeSection(b.lines[j].text) == nil && recognize(b.lines[j].text, 0) == nil {
			heading = cleanHeading(b.lines[j].text)
			b.writeLine(b.lines[j].text)
			next = j + 1
		}
	}
	u := &Unit{Kind: KindSection, Number: sc.num, Heading: heading, Label: sc.label, Topics: []string{}, Children: []*Unit{}}
	n := &node{u: u, level: level, key: sc.key, style: sc.style}
	b.ownFrom(n, start, sc.rest)
	b.push(n, start)
	return next
}

// placeClause nests "(a)", "1." and their kind: the next letter of an open
// list continues it, a first label ("a", "1", "i") starts a list inside the
// innermost unit, and anything else is text.
func (b *builder) placeClause(sc *secCand, i, baseAt int) int {
	if len(b.prevText) >= 40 && continuesSentence(b.prevText) && startsLower(sc.rest) {
		return -1
	}
	type reading struct {
		kind string
		v    int
	}
	var reads []reading
	switch {
	case strings.Contains(sc.style, "1"):
		reads = append(reads, reading{"digit", sc.key[0]})
	default:
		if sc.letter {
			reads = append(reads, reading{"letter", sc.key[0]})
		}
		if sc.roman > 0 {
			reads = append(reads, reading{"roman", sc.roman})
		}
	}
	// Continue an open list?
	for k := len(b.stack) - 1; k > baseAt; k-- {
		n := b.stack[k]
		if n.clause == "" {
			break
		}
		if n.style != sc.style {
			continue
		}
		for _, r := range reads {
			if r.kind == n.clause && r.v == n.key[0]+1 {
				return b.openClause(sc, i, k-1, r.kind, r.v)
			}
		}
	}
	// Start a list.
	for _, r := range reads {
		if r.v != 1 {
			continue
		}
		top := len(b.stack) - 1
		t := b.stack[top]
		if t.clause != "" && t.style == sc.style {
			return b.openClause(sc, i, top-1, r.kind, 1) // the same list starts over
		}
		if t.clauses >= 3 {
			return -1
		}
		return b.openClause(sc, i, top, r.kind, 1)
	}
	return -1
}

func (b *builder) openClause(sc *secCand, i, parent int, kind string, v int) int {
	b.closeTo(parent + 1)
	p := b.stack[parent]
	start := b.writeLine(b.lines[i].text)
	u := &Unit{Kind: KindSection, Number: sc.num, Heading: sc.heading, Topics: []string{}, Children: []*Unit{}}
	n := &node{u: u, level: p.level + 1, key: numKey{v}, style: sc.style, clause: kind, clauses: p.clauses + 1}
	b.ownFrom(n, start, sc.rest)
	b.push(n, start)
	return i + 1
}

// continuesSentence reports whether a line ends mid-sentence, so that a
// "(b)" at the start of the next line is a reference, not a new clause.
func continuesSentence(prev string) bool {
	prev = strings.TrimSpace(prev)
	if prev == "" {
		return false
	}
	switch prev[len(prev)-1] {
	case '.', ':', ';', '!', '?', ')', '"':
		return false
	}
	return !strings.HasSuffix(prev, "”") && !isUpperWord(prev)
}

// squeeze closes up the wide gaps of layout text: a run of three or more
// spaces (a column gap) keeps two, shorter runs become one.
func squeeze(s string) string {
	if !strings.Contains(s, "  ") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	run := 0
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' {
			run++
			continue
		}
		if run > 0 {
			if run >= 3 {
				b.WriteString("  ")
			} else {
				b.WriteByte(' ')
			}
			run = 0
		}
		b.WriteByte(s[i])
	}
	return b.String()
}
