package align

import (
	"strings"

	"github.com/frente/frente"
	"github.com/frente/frente/contract"
)

// Unit is what alignment compares: one article or appendix (top-level
// comparable unit), with the text of its sections folded into Text.
type Unit struct {
	Kind    string // article | appendix | section | chapter | part
	Number  string // as written: "XLII", "12", "DÉCIMA"
	Heading string
	// Text is its own text plus its descendants', in order; each
	// descendant starts a paragraph with its number and heading ("12.3
	// Notice"), so that a redline of two Texts reads like the agreement.
	Text string
}

// comparable reports whether a unit of this kind is compared whole, with
// its descendants folded in.
func comparable(kind string) bool {
	return kind == string(contract.KindArticle) || kind == string(contract.KindAppendix)
}

// FromDocument flattens a parsed agreement into comparable units: articles
// and appendices (and, when a document has no articles, its top-level
// units). Text outside them (a preamble, a chapter's own words) is left
// out: it has nothing to be renumbered or moved against.
func FromDocument(d *contract.Document) []Unit {
	if d == nil {
		return nil
	}
	top := d.Count(contract.KindArticle) == 0
	var out []Unit
	contract.Walk(d.Units, func(u *contract.Unit, depth int) bool {
		if !(top && depth == 0) && !(!top && comparable(string(u.Kind))) {
			return true
		}
		var b strings.Builder
		b.WriteString(strings.TrimSpace(u.Text))
		contract.Walk(u.Children, func(c *contract.Unit, _ int) bool {
			appendPart(&b, string(c.Kind), c.Number, c.Heading, c.Text)
			return true
		})
		out = append(out, Unit{Kind: string(u.Kind), Number: u.Number, Heading: u.Heading, Text: b.String()})
		return false
	})
	return out
}

// FromStored is FromDocument for an agreement read back from the store:
// units in Seq order, as AgreementUnits returns them, nested by Depth.
func FromStored(units []*frente.Unit) []Unit {
	top := true
	for _, u := range units {
		if u.Kind == string(contract.KindArticle) {
			top = false
			break
		}
	}
	var out []Unit
	var b strings.Builder
	open, openDepth := false, 0
	flush := func() {
		if open {
			out[len(out)-1].Text = b.String()
			b.Reset()
			open = false
		}
	}
	for _, u := range units {
		if open && u.Depth > openDepth {
			appendPart(&b, u.Kind, u.Number, u.Heading, u.Text)
			continue
		}
		flush()
		if (top && u.Depth == 0) || (!top && comparable(u.Kind)) {
			out = append(out, Unit{Kind: u.Kind, Number: u.Number, Heading: u.Heading})
			b.WriteString(strings.TrimSpace(u.Text))
			open, openDepth = true, u.Depth
		}
	}
	flush()
	return out
}

// appendPart adds one descendant as a paragraph: its label line, then its
// text.
func appendPart(b *strings.Builder, kind, number, heading, text string) {
	label := partLabel(kind, number)
	if h := strings.TrimSpace(heading); h != "" {
		if label != "" {
			label += " "
		}
		label += h
	}
	text = strings.TrimSpace(text)
	if label == "" && text == "" {
		return
	}
	if b.Len() > 0 {
		b.WriteString("\n\n")
	}
	b.WriteString(label)
	if label != "" && text != "" {
		b.WriteByte('\n')
	}
	b.WriteString(text)
}

// partLabel writes a descendant's number the way agreements print it:
// decimals bare ("12.3"), letters and small numerals in parentheses
// ("(a)", "(iv)").
func partLabel(kind, number string) string {
	number = strings.TrimSpace(number)
	if number == "" || kind != string(contract.KindSection) || strings.ContainsAny(number, ".0123456789") {
		return number
	}
	return "(" + number + ")"
}
