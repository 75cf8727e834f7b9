package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/frente/frente/contract"
	"github.com/frente/frente/contract/topic"
)

func runParse(ctx context.Context, args []string, e *env) error {
	fs := newFlags("parse", "FILE",
		"Print the structure and topics that Frente recovers from one contract file (.txt, .md, .html,\n.docx or .pdf). Nothing is stored; no database is needed. --json prints the format documented\nin the README.", e.stderr)
	asJSON := fs.Bool("json", false, "print JSON")
	explain := fs.Bool("explain", false, "say why each topic was assigned")
	depth := fs.Int("depth", 0, "print the outline this many levels deep (0: all)")
	noPdftotext := fs.Bool("no-pdftotext", false, "read PDFs with the built-in reader even if pdftotext is installed")
	// Flags may come before or after the file name.
	if err := parse(fs, args); err != nil {
		return err
	}
	file := fs.Arg(0)
	if fs.NArg() > 1 {
		if err := parse(fs, fs.Args()[1:]); err != nil {
			return err
		}
		if fs.NArg() > 0 {
			fs.Usage()
			return errUsage
		}
	}
	if file == "" {
		fs.Usage()
		return errUsage
	}
	doc, err := contract.ParseFile(file, contract.Options{NoPdftotext: *noPdftotext})
	if err != nil {
		return err
	}
	if *asJSON {
		if *explain {
			return printJSON(e.stdout, explainedDoc(doc))
		}
		return printJSON(e.stdout, doc)
	}
	printOutline(e.stdout, doc, *explain, *depth)
	return nil
}

// printOutline prints the document for people: title, language, dates, then
// one line per unit, indented by depth.
func printOutline(w io.Writer, doc *contract.Document, explain bool, maxDepth int) {
	fmt.Fprintf(w, "%s\n", doc.Title)
	fmt.Fprintf(w, "language: %s   format: %s", doc.Language, doc.Format)
	if doc.Extractor != "" {
		fmt.Fprintf(w, " (%s)", doc.Extractor)
	}
	fmt.Fprintln(w)
	if doc.EffectiveDate != "" || doc.ExpiryDate != "" {
		fmt.Fprintf(w, "in force: %s to %s\n", orDash(doc.EffectiveDate), orDash(doc.ExpiryDate))
	}
	fmt.Fprintf(w, "%d articles, %d sections, %d appendices\n\n",
		doc.Count(contract.KindArticle), doc.Count(contract.KindSection), doc.Count(contract.KindAppendix))
	contract.Walk(doc.Units, func(u *contract.Unit, d int) bool {
		if maxDepth > 0 && d >= maxDepth {
			return false
		}
		indent := strings.Repeat("  ", d)
		line := indent + unitLabel(u, doc.Language)
		switch {
		case u.Label == "" && u.Number == "" && u.Heading != "":
			line = indent + u.Heading // PREAMBLE, DISPOSICIONES ADICIONALES
		case u.Heading != "":
			line += "  " + u.Heading
		}
		if len(u.Topics) > 0 {
			line += "  [" + strings.Join(u.Topics, ", ") + "]"
		}
		fmt.Fprintln(w, line)
		if explain {
			for _, m := range u.Explanations {
				fmt.Fprintf(w, "%s    %s: %s\n", indent, m.Code, m.Reason)
			}
		}
		return true
	})
}

// unitLabel names a unit as its document does: "ARTICLE 12", "Cláusula
// DÉCIMA", "12.3", "(a)".
func unitLabel(u *contract.Unit, lang string) string {
	switch {
	case u.Label != "" && u.Number != "":
		return u.Label + " " + u.Number
	case u.Label != "":
		return u.Label
	case u.Kind == contract.KindSection && strings.Contains(u.Number, "."):
		return u.Number
	case u.Kind == contract.KindSection && u.Number != "":
		return "(" + u.Number + ")"
	case u.Number != "":
		return kindLabel(u.Kind, lang) + " " + u.Number
	}
	return kindLabel(u.Kind, lang)
}

func kindLabel(k contract.Kind, lang string) string {
	en := map[contract.Kind]string{contract.KindPart: "PART", contract.KindChapter: "CHAPTER", contract.KindArticle: "ARTICLE", contract.KindSection: "Section", contract.KindAppendix: "APPENDIX"}
	es := map[contract.Kind]string{contract.KindPart: "TÍTULO", contract.KindChapter: "CAPÍTULO", contract.KindArticle: "ARTÍCULO", contract.KindSection: "Apartado", contract.KindAppendix: "ANEXO"}
	if lang == "es" {
		return es[k]
	}
	return en[k]
}

func orDash(s string) string {
	if s == "" {
		return "?"
	}
	return s
}

// jsonUnit is a Unit with its explanations, for --json --explain.
type jsonUnit struct {
	*contract.Unit
	Explanations []topic.Match `json:"explanations"`
	Children     []jsonUnit    `json:"children"`
}

type jsonDoc struct {
	*contract.Document
	Units []jsonUnit `json:"units"`
}

func explainedDoc(doc *contract.Document) jsonDoc {
	var conv func(us []*contract.Unit) []jsonUnit
	conv = func(us []*contract.Unit) []jsonUnit {
		out := make([]jsonUnit, 0, len(us))
		for _, u := range us {
			ex := u.Explanations
			if ex == nil {
				ex = []topic.Match{}
			}
			out = append(out, jsonUnit{Unit: u, Explanations: ex, Children: conv(u.Children)})
		}
		return out
	}
	return jsonDoc{Document: doc, Units: conv(doc.Units)}
}
