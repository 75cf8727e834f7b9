package tracker

import (
	"errors"
	"fmt"
	"math"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/frente/frente"
)

// country is where both trackers' disputes happen.
const country = "US"

// decoder turns one record of a file into a row, collecting the problems
// of the row as it goes.
type decoder struct {
	format   Format
	idx      map[string]int
	width    int
	columns  map[string]string
	today    time.Time
	line     int
	rec      []string
	problems []frente.ImportProblem
}

func (d *decoder) get(col string) string {
	if i, ok := d.idx[col]; ok && i < len(d.rec) {
		return strings.TrimSpace(d.rec[i])
	}
	return ""
}

func (d *decoder) fail(col, format string, args ...any) {
	d.problems = append(d.problems, frente.ImportProblem{Line: d.line, Column: col, Reason: fmt.Sprintf(format, args...)})
}

func (d *decoder) date(col string) frente.Date {
	v, err := parseDate(d.get(col))
	if err != nil {
		d.fail(col, "%v", err)
	}
	return v
}

func (d *decoder) count(col string) int {
	n, err := parseCount(d.get(col))
	if err != nil {
		d.fail(col, "%v", err)
	}
	return n
}

func (d *decoder) required(col, what string) string {
	v := d.get(col)
	if v == "" {
		d.fail(col, "missing %s", what)
	}
	return v
}

// name reads the name of an organization, which the store may create.
func (d *decoder) name(col string, max int) string {
	v := d.get(col)
	if strings.Contains(v, "  ") || strings.ContainsAny(v, "\t\r\n") {
		v = strings.Join(strings.Fields(v), " ")
	}
	if utf8.RuneCountInString(v) > max {
		d.fail(col, "longer than %d characters", max)
	}
	return v
}

// decode reads one record into row; false refuses the row, its problems
// in d.problems.
func (d *decoder) decode(line int, rec []string, row *frente.DisputeRow) bool {
	d.line, d.rec, d.problems = line, rec, d.problems[:0]
	*row = frente.DisputeRow{}
	if len(rec) != d.width {
		d.fail("", "has %d fields where the header has %d", len(rec), d.width)
		return false
	}
	blank := true
	for _, c := range rec {
		if strings.TrimSpace(c) != "" {
			blank = false
			break
		}
	}
	if blank {
		return false
	}
	row.Line = line
	if d.format == FMCS {
		d.fmcs(row)
	} else {
		d.lat(row)
	}
	if len(d.problems) > 0 {
		return false
	}
	x := &row.Dispute
	x.Title = frente.ImportedDisputeTitle(x.Kind, row.Employer, row.Union)
	x.Normalize()
	for _, err := range []error{x.Validate(), x.CheckDates(d.today)} {
		var fe *frente.Error
		if errors.As(err, &fe) {
			for _, f := range fe.Fields {
				d.fail(ColumnOf(d.columns, f.Field), "%s", strings.TrimPrefix(f.Message, f.Field+": "))
			}
		}
	}
	return len(d.problems) == 0
}

func (d *decoder) fmcs(row *frente.DisputeRow) {
	x := &row.Dispute
	row.Employer = d.name(fmcsEmployer, 300)
	if row.Employer == "" {
		d.fail(fmcsEmployer, "missing employer")
	}
	row.Union = d.name(fmcsUnion, 300)
	row.Local = d.name(fmcsLocal, 40)
	row.TrackerID = d.required(fmcsCase, "case number")
	x.Kind = frente.DisputeWorkStoppage
	x.Authorized = frente.AuthorizedUnknown
	x.BargainingUnitSize = d.count(fmcsUnitSize)
	x.NAICS = strings.TrimSuffix(d.get(fmcsNAICS), ".0")
	x.Industry = d.get(fmcsIndustry)
	x.Place.City, x.Place.Region = splitPlace(d.get(fmcsPlace))
	x.Place.Country = country
	x.Workers = d.count(fmcsWorkers)
	x.Start = d.date(fmcsStart)
	if d.get(fmcsStart) == "" {
		d.fail(fmcsStart, "missing start date")
	}
	x.End = d.date(fmcsEnd)
	// The duration of a stoppage still going on is how long it had
	// lasted when it was last reported: its last confirmation.
	if days := d.count(fmcsDuration); days > 0 && x.End == "" && x.Start != "" {
		x.LastConfirmed, _ = lastDayOf(x.Start, days)
	}
	x.Ref = fmcsRef(row.TrackerID, x.Start)
}

func (d *decoder) lat(row *frente.DisputeRow) {
	x := &row.Dispute
	row.TrackerID = d.required(latID, "ID")
	row.Employer = d.name(latEmployer, 300)
	if row.Employer == "" {
		d.fail(latEmployer, "missing employer")
	}
	row.Union = d.name(latUnion, 300)
	row.Local = d.name(latLocal, 40)
	if row.Union == "" && row.Local != "" {
		d.fail(latLocal, "a local without its labor organization")
	}
	x.Industry = d.get(latIndustry)
	x.BargainingUnitSize = d.count(latUnitSize)
	x.Locations = d.count(latLocations)
	p := &x.Place
	p.Address, p.City, p.Region, p.Zip, p.Country = d.get(latAddress), d.get(latCity), d.get(latState), d.get(latZip), country
	var err error
	if p.Latitude, p.Longitude, err = parseCoordinates(d.get(latCoordinates)); err != nil {
		d.fail(latCoordinates, "%v", err)
	}
	x.Workers = d.count(latWorkers)
	x.Start = d.date(latStart)
	if d.get(latStart) == "" {
		d.fail(latStart, "missing start date")
	}
	x.End = d.date(latEnd)
	amount, err := parseAmount(d.get(latDuration))
	if err != nil {
		d.fail(latDuration, "%v", err)
	}
	days := 0
	switch unit := strings.ToLower(d.get(latDurationUnit)); unit {
	case "day", "days", "":
		days = int(math.Round(amount))
	case "week", "weeks":
		days = int(math.Round(amount * 7))
	case "hour", "hours", "minute", "minutes", "month", "months", "year", "years":
	default:
		d.fail(latDurationUnit, "%q is not days, weeks, months or hours", d.get(latDurationUnit))
	}
	if days > 0 && x.End == "" && x.Start != "" {
		x.LastConfirmed, _ = lastDayOf(x.Start, days)
	}
	if x.Kind, err = parseKind(d.get(latKind)); err != nil {
		d.fail(latKind, "%v", err)
	}
	if x.Authorized, err = parseAuthorized(d.get(latAuthorized)); err != nil {
		d.fail(latAuthorized, "%v", err)
	}
	x.Demands = splitList(d.get(latDemands))
	x.Sources = parseSources(d.get(latSource))
	x.Notes = d.get(latNotes)
	x.Ref = latRef(row.TrackerID)
}
