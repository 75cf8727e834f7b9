package tracker

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/frente/frente"
)

// Writer writes disputes as rows of a tracker's file, header first.
type Writer struct {
	format Format
	cw     *csv.Writer
	header bool
	rec    []string
}

// NewWriter returns a writer of f to w.
func NewWriter(w io.Writer, f Format) *Writer {
	return &Writer{format: f, cw: csv.NewWriter(w)}
}

func (w *Writer) writeHeader() error {
	if w.header {
		return nil
	}
	w.header = true
	if err := w.cw.Write(w.format.Columns()); err != nil {
		return fmt.Errorf("write header: %w", err)
	}
	return nil
}

// Write writes one dispute with the names of its parties. The ID or case
// number comes from the dispute's ref, so that importing the file again
// finds the same record.
func (w *Writer) Write(row *frente.DisputeRow) error {
	if err := w.writeHeader(); err != nil {
		return err
	}
	d := &row.Dispute
	if w.format == FMCS {
		w.rec = append(w.rec[:0], row.Employer, row.Union, row.Local, trackerID(FMCS, d), countText(d.BargainingUnitSize), d.NAICS,
			d.Industry, joinPlace(d.Place.City, d.Place.Region), countText(d.Workers), string(d.Start), string(d.End), countText(spanDays(d)))
	} else {
		var coords string
		if p := d.Place; p.Latitude != nil && p.Longitude != nil {
			coords = strconv.FormatFloat(*p.Latitude, 'f', -1, 64) + ", " + strconv.FormatFloat(*p.Longitude, 'f', -1, 64)
		}
		days, unit := spanDays(d), ""
		if days > 0 {
			unit = "days"
		}
		sources := make([]string, len(d.Sources))
		for i, s := range d.Sources {
			sources[i] = s.URL
			if s.URL == "" {
				sources[i] = s.Text
			}
		}
		p := d.Place
		w.rec = append(w.rec[:0], trackerID(LAT, d), row.Employer, row.Union, row.Local, d.Industry, countText(d.BargainingUnitSize),
			countText(d.Locations), p.Address, p.City, p.Region, p.Zip, coords, countText(d.Workers), string(d.Start), string(d.End),
			countText(days), unit, kindNames[d.Kind], authorizedText(d.Authorized), strings.Join(d.Demands, "; "),
			strings.Join(sources, "; "), d.Notes)
	}
	if err := w.cw.Write(w.rec); err != nil {
		return fmt.Errorf("write %s: %w", d.Ref, err)
	}
	return nil
}

// Flush writes what is buffered, and the header of a file without rows.
func (w *Writer) Flush() error {
	if err := w.writeHeader(); err != nil {
		return err
	}
	w.cw.Flush()
	return w.cw.Error()
}

// spanDays is the duration a tracker writes: start to end of an ended
// dispute, start to the last confirmation of one still going on, and
// nothing for one never confirmed.
func spanDays(d *frente.Dispute) int {
	if d.End != "" {
		return daysFrom(d.Start, d.End)
	}
	if d.LastConfirmed != "" {
		return daysFrom(d.Start, d.LastConfirmed)
	}
	return 0
}

func countText(n int) string {
	if n == 0 {
		return ""
	}
	return strconv.Itoa(n)
}

// joinPlace writes "City, ST", and ", ST" without a city, as the FMCS
// does, so that the region reads back as the region.
func joinPlace(city, region string) string {
	if region != "" {
		return city + ", " + region
	}
	return city
}

func authorizedText(a frente.Authorized) string {
	switch a {
	case frente.AuthorizedYes:
		return "Y"
	case frente.AuthorizedNo:
		return "N"
	}
	return ""
}
