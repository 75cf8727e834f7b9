package timeline

import (
	"math/rand/v2"
	"strconv"
	"testing"
	"time"
)

// bigChart makes n disputes over 35 years, a third of them ongoing, each
// with up to maxEvents events, and n/50 incidents.
func bigChart(n, maxEvents int) Chart {
	r := rand.New(rand.NewPCG(uint64(n), 42))
	kinds := []string{"strike", "lockout", "work-stoppage", "protest", "picket", "march", "occupation", "other"}
	events := []string{"police-action", "eviction", "court-ruling", "negotiation-session", "solidarity-action",
		"arrest", "violence", "return-to-work", "report", "other"}
	base := time.Date(1990, 1, 1, 0, 0, 0, 0, time.UTC)
	c := Chart{Title: "Benchmark", Now: time.Date(2025, 6, 30, 0, 0, 0, 0, time.UTC)}
	for i := range n {
		start := base.AddDate(0, 0, r.IntN(35*365))
		b := Bar{
			ID:    "d" + strconv.Itoa(i),
			Label: "Dispute number " + strconv.Itoa(i) + " at a mine & smelter",
			Kind:  kinds[r.IntN(len(kinds))],
			Start: start,
			Href:  "/disputes/d" + strconv.Itoa(i),
		}
		length := 1 + r.IntN(900)
		if i%3 == 0 {
			b.LastConfirmed = start.AddDate(0, 0, length)
			if b.LastConfirmed.After(c.Now) {
				b.LastConfirmed = c.Now
			}
		} else {
			b.End = start.AddDate(0, 0, length)
		}
		for range r.IntN(maxEvents + 1) {
			b.Events = append(b.Events, Marker{Date: start.AddDate(0, 0, r.IntN(length)), Kind: events[r.IntN(len(events))],
				Label: "something happened", Href: "/disputes/d" + strconv.Itoa(i) + "#e"})
		}
		c.Bars = append(c.Bars, b)
	}
	for i := range n / 50 {
		c.Incidents = append(c.Incidents, Marker{Date: base.AddDate(0, 0, r.IntN(35*365)), Kind: "explosion", Label: "incident " + strconv.Itoa(i)})
	}
	return c
}

// BenchmarkSVG1000 draws 1,000 disputes with up to 5 events each (2.5 on
// average) and 20 incidents; issue 6 asks for at most 50 ms.
func BenchmarkSVG1000(b *testing.B) {
	c := bigChart(1000, 5)
	b.ReportAllocs()
	var size int
	for b.Loop() {
		size = len(SVG(c))
	}
	b.ReportMetric(float64(size), "bytes")
}
