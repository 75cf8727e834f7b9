package contract

import (
	"os"
	"path/filepath"
	"sync/atomic"
	"testing"

	"github.com/frente/frente/contract/corpusgen"
)

// genCorpus is the benchmark corpus: 50 synthetic agreements of about
// 90 KB, 15% Spanish.
func genCorpus() []corpusgen.File { return corpusgen.Generate(1, 50) }

func corpusBytes(files []corpusgen.File) int64 {
	var n int64
	for _, f := range files {
		n += int64(len(f.Data))
	}
	return n
}

// TestGeneratedCorpus checks the parser against what the generator wrote:
// every article found, none from the table of contents.
func TestGeneratedCorpus(t *testing.T) {
	for _, f := range corpusgen.Generate(3, 12) {
		doc := mustParse(t, f.Name, f.Data)
		if got := doc.Count(KindArticle); got != f.Articles {
			t.Errorf("%s: %d articles, want %d", f.Name, got, f.Articles)
		}
		if doc.Language != f.Lang {
			t.Errorf("%s: language %s", f.Name, doc.Language)
		}
		if doc.Count(KindAppendix) != 1 {
			t.Errorf("%s: %d appendices", f.Name, doc.Count(KindAppendix))
		}
	}
}

// BenchmarkParse measures parse + classify on one core, in MB/s.
func BenchmarkParse(b *testing.B) {
	files := genCorpus()
	b.SetBytes(corpusBytes(files))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, f := range files {
			if _, err := Parse(f.Name, f.Data, Options{NoPdftotext: true}); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkParseParallel measures the same on every core (GOMAXPROCS),
// one agreement per goroutine at a time, as ingest of many files does.
func BenchmarkParseParallel(b *testing.B) {
	files := genCorpus()
	b.SetBytes(corpusBytes(files))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		var next atomic.Int64
		done := make(chan error)
		workers := 2
		for w := 0; w < workers; w++ {
			go func() {
				for {
					k := int(next.Add(1)) - 1
					if k >= len(files) {
						done <- nil
						return
					}
					if _, err := Parse(files[k].Name, files[k].Data, Options{NoPdftotext: true}); err != nil {
						done <- err
						return
					}
				}
			}()
		}
		for w := 0; w < workers; w++ {
			if err := <-done; err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkParseOregon parses every agreement of
// ../shared/corpus/agreements/oregon when that folder exists, and reports
// agreements and articles per run.
func BenchmarkParseOregon(b *testing.B) {
	dir := corpusDir(b)
	if dir == "" {
		b.Skip("no ../shared/corpus/agreements on this machine")
	}
	paths := corpusFiles(b, filepath.Join(dir, "oregon"))
	var data [][]byte
	var n int64
	for _, p := range paths {
		d, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		data = append(data, d)
		n += int64(len(d))
	}
	b.SetBytes(n)
	b.ResetTimer()
	articles := 0
	for i := 0; i < b.N; i++ {
		articles = 0
		for k, d := range data {
			doc, err := Parse(filepath.Base(paths[k]), d, Options{NoPdftotext: true})
			if err != nil {
				b.Fatal(err)
			}
			articles += doc.Count(KindArticle)
		}
	}
	b.ReportMetric(float64(len(data)), "agreements")
	b.ReportMetric(float64(articles), "articles")
}
