package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// The predecessor: five articles in roman numerals.
const comparePredecessor = `COLLECTIVE BARGAINING AGREEMENT

ARTICLE I – RECOGNITION

The Company recognizes the Union as the sole and exclusive bargaining agent for all
production and maintenance workers at the smelter. Office clerical employees and guards
are excluded from the unit. The Union shall be told of every new job title in the unit.

ARTICLE II – HOURS OF WORK

2.1 The normal workweek is forty hours, Monday through Friday, in shifts of eight hours.
2.2 Work beyond eight hours in a day is paid at time and one-half. Rest periods of fifteen
minutes are given in each half shift, and a thirty minute meal period at mid shift.

ARTICLE III – SENIORITY

Seniority is the length of continuous service with the Company since the last date of hire.
The seniority list is posted every January and July. An employee loses seniority on a quit
or a discharge for cause.

ARTICLE IV – GRIEVANCE PROCEDURE

4.1 A grievance is first taken up with the foreman within ten working days of the event.
4.2 If it is not settled, the steward puts it in writing and the superintendent answers in
five days. An unsettled grievance may be referred to arbitration by either party.

ARTICLE V – WAGES

Wage rates in Appendix A rise three percent on the first day of each contract year.
A worker temporarily assigned to a higher classification is paid its rate for the whole shift.
Night shift work carries a premium of fifty cents an hour; tips < $20 & meals are not wages.
`

// The successor: Wages moved up to II and raised, Hours renamed and pushed
// to III, the grievance article renamed, Seniority dropped, Remote Work new.
const compareSuccessor = `COLLECTIVE BARGAINING AGREEMENT

ARTICLE I – RECOGNITION

The Company recognizes the Union as the sole and exclusive bargaining agent for all
production and maintenance workers at the smelter. Office clerical employees and guards
are excluded from the unit. The Union shall be told of every new job title in the unit.

ARTICLE II – WAGES

Wage rates in Appendix A rise four percent on the first day of each contract year.
A worker temporarily assigned to a higher classification is paid its rate for the whole shift.
Night shift work carries a premium of fifty cents an hour; tips < $20 & meals are not wages.

ARTICLE III – WORKING TIME

3.1 The normal workweek is forty hours, Monday through Friday, in shifts of eight hours.
3.2 Work beyond eight hours in a day is paid at time and one-half. Rest periods of fifteen
minutes are given in each half shift, and a thirty minute meal period at mid shift.

ARTICLE IV – GRIEVANCE AND ARBITRATION

4.1 A grievance is first taken up with the foreman within ten working days of the event.
4.2 If it is not settled, the steward puts it in writing and the superintendent answers in
five days. An unsettled grievance may be referred to arbitration by either party.

ARTICLE V – REMOTE WORK

Clerks may ask to work from home two days a week. The manager answers in writing within
thirty days and gives reasons for any refusal. Equipment is supplied by the Company.
`

type comparedJSON struct {
	Pairs []struct {
		A, B, Kind, Change string
		AHeading           string `json:"a_heading"`
		BHeading           string `json:"b_heading"`
		Similarity         float64
		Ops                []struct{ Op, Text string }
	}
	Added, Removed []struct{ Number, Kind, Heading string }
}

func writeCompareFixtures(t *testing.T) (dir, a, b string) {
	t.Helper()
	dir = t.TempDir()
	a, b = filepath.Join(dir, "cba-2023.txt"), filepath.Join(dir, "cba-2025.txt")
	for f, text := range map[string]string{a: comparePredecessor, b: compareSuccessor} {
		if err := os.WriteFile(f, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir, a, b
}

func compareJSON(t *testing.T, args ...string) comparedJSON {
	t.Helper()
	code, out, errs := runCLI(t, append([]string{"compare", "--format", "json"}, args...)...)
	if code != 0 {
		t.Fatalf("compare %v: exit %d: %s", args, code, errs)
	}
	var got comparedJSON
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("compare %v: %v\n%s", args, err, out)
	}
	return got
}

// checkComparedPairs asserts what the fixtures' successor did, pair by pair.
func checkComparedPairs(t *testing.T, got comparedJSON) {
	t.Helper()
	var pairs []string
	for _, p := range got.Pairs {
		pairs = append(pairs, p.A+"→"+p.B+" "+p.Kind+" "+p.Change)
	}
	want := []string{
		"I→I article same",
		"V→II article moved+renumbered+modified",
		"II→III article renumbered+renamed",
		"IV→IV article renamed",
	}
	if !slices.Equal(pairs, want) {
		t.Errorf("pairs\n%q\nwant\n%q", pairs, want)
	}
	if len(got.Added) != 1 || got.Added[0].Number != "V" || got.Added[0].Heading != "REMOTE WORK" {
		t.Errorf("added %+v, want V REMOTE WORK", got.Added)
	}
	if len(got.Removed) != 1 || got.Removed[0].Number != "III" || got.Removed[0].Heading != "SENIORITY" {
		t.Errorf("removed %+v, want III SENIORITY", got.Removed)
	}
	if len(got.Pairs) != len(want) {
		return
	}
	if p := got.Pairs[2]; p.AHeading != "HOURS OF WORK" || p.BHeading != "WORKING TIME" {
		t.Errorf("renamed pair headings %q → %q", p.AHeading, p.BHeading)
	}
	var deleted, inserted []string
	for _, op := range got.Pairs[1].Ops {
		switch op.Op {
		case "delete":
			deleted = append(deleted, strings.TrimSpace(op.Text))
		case "insert":
			inserted = append(inserted, strings.TrimSpace(op.Text))
		}
	}
	if !slices.Equal(deleted, []string{"three"}) || !slices.Equal(inserted, []string{"four"}) {
		t.Errorf("wages redline: deleted %q, inserted %q; want three → four", deleted, inserted)
	}
	if s := got.Pairs[1].Similarity; s <= 0.9 || s >= 1 {
		t.Errorf("wages similarity %v, want one word in about fifty changed", s)
	}
	if s := got.Pairs[0].Similarity; s != 1 {
		t.Errorf("unchanged article similarity %v", s)
	}
}

func TestCompareFiles(t *testing.T) {
	_, a, b := writeCompareFixtures(t)
	checkComparedPairs(t, compareJSON(t, a, b))

	t.Run("text", func(t *testing.T) {
		code, out, errs := runCLI(t, "compare", a, b)
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errs)
		}
		for _, want := range []string{
			"Article V → II  WAGES  (98%, moved, renumbered, modified)",
			"rise [-three-]{+four+} percent",
			"Article II → III  HOURS OF WORK → WORKING TIME  (",
			"Added:\n\nArticle V  REMOTE WORK\n\n{+Clerks may ask",
			"Removed:\n\nArticle III  SENIORITY\n\n[-Seniority is",
		} {
			if !strings.Contains(out, want) {
				t.Errorf("text output lacks %q:\n%s", want, out)
			}
		}
		if strings.Contains(out, "Article I  RECOGNITION  (100%, same)\n\nThe Company") {
			t.Errorf("text output prints the redline of an unchanged article:\n%s", out)
		}
	})
	t.Run("html", func(t *testing.T) {
		code, out, errs := runCLI(t, "compare", "--format", "html", a, b)
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errs)
		}
		for _, want := range []string{"<!doctype html>", "<title>", "<del", "<ins", "tips &lt; $20 &amp; meals", "REMOTE WORK", "SENIORITY"} {
			if !strings.Contains(out, want) {
				t.Errorf("html lacks %q", want)
			}
		}
		if strings.Contains(out, "tips < $20") || strings.Contains(out, "<script") {
			t.Errorf("html does not escape the text")
		}
	})
}

// TestCompareStored compares the same two agreements stored by ingest,
// by id: the pairs must be those of the files.
func TestCompareStored(t *testing.T) {
	dir, a, b := writeCompareFixtures(t)
	db := filepath.Join(dir, "frente.db")
	for _, f := range []string{a, b} {
		if code, out, errs := runCLI(t, "ingest", "--db", db, f); code != 0 {
			t.Fatalf("ingest %s: %d %s %s", f, code, out, errs)
		}
	}
	checkComparedPairs(t, compareJSON(t, "--db", db, "1", "2"))
	// A file operand and a stored one mix.
	checkComparedPairs(t, compareJSON(t, "--db", db, "1", b))
}

func TestCompareErrors(t *testing.T) {
	dir, a, _ := writeCompareFixtures(t)
	empty := filepath.Join(dir, "empty.txt")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "frente.db")
	if code, _, errs := runCLI(t, "migrate", "--db", db); code != 0 {
		t.Fatalf("migrate: %s", errs)
	}
	for _, c := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{a, filepath.Join(dir, "missing.txt")}, 1, `B: no file "` + filepath.Join(dir, "missing.txt")},
		{[]string{empty, a}, 1, "A: parse empty.txt"},
		{[]string{"--db", db, a, "42"}, 1, "B: no file \"42\", and no agreement 42 in " + db},
		{[]string{"--db", filepath.Join(dir, "none.db"), "7", a}, 1, "A: 7 is neither a file nor an agreement"},
		{[]string{"--format", "pdf", a, a}, 1, `--format "pdf"`},
		{[]string{a}, 2, "Usage: frente compare"},
		{[]string{a, a, a}, 2, "Usage: frente compare"},
	} {
		code, out, errs := runCLI(t, append([]string{"compare"}, c.args...)...)
		if code != c.code || !strings.Contains(errs, c.want) {
			t.Errorf("compare %v: exit %d, stderr %q; want exit %d and %q (stdout %q)", c.args, code, errs, c.code, c.want, out)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "none.db")); err == nil {
		t.Error("compare created a database it was only to read")
	}
}
