package main

import (
	"context"
	"errors"
	"fmt"
	"html/template"
	"io"
	"io/fs"
	"math"
	"os"
	"strconv"
	"strings"

	"github.com/frente/frente"
	"github.com/frente/frente/align"
	"github.com/frente/frente/contract"
	"github.com/frente/frente/postgres"
	"github.com/frente/frente/redline"
	"github.com/frente/frente/sqlstore"
)

func runCompare(ctx context.Context, args []string, e *env) error {
	fs := newFlags("compare", "A B",
		"Align a predecessor agreement (A) with its successor (B): which article became which across renumbering,\n"+
			"moves, renames, splits and merges, with a word-by-word redline of each, then the articles added and removed.\n"+
			"A and B are contract files, or ids of stored agreements (a plain number that is not a file). Text output\n"+
			"shows the redline of the articles whose wording changed; json and html show every pair.", e.stderr)
	db := dbFlag(fs)
	format := fs.String("format", "text", "text, html or json")
	// The two operands may come before, between or after the flags.
	var operands []string
	for {
		if err := parse(fs, args); err != nil {
			return err
		}
		if fs.NArg() == 0 {
			break
		}
		operands = append(operands, fs.Arg(0))
		args = fs.Args()[1:]
	}
	if len(operands) != 2 {
		fs.Usage()
		return errUsage
	}
	if *format != "text" && *format != "html" && *format != "json" {
		return fmt.Errorf("--format %q: use text, html or json", *format)
	}
	src := &sources{db: *db}
	defer src.close()
	a, b, err := src.loadBoth(ctx, operands[0], operands[1])
	if err != nil {
		return err
	}
	if len(a.units)*len(b.units) > align.MaxPairs {
		return fmt.Errorf("too many articles to align: A has %d and B %d (at most %d pairs of articles)", len(a.units), len(b.units), align.MaxPairs)
	}
	c := compare(a, b)
	switch *format {
	case "json":
		return printJSON(e.stdout, c)
	case "html":
		return writeCompareHTML(e.stdout, c)
	}
	writeCompareText(e.stdout, c)
	return nil
}

// side is one agreement to compare: where it came from and its units.
type side struct {
	name  string // the file, or "agreement 12 (title)"
	lang  string
	units []align.Unit
}

// sources loads agreements from files or, when an operand is an id, from
// the store, which it opens at most once.
type sources struct {
	db    string
	ctx   context.Context
	store *sqlstore.Store
}

func (s *sources) close() {
	if s.store != nil {
		s.store.Close()
	}
}

// loadBoth loads A and B. Two files are parsed at once, on two cores:
// parsing is most of the time of comparing two files.
func (s *sources) loadBoth(ctx context.Context, argA, argB string) (a, b *side, err error) {
	if !isFile(argA) || !isFile(argB) {
		if a, err = s.load(ctx, "A", argA); err != nil {
			return nil, nil, err
		}
		b, err = s.load(ctx, "B", argB)
		return a, b, err
	}
	var errB error
	done := make(chan struct{})
	go func() {
		defer close(done)
		b, errB = s.load(ctx, "B", argB)
	}()
	a, err = s.load(ctx, "A", argA)
	<-done
	if err != nil {
		return nil, nil, err
	}
	return a, b, errB
}

func isFile(name string) bool {
	st, err := os.Stat(name)
	return err == nil && st.Mode().IsRegular()
}

// load reads operand arg (named A or B in errors): a file if one exists by
// that name, else a stored agreement's id.
func (s *sources) load(ctx context.Context, which, arg string) (*side, error) {
	_, statErr := os.Stat(arg)
	id, idErr := strconv.ParseInt(arg, 10, 64)
	if statErr == nil || idErr != nil || id <= 0 {
		if statErr != nil {
			if errors.Is(statErr, fs.ErrNotExist) {
				return nil, fmt.Errorf("%s: no file %q (an agreement id is a positive number)", which, arg)
			}
			return nil, fmt.Errorf("%s: %w", which, statErr)
		}
		doc, err := contract.ParseFile(arg, contract.Options{})
		if err != nil {
			return nil, fmt.Errorf("%s: %w", which, err)
		}
		return &side{name: arg, lang: doc.Language, units: align.FromDocument(doc)}, nil
	}
	if s.store == nil {
		// A missing SQLite file would be created empty by opening it:
		// say what is missing instead.
		if !postgres.IsURL(s.db) {
			if _, err := os.Stat(s.db); err != nil {
				return nil, fmt.Errorf("%s: %s is neither a file nor an agreement in a database (no database at %s; set --db)", which, arg, s.db)
			}
		}
		var err error
		if s.ctx, s.store, err = openLocal(ctx, s.db); err != nil {
			return nil, fmt.Errorf("%s: open the database to read agreement %d: %w", which, id, err)
		}
	}
	ag, err := s.store.FindAgreementByID(s.ctx, frente.ID(id))
	if frente.ErrorCode(err) == frente.ENOTFOUND {
		return nil, fmt.Errorf("%s: no file %q, and no agreement %d in %s", which, arg, id, redact(s.db))
	} else if err != nil {
		return nil, fmt.Errorf("%s: agreement %d: %w", which, id, err)
	}
	units, err := s.store.AgreementUnits(s.ctx, ag.ID)
	if err != nil {
		return nil, fmt.Errorf("%s: agreement %d: %w", which, id, err)
	}
	return &side{name: fmt.Sprintf("agreement %d (%s)", id, ag.Title), lang: ag.Language, units: align.FromStored(units)}, nil
}

// comparison is what every format prints: the alignment with its
// redlines, and B's language for the words around them. Its JSON is the
// --format json output.
type comparison struct {
	*align.Comparison
	lang string
}

func compare(a, b *side) *comparison {
	return &comparison{Comparison: align.Compare(a.name, b.name, a.units, b.units), lang: b.lang}
}

// compareWords are the words around the redlines, in English and Spanish.
var compareWords = map[string]map[string]string{
	"en": {"title": "Comparison", "unchanged": "(wording unchanged)", "added": "Added", "removed": "Removed",
		"none": "none", "pairs": "%d paired, %d added, %d removed", "no number": "(no number)"},
	"es": {"title": "Comparación", "unchanged": "(redacción sin cambios)", "added": "Nuevos", "removed": "Suprimidos",
		"none": "ninguno", "pairs": "%d emparejados, %d nuevos, %d suprimidos", "no number": "(sin número)"},
}

var compareKinds = map[string]map[string]string{
	"en": {"article": "Article", "appendix": "Appendix", "section": "Section", "chapter": "Chapter", "part": "Part"},
	"es": {"article": "Artículo", "appendix": "Anexo", "section": "Apartado", "chapter": "Capítulo", "part": "Título"},
}

func (c *comparison) word(key string) string {
	if w, ok := compareWords[c.lang][key]; ok {
		return w
	}
	return compareWords["en"][key]
}

func (c *comparison) kind(k string) string {
	if w, ok := compareKinds[c.lang][k]; ok {
		return w
	}
	if w, ok := compareKinds["en"][k]; ok {
		return w
	}
	return k
}

func (c *comparison) number(n string) string {
	if n == "" {
		return c.word("no number")
	}
	return n
}

// header is a pair's title line: "Article XLII → XLI  HOURS OF WORK" (both
// headings when it was renamed); sep goes before the heading.
func (c *comparison) header(p align.ComparedPair, sep string) string {
	kind := c.kind(p.Kind)
	if p.AKind != "" {
		kind = c.kind(p.AKind) + " → " + kind
	}
	s := kind + " " + c.number(p.A)
	if p.A != p.B {
		s += " → " + c.number(p.B)
	}
	switch {
	case p.Pair.Has(align.Renamed) && p.AHeading != "":
		s += sep + p.AHeading + " → " + p.BHeading
	case p.BHeading != "":
		s += sep + p.BHeading
	}
	return s
}

func (c *comparison) unitHeader(u align.ListedUnit, sep string) string {
	s := c.kind(u.Kind) + " " + c.number(u.Number)
	if u.Heading != "" {
		s += sep + u.Heading
	}
	return s
}

// Headings follow numbers after two spaces on a terminal, a dash on a page
// (where spaces collapse).
const textSep, htmlSep = "  ", " — "

// percent rounds down, so that 100% means every word kept.
func percent(f float64) string { return strconv.Itoa(int(math.Floor(f*100))) + "%" }

func writeCompareText(w io.Writer, c *comparison) {
	fmt.Fprintf(w, "%s → %s\n", c.A, c.B)
	fmt.Fprintf(w, c.word("pairs")+"\n", len(c.Pairs), len(c.Added), len(c.Removed))
	for _, p := range c.Pairs {
		fmt.Fprintf(w, "\n%s  (%s, %s)\n", c.header(p, textSep), percent(p.Similarity), strings.Join(p.Changes, ", "))
		if p.Pair.Has(align.Modified) {
			fmt.Fprintf(w, "\n%s\n", strings.TrimRight(redline.Text(p.Ops), "\n"))
		}
	}
	lists := []struct {
		key   string
		units []align.ListedUnit
		texts []string
		diff  func(string) []redline.Op
	}{
		{"added", c.Added, c.AddedText, func(s string) []redline.Op { return redline.Diff("", s) }},
		{"removed", c.Removed, c.RemovedText, func(s string) []redline.Op { return redline.Diff(s, "") }},
	}
	for _, l := range lists {
		fmt.Fprintf(w, "\n%s:", c.word(l.key))
		if len(l.units) == 0 {
			fmt.Fprintf(w, " %s\n", c.word("none"))
			continue
		}
		fmt.Fprintln(w)
		for k, u := range l.units {
			fmt.Fprintf(w, "\n%s\n", c.unitHeader(u, textSep))
			if t := strings.TrimSpace(l.texts[k]); t != "" {
				fmt.Fprintf(w, "\n%s\n", strings.TrimRight(redline.Text(l.diff(t)), "\n"))
			}
		}
	}
}

// compareHTML is a standalone page, to print or to mail: its styles are
// inline and readable in black and white (the redline marks every change
// with brackets as well as colour).
var compareHTML = template.Must(template.New("compare").Parse(`<!doctype html>
<html lang="{{.Lang}}">
<head>
<meta charset="utf-8">
<title>{{.Title}}: {{.A}} → {{.B}}</title>
<style>
body { font: 11pt/1.45 Georgia, "Times New Roman", serif; max-width: 46em; margin: 2em auto; padding: 0 1em; color: #000; }
h1 { font-size: 1.4em; } h2 { font-size: 1.1em; margin: 2em 0 .2em; break-after: avoid; }
.meta { color: #444; margin: 0 0 .6em; font-style: italic; }
section { break-inside: auto; }
.rl-del { color: #a00; text-decoration: line-through; }
.rl-ins { color: #060; text-decoration: underline; }
.rl-move, .rl-move-mark { color: #005; font-weight: bold; }
.rl-sym { font-weight: bold; }
.visually-hidden { position: absolute !important; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media print { body { margin: 0; max-width: none; } a { color: #000; } }
</style>
</head>
<body>
<h1>{{.Title}}</h1>
<p>{{.A}} → {{.B}}<br>{{.Summary}}</p>
{{range .Pairs}}<section>
<h2>{{.Header}}</h2>
<p class="meta">{{.Meta}}</p>
{{.Redline}}
</section>
{{end}}{{range .Lists}}<section>
<h2>{{.Title}}</h2>
{{if not .Units}}<p>{{$.None}}</p>{{end}}{{range .Units}}<h3>{{.Header}}</h3>
{{.Redline}}
{{end}}</section>
{{end}}</body>
</html>
`))

type htmlBlock struct {
	Header, Meta string
	Redline      template.HTML // redline.HTML escapes the texts itself
}

func writeCompareHTML(w io.Writer, c *comparison) error {
	type list struct {
		Title string
		Units []htmlBlock
	}
	page := struct {
		Lang, Title, A, B, Summary, None string
		Pairs                            []htmlBlock
		Lists                            []list
	}{Lang: c.lang, Title: c.word("title"), A: c.A, B: c.B, None: c.word("none"),
		Summary: fmt.Sprintf(c.word("pairs"), len(c.Pairs), len(c.Added), len(c.Removed))}
	if page.Lang != "es" {
		page.Lang = "en"
	}
	for _, p := range c.Pairs {
		page.Pairs = append(page.Pairs, htmlBlock{Header: c.header(p, htmlSep),
			Meta:    percent(p.Similarity) + ", " + strings.Join(p.Changes, ", "),
			Redline: template.HTML(redline.HTML(p.Ops))})
	}
	added, removed := list{Title: c.word("added")}, list{Title: c.word("removed")}
	for k, u := range c.Added {
		added.Units = append(added.Units, htmlBlock{Header: c.unitHeader(u, htmlSep), Redline: template.HTML(redline.HTML(redline.Diff("", c.AddedText[k])))})
	}
	for k, u := range c.Removed {
		removed.Units = append(removed.Units, htmlBlock{Header: c.unitHeader(u, htmlSep), Redline: template.HTML(redline.HTML(redline.Diff(c.RemovedText[k], "")))})
	}
	page.Lists = []list{added, removed}
	if err := compareHTML.Execute(w, page); err != nil {
		return fmt.Errorf("write html: %w", err)
	}
	return nil
}
