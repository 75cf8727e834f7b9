package http

import (
	"testing"
	"time"

	"github.com/frente/frente"
	"github.com/frente/frente/i18n"
)

func TestDurationText(t *testing.T) {
	today := day(t, "2026-11-27")
	cases := []struct {
		d      frente.Dispute
		en, es string
	}{
		{frente.Dispute{Start: "2007-07-30", LastConfirmed: "2013-07-30"},
			"at least 6 years (2,193 days)", "al menos 6 años (2193 días)"},
		{frente.Dispute{Start: "2020-01-01", End: "2020-01-31"}, "31 days", "31 días"},
		{frente.Dispute{Start: "2020-01-01", End: "2021-03-15"}, "1 year and 2 months (440 days)", "1 año y 2 meses (440 días)"},
		{frente.Dispute{Start: "2026-11-27"}, "at least 1 day", "al menos 1 día"},
	}
	for _, c := range cases {
		c.d.Compute(today)
		if got := durationText(i18n.Lang("en"), &c.d); got != c.en {
			t.Errorf("%s–%s en: %q, want %q", c.d.Start, c.d.End, got, c.en)
		}
		if got := durationText(i18n.Lang("es"), &c.d); got != c.es {
			t.Errorf("%s–%s es: %q, want %q", c.d.Start, c.d.End, got, c.es)
		}
	}
}

func day(t *testing.T, s string) time.Time {
	t.Helper()
	d, err := time.Parse(time.DateOnly, s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}
