package textsearch

import (
	"math"
	"slices"
	"strings"
	"testing"
)

// headingOf is the heading the rank tests give a match document: its
// first three words.
func headingOf(text string) (heading, body string) {
	words := strings.Fields(text)
	n := min(3, len(words))
	return strings.Join(words[:n], " "), strings.Join(words[n:], " ")
}

// TestMatchesAgreesWithFTS5 checks that the Go matcher, which the stores
// use on the units they rank, finds exactly what FTS5 finds, over
// AnalyzeUnit output (heading marks included) — and that the marks never
// make FTS5 find a unit the text alone would not.
func TestMatchesAgreesWithFTS5(t *testing.T) {
	db := openFTS5(t)
	terms := map[int]string{}
	for _, d := range matchDocs {
		h, body := headingOf(d.text)
		terms[d.id] = AnalyzeUnit(h, body, d.lang)
		if _, err := db.Exec(`INSERT INTO t(rowid, body) VALUES (?, ?)`, d.id, terms[d.id]); err != nil {
			t.Fatal(err)
		}
	}
	for _, m := range matchQueries {
		q, err := ParseQuery(m.q)
		if err != nil {
			t.Fatalf("ParseQuery(%q): %v", m.q, err)
		}
		got, err := queryIDs(db, `SELECT rowid FROM t WHERE t MATCH ? ORDER BY rowid`, q.FTS5(m.lang))
		if err != nil {
			t.Fatalf("%q: %v", m.q, err)
		}
		if !slices.Equal(got, m.want) {
			t.Errorf("%q (%s) FTS5 over AnalyzeUnit: rows %v, want %v", m.q, m.lang, got, m.want)
		}
		var inGo []int
		for _, d := range matchDocs {
			if q.Matches(terms[d.id], m.lang) {
				inGo = append(inGo, d.id)
			}
		}
		if !slices.Equal(inGo, m.want) {
			t.Errorf("%q (%s) Matches: rows %v, want %v", m.q, m.lang, inGo, m.want)
		}
	}
}

// TestFTS5Headings finds units by the words of their headings only.
func TestFTS5Headings(t *testing.T) {
	db := openFTS5(t)
	units := []struct {
		id                  int
		heading, body, lang string
	}{
		{1, "Overtime", "Work beyond eight hours is paid at time and a half.", "en"},
		{2, "Hours of Work", "Overtime must be offered by seniority.", "en"},
		{3, "Just Cause", "No discharge without just cause.", "en"},
		{4, "Discipline", "Discipline shall be for just cause only.", "en"},
		{5, "Jornada de trabajo", "La jornada es de ocho horas.", "es"},
	}
	for _, u := range units {
		if _, err := db.Exec(`INSERT INTO t(rowid, body) VALUES (?, ?)`, u.id, AnalyzeUnit(u.heading, u.body, u.lang)); err != nil {
			t.Fatal(err)
		}
	}
	for _, c := range []struct {
		q, lang string
		want    []int
	}{
		{"overtime", "en", []int{1}},
		{`"just cause"`, "en", []int{3}},
		{"cause", "en", []int{3}},
		{"discipline overtime", "en", []int{1, 4}},
		{"jornadas", "es", []int{5}},
		{`"trabajo jornada"`, "es", nil},
		{"hours -work", "en", []int{2}}, // NOT is for Matches to apply
	} {
		q, err := ParseQuery(c.q)
		if err != nil {
			t.Fatal(err)
		}
		got, err := queryIDs(db, `SELECT rowid FROM t WHERE t MATCH ? ORDER BY rowid`, q.FTS5Headings(c.lang))
		if err != nil {
			t.Fatalf("%q: %s: %v", c.q, q.FTS5Headings(c.lang), err)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: heading matches %v, want %v", c.q, got, c.want)
		}
	}
}

func TestAnalyzeUnit(t *testing.T) {
	got := AnalyzeUnit("Grievance Procedure", "A grievance is filed.", "en")
	want := "grievanc procedur a grievanc is file" + " " + HeadingMark + "grievanc " + HeadingMark + "procedur"
	if got != want {
		t.Errorf("AnalyzeUnit = %q, want %q", got, want)
	}
	if TextTerms(got) != Analyze("Grievance Procedure\nA grievance is filed.", "en") {
		t.Errorf("TextTerms(%q) = %q", got, TextTerms(got))
	}
	if got := AnalyzeUnit("", "A grievance.", "en"); got != "a grievanc" {
		t.Errorf("AnalyzeUnit without a heading = %q", got)
	}
}

func TestCountPhrase(t *testing.T) {
	for _, c := range []struct {
		terms  string
		phrase []string
		want   int
	}{
		{"employe employ employe", []string{"employe"}, 2},
		{"employe employ employe", []string{"employ"}, 1},
		{"unemploy employ", []string{"employ"}, 1},
		{"just caus just caus justic caus", []string{"just", "caus"}, 2},
		{"just causa just", []string{"just", "caus"}, 0},
		{"just", []string{"just", "caus"}, 0},
		{"", []string{"a"}, 0},
	} {
		if got := countPhrase(c.terms, c.phrase); got != c.want {
			t.Errorf("countPhrase(%q, %q) = %d, want %d", c.terms, c.phrase, got, c.want)
		}
	}
}

func TestRanker(t *testing.T) {
	unit := func(heading, body string) string { return AnalyzeUnit(heading, body, "en") }
	long := strings.Repeat("The parties agree to the terms of this article. ", 30)
	rank := func(query string, units ...string) []float64 {
		t.Helper()
		q, err := ParseQuery(query)
		if err != nil {
			t.Fatal(err)
		}
		return q.Ranker("en").Rank(units)
	}

	// A heading that names the subject outranks a mention in passing,
	// even several.
	s := rank("overtime",
		unit("Hours", "Overtime, overtime and more overtime go by seniority in the unit."),
		unit("Overtime", "Paid at time and a half past forty hours worked in a week."))
	if s[1] <= s[0] {
		t.Errorf("heading match scored %v, passing mentions %v", s[1], s[0])
	}
	// More occurrences score more; a longer unit with as many less.
	s = rank("seniority",
		unit("", "Seniority governs layoffs."),
		unit("", "Seniority governs layoffs; seniority governs recall."),
		unit("", long+"Seniority governs layoffs; seniority governs recall."))
	if !(s[1] > s[0] && s[1] > s[2]) {
		t.Errorf("scores %v: want the short unit with two occurrences first", s)
	}
	// A phrase counts only where its words are adjacent.
	s = rank(`"just cause"`, unit("", "just cause"), unit("", "cause just"))
	if s[0] <= 0 || s[1] != 0 {
		t.Errorf("phrase scores %v", s)
	}
	// Weights: the rarer word of two counts more.
	q, _ := ParseQuery("employee arbitration")
	r := q.Ranker("en")
	r.SetDocFreq(0, 9000, 10000) // employee: nearly everywhere
	r.SetDocFreq(1, 100, 10000)  // arbitration: rare
	s = r.Rank([]string{unit("", "employee employee arbitration"), unit("", "employee arbitration arbitration")})
	if s[1] <= s[0] {
		t.Errorf("weighted scores %v: the unit with more of the rare word should lead", s)
	}
	// Every word in most units still weighs a little, never zero or less.
	r.SetDocFreq(0, 10000, 10000)
	if r.groups[0].idf <= 0 || math.IsNaN(r.groups[0].idf) {
		t.Errorf("idf of a word in every unit = %v", r.groups[0].idf)
	}
	// Excluded words and repeats are not weighed; nothing ranks nothing.
	q, _ = ParseQuery("overtime overtime -holiday")
	if n := q.Ranker("").Phrases(); n != 1 {
		t.Errorf("phrases of %q = %d, want 1", q, n)
	}
	if s := q.Ranker("en").Rank(nil); len(s) != 0 {
		t.Errorf("Rank(nil) = %v", s)
	}
}
