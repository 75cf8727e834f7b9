package tracker

import (
	"bytes"
	"errors"
	"os"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/frente/frente"
)

// today is the day the fixtures are read on, so that none is "future".
var today = time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)

const latHeader = `ID,Employer,Labor Organization,Local,Industry,Bargaining Unit Size,Number of Locations,Address,City,State,Zip Code,"Latitude, Longitude",Approximate Number of Participants,Start Date,End Date,Duration Amount,Duration Unit,Strike or Protest,Authorized,Worker Demands,Source,Notes`

// latFixture is made up for these tests: two locations in one row, dates
// written M/D/YYYY, a protest without a union, an ongoing strike.
var latFixture = latHeader + `
101,Acme Copper Smelting,United Steelworkers (USW),12-345,Manufacturing,450,2,"10 Smelter Rd; 20 Mill Ave",Hayden; Kearny,Arizona; Arizona,85135; 85137,"33.0042, -110.7851;33.0573, -110.9107;",400,3/4/2024,3/8/2024,5,days,Strike,Y,Pay; Health and safety,https://example.org/a; Union leaflet,"Picket at both gates, ""day and night"""
102,Café Ñandú,,,Accommodation and Food Services,,1,1 Main St,Tucson,Arizona,85701,"32.2217, -110.9265",12,2024-05-01,,,,Protest,N,Heat protection,,
103,Acme Copper Smelting,United Steelworkers (USW),12-345,Manufacturing,,1,,Hayden,Arizona,,,1200,2024-06-10,,30,days,Strike,,Pensions,,
`

const fmcsHeader = `Employer,Union,Union Local,Case Number,BU,NAICS,Industry,"City, State",# Idled,Start Date,End Date,Duration`

// fmcsFixture is made up too: the case 2001XY000001 has two stoppages
// (two starts), and the case 2002XY000002 two employers that stopped the
// same day.
var fmcsFixture = fmcsHeader + `
Northern Foundry Co,USW 1010,,2001XY000001,120.0,31.0,Manufacturing,"Gary, IN",110.0,2001-03-01,2001-03-20,20.0
Northern Foundry Co,USW 1010,,2001XY000001,,,Manufacturing,"Gary, IN",95.0,2001-05-02,2001-05-02,
Lakeside Hospital,SEIU 73,73,2002XY000002,,,Health Care and Social Assistance,"Chicago, IL",300.0,2002-09-09,2002-09-11,
Lakeside Clinic,SEIU 73,73,2002XY000002,,,Health Care and Social Assistance,"Chicago, IL",40.0,2002-09-09,2002-09-10,
"Bay Freight, Inc",IBT 70,,2003XY000003,,,Transportation and Warehousing,"Oakland, CA",60.0,2003-01-15,,45.0
Prairie Bakery,BCTGM 9,,2004XY000004,,,Manufacturing,", OH",20.0,2004-02-01,2004-02-03,
`

func read(t *testing.T, f Format, data string) ([]frente.DisputeRow, []frente.ImportProblem) {
	t.Helper()
	rows, problems, err := ReadAll(strings.NewReader(data), f, Options{Today: today})
	if err != nil {
		t.Fatalf("read %s: %v", f, err)
	}
	return rows, problems
}

func TestReadLAT(t *testing.T) {
	rows, problems := read(t, LAT, latFixture)
	if len(problems) != 0 || len(rows) != 3 {
		t.Fatalf("%d rows, problems %v", len(rows), problems)
	}
	a := rows[0]
	d := a.Dispute
	if a.Line != 2 || a.TrackerID != "101" || d.Ref != "lat:101" || a.Employer != "Acme Copper Smelting" || a.Union != "United Steelworkers (USW)" || a.Local != "12-345" {
		t.Errorf("parties: %+v", a)
	}
	if d.Kind != frente.DisputeStrike || d.Start != "2024-03-04" || d.End != "2024-03-08" || d.Workers != 400 || d.BargainingUnitSize != 450 ||
		d.Locations != 2 || d.Authorized != frente.AuthorizedYes || d.Place.City != "Hayden; Kearny" || d.Place.Country != "US" {
		t.Errorf("dispute: %+v", d)
	}
	if d.Place.Latitude == nil || *d.Place.Latitude != 33.0042 || *d.Place.Longitude != -110.7851 {
		t.Errorf("first location's coordinates: %v %v", d.Place.Latitude, d.Place.Longitude)
	}
	if !reflect.DeepEqual(d.Demands, []string{"Pay", "Health and safety"}) ||
		!reflect.DeepEqual(d.Sources, []frente.Source{{URL: "https://example.org/a"}, {Text: "Union leaflet"}}) ||
		d.Notes != `Picket at both gates, "day and night"` || d.Title != "Strike at Acme Copper Smelting (United Steelworkers (USW))" {
		t.Errorf("lists and notes: %q %+v %q %q", d.Demands, d.Sources, d.Notes, d.Title)
	}
	b := rows[1].Dispute
	if b.Kind != frente.DisputeProtest || b.Authorized != frente.AuthorizedNo || rows[1].Union != "" || b.End != "" || b.LastConfirmed != "" {
		t.Errorf("protest: %+v", rows[1])
	}
	// An ongoing strike's duration is how long it was known to last.
	if c := rows[2].Dispute; c.End != "" || c.LastConfirmed != "2024-07-09" {
		t.Errorf("ongoing: end %q last confirmed %q", c.End, c.LastConfirmed)
	}
}

func TestReadFMCS(t *testing.T) {
	rows, problems := read(t, FMCS, fmcsFixture)
	if len(problems) != 0 || len(rows) != 6 {
		t.Fatalf("%d rows, problems %v", len(rows), problems)
	}
	if p := rows[5].Dispute.Place; p.City != "" || p.Region != "OH" {
		t.Errorf("a place without a city: %+v", p)
	}
	a := rows[0].Dispute
	if a.Ref != "fmcs:2001XY000001:2001-03-01" || a.Workers != 110 || a.BargainingUnitSize != 120 || a.NAICS != "31" ||
		a.Place.City != "Gary" || a.Place.Region != "IN" || a.Kind != frente.DisputeWorkStoppage || a.End != "2001-03-20" {
		t.Errorf("first row: %+v", a)
	}
	if rows[1].Dispute.Ref != "fmcs:2001XY000001:2001-05-02" {
		t.Errorf("second stoppage of the case: %q", rows[1].Dispute.Ref)
	}
	// Same case, same day: the parties tell the rows apart, whatever
	// their order in the file.
	h, c := rows[2].Dispute.Ref, rows[3].Dispute.Ref
	if h == c || !strings.HasPrefix(h, "fmcs:2002XY000002:2002-09-09:") || !strings.HasPrefix(c, "fmcs:2002XY000002:2002-09-09:") {
		t.Errorf("same case and day: %q %q", h, c)
	}
	lines := strings.Split(fmcsFixture, "\n")
	lines[3], lines[4] = lines[4], lines[3]
	swapped, _ := read(t, FMCS, strings.Join(lines, "\n"))
	if swapped[2].Dispute.Ref != c || swapped[3].Dispute.Ref != h {
		t.Errorf("refs depend on the order of the rows: %q %q", swapped[2].Dispute.Ref, swapped[3].Dispute.Ref)
	}
	if r := rows[4]; r.Employer != "Bay Freight, Inc" || r.Dispute.End != "" || r.Dispute.LastConfirmed != "2003-02-28" {
		t.Errorf("ongoing stoppage: %+v", r)
	}
	if rows[2].Local != "73" || rows[2].Union != "SEIU 73" {
		t.Errorf("local: %+v", rows[2])
	}
}

func TestBadRows(t *testing.T) {
	cases := []struct {
		name, row, column, reason string
	}{
		{"unparseable date", `Acme,USW 1,,C1,,,Mining,"Ely, NV",10,2001-13-01,,`, "Start Date", "not a date"},
		{"end before start", `Acme,USW 1,,C2,,,Mining,"Ely, NV",10,2001-03-10,2001-03-01,`, "End Date", "before the start"},
		{"bad number", `Acme,USW 1,,C3,,,Mining,"Ely, NV",ten,2001-03-10,,`, "# Idled", `"ten" is not a number`},
		{"fraction of a worker", `Acme,USW 1,,C4,,,Mining,"Ely, NV",10.5,2001-03-10,,`, "# Idled", "not a whole number"},
		{"missing employer", `,USW 1,,C5,,,Mining,"Ely, NV",10,2001-03-10,,`, "Employer", "missing employer"},
		{"missing case", `Acme,USW 1,,,,,Mining,"Ely, NV",10,2001-03-10,,`, "Case Number", "missing case number"},
		{"future", `Acme,USW 1,,C6,,,Mining,"Ely, NV",10,2031-03-10,,`, "Start Date", "in the future"},
		{"too few fields", `Acme,USW 1,,C7`, "", "has 4 fields where the header has 12"},
		{"same row twice", `Northern Foundry Co,USW 1010,,2001XY000001,120.0,31.0,Manufacturing,"Gary, IN",110.0,2001-03-01,2001-03-20,20.0`, "Case Number", "same case number"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rows, problems := read(t, FMCS, fmcsFixture+c.row+"\n")
			if len(rows) != 6 || len(problems) != 1 {
				t.Fatalf("%d rows, problems %v", len(rows), problems)
			}
			p := problems[0]
			if p.Line != 8 || p.Column != c.column || !strings.Contains(p.Reason, c.reason) {
				t.Errorf("problem %+v, want line 8, column %q, reason with %q", p, c.column, c.reason)
			}
		})
	}
	_, problems := read(t, LAT, latHeader+"\n"+`9,Acme,,,,,,,,,,"95, 10",,2024-01-01,,,fortnights,Riot,Maybe,,,`+"\n")
	want := map[string]string{"Latitude, Longitude": "between -90 and 90", "Duration Unit": "fortnights", "Strike or Protest": "Riot", "Authorized": "Maybe"}
	if len(problems) != len(want) {
		t.Fatalf("problems %v", problems)
	}
	for _, p := range problems {
		if !strings.Contains(p.Reason, want[p.Column]) || p.Line != 2 {
			t.Errorf("problem %+v", p)
		}
	}
}

func TestHeader(t *testing.T) {
	// Columns in another order are read by name.
	cols := strings.Split(fmcsHeader, ",")
	reordered := `"City, State",# Idled,Start Date,End Date,Duration,Employer,Union,Union Local,Case Number,BU,NAICS,Industry` + "\n" +
		`"Gary, IN",110.0,2001-03-01,2001-03-20,,Northern Foundry Co,USW 1010,,2001XY000001,,,Manufacturing` + "\n"
	rows, problems := read(t, FMCS, reordered)
	if len(cols) == 0 || len(rows) != 1 || len(problems) != 0 || rows[0].Employer != "Northern Foundry Co" || rows[0].Dispute.Place.City != "Gary" {
		t.Fatalf("reordered: %+v %v", rows, problems)
	}
	for _, c := range []struct{ name, header, want string }{
		{"extra", fmcsHeader + ",Threat,Display", `columns that are not the format's: "Threat", "Display"`},
		{"missing", strings.Replace(fmcsHeader, ",Duration", "", 1), `missing "Duration"`},
		{"repeated", fmcsHeader + ",Union", `repeated "Union"`},
		{"other format", latHeader, `not the fmcs format's`},
	} {
		_, _, err := ReadAll(strings.NewReader(c.header+"\n"), FMCS, Options{Today: today})
		var he *HeaderError
		if !errors.As(err, &he) || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v, want a header error with %q", c.name, err, c.want)
		}
	}
	if _, _, err := ReadAll(strings.NewReader(""), LAT, Options{}); err == nil {
		t.Error("an empty file was accepted")
	}
}

func TestDates(t *testing.T) {
	for in, want := range map[string]frente.Date{
		"2024-02-26": "2024-02-26", "2/26/2024": "2024-02-26", "02/06/2024": "2024-02-06", "2024/2/6": "2024-02-06",
		"2/26/24": "2024-02-26", "2024-02-26T00:00:00Z": "2024-02-26", "2/26/2024 0:00": "2024-02-26", "Feb 26, 2024": "2024-02-26", "": "",
	} {
		if got, err := parseDate(in); err != nil || got != want {
			t.Errorf("parseDate(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	for _, bad := range []string{"2024-02-30", "26/2/2024", "yesterday", "0024-01-01"} {
		if got, err := parseDate(bad); err == nil {
			t.Errorf("parseDate(%q) = %q, want an error", bad, got)
		}
	}
}

// TestRoundTrip writes what was read and reads it again: the same rows.
func TestRoundTrip(t *testing.T) {
	for f, data := range map[Format]string{LAT: latFixture, FMCS: fmcsFixture} {
		rows, _ := read(t, f, data)
		var buf bytes.Buffer
		w := NewWriter(&buf, f)
		for i := range rows {
			if err := w.Write(&rows[i]); err != nil {
				t.Fatal(err)
			}
		}
		if err := w.Flush(); err != nil {
			t.Fatal(err)
		}
		again, problems := read(t, f, buf.String())
		if len(problems) != 0 || len(again) != len(rows) {
			t.Fatalf("%s: %d rows again, problems %v\n%s", f, len(again), problems, buf.String())
		}
		for i := range rows {
			// A case number that needed the parties to tell its rows
			// apart goes out as the whole ref: the records are the same.
			rows[i].Line, again[i].Line = 0, 0
			if isRef(again[i].TrackerID) {
				rows[i].TrackerID, again[i].TrackerID = "", ""
			}
			if !reflect.DeepEqual(rows[i], again[i]) {
				t.Errorf("%s row %d:\n%+v\nwritten and read again:\n%+v", f, i, rows[i], again[i])
			}
		}
	}
}

// TestTrackerIDs: what came from another format, or from Frente alone,
// goes out under its ref, which reads back as the same ref.
func TestTrackerIDs(t *testing.T) {
	for _, c := range []struct {
		f    Format
		d    frente.Dispute
		want string
	}{
		{LAT, frente.Dispute{Record: frente.Record{Ref: "lat:77"}}, "77"},
		{FMCS, frente.Dispute{Record: frente.Record{Ref: "fmcs:C1:2001-01-01"}, Start: "2001-01-01"}, "C1"},
		{FMCS, frente.Dispute{Record: frente.Record{Ref: "fmcs:C1:2001-01-01:0a1b2c3d"}, Start: "2001-01-01"}, "fmcs:C1:2001-01-01:0a1b2c3d"},
		{FMCS, frente.Dispute{Record: frente.Record{Ref: "lat:77"}, Start: "2001-01-01"}, "lat:77"},
		{LAT, frente.Dispute{Record: frente.Record{Ref: "fmcs:C1:2001-01-01"}}, "fmcs:C1:2001-01-01"},
		{LAT, frente.Dispute{Record: frente.Record{ID: 12}}, "frente:12"},
	} {
		got := trackerID(c.f, &c.d)
		if got != c.want {
			t.Errorf("%s id of %q = %q, want %q", c.f, c.d.Ref, got, c.want)
		}
		ref := latRef(got)
		if c.f == FMCS {
			ref = fmcsRef(got, c.d.Start)
		}
		if c.d.Ref != "" && ref != c.d.Ref {
			t.Errorf("%s: %q reads back as %q", c.f, c.d.Ref, ref)
		}
	}
}

// realFMCS is the FMCS's own file, when this machine has it.
const realFMCS = "../../shared/corpus/disputes/fmcs-work-stoppages-1984-2020.csv"

func TestRealFMCS(t *testing.T) {
	data, err := os.ReadFile(realFMCS)
	if err != nil {
		t.Skip("no FMCS file here")
	}
	rows, problems, err := ReadAll(bytes.NewReader(data), FMCS, Options{})
	if err != nil {
		t.Fatal(err)
	}
	refused := map[int]bool{}
	for _, p := range problems {
		refused[p.Line] = true
	}
	// 14,317 rows, a few of which end before they start.
	if len(rows)+len(refused) != 14317 || len(refused) == 0 || len(refused) > 20 {
		t.Fatalf("%d rows, %d refused: %v", len(rows), len(refused), problems)
	}
	for _, p := range problems {
		if p.Column != "End Date" || !strings.Contains(p.Reason, "before the start") {
			t.Errorf("unexpected problem %v", p)
		}
	}
	refs := map[string]bool{}
	for _, r := range rows {
		if refs[r.Dispute.Ref] {
			t.Fatalf("ref %q twice", r.Dispute.Ref)
		}
		refs[r.Dispute.Ref] = true
	}
}

func BenchmarkReadFMCS(b *testing.B) {
	data, err := os.ReadFile(realFMCS)
	if err != nil {
		b.Skip("no FMCS file here")
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, _, err := ReadAll(bytes.NewReader(data), FMCS, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

func TestNumbers(t *testing.T) {
	for in, want := range map[string]int{"27.0": 27, "1,200": 1200, "~300": 300, "300+": 300, "": 0, " 8 ": 8} {
		if got, err := parseCount(in); err != nil || got != want {
			t.Errorf("parseCount(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	for _, bad := range []string{"27.5", "-3", "NaN", "Inf", "ten", "1e12"} {
		if got, err := parseCount(bad); err == nil {
			t.Errorf("parseCount(%q) = %d, want an error", bad, got)
		}
	}
	for _, bad := range []string{"NaN, NaN", "40.7", "40.7, -200", "a, b"} {
		if _, _, err := parseCoordinates(bad); err == nil {
			t.Errorf("parseCoordinates(%q) accepted", bad)
		}
	}
	if _, err := parseAmount("NaN"); err == nil {
		t.Error("parseAmount(NaN) accepted")
	}
}

// FuzzReadAll: whatever the bytes, reading returns rows, problems or an
// error, and never a row that the store would refuse for its dates.
func FuzzReadAll(f *testing.F) {
	f.Add([]byte(fmcsFixture), false)
	f.Add([]byte(latFixture), true)
	f.Fuzz(func(t *testing.T, data []byte, lat bool) {
		format := FMCS
		if lat {
			format = LAT
		}
		rows, _, err := ReadAll(bytes.NewReader(data), format, Options{Today: today})
		if err != nil {
			return
		}
		for _, r := range rows {
			d := r.Dispute
			if d.Ref == "" || d.Validate() != nil || d.CheckDates(today) != nil {
				t.Fatalf("row %d passed the reader but not validation: %+v", r.Line, d)
			}
		}
	})
}
