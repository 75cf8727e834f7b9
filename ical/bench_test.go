package ical

import (
	"fmt"
	"io"
	"testing"
)

// BenchmarkMarshal writes a feed of 1,000 events with long folded
// descriptions, larger than any one campaign's calendar.
func BenchmarkMarshal(b *testing.B) {
	c := sampleCalendar()
	base := c.Events[0]
	c.Events = nil
	for i := range 1000 {
		e := base
		e.UID = fmt.Sprintf("event-%d@frente", i)
		e.Date = base.Date.AddDate(0, 0, i%400)
		e.Yearly = i%10 == 0
		c.Events = append(c.Events, e)
	}
	out, err := Marshal(c)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(out)))
	b.ReportAllocs()
	for b.Loop() {
		if err := Write(io.Discard, c); err != nil {
			b.Fatal(err)
		}
	}
}
