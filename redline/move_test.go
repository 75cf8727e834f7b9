package redline

import (
	"strings"
	"testing"
)

const (
	paraOvertime = "Overtime shall be paid at one and one-half times the regular rate of pay for all hours worked beyond forty."
	paraLeave    = "Employees may take unpaid leave of up to twelve weeks with two weeks notice to their supervisor."
	paraUnion    = "The Employer recognizes the Union as the sole bargaining agent for all employees in the unit."
)

// moved returns the texts of the deleted and inserted ends of each move.
func moved(ops []Op) map[int][2]string {
	m := map[int][2]string{}
	for _, op := range ops {
		if op.Move == 0 {
			continue
		}
		e := m[op.Move]
		if op.Kind == Delete {
			e[0] = strings.TrimSpace(op.Text)
		} else {
			e[1] = strings.TrimSpace(op.Text)
		}
		m[op.Move] = e
	}
	return m
}

func TestMovedParagraph(t *testing.T) {
	a := paraUnion + "\n\n" + paraOvertime + "\n\n" + paraLeave + "\n"
	b := paraUnion + "\n\n" + paraLeave + "\n\n" + paraOvertime + "\n"
	ops := Diff(a, b)
	checkOps(t, a, b, ops)
	m := moved(ops)
	if len(m) != 1 {
		t.Fatalf("want one move, got %v in %+v", m, ops)
	}
	if e := m[1]; e[0] != e[1] || (e[0] != paraOvertime && e[0] != paraLeave) {
		t.Fatalf("move 1 is %q -> %q", e[0], e[1])
	}
	if s := Summarize(ops); s.Moved == 0 || s.Moved != s.Deleted {
		t.Errorf("stats %+v: the only deletion is the move", s)
	}
}

func TestMovedAndReworded(t *testing.T) {
	// The paragraph moves to the end and gains one word on the way.
	a := paraOvertime + "\n\n" + paraUnion + "\n\n" + paraLeave + "\n"
	b := paraUnion + "\n\n" + paraLeave + "\n\n" + strings.Replace(paraOvertime, "hours worked", "hours actually worked", 1) + "\n"
	ops := Diff(a, b)
	checkOps(t, a, b, ops)
	m := moved(ops)
	if len(m) != 1 || !strings.HasPrefix(m[1][0], "Overtime") || !strings.Contains(m[1][1], "actually") {
		t.Fatalf("want the overtime paragraph moved, got %v", m)
	}
}

func TestMovedSentenceInsideParagraph(t *testing.T) {
	s1 := "The Employer shall post all vacancies for at least ten working days."
	s2 := "Employees on leave may apply for posted vacancies by electronic mail."
	a := "Section 4. " + s1 + " " + s2 + " Seniority decides among equal applicants."
	b := "Section 4. " + s2 + " Seniority decides among equal applicants. " + s1
	ops := Diff(a, b)
	checkOps(t, a, b, ops)
	m := moved(ops)
	if len(m) != 1 {
		t.Fatalf("want one move, got %v in %+v", m, ops)
	}
	if !strings.Contains(Text(ops), "{>1}") || !strings.Contains(Text(ops), "{<1}") {
		t.Errorf("Text lacks move markers: %s", Text(ops))
	}
}

func TestNotAMove(t *testing.T) {
	cases := []struct{ name, a, b string }{
		// Seven words only: a phrase like that recurs by chance.
		{"short run", "Alpha. The parties agree to meet and confer. Omega.",
			"Alpha. Omega. The parties agree to meet and confer."},
		// Rewritten in place: the deletion and insertion touch.
		{"rewrite in place", "Keep this. " + paraOvertime + " Keep that.",
			"Keep this. " + strings.Replace(paraOvertime, "forty", "thirty-six", 1) + " Keep that."},
		{"different text", paraOvertime + "\n\n" + paraUnion + "\n", paraUnion + "\n\n" + paraLeave + "\n"},
	}
	for _, c := range cases {
		ops := Diff(c.a, c.b)
		checkOps(t, c.a, c.b, ops)
		if m := moved(ops); len(m) != 0 {
			t.Errorf("%s: found moves %v", c.name, m)
		}
	}
}
