package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/frente/frente"
	"github.com/frente/frente/tracker"
)

// largeImport is the number of rows from which an import shows its
// progress on a terminal.
const largeImport = 1000

func runImport(ctx context.Context, args []string, e *env) error {
	fs := newFlags("import disputes", "FILE --format lat|fmcs",
		"Import a strike tracker's CSV file of disputes: lat (the Labor Action Tracker's columns) or fmcs (the FMCS's work\n"+
			"stoppages). Employers, unions and locals are matched to organizations by name (case and accents do not matter)\n"+
			"or created. Each dispute keeps the tracker's ID or case number, so importing the same file again changes nothing.\n"+
			"A file is imported whole or not at all: one bad row refuses it, and every bad row is listed with its line,\n"+
			"column and reason; --skip-invalid imports the valid rows and lists the others.", e.stderr)
	db := dbFlag(fs)
	formatName := fs.String("format", "", "lat or fmcs")
	skip := fs.Bool("skip-invalid", false, "import the valid rows and list the refused ones, instead of refusing the file")
	owner := fs.String("owner", "", "the organization that keeps the disputes and organizations created, by id or name")
	visibility := fs.String("visibility", "public", "of the disputes created: private, campaign or public")
	asJSON := fs.Bool("json", false, "print the summary as JSON")
	if len(args) == 0 || args[0] != "disputes" {
		if len(args) == 0 || strings.HasPrefix(args[0], "-") {
			if err := parse(fs, args); err != nil {
				return err
			}
			fs.Usage()
			return errUsage
		}
		return fmt.Errorf("cannot import %q: say frente import disputes FILE --format lat|fmcs", args[0])
	}
	var paths []string
	for args = args[1:]; len(args) > 0; {
		if err := parse(fs, args); err != nil {
			return err
		}
		if args = fs.Args(); len(args) > 0 {
			paths, args = append(paths, args[0]), args[1:]
		}
	}
	if len(paths) != 1 {
		fs.Usage()
		return errUsage
	}
	format, err := tracker.ParseFormat(*formatName)
	if err != nil {
		return fmt.Errorf("--format: %w", err)
	}
	vis := frente.Visibility(*visibility)
	if !vis.Valid() {
		return fmt.Errorf("--visibility: %q is not private, campaign or public", *visibility)
	}
	path := paths[0]
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	start := time.Now()
	// The bar counts each row twice: read, then stored.
	lines := bytes.Count(data, []byte{'\n'})
	bar := newProgress(e.stderr, 2*lines)
	bar.on = bar.on && lines >= largeImport
	rows, problems, err := tracker.ReadAll(bytes.NewReader(data), format, tracker.Options{Progress: func(n int) { bar.show(n, "reading "+path) }})
	if err != nil {
		bar.done()
		return fmt.Errorf("%s: %w", path, err)
	}
	ctx, store, err := openLocal(ctx, *db)
	if err != nil {
		return err
	}
	defer store.Close()
	ownerID, err := orgByIDOrName(ctx, store, "--owner", *owner)
	if err != nil {
		return err
	}
	imp := &frente.DisputeImport{Source: string(format) + " " + filepath.Base(path), Rows: rows, Refused: problems, SkipInvalid: *skip,
		OwnerID: ownerID, Visibility: vis, Columns: format.FieldColumns(),
		Progress: func(n int) { bar.show(lines+n*lines/max(len(rows), 1), "storing "+path) }}
	res, err := store.ImportDisputes(ctx, imp)
	bar.done()
	secs := time.Since(start).Seconds()
	if err != nil {
		if frente.ErrorCode(err) == frente.EINVALID && len(res.Refused) > 0 {
			printRefused(e, path, res.Refused)
			return fmt.Errorf("%s: %d of %d rows refused; nothing was imported (--skip-invalid imports the valid rows)",
				path, distinctRows(res.Refused), res.Rows)
		}
		return fmt.Errorf("%s: %w", path, err)
	}
	if len(res.Refused) > 0 {
		printRefused(e, path, res.Refused)
	}
	if *asJSON {
		return printJSON(e.stdout, struct {
			*frente.DisputeImportResult
			Seconds    float64 `json:"seconds"`
			RowsPerSec float64 `json:"rows_per_second"`
		}{res, secs, float64(res.Rows) / max(secs, 1e-9)})
	}
	fmt.Fprintf(e.stdout, "%s: %d rows: %d created, %d updated, %d unchanged, %d refused; %d organizations created. %.2fs, %.0f rows/s.\n",
		path, res.Rows, res.Created, res.Updated, res.Unchanged, distinctRows(res.Refused), res.OrganizationsCreated, secs,
		float64(res.Rows)/max(secs, 1e-9))
	return nil
}

// printRefused lists every refused row's line, column and reason.
func printRefused(e *env, path string, problems []frente.ImportProblem) {
	fmt.Fprintf(e.stderr, "%s: these rows were refused:\n", path)
	for _, p := range problems {
		fmt.Fprintf(e.stderr, "  %s\n", p)
	}
}

func distinctRows(problems []frente.ImportProblem) int {
	seen := map[int]bool{}
	for _, p := range problems {
		seen[p.Line] = true
	}
	return len(seen)
}
