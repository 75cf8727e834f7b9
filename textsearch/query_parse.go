package textsearch

import (
	"fmt"
	"unicode"
	"unicode/utf8"

	"github.com/frente/frente"
)

// Limits on a query. They keep every query cheap to run (each term is a
// doclist the database walks) and far from FTS5's own limits on expression
// depth, whatever is typed or sent to the API.
const (
	MaxQueryBytes = 500
	MaxQueryTerms = 30
	maxQueryDepth = 8 // nested parentheses
)

// ParseQuery parses what a person types into a search box:
//
//	arbitration discharge    both words (implicit AND; AND may be written)
//	"just cause"             the phrase: the words adjacent, in order
//	despido OR sanción       either; OR binds tighter than AND, as in web
//	                         search: a b OR c is a AND (b OR c)
//	NOT overtime, -overtime  excludes units with the word (or phrase, or group)
//	(a OR b) c               parentheses group
//
// AND, OR and NOT are operators only in capitals; "or" is a word. Case
// and accents do not matter ("sancion" finds "sanción"). A typed word that
// holds several words for the index ("just-cause", "12.3", "title:secret")
// is searched as their phrase. Characters that are neither letters nor
// digits only separate words, so no input is ever read as database query
// syntax.
//
// A query with nothing to search for (empty, only excluded terms,
// unbalanced quotes or parentheses, OR or AND without a word on one side)
// or over the limits (MaxQueryBytes, MaxQueryTerms) is an EINVALID
// *frente.Error with one field error on "q", code "invalid_query", whose
// message says what is wrong and at which byte; Args[0] is that byte
// offset (an int).
func ParseQuery(q string) (*Query, error) {
	if len(q) > MaxQueryBytes {
		return nil, queryError(MaxQueryBytes, "the query is %d bytes long; the limit is %d (at byte %d)", len(q), MaxQueryBytes, MaxQueryBytes)
	}
	toks, err := lexQuery(q)
	if err != nil {
		return nil, err
	}
	p := &parser{toks: toks}
	root, err := p.parseAnd(0, -1)
	if err != nil {
		return nil, err
	}
	if root == nil {
		return nil, queryError(0, "there is nothing to search for: type a word or a \"phrase\" (at byte 0)")
	}
	return &Query{root: root, src: q}, nil
}

// queryError returns the EINVALID error of a bad query; format must say
// where (pos, a byte offset) in words.
func queryError(pos int, format string, args ...any) error {
	return &frente.Error{
		Code:    frente.EINVALID,
		Message: "invalid search query",
		Key:     "err.invalid",
		Fields: []frente.FieldError{{
			Field:   "q",
			Code:    "invalid_query",
			Message: fmt.Sprintf(format, args...),
			Args:    []any{pos},
		}},
	}
}

type tokKind uint8

const (
	tWords tokKind = iota // a typed word or a quoted phrase
	tAnd
	tOr
	tNot
	tLParen
	tRParen
	tEOF
)

type qtok struct {
	kind  tokKind
	pos   int
	words []string // tWords
}

// isQuote reports the characters that open or close a phrase: the ASCII
// double quote, and the typographic ones word processors and phones type.
func isQuote(r rune) bool {
	switch r {
	case '"', '“', '”', '„', '«', '»':
		return true
	}
	return false
}

// lexQuery splits q into tokens. Words that hold no letter or digit
// ("*", "&&") are dropped: they carry nothing to search for.
func lexQuery(q string) ([]qtok, error) {
	var toks []qtok
	nterms := 0
	addWords := func(pos int, text string) error {
		var words []string
		var err error
		var buf [64]byte
		forEachWord(text, func(start, end int) {
			w := text[start:end]
			if wordTerm(w, 0, buf[:0]) == "" || wordTerm(w, 1, buf[:0]) == "" {
				return // nothing left of it to search for in some language
			}
			nterms++
			if nterms > MaxQueryTerms && err == nil {
				err = queryError(pos+start, "the query has more than %d words (at byte %d)", MaxQueryTerms, pos+start)
			}
			words = append(words, w)
		})
		if err != nil {
			return err
		}
		if len(words) > 0 {
			toks = append(toks, qtok{kind: tWords, pos: pos, words: words})
		}
		return nil
	}
	for i := 0; i < len(q); {
		r, size := utf8.DecodeRuneInString(q[i:])
		switch {
		case unicode.IsSpace(r):
			i += size
		case r == '(':
			toks = append(toks, qtok{kind: tLParen, pos: i})
			i++
		case r == ')':
			toks = append(toks, qtok{kind: tRParen, pos: i})
			i++
		case isQuote(r):
			end := -1
			for j := i + size; j < len(q); {
				r2, s2 := utf8.DecodeRuneInString(q[j:])
				if isQuote(r2) {
					end = j
					break
				}
				j += s2
			}
			if end < 0 {
				return nil, queryError(i, "the quote at byte %d is not closed", i)
			}
			if err := addWords(i, q[i:end]); err != nil {
				return nil, err
			}
			_, s2 := utf8.DecodeRuneInString(q[end:])
			i = end + s2
		case r == '-' && i+1 < len(q) && !unicode.IsSpace(rune(q[i+1])) && q[i+1] != ')':
			// A leading minus excludes what follows it, as in web search;
			// inside a word ("re-hire") it only separates.
			toks = append(toks, qtok{kind: tNot, pos: i})
			i++
		default:
			j := i
			for j < len(q) {
				r2, s2 := utf8.DecodeRuneInString(q[j:])
				if unicode.IsSpace(r2) || r2 == '(' || r2 == ')' || isQuote(r2) {
					break
				}
				j += s2
			}
			switch chunk := q[i:j]; chunk {
			case "AND":
				toks = append(toks, qtok{kind: tAnd, pos: i})
			case "OR":
				toks = append(toks, qtok{kind: tOr, pos: i})
			case "NOT":
				toks = append(toks, qtok{kind: tNot, pos: i})
			default:
				if err := addWords(i, chunk); err != nil {
					return nil, err
				}
			}
			i = j
		}
	}
	return append(toks, qtok{kind: tEOF, pos: len(q)}), nil
}

type parser struct {
	toks []qtok
	i    int
}

func (p *parser) peek() qtok { return p.toks[p.i] }
func (p *parser) next() qtok { t := p.toks[p.i]; p.i++; return t }

// element is a parsed operand of AND: a node, possibly negated.
type element struct {
	n   *node
	neg bool
	pos int
}

// parseAnd parses a sequence of elements up to the end of the query (open
// < 0) or to the parenthesis closing the one at byte open. It returns nil
// when the sequence holds nothing to search for and nothing excluded.
func (p *parser) parseAnd(depth, open int) (*node, error) {
	and := &node{kind: nAnd}
	pendingAnd := -1 // byte offset of an AND still waiting for its right side
	firstNeg := -1
	for {
		t := p.peek()
		switch t.kind {
		case tEOF:
			if open >= 0 {
				return nil, queryError(open, "the parenthesis at byte %d is not closed", open)
			}
			return finishAnd(and, pendingAnd, firstNeg, open)
		case tRParen:
			if open < 0 {
				return nil, queryError(t.pos, "the parenthesis at byte %d closes nothing", t.pos)
			}
			return finishAnd(and, pendingAnd, firstNeg, open)
		case tAnd:
			p.next()
			if len(and.kids)+len(and.neg) == 0 || pendingAnd >= 0 {
				return nil, queryError(t.pos, "AND at byte %d needs a word before it", t.pos)
			}
			pendingAnd = t.pos
			continue
		case tOr:
			return nil, queryError(t.pos, "OR at byte %d needs a word before it", t.pos)
		}
		e, err := p.parseOr(depth)
		if err != nil {
			return nil, err
		}
		pendingAnd = -1
		if e.n == nil {
			continue // "()" or a group of nothing
		}
		if e.neg {
			and.neg = append(and.neg, e.n)
			if firstNeg < 0 {
				firstNeg = e.pos
			}
		} else if e.n.kind == nAnd {
			// (a b) c is a b c, and x (-y) is x -y.
			and.kids = append(and.kids, e.n.kids...)
			and.neg = append(and.neg, e.n.neg...)
			if len(e.n.kids) == 0 && firstNeg < 0 {
				firstNeg = e.pos
			}
		} else {
			and.kids = append(and.kids, e.n)
		}
	}
}

// finishAnd checks and simplifies a parsed AND sequence.
func finishAnd(and *node, pendingAnd, firstNeg, open int) (*node, error) {
	if pendingAnd >= 0 {
		return nil, queryError(pendingAnd, "AND at byte %d needs a word after it", pendingAnd)
	}
	if len(and.kids) == 0 {
		if len(and.neg) == 0 {
			return nil, nil
		}
		if open >= 0 {
			// Only exclusions: fine beside words to search for ("x (-y)"),
			// which parseAnd checks one level up.
			return and, nil
		}
		return nil, queryError(firstNeg, "NOT at byte %d excludes from nothing: add a word to search for", firstNeg)
	}
	if len(and.kids) == 1 && len(and.neg) == 0 {
		return and.kids[0], nil
	}
	return and, nil
}

// parseOr parses one operand of AND: a unary operand, or several joined
// by OR.
func (p *parser) parseOr(depth int) (element, error) {
	first, err := p.parseUnary(depth)
	if err != nil {
		return element{}, err
	}
	if p.peek().kind != tOr {
		return first, nil
	}
	or := &node{kind: nOr}
	add := func(e element) error {
		if e.neg {
			return queryError(e.pos, "NOT at byte %d cannot be a side of OR: exclude outside the OR", e.pos)
		}
		if onlyExcludes(e.n) {
			return queryError(e.pos, "the group at byte %d only excludes, so it cannot be a side of OR", e.pos)
		}
		switch {
		case e.n == nil:
		case e.n.kind == nOr:
			or.kids = append(or.kids, e.n.kids...)
		default:
			or.kids = append(or.kids, e.n)
		}
		return nil
	}
	if err := add(first); err != nil {
		return element{}, err
	}
	for p.peek().kind == tOr {
		t := p.next()
		switch p.peek().kind {
		case tWords, tNot, tLParen:
		default:
			return element{}, queryError(t.pos, "OR at byte %d needs a word after it", t.pos)
		}
		e, err := p.parseUnary(depth)
		if err != nil {
			return element{}, err
		}
		if err := add(e); err != nil {
			return element{}, err
		}
	}
	switch len(or.kids) {
	case 0:
		return element{pos: first.pos}, nil
	case 1:
		return element{n: or.kids[0], pos: first.pos}, nil
	}
	return element{n: or, pos: first.pos}, nil
}

// parseUnary parses a word, phrase or group, with NOT (or a leading -)
// before it.
func (p *parser) parseUnary(depth int) (element, error) {
	t := p.peek()
	if t.kind != tNot {
		n, err := p.parsePrimary(depth)
		return element{n: n, pos: t.pos}, err
	}
	p.next()
	switch p.peek().kind {
	case tWords, tLParen:
	default:
		return element{}, queryError(t.pos, "NOT at byte %d must be followed by a word, a \"phrase\" or a (group)", t.pos)
	}
	n, err := p.parsePrimary(depth)
	if err == nil && onlyExcludes(n) {
		return element{}, queryError(t.pos, "NOT at byte %d excludes a group that only excludes: remove one of the two", t.pos)
	}
	return element{n: n, neg: true, pos: t.pos}, err
}

// onlyExcludes reports a group of NOTs alone, like "(-a -b)".
func onlyExcludes(n *node) bool {
	return n != nil && n.kind == nAnd && len(n.kids) == 0
}

// parsePrimary parses a word, a phrase or a parenthesized group.
func (p *parser) parsePrimary(depth int) (*node, error) {
	t := p.next()
	switch t.kind {
	case tWords:
		return &node{kind: nPhrase, words: t.words}, nil
	case tLParen:
		if depth >= maxQueryDepth {
			return nil, queryError(t.pos, "the parenthesis at byte %d nests groups deeper than %d", t.pos, maxQueryDepth)
		}
		n, err := p.parseAnd(depth+1, t.pos)
		if err != nil {
			return nil, err
		}
		p.next() // the closing parenthesis: parseAnd stopped on it
		return n, nil
	}
	// Callers only come here on a token that starts an operand.
	return nil, queryError(t.pos, "a word was expected at byte %d", t.pos)
}
