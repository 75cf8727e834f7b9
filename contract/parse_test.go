package contract

import (
	"errors"
	"os/exec"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"
)

func TestParseFixtures(t *testing.T) {
	tests := []struct {
		file          string
		lang          string
		title         string // a part of it
		effective     string
		expiry        string
		outline       []string // kinds, numbers and headings to depth 1
		notInText     []string // page furniture and tables of contents
		articles      int
		sectionsOfArt map[string]int
	}{
		{
			file: "en-layout.txt", lang: "en", title: "COLLECTIVE BARGAINING AGREEMENT",
			effective: "2024-05-01", expiry: "2028-04-30",
			outline: []string{
				"article 1 RECOGNITION", "article 2 MANAGEMENT RIGHTS", "article 3 HOURS OF WORK AND OVERTIME",
				"article 4 SENIORITY", "article 5 LEAVES OF ABSENCE", "article 6 DRUG AND ALCOHOL TESTING",
				"article 7 GRIEVANCE PROCEDURE", "article 8 DURATION", "appendix A WAGE RATES",
			},
			notInText:     []string{"Page 1 of 8", "Acme Copper / Local 4410", "TABLE OF CONTENTS", "......"},
			articles:      8,
			sectionsOfArt: map[string]int{"1": 2, "3": 2, "6": 3},
		},
		{
			file: "es-convenio.txt", lang: "es", title: "CONVENIO COLECTIVO",
			effective: "2025-01-01", expiry: "2027-12-31",
			outline: []string{
				"chapter PRIMERO Disposiciones generales", "chapter SEGUNDO Jornada y vacaciones", "appendix I Tablas salariales",
			},
			notInText:     []string{"Í N D I C E", "ÍNDICE"},
			articles:      5,
			sectionsOfArt: map[string]int{"3": 2, "5": 3},
		},
		{
			file: "mx-contrato.txt", lang: "es", title: "CONTRATO COLECTIVO DE TRABAJO",
			outline: []string{
				"chapter PRIMERO DISPOSICIONES GENERALES", "chapter SEGUNDO JORNADA Y SALARIOS", "chapter TRANSITORIOS",
			},
			articles: 7,
		},
		{
			file: "roman.md", lang: "en", title: "Harbor Terminal Agreement — ILU Local 9",
			effective: "2023-07-01", expiry: "2026-06-30",
			outline: []string{
				"article I Recognition", "article II Wages", "article III Safety",
				"appendix A Letter of Understanding on Automation",
			},
			notInText:     []string{"Contents", "title:", "**"},
			articles:      3,
			sectionsOfArt: map[string]int{"II": 2},
		},
		{
			file: "agreement.html", lang: "en", title: "Riverside Hospital Nurses Agreement",
			outline: []string{
				"article 1 RECOGNITION", "article 2 HOURS OF WORK", "article 3 DISCIPLINE",
			},
			notInText:     []string{"Table of Contents", "ARTICLE 99", "color: red"},
			articles:      3,
			sectionsOfArt: map[string]int{"2": 2},
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			doc := mustParse(t, tt.file, readFixture(t, tt.file))
			if doc.Language != tt.lang {
				t.Errorf("language %q, want %q", doc.Language, tt.lang)
			}
			if !strings.Contains(doc.Title, tt.title) {
				t.Errorf("title %q, want it to contain %q", doc.Title, tt.title)
			}
			if doc.EffectiveDate != tt.effective || doc.ExpiryDate != tt.expiry {
				t.Errorf("term %s..%s, want %s..%s", doc.EffectiveDate, doc.ExpiryDate, tt.effective, tt.expiry)
			}
			got := outline(doc.Units, 1)
			if strings.Join(got, "\n") != strings.Join(tt.outline, "\n") {
				t.Errorf("outline:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.outline, "\n"))
			}
			for _, s := range tt.notInText {
				if strings.Contains(doc.Text, s) {
					t.Errorf("text keeps %q", s)
				}
			}
			if n := doc.Count(KindArticle); n != tt.articles {
				t.Errorf("%d articles, want %d:\n%s", n, tt.articles, strings.Join(outline(doc.Units, 3), "\n"))
			}
			for num, want := range tt.sectionsOfArt {
				a := find(doc.Units, KindArticle, num)
				if a == nil {
					t.Errorf("no article %s", num)
					continue
				}
				if len(a.Children) != want {
					t.Errorf("article %s has %d sections, want %d: %v", num, len(a.Children), want, outline(a.Children, 1))
				}
			}
		})
	}
}

func TestParseLayoutDetails(t *testing.T) {
	doc := mustParse(t, "en-layout.txt", readFixture(t, "en-layout.txt"))
	overtime := find(doc.Units, KindSection, "3.2")
	if overtime == nil || overtime.Heading != "Overtime" || len(overtime.Children) != 2 {
		t.Fatalf("3.2: %+v", overtime)
	}
	if c := overtime.Children[1]; c.Number != "b" || !strings.Contains(c.Text, "charged as if") {
		t.Errorf("3.2(b): %+v", c)
	}
	art2 := find(doc.Units, KindArticle, "2")
	if !strings.Contains(art2.Text, "exclusive right to manage") || strings.Contains(art2.Text, "MANAGEMENT RIGHTS") {
		t.Errorf("article 2 own text: %q", art2.Text)
	}
	// "as provided in Article 7" must not open an article.
	if strings.Count(doc.Text, "ARTICLE 7") != 1 {
		t.Errorf("ARTICLE 7 appears %d times in the text", strings.Count(doc.Text, "ARTICLE 7"))
	}
}

func TestParseTopicsNeighbours(t *testing.T) {
	doc := mustParse(t, "en-layout.txt", readFixture(t, "en-layout.txt"))
	tests := []struct {
		num      string
		want     []string
		dontWant []string
	}{
		{"5.1", []string{"leave-other"}, []string{"leave-family-medical"}},          // bereavement
		{"5.2", []string{"leave-other"}, []string{"leave-family-medical"}},          // jury duty
		{"5.3", []string{"leave-family-medical"}, nil},                              // FMLA
		{"6.1", []string{"drug-alcohol-testing"}, nil},                              // reasonable suspicion
		{"6.3", nil, []string{"drug-alcohol-testing"}},                              // lie detector
		{"4.2", []string{"layoff-recall"}, nil},                                     // layoff and recall
		{"7.3", []string{"arbitration"}, nil},                                       // arbitration
		{"1.1", []string{"recognition"}, []string{"management-rights"}},             // sole and exclusive
		{"3.2", []string{"hours-overtime"}, []string{"vacation-holidays", "wages"}}, // overtime
	}
	for _, tt := range tests {
		u := find(doc.Units, KindSection, tt.num)
		if u == nil {
			t.Errorf("no section %s", tt.num)
			continue
		}
		for _, c := range tt.want {
			if !hasCode(u, c) {
				t.Errorf("%s %q: topics %v lack %s", tt.num, u.Heading, u.Topics, c)
			}
		}
		for _, c := range tt.dontWant {
			if hasCode(u, c) {
				t.Errorf("%s %q: topics %v include %s: %v", tt.num, u.Heading, u.Topics, c, u.Explanations)
			}
		}
		if len(u.Explanations) != len(u.Topics) {
			t.Errorf("%s: %d explanations for %d topics", tt.num, len(u.Explanations), len(u.Topics))
		}
	}
	art6 := find(doc.Units, KindArticle, "6")
	if !hasCode(art6, "drug-alcohol-testing") {
		t.Errorf("article 6 topics %v", art6.Topics)
	}
	s61 := find(doc.Units, KindSection, "6.1")
	for i, c := range s61.Topics {
		if c == "drug-alcohol-testing" {
			r := s61.Explanations[i].Reason
			if !strings.Contains(r, "reasonable suspicion") || !strings.Contains(r, "6.1") {
				t.Errorf("explanation %q", r)
			}
		}
	}
	mx := mustParse(t, "mx-contrato.txt", readFixture(t, "mx-contrato.txt"))
	if u := find(mx.Units, KindArticle, "DÉCIMA"); u == nil || !hasCode(u, "drug-alcohol-testing") {
		t.Errorf("CLÁUSULA DÉCIMA: %+v", u)
	}
	if u := find(mx.Units, KindArticle, "12 BIS"); u == nil || u.Heading != "HUELGA" || !hasCode(u, "no-strike-lockout") {
		t.Errorf("CLÁUSULA 12 BIS: %+v", u)
	}
	if u := find(mx.Units, KindArticle, "PRIMERA"); u == nil || !hasCode(u, "recognition") || u.Heading != "" {
		t.Errorf("CLÁUSULA PRIMERA: %+v", u)
	}
	es := mustParse(t, "es-convenio.txt", readFixture(t, "es-convenio.txt"))
	for num, code := range map[string]string{"3": "hours-overtime", "4": "vacation-holidays", "5": "leave-other", "2": "duration"} {
		if u := find(es.Units, KindArticle, num); u == nil || !hasCode(u, code) {
			t.Errorf("Artículo %s lacks %s: %+v", num, code, u)
		}
	}
}

func TestParseEncodings(t *testing.T) {
	utf := readFixture(t, "es-convenio.txt")
	want := mustParse(t, "es-convenio.txt", utf)
	latin1, err := charmap.ISO8859_1.NewEncoder().Bytes(utf)
	if err != nil {
		t.Fatal(err)
	}
	cp := append([]byte("\x93Convenio\x94 \x96 "), latin1...) // curly quotes and a dash in Windows-1252
	nfd := []byte(norm.NFD.String(string(utf)))
	bom16 := append([]byte{0xFF, 0xFE}, utf16le(string(utf))...)
	for name, data := range map[string][]byte{"latin1": latin1, "cp1252": cp, "nfd": nfd, "utf16": bom16} {
		t.Run(name, func(t *testing.T) {
			doc := mustParse(t, "convenio.txt", data)
			if !norm.NFC.IsNormalString(doc.Text) {
				t.Error("text is not NFC")
			}
			if !strings.Contains(doc.Text, "Artículo 3. Jornada de trabajo.") {
				t.Errorf("accents lost: %q", doc.Text[:200])
			}
			if strings.Join(outline(doc.Units, 3), "\n") != strings.Join(outline(want.Units, 3), "\n") {
				t.Errorf("structure differs:\n%s", strings.Join(outline(doc.Units, 3), "\n"))
			}
			if name == "cp1252" && !strings.Contains(doc.Text, "“Convenio” –") {
				t.Errorf("Windows-1252 quotes: %q", doc.Text[:40])
			}
		})
	}
}

func utf16le(s string) []byte {
	var b []byte
	for _, r := range s {
		if r > 0xFFFF {
			r = '?'
		}
		b = append(b, byte(r), byte(r>>8))
	}
	return b
}

func TestParseDOCX(t *testing.T) {
	doc := mustParse(t, "drivers.docx", buildDOCX(t))
	if doc.Format != "docx" || doc.Title != "Valley Transit Drivers Agreement" {
		t.Errorf("format %s title %q", doc.Format, doc.Title)
	}
	want := "article 1 RECOGNITION\narticle 2 SENIORITY\narticle 3 WAGES"
	if got := strings.Join(outline(doc.Units, 1), "\n"); got != want {
		t.Errorf("outline:\n%s\nwant:\n%s", got, want)
	}
	if strings.Contains(doc.Text, "\t1") || strings.Count(doc.Text, "SENIORITY") != 1 {
		t.Errorf("table of contents kept: %q", doc.Text)
	}
	if u := find(doc.Units, KindArticle, "3"); !strings.Contains(u.Text, "$27.10") || !hasCode(u, "wages") {
		t.Errorf("article 3: %+v", u)
	}
	if u := find(doc.Units, KindArticle, "2"); !hasCode(u, "seniority") {
		t.Errorf("article 2 topics %v", u.Topics)
	}
}

func TestParsePDF(t *testing.T) {
	pages := [][]string{
		{"COLLECTIVE AGREEMENT", "NORTHERN RAIL AND LOCAL 77", "", "Page 1"},
		{"ARTICLE 1 - RECOGNITION", "The Company recognizes the Union as the sole and exclusive", "bargaining agent for all maintenance employees.", "", "Page 2"},
		{"ARTICLE 2 - SAFETY AND HEALTH", "A joint safety committee shall inspect every hazard.", "", "Page 3"},
		{"ARTICLE 3 - DURATION", "This Agreement shall remain in full force and effect", "until June 30, 2029.", "", "Page 4"},
	}
	doc := mustParse(t, "rail.pdf", buildPDF(pages))
	want := "article 1 RECOGNITION\narticle 2 SAFETY AND HEALTH\narticle 3 DURATION"
	if got := strings.Join(outline(doc.Units, 1), "\n"); got != want {
		t.Errorf("outline:\n%s\nwant:\n%s\ntext:\n%s", got, want, doc.Text)
	}
	if strings.Contains(doc.Text, "Page 3") {
		t.Error("page numbers kept")
	}
	if doc.Extractor != "go" || doc.ExpiryDate != "2029-06-30" {
		t.Errorf("extractor %q expiry %q", doc.Extractor, doc.ExpiryDate)
	}
	if u := find(doc.Units, KindArticle, "2"); !hasCode(u, "health-safety") {
		t.Errorf("article 2 topics %v", u.Topics)
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name string
		data []byte
		want error
		says string
	}{
		{"empty.txt", nil, ErrEmpty, "empty"},
		{"blank.md", []byte(" \n\n\t\n"), ErrEmpty, "empty"},
		{"scan.pdf", buildPDF([][]string{{}, {}}), ErrNoTextLayer, "run OCR"},
		{"junk.txt", []byte("\x00\x01\x02binary\x00junk\xff\xfe\x00"), ErrBinary, "binary"},
		{"photo.jpg", []byte("\xFF\xD8\xFF\xE0\x00\x10JFIF"), ErrBinary, "JPEG"},
		{"broken.pdf", []byte("%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage"), ErrCorrupt, "PDF"},
		{"notpdf.pdf", []byte("hello, this is text"), ErrCorrupt, "%PDF"},
		{"broken.docx", []byte("PK\x03\x04not really a zip"), ErrCorrupt, "ZIP"},
		{"old.doc", []byte("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + strings.Repeat("\x00", 64)), ErrBinary, ".docx"},
		{"huge.txt", make([]byte, MaxSize+1), ErrTooLarge, "50 MiB"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse(tt.name, tt.data, Options{NoPdftotext: true})
			if !errors.Is(err, tt.want) {
				t.Fatalf("err %v, want %v", err, tt.want)
			}
			var pe *Error
			if !errors.As(err, &pe) || pe.File != tt.name {
				t.Errorf("error does not name the file: %v", err)
			}
			if !strings.Contains(err.Error(), tt.says) {
				t.Errorf("error %q does not say %q", err, tt.says)
			}
		})
	}
}

// TestParsePDFWithPdftotext reads the same PDF through poppler's
// pdftotext when the machine has it.
func TestParsePDFWithPdftotext(t *testing.T) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext is not installed")
	}
	pages := [][]string{
		{"ARTICLE 1 - RECOGNITION", "The Company recognizes the Union as the sole and exclusive", "bargaining agent for all maintenance employees.", "", "Page 1"},
		{"ARTICLE 2 - SAFETY AND HEALTH", "A joint safety committee shall inspect every hazard.", "", "Page 2"},
	}
	doc, err := Parse("rail.pdf", buildPDF(pages), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Extractor != "pdftotext" {
		t.Errorf("extractor %q", doc.Extractor)
	}
	if got := strings.Join(outline(doc.Units, 1), "\n"); got != "article 1 RECOGNITION\narticle 2 SAFETY AND HEALTH" {
		t.Errorf("outline:\n%s\ntext:\n%s", got, doc.Text)
	}
	if _, err := Parse("scan.pdf", buildPDF([][]string{{}, {}}), Options{}); !errors.Is(err, ErrNoTextLayer) {
		t.Errorf("scan: %v", err)
	}
}

func TestParseOCRNoise(t *testing.T) {
	src := "AGREEMENT\n\nARTlCLE 1 - RECOGNITION\n\nThe Employer recognizes the Union.\n\nARTICLE2 = WAGES\n\nWages are set out in the salary schedule and step increases apply.\n\n" +
		"ARTICIE 3 ~ SENIORITY\n\nSeniority is length of service.\n\nARTICLE 41 — LAYOFF\n\nLayoff shall be in inverse order of seniority and laid off employees go on the recall list for two years of service.\n\nARTICLE 5 — DURATION\n\nThis Agreement remains in full force and effect until June 30, 2030.\n"
	doc := mustParse(t, "ocr.txt", []byte(src))
	want := "article 1 RECOGNITION\narticle 2 WAGES\narticle 3 SENIORITY\narticle 4 LAYOFF\narticle 5 DURATION"
	if got := strings.Join(outline(doc.Units, 1), "\n"); got != want {
		t.Errorf("outline:\n%s\nwant:\n%s", got, want)
	}
}

func TestParseUnlabelledHeadings(t *testing.T) {
	plain := "AGREEMENT\n\n1. RECOGNITION\n\n1.1 The Employer recognizes the Union as the exclusive representative.\n\n" +
		"2. WAGES\n\n2.1 The salary schedule applies.\n\n2.2 Step increases are yearly.\n\n3. SENIORITY\n\nSeniority is length of service.\n"
	doc := mustParse(t, "plain.txt", []byte(plain))
	if got := strings.Join(outline(doc.Units, 2), "\n"); got != "article 1 RECOGNITION\n section 1.1\narticle 2 WAGES\n section 2.1\n section 2.2\narticle 3 SENIORITY" {
		t.Errorf("numbered headings:\n%s", got)
	}
	md := "# Shop Agreement\n\n## Recognition\n\nThe Union is recognized.\n\n## Wages\n\nPay rises.\n\n## Hours\n\nEight hours.\n\n## Safety\n\nHelmets.\n\n## Duration\n\nThree years.\n"
	doc = mustParse(t, "shop.md", []byte(md))
	if got := strings.Join(outline(doc.Units, 1), "\n"); got != "article Recognition\narticle Wages\narticle Hours\narticle Safety\narticle Duration" {
		t.Errorf("markdown headings:\n%s", got)
	}
	mx := "CLÁUSULA 1a.- RECONOCIMIENTO.- La Empresa reconoce al Sindicato.\n\nCLÁUSULA 2a.- SALARIOS.- Conforme al tabulador.\n"
	doc = mustParse(t, "mx.txt", []byte(mx))
	if got := strings.Join(outline(doc.Units, 1), "\n"); got != "article 1 RECONOCIMIENTO\narticle 2 SALARIOS" {
		t.Errorf("ordinal numbers:\n%s", got)
	}
}

func TestParseStyles(t *testing.T) {
	tests := []struct{ name, src, want string }{
		{"uk.txt", "ENTERPRISE AGREEMENT 2024\n\n1. Parties to the agreement\n\n1.1 This agreement is made between the Company and the Union.\n\n2. Scope\n\n2.1 It covers all production workers.\n\n3. Hours of work\n\n3.1 Ordinary hours are 38 per week.\n",
			"article 1 Parties to the agreement\n section 1.1\narticle 2 Scope\n section 2.1\narticle 3 Hours of work\n section 3.1"},
		{"ar.txt", "CONVENIO COLECTIVO DE TRABAJO N° 123/24\n\nARTÍCULO 1°.- PARTES INTERVINIENTES: Son partes la Federación y la Cámara.\n\nARTÍCULO 2°.- VIGENCIA: Dos años.\n\nARTÍCULO 3°.- JORNADA DE TRABAJO: Ocho horas diarias.\n",
			"article 1 PARTES INTERVINIENTES\narticle 2 VIGENCIA\narticle 3 JORNADA DE TRABAJO"},
		{"usw.txt", "AGREEMENT\n\nARTICLE I\nPURPOSE AND INTENT\n\nSection 1. The purpose is to promote harmony.\n\nARTICLE II\nRECOGNITION\n\nSection 1. The Company recognizes the Union.\nA. All production employees.\nB. All maintenance employees.\n\nARTICLE III\nSENIORITY\n\nSection 1. Plant seniority shall govern.\n",
			"article I PURPOSE AND INTENT\n section 1\narticle II RECOGNITION\n section 1\n  section A\n  section B\narticle III SENIORITY\n section 1"},
		{"words.txt", "AGREEMENT\n\nARTICLE NINETEEN - RECOGNITION\n\nThe Union is recognized.\n\nARTICLE TWENTY - WAGES\n\nWages rise.\n\nArticle Twenty-One. Duration\n\nThree years.\n",
			"article NINETEEN RECOGNITION\narticle TWENTY WAGES\narticle Twenty-One Duration"},
		{"capitulos.txt", "CONVENIO\n\nTÍTULO I\nDISPOSICIONES GENERALES\n\nCAPÍTULO I\nÁMBITO\n\nArtículo 1. Ámbito funcional.\nEl convenio se aplica a la empresa.\n\nCAPÍTULO II\nJORNADA\n\nArtículo 2. Jornada.\nLa jornada será de 35 horas.\n",
			"part I DISPOSICIONES GENERALES\n chapter I ÁMBITO\n  article 1 Ámbito funcional\n chapter II JORNADA\n  article 2 Jornada"},
	}
	for _, tt := range tests {
		doc := mustParse(t, tt.name, []byte(tt.src))
		if got := strings.Join(outline(doc.Units, 3), "\n"); got != tt.want {
			t.Errorf("%s:\n%s\nwant:\n%s", tt.name, got, tt.want)
		}
	}
}

// TestParseNumbersThatJump keeps every article of a short agreement whose
// numbers jump, as excerpts and illustrative agreements do: neither the
// first nor the last is taken for a stray reference.
func TestParseNumbersThatJump(t *testing.T) {
	src := "AGREEMENT\n\nARTICLE 1 – RECOGNITION\n\nThe Company recognizes the Union.\n\nARTICLE 12 – SENIORITY\n\nSeniority is length of service.\n\n" +
		"ARTICLE 33 – DRUG AND ALCOHOL TESTING\n\nTesting only upon reasonable suspicion.\n\nARTICLE 34 – CIVIL RIGHTS COMMITTEE\n\nA committee meets every quarter.\n\n" +
		"ARTICLE 60 – DURATION\n\nThis Agreement expires in 2030.\n"
	doc := mustParse(t, "jump.txt", []byte(src))
	want := "article 1 RECOGNITION\narticle 12 SENIORITY\narticle 33 DRUG AND ALCOHOL TESTING\narticle 34 CIVIL RIGHTS COMMITTEE\narticle 60 DURATION"
	if got := strings.Join(outline(doc.Units, 1), "\n"); got != want {
		t.Errorf("outline:\n%s\nwant:\n%s", got, want)
	}
}
