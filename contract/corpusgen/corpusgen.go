// Package corpusgen writes reproducible synthetic collective agreements,
// in English and Spanish, for benchmarks of parsing, classification and
// search. Every word comes from this package: no real agreement is copied.
//
// The agreements look like real ones where it costs the parser: pdftotext
// layout with running headers, page numbers and form feeds, tables of
// contents with dot leaders, several heading styles, sections and lettered
// clauses, and appendices.
package corpusgen

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// File is one generated agreement.
type File struct {
	Name string
	Lang string // "en" or "es"
	Data []byte
	// Articles is how many articles the generator wrote, for checks.
	Articles int
}

// Options tune Generate.
type Options struct {
	// Size is the approximate size of each agreement in bytes (default
	// 90 000).
	Size int
	// Spanish is the share of Spanish agreements, 0 to 1 (default 0.15).
	Spanish float64
}

// Generate returns n agreements; the same seed gives the same bytes.
func Generate(seed int64, n int) []File {
	return GenerateWith(seed, n, Options{})
}

// GenerateWith is Generate with options.
func GenerateWith(seed int64, n int, opt Options) []File {
	if opt.Size <= 0 {
		opt.Size = 90_000
	}
	if opt.Spanish == 0 {
		opt.Spanish = 0.15
	}
	r := rand.New(rand.NewPCG(uint64(seed), uint64(seed)^0x9e3779b97f4a7c15))
	files := make([]File, 0, n)
	for i := 0; i < n; i++ {
		g := &gen{r: r, size: opt.Size}
		var f File
		if r.Float64() < opt.Spanish {
			f = g.spanish(i)
		} else {
			f = g.english(i)
		}
		files = append(files, f)
	}
	return files
}

type gen struct {
	r    *rand.Rand
	size int
}

func (g *gen) pick(list []string) string { return list[g.r.IntN(len(list))] }

// sentence builds one sentence from a topic's phrases and common filler.
func (g *gen) sentence(subjects, verbs, objects, tails []string) string {
	s := g.pick(subjects) + " " + g.pick(verbs) + " " + g.pick(objects)
	if g.r.IntN(3) > 0 {
		s += " " + g.pick(tails)
	}
	return s + "."
}

// wrap breaks a paragraph into lines of about width characters, as page
// layout does.
func wrap(p string, width int, indent string) []string {
	var lines []string
	var cur strings.Builder
	for _, w := range strings.Fields(p) {
		if cur.Len() > 0 && cur.Len()+1+len(w) > width {
			lines = append(lines, indent+cur.String())
			cur.Reset()
		}
		if cur.Len() > 0 {
			cur.WriteByte(' ')
		}
		cur.WriteString(w)
	}
	if cur.Len() > 0 {
		lines = append(lines, indent+cur.String())
	}
	return lines
}

// pager lays lines out on pages with a running header, a footer with the
// page number, and form feeds, like pdftotext -layout.
type pager struct {
	b       strings.Builder
	header  string
	footer  func(n int) string
	perPage int
	onPage  int
	page    int
}

func (p *pager) line(s string) {
	if p.onPage == 0 {
		if p.page > 0 {
			p.b.WriteString("\f")
		}
		p.page++
		p.b.WriteString(p.header + "\n\n")
	}
	p.b.WriteString(s + "\n")
	p.onPage++
	if p.onPage >= p.perPage {
		p.b.WriteString("\n\n" + p.footer(p.page) + "\n")
		p.onPage = 0
	}
}

func (p *pager) finish() string {
	if p.onPage > 0 {
		p.b.WriteString("\n\n" + p.footer(p.page) + "\n")
	}
	return p.b.String()
}

func (g *gen) english(i int) File {
	employer := g.pick(enEmployers)
	union := g.pick(enUnions)
	local := 100 + g.r.IntN(8900)
	y := 2020 + g.r.IntN(8)
	style := g.r.IntN(3)
	p := &pager{
		header:  fmt.Sprintf("%s / Local %d%s%d-%d", employer, local, strings.Repeat(" ", 30), y, y+4),
		perPage: 44 + g.r.IntN(10),
	}
	p.footer = func(n int) string { return fmt.Sprintf("%sPage %d", strings.Repeat(" ", 38), n) }

	// Choose the articles first, so the table of contents can list them.
	n := 0
	var arts []enArticle
	budget := g.size
	for budget > 0 {
		a := enArticles[n%len(enArticles)]
		arts = append(arts, a)
		budget -= 2300
		n++
	}
	heading := func(k int, a enArticle) []string {
		switch style {
		case 0:
			return []string{fmt.Sprintf("ARTICLE %d – %s", k, strings.ToUpper(a.heading))}
		case 1:
			return []string{fmt.Sprintf("Article %s. %s", roman(k), a.heading)}
		default:
			return []string{fmt.Sprintf("ARTICLE %d", k), strings.ToUpper(a.heading)}
		}
	}
	for _, l := range []string{"COLLECTIVE BARGAINING AGREEMENT", "", "between", "", strings.ToUpper(employer), "", "and", "",
		strings.ToUpper(union) + fmt.Sprintf(", LOCAL %d", local), "", fmt.Sprintf("July 1, %d through June 30, %d", y, y+4), ""} {
		p.line(strings.Repeat(" ", 20) + l)
	}
	p.line("TABLE OF CONTENTS")
	p.line("")
	page := 1
	for k, a := range arts {
		h := heading(k+1, a)
		entry := strings.Join(h, " – ")
		p.line(entry + " " + strings.Repeat(".", 70-min(len(entry), 60)) + " " + fmt.Sprint(page))
		page += 1 + g.r.IntN(2)
	}
	p.line("")
	for k, a := range arts {
		p.line("")
		for _, h := range heading(k+1, a) {
			p.line(h)
		}
		p.line("")
		sections := 3 + g.r.IntN(4)
		for s := 1; s <= sections; s++ {
			var para []string
			for j := 0; j < 2+g.r.IntN(3); j++ {
				para = append(para, g.sentence(a.subjects, enVerbs, a.objects, enTails))
			}
			label := fmt.Sprintf("Section %d.%d", k+1, s)
			if style == 1 {
				label = fmt.Sprintf("%d.%d", k+1, s)
			}
			text := label + "  " + g.pick(enSectionTitles) + ". " + strings.Join(para, " ")
			for _, l := range wrap(text, 84, "") {
				p.line(l)
			}
			if g.r.IntN(3) == 0 {
				for c := 0; c < 2+g.r.IntN(3); c++ {
					for _, l := range wrap(fmt.Sprintf("(%c) %s", 'a'+c, g.sentence(a.subjects, enVerbs, a.objects, enTails)), 78, "    ") {
						p.line(l)
					}
				}
			}
			p.line("")
		}
	}
	p.line("APPENDIX A – WAGE SCHEDULE")
	p.line("")
	for step := 1; step <= 8; step++ {
		p.line(fmt.Sprintf("Step %d          $%d.%02d          $%d.%02d", step, 24+step, g.r.IntN(100), 27+step, g.r.IntN(100)))
	}
	return File{Name: fmt.Sprintf("agreement-%03d-en.txt", i), Lang: "en", Data: []byte(p.finish()), Articles: len(arts)}
}

func (g *gen) spanish(i int) File {
	employer := g.pick(esEmployers)
	y := 2020 + g.r.IntN(8)
	clausulas := g.r.IntN(2) == 0
	p := &pager{
		header:  fmt.Sprintf("BOLETÍN OFICIAL%sNúm. %d", strings.Repeat(" ", 40), 10+g.r.IntN(200)),
		perPage: 46 + g.r.IntN(8),
	}
	p.footer = func(n int) string { return fmt.Sprintf("%sPágina %d", strings.Repeat(" ", 40), n) }
	var arts []esArticle
	for budget := g.size; budget > 0; budget -= 2300 {
		arts = append(arts, esArticles[len(arts)%len(esArticles)])
	}
	p.line("CONVENIO COLECTIVO DE " + strings.ToUpper(employer))
	p.line("")
	p.line(fmt.Sprintf("Vigencia: del 1 de enero de %d al 31 de diciembre de %d", y, y+3))
	p.line("")
	p.line("ÍNDICE")
	head := func(k int, a esArticle) string {
		if clausulas {
			return fmt.Sprintf("CLÁUSULA %d.- %s.-", k, strings.ToUpper(a.heading))
		}
		return fmt.Sprintf("Artículo %d. %s.", k, a.heading)
	}
	chapter := 0
	for k, a := range arts {
		if k%8 == 0 {
			chapter++
			p.line(fmt.Sprintf("CAPÍTULO %s. %s", esOrdinals[(chapter-1)%len(esOrdinals)], strings.ToUpper(g.pick(esChapterNames))))
		}
		p.line(strings.TrimSuffix(strings.TrimSuffix(head(k+1, a), "-"), "."))
	}
	p.line("")
	chapter = 0
	for k, a := range arts {
		if k%8 == 0 {
			chapter++
			p.line(fmt.Sprintf("CAPÍTULO %s", esOrdinals[(chapter-1)%len(esOrdinals)]))
			p.line(g.pick(esChapterNames))
		}
		p.line(head(k+1, a))
		for s := 1; s <= 3+g.r.IntN(4); s++ {
			var para []string
			for j := 0; j < 2+g.r.IntN(3); j++ {
				para = append(para, g.sentence(a.subjects, esVerbs, a.objects, esTails))
			}
			for _, l := range wrap(fmt.Sprintf("Apartado %d. %s", s, strings.Join(para, " ")), 100, "") {
				p.line(l)
			}
			if g.r.IntN(3) == 0 {
				for c := 0; c < 2+g.r.IntN(3); c++ {
					for _, l := range wrap(fmt.Sprintf("%c) %s", 'a'+c, g.sentence(a.subjects, esVerbs, a.objects, esTails)), 100, "") {
						p.line(l)
					}
				}
			}
		}
	}
	p.line("ANEXO I. Tablas salariales")
	for grp := 1; grp <= 6; grp++ {
		p.line(fmt.Sprintf("Grupo %d    %d,%02d euros", grp, 1200+grp*110, g.r.IntN(100)))
	}
	return File{Name: fmt.Sprintf("convenio-%03d-es.txt", i), Lang: "es", Data: []byte(p.finish()), Articles: len(arts)}
}

func roman(n int) string {
	vals := []int{100, 90, 50, 40, 10, 9, 5, 4, 1}
	syms := []string{"C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}
	var b strings.Builder
	for i, v := range vals {
		for n >= v {
			b.WriteString(syms[i])
			n -= v
		}
	}
	return b.String()
}
