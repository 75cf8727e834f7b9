package http

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"slices"
	"testing"
	"time"

	"github.com/frente/frente/postgres"
	"github.com/frente/frente/sqlite"
	"github.com/frente/frente/sqlstore"
)

// BenchmarkSearchAPIVsRipgrep times searches the way a client sees them —
// GET /api/v1/search over a real HTTP connection, the JSON read in full —
// on the database at FRENTE_BENCH_SEARCH_DB — a SQLite file or a
// postgres:// URL (for example all of Oregon: `frente ingest
// ../shared/corpus/agreements/oregon --visibility public --db /tmp/or.db`)
// — and, when FRENTE_BENCH_RG_DIR names the same files and
// rg is installed, ripgrep over them for the same words (`rg -l -i -w -F`,
// which stops at a file's first match, and `rg -i -w -F`, which prints
// every matching line). It reports p50 per query and the ratios.
//
//	FRENTE_BENCH_SEARCH_DB=/tmp/or.db FRENTE_BENCH_RG_DIR=../shared/corpus/agreements/oregon \
//	  go test -run '^$' -bench SearchAPIVsRipgrep -benchtime 1x ./http/
func BenchmarkSearchAPIVsRipgrep(b *testing.B) {
	path := os.Getenv("FRENTE_BENCH_SEARCH_DB")
	if path == "" {
		b.Skip("set FRENTE_BENCH_SEARCH_DB to a database to search")
	}
	var store *sqlstore.Store
	var err error
	if postgres.IsURL(path) {
		store, err = postgres.Open(context.Background(), path)
	} else {
		store, err = sqlite.Open(context.Background(), path)
	}
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { store.Close() })
	ts := httptest.NewServer(New(store, nil, "bench"))
	b.Cleanup(ts.Close)
	client := ts.Client()
	dir := os.Getenv("FRENTE_BENCH_RG_DIR")
	rg, rgErr := exec.LookPath("rg")
	queries := []struct{ q, rg string }{
		{"grievance", "grievance"}, {"arbitrator", "arbitrator"}, {"overtime", "overtime"}, {"employee", "employee"},
		{"the", "the"}, {`"just cause"`, "just cause"}, {`"grievance procedure"`, "grievance procedure"},
		{`"the employer"`, "the employer"}, {`"drug testing"`, "drug testing"}, {`"reasonable suspicion"`, "reasonable suspicion"},
		{`"jury duty"`, "jury duty"}, {"employee overtime", ""}, {"drug alcohol", ""}, {"seniority layoff", ""},
	}
	median := func(n int, f func()) time.Duration {
		times := make([]time.Duration, n)
		for i := range times {
			start := time.Now()
			f()
			times[i] = time.Since(start)
		}
		slices.Sort(times)
		return times[n/2]
	}
	ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
	for b.Loop() {
		for _, q := range queries {
			get := func() {
				resp, err := client.Get(ts.URL + "/api/v1/search?q=" + url.QueryEscape(q.q))
				if err != nil {
					b.Fatal(err)
				}
				if _, err := io.Copy(io.Discard, resp.Body); err != nil || resp.StatusCode != http.StatusOK {
					b.Fatalf("%s: status %d %v", q.q, resp.StatusCode, err)
				}
				resp.Body.Close()
			}
			get() // a warm connection, as a client's
			api := ms(median(31, get))
			line := fmt.Sprintf("%-24s api %5.2f ms", q.q, api)
			if q.rg != "" && dir != "" && rgErr == nil {
				run := func(args ...string) func() {
					return func() {
						cmd := exec.Command(rg, append(args, q.rg, dir)...)
						cmd.Stdout = io.Discard
						var exit *exec.ExitError
						if err := cmd.Run(); err != nil && !(errors.As(err, &exit) && exit.ExitCode() == 1) {
							b.Fatalf("rg %s: %v", q.rg, err) // 1 is "no match"
						}
					}
				}
				list, lines := ms(median(7, run("-l", "-i", "-w", "-F"))), ms(median(7, run("-i", "-w", "-F")))
				line += fmt.Sprintf("   rg -l %5.1f ms (%4.1f×)   rg %5.1f ms (%4.1f×)", list, list/api, lines, lines/api)
			}
			b.Log(line)
		}
	}
}
