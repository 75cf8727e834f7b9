// Package tracker reads and writes the CSV files of public strike trackers
// (the Labor Action Tracker's and the FMCS's work stoppages) as rows of
// disputes, and writes disputes back in the same formats, so that an
// export imported again gives the same records. It touches no store.
package tracker

import (
	"fmt"
	"regexp"
	"strings"
)

// Format is a tracker's CSV layout.
type Format string

const (
	// LAT is the Labor Action Tracker's (Cornell ILR and the University of
	// Illinois) export.
	LAT Format = "lat"
	// FMCS is the Federal Mediation and Conciliation Service's list of
	// work stoppages.
	FMCS Format = "fmcs"
)

// Formats lists the formats.
var Formats = []Format{LAT, FMCS}

// ParseFormat reads a format's name.
func ParseFormat(s string) (Format, error) {
	switch f := Format(strings.ToLower(strings.TrimSpace(s))); f {
	case LAT, FMCS:
		return f, nil
	}
	return "", fmt.Errorf("unknown format %q: want lat or fmcs", s)
}

// The columns of each format, in the order the trackers write them.
const (
	latID           = "ID"
	latEmployer     = "Employer"
	latUnion        = "Labor Organization"
	latLocal        = "Local"
	latIndustry     = "Industry"
	latUnitSize     = "Bargaining Unit Size"
	latLocations    = "Number of Locations"
	latAddress      = "Address"
	latCity         = "City"
	latState        = "State"
	latZip          = "Zip Code"
	latCoordinates  = "Latitude, Longitude"
	latWorkers      = "Approximate Number of Participants"
	latStart        = "Start Date"
	latEnd          = "End Date"
	latDuration     = "Duration Amount"
	latDurationUnit = "Duration Unit"
	latKind         = "Strike or Protest"
	latAuthorized   = "Authorized"
	latDemands      = "Worker Demands"
	latSource       = "Source"
	latNotes        = "Notes"

	fmcsEmployer = "Employer"
	fmcsUnion    = "Union"
	fmcsLocal    = "Union Local"
	fmcsCase     = "Case Number"
	fmcsUnitSize = "BU"
	fmcsNAICS    = "NAICS"
	fmcsIndustry = "Industry"
	fmcsPlace    = "City, State"
	fmcsWorkers  = "# Idled"
	fmcsStart    = "Start Date"
	fmcsEnd      = "End Date"
	fmcsDuration = "Duration"
)

// Columns returns the header of a format.
func (f Format) Columns() []string {
	if f == FMCS {
		return []string{fmcsEmployer, fmcsUnion, fmcsLocal, fmcsCase, fmcsUnitSize, fmcsNAICS, fmcsIndustry, fmcsPlace, fmcsWorkers,
			fmcsStart, fmcsEnd, fmcsDuration}
	}
	return []string{latID, latEmployer, latUnion, latLocal, latIndustry, latUnitSize, latLocations, latAddress, latCity, latState,
		latZip, latCoordinates, latWorkers, latStart, latEnd, latDuration, latDurationUnit, latKind, latAuthorized, latDemands,
		latSource, latNotes}
}

// FieldColumns maps the fields of frente.Dispute (as its validation names
// them) to the column of the format that holds them, so that a problem
// the store finds names the column of the file.
func (f Format) FieldColumns() map[string]string {
	if f == FMCS {
		return map[string]string{
			"ref": fmcsCase, "title": fmcsEmployer, "employer": fmcsEmployer, "union": fmcsUnion, "local": fmcsLocal,
			"start": fmcsStart, "end": fmcsEnd, "last_confirmed": fmcsDuration, "workers": fmcsWorkers,
			"bargaining_unit_size": fmcsUnitSize, "naics": fmcsNAICS, "industry": fmcsIndustry,
			"place.city": fmcsPlace, "place.region": fmcsPlace,
		}
	}
	return map[string]string{
		"ref": latID, "title": latEmployer, "employer": latEmployer, "union": latUnion, "local": latLocal,
		"start": latStart, "end": latEnd, "last_confirmed": latDuration, "workers": latWorkers,
		"bargaining_unit_size": latUnitSize, "locations": latLocations, "industry": latIndustry, "kind": latKind,
		"authorized": latAuthorized, "demands": latDemands, "sources": latSource, "notes": latNotes,
		"place.address": latAddress, "place.city": latCity, "place.region": latState, "place.zip": latZip,
		"place.latitude": latCoordinates, "place.longitude": latCoordinates,
	}
}

// indexSuffix matches the "[2]" and ".url" of "sources[2].url".
var indexSuffix = regexp.MustCompile(`\[\d+\].*$`)

// ColumnOf returns the column of a field in columns (a FieldColumns map),
// or the field itself when no column holds it.
func ColumnOf(columns map[string]string, field string) string {
	if c, ok := columns[field]; ok {
		return c
	}
	if c, ok := columns[indexSuffix.ReplaceAllString(field, "")]; ok {
		return c
	}
	return field
}
