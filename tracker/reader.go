package tracker

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/frente/frente"
)

// Options tune reading.
type Options struct {
	// Today is the latest date a row may hold; zero means now.
	Today time.Time
	// Progress, when set, is told every so many rows how many were read.
	Progress func(rows int)
}

// HeaderError says how a file's header differs from its format's.
type HeaderError struct {
	Format                   Format
	Missing, Extra, Repeated []string
}

func (e *HeaderError) Error() string {
	var parts []string
	if len(e.Missing) > 0 {
		parts = append(parts, "missing "+quoteAll(e.Missing))
	}
	if len(e.Extra) > 0 {
		parts = append(parts, "columns that are not the format's: "+quoteAll(e.Extra))
	}
	if len(e.Repeated) > 0 {
		parts = append(parts, "repeated "+quoteAll(e.Repeated))
	}
	return fmt.Sprintf("the header is not the %s format's: %s (the %s columns are %s)", e.Format, strings.Join(parts, "; "),
		e.Format, quoteAll(e.Format.Columns()))
}

func quoteAll(cols []string) string {
	q := make([]string, len(cols))
	for i, c := range cols {
		q[i] = fmt.Sprintf("%q", c)
	}
	return strings.Join(q, ", ")
}

// headerKey is how header cells are compared: without regard to case,
// surrounding spaces or a byte-order mark.
func headerKey(s string) string {
	return strings.ToLower(strings.Join(strings.Fields(strings.TrimPrefix(s, "\ufeff")), " "))
}

// ReadAll reads a tracker's file into rows. It fails only when the file
// is not one of the format's (not CSV, another header); each row it
// cannot read is left out and reported as problems naming its line, the
// column and the reason.
func ReadAll(r io.Reader, f Format, opt Options) ([]frente.DisputeRow, []frente.ImportProblem, error) {
	if _, err := ParseFormat(string(f)); err != nil {
		return nil, nil, err
	}
	if opt.Today.IsZero() {
		opt.Today = time.Now()
	}
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true
	header, err := cr.Read()
	if errors.Is(err, io.EOF) {
		return nil, nil, fmt.Errorf("the file is empty: a %s file starts with its header (%s)", f, quoteAll(f.Columns()))
	} else if err != nil {
		return nil, nil, fmt.Errorf("header: %w", err)
	}
	idx, err := matchHeader(f, header)
	if err != nil {
		return nil, nil, err
	}
	d := &decoder{format: f, idx: idx, width: len(header), columns: f.FieldColumns(), today: opt.Today}
	// Rows are large: they are gathered in blocks and copied once at the
	// end, rather than copied at every doubling of one slice.
	var blocks [][]frente.DisputeRow
	block := make([]frente.DisputeRow, 0, 1024)
	var problems []frente.ImportProblem
	for n := 1; ; n++ {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			problems = append(problems, frente.ImportProblem{Line: pe.StartLine, Reason: fmt.Sprintf("not CSV at line %d, character %d: %v", pe.Line, pe.Column, pe.Err)})
			continue
		} else if err != nil {
			return nil, nil, fmt.Errorf("row %d: %w", n, err)
		}
		line, _ := cr.FieldPos(0)
		if len(block) == cap(block) {
			blocks, block = append(blocks, block), make([]frente.DisputeRow, 0, 1024)
		}
		block = block[:len(block)+1]
		if !d.decode(line, rec, &block[len(block)-1]) {
			block = block[:len(block)-1]
		}
		problems = append(problems, d.problems...)
		if opt.Progress != nil && n%1000 == 0 {
			opt.Progress(n)
		}
	}
	blocks = append(blocks, block)
	n := 0
	for _, b := range blocks {
		n += len(b)
	}
	rows := make([]frente.DisputeRow, 0, n)
	for _, b := range blocks {
		rows = append(rows, b...)
	}
	rows, dups := uniqueRefs(f, rows)
	problems = append(problems, dups...)
	slices.SortStableFunc(problems, func(a, b frente.ImportProblem) int { return a.Line - b.Line })
	return rows, problems, nil
}

// matchHeader maps each column of f to its index in header, in any order.
func matchHeader(f Format, header []string) (map[string]int, error) {
	want := map[string]string{}
	for _, c := range f.Columns() {
		want[headerKey(c)] = c
	}
	idx := map[string]int{}
	e := &HeaderError{Format: f}
	for i, h := range header {
		c, ok := want[headerKey(h)]
		switch {
		case !ok:
			name := strings.TrimSpace(strings.TrimPrefix(h, "\ufeff"))
			if name == "" {
				name = fmt.Sprintf("column %d (no name)", i+1)
			}
			e.Extra = append(e.Extra, name)
		case hasKey(idx, c):
			e.Repeated = append(e.Repeated, c)
		default:
			idx[c] = i
		}
	}
	for _, c := range f.Columns() {
		if _, ok := idx[c]; !ok {
			e.Missing = append(e.Missing, c)
		}
	}
	if len(e.Missing) > 0 || len(e.Extra) > 0 || len(e.Repeated) > 0 {
		return nil, e
	}
	return idx, nil
}

func hasKey(m map[string]int, k string) bool {
	_, ok := m[k]
	return ok
}

// uniqueRefs gives the FMCS rows of one case that began the same day refs
// of their own, and refuses a row whose ref another row has already.
func uniqueRefs(f Format, rows []frente.DisputeRow) ([]frente.DisputeRow, []frente.ImportProblem) {
	count := make(map[string]int, len(rows))
	for i := range rows {
		count[rows[i].Dispute.Ref]++
	}
	if f == FMCS {
		for i := range rows {
			r := &rows[i]
			if count[r.Dispute.Ref] > 1 && !isRef(r.TrackerID) {
				r.Dispute.Ref += ":" + partiesHash(r)
			}
		}
	}
	first := make(map[string]int, len(rows))
	out := rows[:0]
	var problems []frente.ImportProblem
	for _, r := range rows {
		if line, seen := first[r.Dispute.Ref]; seen {
			p := frente.ImportProblem{Line: r.Line, Column: latID, Reason: fmt.Sprintf("%q is also the ID of line %d", r.TrackerID, line)}
			if f == FMCS {
				p = frente.ImportProblem{Line: r.Line, Column: fmcsCase, Reason: fmt.Sprintf("line %d has the same case number (%s), start date, employer, union and place", line, r.TrackerID)}
			}
			problems = append(problems, p)
			continue
		}
		first[r.Dispute.Ref] = r.Line
		out = append(out, r)
	}
	return out, problems
}
