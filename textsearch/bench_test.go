package textsearch

import (
	"strings"
	"sync"
	"testing"

	"github.com/frente/frente/contract/corpusgen"
)

// The benchmarks use the reproducible synthetic corpus of the contract
// benchmarks: 50 agreements of about 90 KB, 15% Spanish.
//
//	go test -run '^$' -bench . -benchtime 3x ./textsearch/
var benchCorpus = sync.OnceValue(func() []corpusgen.File { return corpusgen.Generate(1, 50) })

func corpusBytes(files []corpusgen.File) int64 {
	var n int64
	for _, f := range files {
		n += int64(len(f.Data))
	}
	return n
}

// BenchmarkAnalyze is the indexing path with the stem cache warm, as it
// is after the first few agreements of an ingest.
func BenchmarkAnalyze(b *testing.B) {
	files := benchCorpus()
	texts := make([]string, len(files))
	for i, f := range files {
		texts[i] = string(f.Data)
		Analyze(texts[i], f.Lang) // warm the cache
	}
	b.SetBytes(corpusBytes(files))
	b.ResetTimer()
	for b.Loop() {
		for i, f := range files {
			Analyze(texts[i], f.Lang)
		}
	}
}

// BenchmarkAnalyzeCold empties the stem cache before each pass: every
// distinct word of the corpus is stemmed once per pass.
func BenchmarkAnalyzeCold(b *testing.B) {
	files := benchCorpus()
	texts := make([]string, len(files))
	for i, f := range files {
		texts[i] = string(f.Data)
	}
	b.SetBytes(corpusBytes(files))
	b.ResetTimer()
	for b.Loop() {
		b.StopTimer()
		resetCaches()
		b.StartTimer()
		for i, f := range files {
			Analyze(texts[i], f.Lang)
		}
	}
}

// BenchmarkAnalyzeParallel runs the warm path on every core, as a
// parallel ingest would, which shows contention on the cache.
func BenchmarkAnalyzeParallel(b *testing.B) {
	files := benchCorpus()
	texts := make([]string, len(files))
	for i, f := range files {
		texts[i] = string(f.Data)
		Analyze(texts[i], f.Lang)
	}
	b.SetBytes(corpusBytes(files) / int64(len(files)))
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		i := 0
		for pb.Next() {
			Analyze(texts[i%len(files)], files[i%len(files)].Lang)
			i++
		}
	})
}

var benchQueries = []string{
	"grievance", "arbitration discharge", `"just cause"`, "despidos OR sanción -trabajo",
	"(drug OR alcohol) testing -\"lie detector\"", "seniority layoff recall overtime holiday pay",
}

// BenchmarkParseQuery parses a query and writes its FTS5 and tsquery
// expressions for an unknown language: all the query side of a search
// does before the database.
func BenchmarkParseQuery(b *testing.B) {
	for _, s := range benchQueries {
		ParseQuery(s) // warm the cache, as a running server has it
	}
	for b.Loop() {
		for _, s := range benchQueries {
			q, err := ParseQuery(s)
			if err != nil {
				b.Fatal(err)
			}
			q.FTS5("")
			q.TSQuery("")
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(benchQueries)), "ns/query")
}

// BenchmarkSnippet builds snippets for the units of a search result page:
// 20 articles of about 2 KB each.
func BenchmarkSnippet(b *testing.B) {
	files := benchCorpus()
	var units []string
	for _, f := range files {
		if f.Lang != "en" {
			continue
		}
		for _, part := range strings.Split(string(f.Data), "ARTICLE") {
			if len(part) > 1500 && len(units) < 20 {
				units = append(units, part)
			}
		}
	}
	q, err := ParseQuery(`grievance "just cause" arbitration`)
	if err != nil {
		b.Fatal(err)
	}
	var n int64
	for _, u := range units {
		n += int64(len(u))
	}
	b.SetBytes(n)
	for b.Loop() {
		for _, u := range units {
			q.Snippet(u, "en", 30)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(units)), "ns/snippet")
}
