package frente

import (
	"testing"
	"time"
)

func day(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestSpanBetween(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want Span
	}{
		{"2007-07-30", "2013-07-30", Span{6, 0, 0}},
		{"2007-07-30", "2013-09-15", Span{6, 1, 16}},
		{"2020-01-31", "2020-03-01", Span{0, 1, 1}},
		{"2024-02-29", "2025-02-28", Span{1, 0, 0}},
	} {
		if got := SpanBetween(day(c.a), day(c.b)); got != c.want {
			t.Errorf("%s to %s: %+v, want %+v", c.a, c.b, got, c.want)
		}
	}
}

func TestDisputeCompute(t *testing.T) {
	today := day("2026-11-27")
	d := Dispute{Start: "2007-07-30", LastConfirmed: "2013-07-30"}
	d.Compute(today)
	if !d.Ongoing || !d.NeedsConfirmation || d.DurationDays != 2193 {
		t.Errorf("the Mineros' strike: %+v", d)
	}
	d = Dispute{Start: "2026-11-01", LastConfirmed: "2026-11-20"}
	d.Compute(today)
	if d.NeedsConfirmation || d.DurationDays != 20 {
		t.Errorf("a recently confirmed strike: %+v", d)
	}
	d = Dispute{Start: "2026-01-01", End: "2026-01-31"}
	d.Compute(today)
	if d.Ongoing || d.NeedsConfirmation || d.DurationDays != 31 {
		t.Errorf("an ended strike: %+v", d)
	}
}

func TestDisputeValidate(t *testing.T) {
	d := Dispute{Title: "Strike", Start: "2020-05-01", End: "2020-04-01",
		Events: []DisputeEvent{{Date: "2019-01-01", Kind: EventArrest}, {Date: "2020-04-15", Kind: "picnic"}}}
	d.Normalize()
	err := d.Validate()
	for _, f := range []string{"end", "events[0].date", "events[1].kind"} {
		found := false
		for _, fe := range err.(*Error).Fields {
			found = found || fe.Field == f
		}
		if !found {
			t.Errorf("%s not refused: %v", f, err)
		}
	}
	future := Dispute{Title: "Strike", Start: "2030-01-01"}
	future.Normalize()
	if err := future.CheckDates(day("2026-11-27")); err == nil {
		t.Error("a start in the future is accepted")
	}
	report := Dispute{Title: "Strike", Start: "2020-01-01", Events: []DisputeEvent{{Date: "2021-03-01", Kind: EventReport}}}
	report.Normalize()
	if report.LastConfirmed != "2021-03-01" {
		t.Errorf("a report moves the last confirmation: %q", report.LastConfirmed)
	}
}

func TestIncidentCompute(t *testing.T) {
	n := Incident{Date: "2006-02-19"}
	n.Compute(day("2026-11-27"))
	if n.Years != 20 || n.NextAnniversary != "2027-02-19" {
		t.Errorf("Pasta de Conchos: %+v", n)
	}
}
