package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/frente/frente"
	"github.com/frente/frente/sqlite"
)

// importCLI runs the program's command line and returns its exit code and
// what it printed.
func importCLI(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(context.Background(), args, strings.NewReader(""), &out, &errOut)
	return code, out.String(), errOut.String()
}

// A made-up FMCS file: a case over two stoppages, an employer written
// twice with other capitals and accents, a stoppage still going on; and
// a last row that ends before it starts.
const fmcsFile = `Employer,Union,Union Local,Case Number,BU,NAICS,Industry,"City, State",# Idled,Start Date,End Date,Duration
Fundición del Norte,USW 1010,,2001XY000001,120.0,31.0,Manufacturing,"Gary, IN",110.0,2001-03-01,2001-03-20,20.0
FUNDICION DEL NORTE,USW 1010,,2001XY000001,,,Manufacturing,"Gary, IN",95.0,2001-05-02,2001-05-02,
Lakeside Hospital,SEIU 73,73,2002XY000002,,,Health Care and Social Assistance,"Chicago, IL",300.0,2002-09-09,2002-09-11,
"Bay Freight, Inc",IBT 70,,2003XY000003,,,Transportation and Warehousing,"Oakland, CA",60.0,2003-01-15,,45.0
Prairie Bakery,BCTGM 9,,2004XY000004,,,Manufacturing,", OH",20.0,2004-02-01,2004-01-03,
`

// A made-up Labor Action Tracker file.
const latFile = `ID,Employer,Labor Organization,Local,Industry,Bargaining Unit Size,Number of Locations,Address,City,State,Zip Code,"Latitude, Longitude",Approximate Number of Participants,Start Date,End Date,Duration Amount,Duration Unit,Strike or Protest,Authorized,Worker Demands,Source,Notes
101,Acme Copper Smelting,United Steelworkers,12-345,Manufacturing,450,2,"10 Smelter Rd; 20 Mill Ave",Hayden; Kearny,Arizona; Arizona,85135; 85137,"33.0042, -110.7851;33.0573, -110.9107;",400,3/4/2024,3/8/2024,5,days,Strike,Y,Pay; Health and safety,https://example.org/a; Union leaflet,"Picket at both gates, ""day and night"""
102,Café Ñandú,,,Accommodation and Food Services,,1,1 Main St,Tucson,Arizona,85701,"32.2217, -110.9265",12,2024-05-01,,,,Protest,N,Heat protection,,
`

func writeFile(t *testing.T, name, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// disputesIn reads back every dispute of a database, by ref.
func disputesIn(t *testing.T, db string) map[string]*frente.Dispute {
	t.Helper()
	ctx := frente.WithViewer(context.Background(), frente.System)
	s, err := sqlite.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	page, err := s.FindDisputes(ctx, frente.DisputeFilter{ListOptions: frente.ListOptions{Limit: frente.MaxLimit}})
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]*frente.Dispute{}
	for _, d := range page.Items {
		out[d.Ref] = d
	}
	return out
}

func TestImportDisputesAllOrNothing(t *testing.T) {
	db := filepath.Join(t.TempDir(), "frente.db")
	file := writeFile(t, "fmcs.csv", fmcsFile)
	code, out, errOut := importCLI(t, "import", "disputes", file, "--format", "fmcs", "--db", db)
	if code != 1 || out != "" || !strings.Contains(errOut, `line 6, column "End Date": 2004-01-03 is before the start, 2004-02-01`) ||
		!strings.Contains(errOut, "1 of 5 rows refused; nothing was imported") {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	if got := disputesIn(t, db); len(got) != 0 {
		t.Fatalf("a refused file left %d disputes", len(got))
	}
	code, out, errOut = importCLI(t, "import", "disputes", file, "--format", "fmcs", "--db", db, "--skip-invalid")
	if code != 0 || !strings.Contains(out, "5 rows: 4 created, 0 updated, 0 unchanged, 1 refused; 7 organizations created") ||
		!strings.Contains(errOut, `line 6, column "End Date"`) {
		t.Fatalf("skip-invalid: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	got := disputesIn(t, db)
	a, b := got["fmcs:2001XY000001:2001-03-01"], got["fmcs:2001XY000001:2001-05-02"]
	if a == nil || b == nil || a.EmployerID != b.EmployerID || a.Workers != 110 || a.DurationDays != 20 || a.Visibility != frente.Public {
		t.Fatalf("the case's two stoppages: %+v %+v", a, b)
	}
	if c := got["fmcs:2003XY000003:2003-01-15"]; c == nil || !c.Ongoing || c.LastConfirmed != "2003-02-28" || !c.NeedsConfirmation {
		t.Fatalf("ongoing stoppage: %+v", c)
	}
	// Again: nothing changes.
	code, out, _ = importCLI(t, "import", "disputes", file, "--format", "fmcs", "--db", db, "--skip-invalid")
	if code != 0 || !strings.Contains(out, "0 created, 0 updated, 4 unchanged, 1 refused; 0 organizations created") {
		t.Fatalf("again: exit %d, %q", code, out)
	}
}

// TestExportImportRoundTrip exports, imports the export into a new
// database and into the same one: the same records.
func TestExportImportRoundTrip(t *testing.T) {
	for format, content := range map[string]string{"fmcs": fmcsFile, "lat": latFile} {
		t.Run(format, func(t *testing.T) {
			dir := t.TempDir()
			first, second := filepath.Join(dir, "first.db"), filepath.Join(dir, "second.db")
			if code, _, errOut := importCLI(t, "import", "disputes", writeFile(t, format+".csv", content), "--format", format, "--db", first, "--skip-invalid"); code != 0 {
				t.Fatalf("import: %s", errOut)
			}
			code, exported, errOut := importCLI(t, "export", "disputes", "--format", format, "--db", first)
			if code != 0 {
				t.Fatalf("export: %s", errOut)
			}
			records, err := csv.NewReader(strings.NewReader(exported)).ReadAll()
			if err != nil || len(records) != len(disputesIn(t, first))+1 {
				t.Fatalf("export: %d records, %v\n%s", len(records), err, exported)
			}
			file := writeFile(t, "export.csv", exported)
			code, out, errOut := importCLI(t, "import", "disputes", file, "--format", format, "--db", first)
			if code != 0 || !strings.Contains(out, "0 created, 0 updated") {
				t.Fatalf("export into the same database: %d %q %q", code, out, errOut)
			}
			if code, _, errOut := importCLI(t, "import", "disputes", file, "--format", format, "--db", second); code != 0 {
				t.Fatalf("import of the export: %s", errOut)
			}
			want, got := disputesIn(t, first), disputesIn(t, second)
			if len(got) != len(want) || len(got) == 0 {
				t.Fatalf("%d disputes, want %d", len(got), len(want))
			}
			for ref, w := range want {
				g := got[ref]
				if g == nil {
					t.Errorf("%s is missing", ref)
					continue
				}
				// Ids and times differ between databases; the rest may not.
				g.Record.ID, g.Record.CreatedAt, g.Record.UpdatedAt = w.ID, w.CreatedAt, w.UpdatedAt
				g.EmployerID, g.UnionIDs = w.EmployerID, w.UnionIDs
				if !equalJSON(t, g, w) {
					t.Errorf("%s:\n%+v\nwant\n%+v", ref, g, w)
				}
			}
		})
	}
}

func equalJSON(t *testing.T, a, b any) bool {
	t.Helper()
	var x, y bytes.Buffer
	if err := printJSON(&x, a); err != nil {
		t.Fatal(err)
	}
	if err := printJSON(&y, b); err != nil {
		t.Fatal(err)
	}
	return x.String() == y.String()
}

func TestImportBadInput(t *testing.T) {
	db := filepath.Join(t.TempDir(), "frente.db")
	extra := writeFile(t, "extra.csv", strings.Replace(fmcsFile, "Duration\n", "Duration,Threat,Display\n", 1))
	for _, c := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"import", "disputes", extra, "--format", "fmcs", "--db", db}, 1, `columns that are not the format's: "Threat", "Display"`},
		{[]string{"import", "disputes", extra, "--format", "csv", "--db", db}, 1, `unknown format "csv"`},
		{[]string{"import", "disputes", extra, "--format", "lat", "--db", db}, 1, `missing "ID"`},
		{[]string{"import", "strikes", extra}, 1, "cannot import"},
		{[]string{"import", "disputes", "--format", "fmcs"}, 2, "Usage"},
		{[]string{"export", "disputes", "--format", "xml", "--db", db}, 1, "unknown format"},
	} {
		code, _, errOut := importCLI(t, c.args...)
		if code != c.code || !strings.Contains(errOut, c.want) {
			t.Errorf("%v: exit %d, stderr %q; want %d and %q", c.args, code, errOut, c.code, c.want)
		}
	}
}

// TestImportRealFMCS imports the FMCS's own file, when this machine has
// it: its rows that end before they start are refused, the rest go in,
// and the same file again changes nothing.
func TestImportRealFMCS(t *testing.T) {
	const real = "../../../shared/corpus/disputes/fmcs-work-stoppages-1984-2020.csv"
	if _, err := os.Stat(real); err != nil {
		t.Skip("no FMCS file here")
	}
	db := filepath.Join(t.TempDir(), "frente.db")
	code, out, errOut := importCLI(t, "import", "disputes", real, "--format", "fmcs", "--db", db)
	if code != 1 || !strings.Contains(errOut, "nothing was imported") {
		t.Fatalf("without --skip-invalid: %d %q", code, out)
	}
	code, out, _ = importCLI(t, "import", "disputes", real, "--format", "fmcs", "--db", db, "--skip-invalid")
	if code != 0 || !strings.Contains(out, "14317 rows: 14309 created, 0 updated, 0 unchanged, 8 refused") {
		t.Fatalf("import: %d %q", code, out)
	}
	code, out, _ = importCLI(t, "import", "disputes", real, "--format", "fmcs", "--db", db, "--skip-invalid")
	if code != 0 || !strings.Contains(out, "0 created, 0 updated, 14309 unchanged, 8 refused; 0 organizations created") {
		t.Fatalf("again: %d %q", code, out)
	}
}
