package redline

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// benchPair is two ~words-word agreements about 2% apart.
func benchPair(words int) (a, b string) {
	a = englishText(11, words)
	return a, mutate(a, 0.02, 7)
}

// benchDiff runs Diff b.N times and reports the median and 95th
// percentile of one call, which is what the speed target is stated in.
func benchDiff(b *testing.B, x, y string) {
	b.SetBytes(int64(len(x) + len(y)))
	b.ReportAllocs()
	times := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		start := time.Now()
		Diff(x, y)
		times = append(times, time.Since(start))
	}
	b.StopTimer()
	slices.Sort(times)
	ms := func(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
	b.ReportMetric(ms(times[len(times)/2]), "ms-p50")
	b.ReportMetric(ms(times[len(times)*95/100]), "ms-p95")
}

// BenchmarkDiff50k is the target of the issue: two 50,000-word
// agreements with 2% of the words replaced, deleted or inserted.
func BenchmarkDiff50k(b *testing.B) {
	x, y := benchPair(50_000)
	benchDiff(b, x, y)
}

// BenchmarkDiff1MB is the same edit rate on about a megabyte per side.
func BenchmarkDiff1MB(b *testing.B) {
	x, y := benchPair(160_000)
	benchDiff(b, x, y)
}

// BenchmarkDiffUnrelated1MB is the pathological case: two unrelated
// megabyte agreements, which must still end quickly.
func BenchmarkDiffUnrelated1MB(b *testing.B) {
	x := englishText(11, 160_000)
	y := englishText(5011, 160_000)
	benchDiff(b, x, y)
}

// TestWriteBenchPairs writes the benchmark pairs to the folder named by
// FRENTE_BENCH_REDLINE_DIR, to time other tools on the same input, e.g.
//
//	git diff --no-index --word-diff 50k-a.txt 50k-b.txt
func TestWriteBenchPairs(t *testing.T) {
	dir := os.Getenv("FRENTE_BENCH_REDLINE_DIR")
	if dir == "" {
		t.Skip("FRENTE_BENCH_REDLINE_DIR is not set")
	}
	x, y := benchPair(50_000)
	p, q := benchPair(160_000)
	files := map[string]string{
		"50k-a.txt": x, "50k-b.txt": y,
		"1mb-a.txt": p, "1mb-b.txt": q,
		"unrelated-a.txt": englishText(11, 160_000), "unrelated-b.txt": englishText(5011, 160_000),
	}
	for name, s := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("%s: %d bytes, %d words", name, len(s), len(strings.Fields(s)))
	}
}
