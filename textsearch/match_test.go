package textsearch

import (
	"database/sql"
	"fmt"
	"os"
	"slices"
	"testing"

	_ "github.com/jackc/pgx/v5/stdlib"
	_ "modernc.org/sqlite"
)

// These tests run the generated expressions in the real databases: FTS5
// in an in-memory SQLite, and, when FRENTE_TEST_POSTGRES holds a DSN,
// to_tsvector/to_tsquery in PostgreSQL. Both must return exactly the
// expected rows, which makes them agree with each other.

type matchDoc struct {
	id         int
	lang, text string
}

var matchDocs = []matchDoc{
	{1, "en", "ARTICLE 12 – DISCHARGE. No employee shall be discharged except for just cause. The arbitrator's decision is final."},
	{2, "en", "Section 12.3 Overtime. Overtime is paid at double time on holidays; the Employer's arbitration of grievances."},
	{3, "en", "Seniority governs layoff and recall. Just the cause of a layoff must be stated."},
	{4, "es", "CLÁUSULA DÉCIMA. Los despidos requieren justa causa; la sanción se notifica por escrito."},
	{5, "es", "Artículo 10. Jornada de trabajo. Los trabajadores podrán solicitar arbitraje ante el árbitro."},
	{6, "es", "Sancion disciplinaria, escrita sin acentos: el despido y la organizacion sindical."},
	{7, "en", "Drug and alcohol testing requires reasonable suspicion. Re-hire after rehabilitation."},
	{8, "en", `A title:secret NEAR(a b) a* "quoted" 'single' \back & | ! ( ) : text <script>.`},
}

var matchQueries = []struct {
	q, lang string
	want    []int
}{
	// English stems. The index mixes languages, so a Spanish "árbitro"
	// (stem "arbitr") also answers the English stem: the stores filter by
	// agreement language when a search asks for one.
	{"arbitrating", "en", []int{1, 2, 5}},
	{"arbitrator", "en", []int{1, 2, 5}},
	{"employer's arbitration", "en", []int{2}},
	{"discharge", "en", []int{1}},
	{"Discharged", "", []int{1}},
	// Spanish stems and optional accents.
	{"despidos", "es", []int{4, 6}},
	{"despido", "", []int{4, 6}},
	{"sancion", "es", []int{4, 6}},
	{"sanción", "", []int{4, 6}},
	{"organización", "es", []int{6}},
	{"podran", "es", []int{5}},
	{"clausula decima", "es", []int{4}},
	// Phrases: adjacent words only. The English stems of "just cause"
	// are the Spanish ones of "justa causa", so each finds both (the
	// notes' caveat; the stores filter by language when asked).
	{`"just cause"`, "en", []int{1, 4}},
	{`"just cause"`, "", []int{1, 4}},
	{`"justa causa"`, "es", []int{1, 4}},
	{`"cause just"`, "en", nil},
	{"re-hire", "en", []int{7}},
	{"rehire", "en", nil},
	// Numbers.
	{"12", "en", []int{1, 2}},
	{"12.3", "en", []int{2}},
	{`"article 12"`, "en", []int{1}},
	{"10", "es", []int{5}},
	// AND, OR, NOT, groups.
	{"layoff OR overtime", "en", []int{2, 3}},
	{"seniority -overtime", "en", []int{3}},
	{"layoff -recall", "en", nil},
	{"overtime NOT holiday", "en", nil},
	{"(drug OR alcohol) testing", "en", []int{7}},
	{"despido -(sanción OR trabajo)", "es", nil},
	{"despido -(requieren OR trabajo)", "es", []int{6}},
	{"trabajo OR arbitraje", "es", []int{5}},
	{`just -"just cause"`, "en", []int{3}},
	{"(a OR overtime) -(holidays b)", "en", []int{2, 3, 8}},
	{"(a OR overtime) -(holidays paid)", "en", []int{3, 8}},
	// Syntax of either database in the text or the query is only words.
	{"title:secret", "en", []int{8}},
	{"NEAR(a b)", "en", []int{8}},
	{"a*", "en", []int{3, 8}},
	{`"quoted" 'single' \back`, "en", []int{8}},
	{"script", "en", []int{8}},
}

func TestMatchSQLite(t *testing.T) {
	db := openFTS5(t)
	for _, d := range matchDocs {
		if _, err := db.Exec(`INSERT INTO t(rowid, body) VALUES (?, ?)`, d.id, Analyze(d.text, d.lang)); err != nil {
			t.Fatal(err)
		}
	}
	for _, m := range matchQueries {
		q, err := ParseQuery(m.q)
		if err != nil {
			t.Errorf("ParseQuery(%q): %v", m.q, err)
			continue
		}
		expr := q.FTS5(m.lang)
		got, err := queryIDs(db, `SELECT rowid FROM t WHERE t MATCH ? ORDER BY rowid`, expr)
		if err != nil {
			t.Errorf("%q (%s) FTS5 %s: %v", m.q, m.lang, expr, err)
			continue
		}
		if !slices.Equal(got, m.want) {
			t.Errorf("%q (%s) FTS5 %s: rows %v, want %v", m.q, m.lang, expr, got, m.want)
		}
	}
}

func TestMatchPostgres(t *testing.T) {
	dsn := os.Getenv("FRENTE_TEST_POSTGRES")
	if dsn == "" {
		t.Skip("FRENTE_TEST_POSTGRES is not set")
	}
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	db.SetMaxOpenConns(1) // the temporary table lives on one connection
	if _, err := db.Exec(`CREATE TEMP TABLE textsearch_match (id int PRIMARY KEY, body tsvector)`); err != nil {
		t.Fatal(err)
	}
	for _, d := range matchDocs {
		if _, err := db.Exec(`INSERT INTO textsearch_match VALUES ($1, to_tsvector('simple', $2))`, d.id, Analyze(d.text, d.lang)); err != nil {
			t.Fatal(err)
		}
	}
	for _, m := range matchQueries {
		q, err := ParseQuery(m.q)
		if err != nil {
			t.Errorf("ParseQuery(%q): %v", m.q, err)
			continue
		}
		expr := q.TSQuery(m.lang)
		got, err := queryIDs(db, `SELECT id FROM textsearch_match WHERE body @@ to_tsquery('simple', $1) ORDER BY id`, expr)
		if err != nil {
			t.Errorf("%q (%s) tsquery %s: %v", m.q, m.lang, expr, err)
			continue
		}
		if !slices.Equal(got, m.want) {
			t.Errorf("%q (%s) tsquery %s: rows %v, want %v", m.q, m.lang, expr, got, m.want)
		}
	}
}

// openFTS5 opens an in-memory SQLite database with the FTS5 table the
// stores use: plain unicode61 over Analyze output, no stemmer of its own.
func openFTS5(tb testing.TB) *sql.DB {
	tb.Helper()
	db, err := sql.Open("sqlite", ":memory:")
	if err != nil {
		tb.Fatal(err)
	}
	db.SetMaxOpenConns(1) // each connection to :memory: is its own database
	tb.Cleanup(func() { db.Close() })
	if _, err := db.Exec(`CREATE VIRTUAL TABLE t USING fts5(body, tokenize="unicode61 remove_diacritics 2")`); err != nil {
		tb.Fatal(err)
	}
	return db
}

func queryIDs(db *sql.DB, query string, args ...any) ([]int, error) {
	rows, err := db.Query(query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ids []int
	for rows.Next() {
		var id int
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("rows: %w", err)
	}
	return ids, nil
}
