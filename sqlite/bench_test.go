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
// agreements into a SQLite file, in MB/s of input: "pipeline" as
// `frente ingest` does it (ingest.Pipeline: the next files are parsed on
// the other cores while the store writes one), and "serial" one file after
// another on one goroutine, as one upload is.
func BenchmarkIngest(b *testing.B) {
	files := corpusgen.Generate(1, 20)
	var size int64
	sources := make([]ingest.Source, len(files))
	for i, f := range files {
		size += int64(len(f.Data))
		sources[i] = ingest.Source{Name: f.Name, Read: func() ([]byte, error) { return f.Data, nil }}
	}
	ctx := frente.WithViewer(context.Background(), frente.System)
	meta := ingest.Meta{Visibility: frente.Public}
	opt := contract.Options{NoPdftotext: true}
	run := func(b *testing.B, ingestAll func(s *sqlstore.Store)) {
		b.SetBytes(size)
		for i := 0; b.Loop(); i++ {
			// A new database each time, or the files would be recognised as
			// already there; creating it is not ingesting.
			b.StopTimer()
			s, err := sqlite.Open(ctx, filepath.Join(b.TempDir(), fmt.Sprintf("bench%d.db", i)))
			if err != nil {
				b.Fatal(err)
			}
			b.StartTimer()
			ingestAll(s)
			s.Close()
		}
	}
	b.Run("pipeline", func(b *testing.B) {
		run(b, func(s *sqlstore.Store) {
			err := ingest.Pipeline(ctx, s, sources, meta, opt, func(o ingest.Outcome) {
				if o.Err != nil {
					b.Fatal(o.Err)
				}
			})
			if err != nil {
				b.Fatal(err)
			}
		})
	})
	b.Run("serial", func(b *testing.B) {
		run(b, func(s *sqlstore.Store) {
			for _, f := range files {
				if _, err := ingest.File(ctx, s, f.Name, f.Data, meta, opt); err != nil {
					b.Fatal(err)
				}
			}
		})
	})
}

// benchCorpus is a SQLite file with FRENTE_BENCH_AGREEMENTS synthetic
// agreements (default 200; the figure is 2,000), built once per run,
// or kept at FRENTE_BENCH_DB and reused by later runs: building 2,000 takes
// a while. A kept file is reused as it is; delete it after changing what
// ingest writes.
func benchCorpus(b *testing.B) *sqlstore.Store {
	n := 200
	if v, err := strconv.Atoi(os.Getenv("FRENTE_BENCH_AGREEMENTS")); err == nil && v > 0 {
		n = v
	}
	ctx := frente.WithViewer(context.Background(), frente.System)
	path := os.Getenv("FRENTE_BENCH_DB")
	kept := false
	if path == "" {
		path = filepath.Join(b.TempDir(), "bench.db")
	} else if _, err := os.Stat(path); err == nil {
		kept = true
	}
	s, err := sqlite.Open(ctx, path)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	if kept {
		var have int
		if err := s.DB().QueryRow("SELECT COUNT(*) FROM agreements").Scan(&have); err != nil {
			b.Fatal(err)
		}
		if have != n {
			b.Fatalf("%s holds %d agreements, not FRENTE_BENCH_AGREEMENTS=%d: delete it or point elsewhere", path, have, n)
		}
		b.Logf("corpus: %d agreements kept in %s", n, path)
		return s
	}
	files := corpusgen.Generate(2, n)
	start := time.Now()
	var size int
	sources := make([]ingest.Source, len(files))
	for i, f := range files {
		size += len(f.Data)
		sources[i] = ingest.Source{Name: f.Name, Read: func() ([]byte, error) { return f.Data, nil }}
	}
	err = ingest.Pipeline(ctx, s, sources, ingest.Meta{Visibility: frente.Public}, contract.Options{NoPdftotext: true}, func(o ingest.Outcome) {
		if o.Err != nil {
			b.Fatal(o.Err)
		}
	})
	if err != nil {
		b.Fatal(err)
	}
	// As `frente ingest` does after a directory.
	if err := s.OptimizeSearch(ctx); err != nil {
		b.Fatal(err)
	}
	b.Logf("corpus: %d agreements, %.1f MB, ingested in %v", n, float64(size)/1e6, time.Since(start).Round(time.Millisecond))
	return s
}

// BenchmarkSearch times one-word, two-word AND and phrase queries over the
// corpus, as a reader sees them (ranked top 20 with snippets), and reports
// p50 and p99 per kind.
func BenchmarkSearch(b *testing.B) {
	s := benchCorpus(b)
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
