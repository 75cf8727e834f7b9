package sqlite_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/frente/frente"
	"github.com/frente/frente/contract"
	"github.com/frente/frente/contract/corpusgen"
	"github.com/frente/frente/ingest"
	"github.com/frente/frente/sqlite"
	"github.com/frente/frente/sqlstore"
)

// BenchmarkIngest measures parse + classify + index + store of synthetic
// agreements into a SQLite file, in MB/s of input.
func BenchmarkIngest(b *testing.B) {
	files := corpusgen.Generate(1, 20)
	var size int64
	for _, f := range files {
		size += int64(len(f.Data))
	}
	b.SetBytes(size)
	ctx := frente.WithViewer(context.Background(), frente.System)
	for i := 0; b.Loop(); i++ {
		// A new database each time, or the files would be recognised as
		// already there; creating it is not ingesting.
		b.StopTimer()
		s, err := sqlite.Open(ctx, filepath.Join(b.TempDir(), fmt.Sprintf("bench%d.db", i)))
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		for _, f := range files {
			if _, err := ingest.File(ctx, s, f.Name, f.Data, ingest.Meta{Visibility: frente.Public}, contract.Options{NoPdftotext: true}); err != nil {
				b.Fatal(err)
			}
		}
		s.Close()
	}
}

// benchCorpus is a SQLite file with FRENTE_BENCH_AGREEMENTS synthetic
// agreements (default 200; the figure is 2,000), built once per run.
func benchCorpus(b *testing.B) (*sqlstore.Store, []corpusgen.File) {
	n := 200
	if v, err := strconv.Atoi(os.Getenv("FRENTE_BENCH_AGREEMENTS")); err == nil && v > 0 {
		n = v
	}
	ctx := frente.WithViewer(context.Background(), frente.System)
	s, err := sqlite.Open(ctx, filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	files := corpusgen.Generate(2, n)
	start := time.Now()
	var size int
	for _, f := range files {
		size += len(f.Data)
		if _, err := ingest.File(ctx, s, f.Name, f.Data, ingest.Meta{Visibility: frente.Public}, contract.Options{NoPdftotext: true}); err != nil {
			b.Fatal(err)
		}
	}
	b.Logf("corpus: %d agreements, %.1f MB, ingested in %v", n, float64(size)/1e6, time.Since(start).Round(time.Millisecond))
	return s, files
}

// BenchmarkSearch times one-word, two-word AND and phrase queries over the
// corpus, as a reader sees them (ranked top 20 with snippets), and reports
// p50 and p99 per kind.
func BenchmarkSearch(b *testing.B) {
	s, _ := benchCorpus(b)
	ctx := frente.WithViewer(context.Background(), frente.System)
	kinds := map[string][]string{
		"term":   {"grievance", "arbitrator", "overtime", "seniority", "vacation", "despido", "jornada", "salario", "employee", "trabajador"},
		"and":    {"grievance arbitrator", "overtime holiday", "seniority layoff", "drug testing", "jornada trabajo", "employee union"},
		"phrase": {`"just cause"`, `"reasonable suspicion"`, `"grievance procedure"`, `"jornada de trabajo"`, `"the employer"`},
	}
	for _, kind := range []string{"term", "and", "phrase"} {
		b.Run(kind, func(b *testing.B) {
			var took []time.Duration
			qs := kinds[kind]
			for i := 0; b.Loop(); i++ {
				start := time.Now()
				if _, err := s.Search(ctx, frente.SearchQuery{Q: qs[i%len(qs)], Limit: 20}); err != nil {
					b.Fatal(err)
				}
				took = append(took, time.Since(start))
			}
			slices.Sort(took)
			b.ReportMetric(float64(took[len(took)/2].Microseconds())/1000, "p50-ms")
			b.ReportMetric(float64(took[len(took)*99/100].Microseconds())/1000, "p99-ms")
		})
	}
}

// TestWriteBenchCorpus writes the benchmark corpus (the same files
// BenchmarkSearch ingests) into FRENTE_BENCH_CORPUS_DIR, so that grep-like
// tools can be timed on the same text (see BENCHMARKS.md).
func TestWriteBenchCorpus(t *testing.T) {
	dir := os.Getenv("FRENTE_BENCH_CORPUS_DIR")
	if dir == "" {
		t.Skip("set FRENTE_BENCH_CORPUS_DIR to write the benchmark corpus")
	}
	n := 200
	if v, err := strconv.Atoi(os.Getenv("FRENTE_BENCH_AGREEMENTS")); err == nil && v > 0 {
		n = v
	}
	for _, f := range corpusgen.Generate(2, n) {
		if err := os.WriteFile(filepath.Join(dir, f.Name), f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
