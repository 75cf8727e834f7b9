package frente

import (
	"context"
	"fmt"
	"strings"
	"unicode/utf8"
)

// DisputeImport is a strike tracker's file read into rows, to be stored
// in one transaction: all of it, or (with SkipInvalid) all of its valid
// rows, or nothing.
type DisputeImport struct {
	// Source names the file and its format in the audit log.
	Source string
	Rows   []DisputeRow
	// Refused are the rows the reader could not read. Without SkipInvalid
	// any of them refuses the whole file.
	Refused     []ImportProblem
	SkipInvalid bool
	// OwnerID owns the disputes and organizations created; 0 means the
	// viewer's organization.
	OwnerID ID
	// Visibility of the disputes created; organizations created are public,
	// as the trackers' names are.
	Visibility Visibility
	// Columns names the file's column of a Dispute field ("end" is "End
	// Date"), so that what the store refuses names the column too.
	Columns map[string]string
	// Progress, when set, is told how many rows have been stored so far.
	Progress func(done int)
}

// DisputeRow is one row of a tracker's file: the names of the parties as
// written, and the dispute's own fields. Dispute.Ref is the stable key
// that makes importing the same file again change nothing.
type DisputeRow struct {
	Line int `json:"line"`
	// TrackerID is the tracker's ID or case number, as written.
	TrackerID string `json:"tracker_id"`
	Employer  string `json:"employer"`
	Union     string `json:"union"`
	// Local is the union's local or section, a child organization of it.
	Local   string  `json:"local"`
	Dispute Dispute `json:"dispute"`
}

// ImportProblem says why one row of a file was refused.
type ImportProblem struct {
	Line   int    `json:"line"`
	Column string `json:"column"`
	Reason string `json:"reason"`
}

func (p ImportProblem) String() string {
	if p.Column == "" {
		return fmt.Sprintf("line %d: %s", p.Line, p.Reason)
	}
	return fmt.Sprintf("line %d, column %q: %s", p.Line, p.Column, p.Reason)
}

// DisputeImportResult counts what an import did with the rows of a file.
type DisputeImportResult struct {
	Rows      int `json:"rows"`
	Created   int `json:"created"`
	Updated   int `json:"updated"`
	Unchanged int `json:"unchanged"`
	// Refused are the rows left out (with SkipInvalid) or the reasons the
	// whole file was refused (without it).
	Refused              []ImportProblem `json:"refused"`
	OrganizationsCreated int             `json:"organizations_created"`
}

// DisputeImporter stores trackers' files of disputes.
type DisputeImporter interface {
	// ImportDisputes matches each row's employer, union and local to
	// organizations by folded name, creating those missing, and creates or
	// updates the dispute with the row's Ref. It returns an EINVALID error
	// listing every refused row when the file is refused; the result then
	// says why, and nothing was written.
	ImportDisputes(ctx context.Context, imp *DisputeImport) (*DisputeImportResult, error)
}

// RefusedImport is the error of a file refused for its rows.
func RefusedImport(problems []ImportProblem) error {
	// The catalog's "err.invalid" says it in every language: the fields
	// named are the rows.
	lines := map[int]bool{}
	for _, p := range problems {
		lines[p.Line] = true
	}
	e := &Error{Code: EINVALID, Key: "err.invalid", Message: fmt.Sprintf("%d rows refused; nothing was imported", len(lines))}
	for _, p := range problems {
		e.Fields = append(e.Fields, FieldError{Field: fmt.Sprintf("line %d: %s", p.Line, p.Column), Code: "invalid_row", Message: p.Reason})
	}
	return e
}

// ImportedDisputeTitle is the title of a dispute created from a tracker's
// row, which has none: what it is, at which employer, by which union.
func ImportedDisputeTitle(kind DisputeKind, employer, union string) string {
	label := strings.ReplaceAll(string(kind), "-", " ")
	if label == "" {
		label = string(DisputeStrike)
	}
	t := strings.ToUpper(label[:1]) + label[1:] + " at " + employer
	if union != "" {
		t += " (" + union + ")"
	}
	if utf8.RuneCountInString(t) > 300 {
		t = string([]rune(t)[:299]) + "…"
	}
	return t
}
