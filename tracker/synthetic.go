package tracker

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"math/rand/v2"
	"time"
)

// GenerateFMCS writes a made-up FMCS file of n rows, the same for the
// same seed, shaped like the real one for benchmarks: about nine
// employers and five unions in ten rows new, numbers written "27.0", a
// few case numbers over several rows, a few stoppages still going on.
func GenerateFMCS(seed uint64, n int) []byte {
	rng := rand.New(rand.NewPCG(seed, 0x5eed))
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	w.Write(FMCS.Columns())
	industries := []string{"Manufacturing", "Retail Trade", "Construction", "Health Care and Social Assistance", "Utilities", "Information"}
	states := []string{"IL", "PA", "NY", "CA", "OH", "MI", "NJ", "WA"}
	unions := []string{"USW", "IBT", "UAW", "SEIU", "UFCW", "IBEW", "IAM", "CWA", "AFSCME", "UNITE HERE"}
	base := time.Date(1984, 1, 1, 0, 0, 0, 0, time.UTC)
	caseNo := 0
	for i := range n {
		if rng.IntN(100) >= 2 || caseNo == 0 {
			caseNo++
		}
		employer := fmt.Sprintf("Employer %d Inc", i-rng.IntN(i/10+1))
		union := fmt.Sprintf("%s %d", unions[rng.IntN(len(unions))], rng.IntN(n/2+1))
		local := ""
		if rng.IntN(70) == 0 {
			local = fmt.Sprint(rng.IntN(999) + 1)
		}
		start := base.AddDate(0, 0, i*13000/max(n, 1)+rng.IntN(5))
		end := start.AddDate(0, 0, rng.IntN(90)).Format(time.DateOnly)
		if rng.IntN(160) == 0 {
			end = ""
		}
		w.Write([]string{employer, union, local, fmt.Sprintf("%dSY%06d", 1984+i*36/max(n, 1), caseNo), "", "",
			industries[rng.IntN(len(industries))], fmt.Sprintf("City %d, %s", rng.IntN(500), states[rng.IntN(len(states))]),
			fmt.Sprintf("%d.0", 5+rng.IntN(2000)), start.Format(time.DateOnly), end, ""})
	}
	w.Flush()
	return buf.Bytes()
}
