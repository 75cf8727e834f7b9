package contract

import "github.com/frente/frente/contract/topic"

// Kind is what a unit of an agreement is. The set is closed so that storage,
// search and comparison can rely on it.
type Kind string

// The kinds of unit, from the outermost in.
const (
	KindPart     Kind = "part"
	KindChapter  Kind = "chapter"
	KindArticle  Kind = "article"
	KindSection  Kind = "section"
	KindAppendix Kind = "appendix"
)

// Document is one agreement as the parser recovered it.
type Document struct {
	Title    string `json:"title"`
	Language string `json:"language"` // "en" or "es"
	// EffectiveDate and ExpiryDate are YYYY-MM-DD, from the front matter or
	// from the text when it states them plainly; empty when unknown.
	EffectiveDate string  `json:"effective_date,omitempty"`
	ExpiryDate    string  `json:"expiry_date,omitempty"`
	Units         []*Unit `json:"units"`

	// Text is the normalized text that every Start and End points into:
	// NFC, "\n" line ends, without running headers, footers, page numbers
	// or tables of contents.
	Text string `json:"-"`
	// Format is the format the text was extracted from: txt, md, html,
	// docx or pdf.
	Format string `json:"-"`
	// Extractor says how a PDF was read ("pdftotext" or "go"); empty for
	// other formats.
	Extractor string `json:"-"`
}

// Unit is one part, chapter, article, section or appendix.
//
// Start and End are byte offsets into Document.Text and span the whole
// unit: its heading, its own text and its children. Text is only the unit's
// own text: what follows the heading up to the first child (all of it when
// there are no children), so that no sentence belongs to two units.
type Unit struct {
	Kind     Kind     `json:"kind"`
	Number   string   `json:"number"`
	Heading  string   `json:"heading"`
	Topics   []string `json:"topics"`
	Text     string   `json:"text"`
	Start    int      `json:"start"`
	End      int      `json:"end"`
	Children []*Unit  `json:"children"`

	// Label is the word the document puts before the number, as written
	// ("ARTICLE", "Cláusula", "Section", "LETTER OF AGREEMENT"); empty for
	// clauses like "(a)" and bare decimals like "12.3".
	Label string `json:"-"`

	// Explanations says why each topic was assigned, one per topic in the
	// order of Topics. It is left out of the JSON that `frente parse
	// --json` documents; `--explain` adds it.
	Explanations []topic.Match `json:"-"`
}

// Walk calls fn for every unit of units and their descendants, parents
// before children; fn returns false to skip a unit's children.
func Walk(units []*Unit, fn func(u *Unit, depth int) bool) {
	var walk func(us []*Unit, depth int)
	walk = func(us []*Unit, depth int) {
		for _, u := range us {
			if fn(u, depth) {
				walk(u.Children, depth+1)
			}
		}
	}
	walk(units, 0)
}

// Count returns how many units of the kind the document has at any depth.
func (d *Document) Count(k Kind) int {
	n := 0
	Walk(d.Units, func(u *Unit, _ int) bool {
		if u.Kind == k {
			n++
		}
		return true
	})
	return n
}
