package sqlite_test

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/frente/frente"
	"github.com/frente/frente/sqlite"
	"github.com/frente/frente/tracker"
)

// realFMCS is the FMCS's file of 14,317 work stoppages, when this machine
// has it.
const realFMCS = "../../shared/corpus/disputes/fmcs-work-stoppages-1984-2020.csv"

// fmcsFile returns the real FMCS file, or a made-up one as large when it
// is absent or FRENTE_BENCH_FMCS=synthetic.
func fmcsFile(b *testing.B) (name string, data []byte) {
	if data, err := os.ReadFile(realFMCS); err == nil && os.Getenv("FRENTE_BENCH_FMCS") != "synthetic" {
		return "real", data
	}
	return "synthetic", tracker.GenerateFMCS(1, 14317)
}

// BenchmarkImportFMCS reads the FMCS file and imports it, with
// skip-invalid (the real file has stoppages that end before they begin),
// into a new SQLite database each time: the rows/s figure is the issue's.
func BenchmarkImportFMCS(b *testing.B) {
	name, data := fmcsFile(b)
	ctx := frente.WithViewer(context.Background(), frente.System)
	var rows int
	var elapsed time.Duration
	for i := 0; b.Loop(); i++ {
		b.StopTimer()
		s, err := sqlite.Open(ctx, filepath.Join(b.TempDir(), fmt.Sprintf("import%d.db", i)))
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		start := time.Now()
		read, problems, err := tracker.ReadAll(bytes.NewReader(data), tracker.FMCS, tracker.Options{})
		if err != nil {
			b.Fatal(err)
		}
		res, err := s.ImportDisputes(ctx, &frente.DisputeImport{Source: "fmcs " + name, Rows: read, Refused: problems, SkipInvalid: true,
			Visibility: frente.Public, Columns: tracker.FMCS.FieldColumns()})
		if err != nil {
			b.Fatal(err)
		}
		elapsed += time.Since(start)
		rows += res.Rows
		if res.Created+len(res.Refused) < res.Rows || res.Created == 0 {
			b.Fatalf("%s: %+v", name, res)
		}
		b.StopTimer()
		s.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(rows)/elapsed.Seconds(), "rows/s")
}

// BenchmarkReimportFMCS imports the file into a database that has it
// already: every row unchanged.
func BenchmarkReimportFMCS(b *testing.B) {
	_, data := fmcsFile(b)
	ctx := frente.WithViewer(context.Background(), frente.System)
	s, err := sqlite.Open(ctx, filepath.Join(b.TempDir(), "reimport.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	read, problems, err := tracker.ReadAll(bytes.NewReader(data), tracker.FMCS, tracker.Options{})
	if err != nil {
		b.Fatal(err)
	}
	imp := &frente.DisputeImport{Rows: read, Refused: problems, SkipInvalid: true}
	if _, err := s.ImportDisputes(ctx, imp); err != nil {
		b.Fatal(err)
	}
	var rows int
	start := time.Now()
	for b.Loop() {
		res, err := s.ImportDisputes(ctx, imp)
		if err != nil || res.Created != 0 || res.Updated != 0 {
			b.Fatalf("%+v %v", res, err)
		}
		rows += res.Rows
	}
	b.ReportMetric(float64(rows)/time.Since(start).Seconds(), "rows/s")
}
