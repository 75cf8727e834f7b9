package contract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// corpusDir finds ../shared/corpus/agreements next to the repository, or
// returns "" when this machine has no copy.
func corpusDir(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
	c := filepath.Join(dir, "..", "shared", "corpus", "agreements")
	if st, err := os.Stat(c); err != nil || !st.IsDir() {
		return ""
	}
	return c
}

// corpusFiles lists the agreements of the corpus (Markdown and text).
func corpusFiles(t testing.TB, dir string) []string {
	t.Helper()
	var files []string
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := strings.ToLower(d.Name())
		if d.IsDir() || name == "disclaimer.md" || name == "readme.md" || name == "license" {
			return nil
		}
		switch filepath.Ext(name) {
		case ".md", ".txt", ".html", ".htm", ".docx", ".pdf":
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// TestCorpus parses every real agreement in ../shared/corpus/agreements
// without error and logs what it found.
func TestCorpus(t *testing.T) {
	dir := corpusDir(t)
	if dir == "" {
		t.Skip("no ../shared/corpus/agreements on this machine")
	}
	files := corpusFiles(t, dir)
	var bytes, articles, sections, appendices, topics, noArticles int
	start := time.Now()
	for _, f := range files {
		doc, err := ParseFile(f, Options{NoPdftotext: true})
		if err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		st, _ := os.Stat(f)
		bytes += int(st.Size())
		a := doc.Count(KindArticle)
		articles += a
		sections += doc.Count(KindSection)
		appendices += doc.Count(KindAppendix)
		if a == 0 {
			noArticles++
		}
		Walk(doc.Units, func(u *Unit, _ int) bool {
			topics += len(u.Topics)
			return true
		})
		if testing.Verbose() && os.Getenv("FRENTE_CORPUS_LIST") != "" {
			rel, _ := filepath.Rel(dir, f)
			t.Logf("%-100s %4d articles %5d sections %3d appendices %s", rel, a, doc.Count(KindSection), doc.Count(KindAppendix), doc.Language)
		}
	}
	el := time.Since(start)
	t.Logf("%d files, %.1f MB in %v (%.1f MB/s): %d articles, %d sections, %d appendices, %d topic assignments; %d files without articles",
		len(files), float64(bytes)/1e6, el.Round(time.Millisecond), float64(bytes)/1e6/el.Seconds(), articles, sections, appendices, topics, noArticles)
}

// TestCorpusSpotChecks compares, on a few real agreements, the articles
// found with what their own tables of contents and headings say.
func TestCorpusSpotChecks(t *testing.T) {
	dir := corpusDir(t)
	if dir == "" {
		t.Skip("no ../shared/corpus/agreements on this machine")
	}
	tests := []struct {
		file                          string
		lang                          string
		articles, chapters, appendics int
		// article number → heading and a topic it must have
		checks map[string][2]string
	}{
		// 74 artículos, 10 disposiciones adicionales and 10 transitorias in
		// 11 capítulos and 2 groups; the index is dropped.
		{"es/rtva-x-convenio-2014.txt", "es", 94, 13, 3, map[string][2]string{
			"13": {"Vacaciones", "vacation-holidays"},
			"33": {"Licencias, permisos, reducciones de jornada y facilidades para estudios", "leave-other"},
			"64": {"Faltas", "discipline-just-cause"},
		}},
		// The table of contents lists articles 1 to 64.
		{"oregon/state/cba/state-afscme-oregon-youth-authority-2025-2027.md", "en", 64, 0, 14, map[string][2]string{
			"8":  {"NO STRIKE OR LOCKOUT", "no-strike-lockout"},
			"35": {"FAMILY LEAVE", "leave-family-medical"},
			"52": {"GRIEVANCE AND ARBITRATION", "arbitration"},
		}},
		// Margin line numbers on every line; PREAMBLE and articles 1 to 26.
		{"oregon/benton-county/cba/benton-county-oregon-nurses-association-july-1-2025-june-30-2029.md", "en", 27, 0, 1, map[string][2]string{
			"17": {"SENIORITY", "seniority"},
			"23": {"GRIEVANCE PROCEDURE", "grievance-procedure"},
		}},
		// Form feeds, "ARTICLE n" with the heading on the next line, and the
		// article repeated in every page footer; DEFINITIONS, PREAMBLE, 1 to 21.
		{"oregon/lane-county/cba/lane-county-afscme-general-collective-bargaining-agreement.md", "en", 23, 0, 8, map[string][2]string{
			"5":  {"DISCIPLINE AND DISCHARGE", "discipline-just-cause"},
			"16": {"LAYOFF AND RECALL", "layoff-recall"},
		}},
		// OCR: "ARTICLE17", "~" for dashes, article 11 read as 41; the body
		// has no article 8.
		{"oregon/yamhill-county/cba/yamhill-county-2023-to-2026-ycjdwa-cba.md", "en", 20, 0, 1, map[string][2]string{
			"11": {"HEALTH AND WELFARE", "benefits-health"},
			"17": {"TRAINING", "training"},
		}},
	}
	for _, tt := range tests {
		t.Run(filepath.Base(tt.file), func(t *testing.T) {
			doc, err := ParseFile(filepath.Join(dir, tt.file), Options{NoPdftotext: true})
			if err != nil {
				t.Fatal(err)
			}
			checkOffsets(t, doc)
			if doc.Language != tt.lang {
				t.Errorf("language %s", doc.Language)
			}
			if a, c, x := doc.Count(KindArticle), doc.Count(KindChapter), doc.Count(KindAppendix); a != tt.articles || c != tt.chapters || x != tt.appendics {
				t.Errorf("%d articles, %d chapters, %d appendices; want %d, %d, %d", a, c, x, tt.articles, tt.chapters, tt.appendics)
			}
			for num, want := range tt.checks {
				u := find(doc.Units, KindArticle, num)
				switch {
				case u == nil:
					t.Errorf("no article %s", num)
				case u.Heading != want[0]:
					t.Errorf("article %s heading %q, want %q", num, u.Heading, want[0])
				case !hasCode(u, want[1]):
					t.Errorf("article %s topics %v lack %s", num, u.Topics, want[1])
				}
			}
		})
	}
}
