package align

import (
	"strings"
	"testing"
)

// checkResult asserts what every alignment must be: each unit of b is in a
// pair or added, each of a in a pair or removed, never both; pairs in B's
// order; similarities within 0 and 1; changes named.
func checkResult(t *testing.T, a, b []Unit, res Result) {
	t.Helper()
	pairedA, pairedB := make([]bool, len(a)), make([]bool, len(b))
	for k, p := range res.Pairs {
		if p.A < 0 || p.A >= len(a) || p.B < 0 || p.B >= len(b) {
			t.Fatalf("pair %d out of range: %+v", k, p)
		}
		pairedA[p.A], pairedB[p.B] = true, true
		if k > 0 && (res.Pairs[k-1].B > p.B || (res.Pairs[k-1].B == p.B && res.Pairs[k-1].A >= p.A)) {
			t.Errorf("pairs out of order at %d: %+v", k, res.Pairs[k-1:k+1])
		}
		if p.Similarity < 0 || p.Similarity > 1 || len(p.Changes) == 0 {
			t.Errorf("pair %+v", p)
		}
	}
	for _, j := range res.Added {
		if pairedB[j] {
			t.Errorf("b %d is paired and added", j)
		}
		pairedB[j] = true
	}
	for _, i := range res.Removed {
		if pairedA[i] {
			t.Errorf("a %d is paired and removed", i)
		}
		pairedA[i] = true
	}
	for i, ok := range pairedA {
		if !ok {
			t.Errorf("a %d neither paired nor removed", i)
		}
	}
	for j, ok := range pairedB {
		if !ok {
			t.Errorf("b %d neither paired nor added", j)
		}
	}
}

// fuzzUnits reads units from s: "|" separates units, and within one "#"
// separates number, heading and text.
func fuzzUnits(s string) []Unit {
	var us []Unit
	for part := range strings.SplitSeq(s, "|") {
		f := strings.SplitN(part, "#", 3)
		for len(f) < 3 {
			f = append(f, "")
		}
		us = append(us, Unit{Kind: "article", Number: f[0], Heading: f[1], Text: f[2]})
	}
	return us
}

func FuzzUnits(f *testing.F) {
	f.Add("1#Wages#Pay rises three percent. Night work pays more.|2#Hours#Forty hours a week.",
		"1#Hours#Forty hours a week.|2#Pay#Pay rises four percent. Night work pays more.|3#New#Something new here.")
	f.Add("XII#Seniority#A. B. C. D.\n\n12.3 x", "XI#SENIORITY#a. b. c. d.\n\n11.3 x|#\u00a0#")
	f.Add("", "|||")
	f.Fuzz(func(t *testing.T, sa, sb string) {
		a, b := fuzzUnits(sa), fuzzUnits(sb)
		checkResult(t, a, b, Units(a, b))
	})
}
