package bargain

import (
	"slices"
	"testing"
)

func TestSuggestTakeaway(t *testing.T) {
	cases := []struct {
		name              string
		current, proposed string
		suggested         bool
		deleted, added    []string
		removed           bool
	}{
		{name: "shall becomes may",
			current:   "The Company shall grant up to five days of leave for a family medical emergency.",
			proposed:  "The Company may grant up to two days of leave for a family medical emergency.",
			suggested: true, deleted: []string{"shall"}, added: []string{"may"}},
		{name: "committee eliminated",
			current:   "A joint labor-management civil rights committee shall meet quarterly at each plant.",
			proposed:  "",
			suggested: true, removed: true},
		{name: "testing imposed as new language",
			current:   "",
			proposed:  "Employees are subject to random drug and alcohol testing at the sole discretion of the Company.",
			suggested: true, added: []string{"sole discretion", "subject to", "random"}},
		{name: "union improvement",
			current:   "Employees may take two days of bereavement leave.",
			proposed:  "Employees shall be entitled to five days of paid bereavement leave, and the Company shall not deny it.",
			suggested: false},
		{name: "spanish narrowing",
			current:   "La Empresa deberá conceder permiso con goce de salario.",
			proposed:  "La Empresa podrá conceder permiso, a juicio de la empresa.",
			suggested: true, deleted: []string{"debera", "con goce de salario"}, added: []string{"podra", "a juicio de la empresa"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := SuggestTakeaway(c.current, c.proposed)
			if s.Suggested != c.suggested || s.Removed != c.removed {
				t.Fatalf("suggested %v removed %v, want %v %v: %+v", s.Suggested, s.Removed, c.suggested, c.removed, s)
			}
			for _, d := range c.deleted {
				if !slices.Contains(s.Deleted, d) {
					t.Errorf("deleted %q missing from %q", d, s.Deleted)
				}
			}
			for _, a := range c.added {
				if !slices.Contains(s.Added, a) {
					t.Errorf("added %q missing from %q", a, s.Added)
				}
			}
		})
	}
}

func TestSuggestTakeawayShrink(t *testing.T) {
	cur := "Each employee has a grievance procedure in four steps, with an answer at each step within ten working days, " +
		"and the union may refer any unresolved grievance to an arbitrator jointly chosen by the parties."
	s := SuggestTakeaway(cur, "Grievances are answered by the plant manager.")
	if !s.Suggested || s.Shrink < 0.4 {
		t.Fatalf("a clause cut to a fifth should be suggested by its shrink: %+v", s)
	}
}

func BenchmarkSuggestTakeaway(b *testing.B) {
	cur := "The Company shall grant up to five days of leave for a family medical emergency, with pay, and no employee shall be disciplined for it. "
	for b.Loop() {
		SuggestTakeaway(cur+cur+cur, "The Company may grant up to two days of unpaid leave at its sole discretion.")
	}
}
