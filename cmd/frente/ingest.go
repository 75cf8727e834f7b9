package main

import (
	"context"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/frente/frente"
	"github.com/frente/frente/contract"
	"github.com/frente/frente/ingest"
	"github.com/frente/frente/sqlstore"
)

// ingestFormats are the file endings ingest takes from a directory.
var ingestFormats = map[string]bool{".txt": true, ".md": true, ".html": true, ".htm": true, ".docx": true, ".pdf": true}

// idList is a repeatable flag of organization ids or names.
type idList []string

func (l *idList) String() string     { return strings.Join(*l, ",") }
func (l *idList) Set(s string) error { *l = append(*l, s); return nil }

func runIngest(ctx context.Context, args []string, e *env) error {
	fs := newFlags("ingest", "FILE|DIR...", "Store agreements: parse each file (.txt .md .html .docx .pdf; directories are walked), classify its\n"+
		"units by topic and index them for search. Each file is stored whole or not at all; the same file twice is\n"+
		"recognised, not duplicated. Failures are listed at the end, and the exit status is 1 if any.", e.stderr)
	db := dbFlag(fs)
	employer := fs.String("employer", "", "the employer that signed, by id or name")
	var unions, workplaces idList
	fs.Var(&unions, "union", "a union, local or section that signed, by id or name (repeat for more)")
	fs.Var(&workplaces, "workplace", "a workplace it covers, by id (repeat for more)")
	effective := fs.String("effective", "", "effective date, YYYY-MM-DD (else from the file)")
	expires := fs.String("expires", "", "expiry date, YYYY-MM-DD (else from the file)")
	title := fs.String("title", "", "title (else from the file)")
	lang := fs.String("lang", "", "language, en or es (else detected)")
	visibility := fs.String("visibility", "private", "private, campaign or public")
	owner := fs.String("owner", "", "the organization that keeps it, by id or name (default: the first --union)")
	var paths []string
	for len(args) > 0 {
		if err := parse(fs, args); err != nil {
			return err
		}
		args = fs.Args()
		if len(args) > 0 {
			paths = append(paths, args[0])
			args = args[1:]
		}
	}
	if len(paths) == 0 {
		fs.Usage()
		return errUsage
	}
	files, err := expandPaths(paths)
	if err != nil {
		return err
	}
	ctx, store, err := openLocal(ctx, *db)
	if err != nil {
		return err
	}
	defer store.Close()
	meta := ingest.Meta{Title: *title, Language: *lang, EffectiveDate: frente.Date(*effective), ExpiryDate: frente.Date(*expires),
		Visibility: frente.Visibility(*visibility)}
	if meta.EmployerID, err = orgByIDOrName(ctx, store, "--employer", *employer); err != nil {
		return err
	}
	if meta.OwnerID, err = orgByIDOrName(ctx, store, "--owner", *owner); err != nil {
		return err
	}
	for _, u := range unions {
		id, err := orgByIDOrName(ctx, store, "--union", u)
		if err != nil {
			return err
		}
		meta.UnionIDs = append(meta.UnionIDs, id)
	}
	if meta.OwnerID == 0 && len(meta.UnionIDs) > 0 {
		meta.OwnerID = meta.UnionIDs[0]
	}
	for _, w := range workplaces {
		id, err := frente.ParseID(w)
		if err != nil {
			return fmt.Errorf("--workplace: %w", err)
		}
		meta.WorkplaceIDs = append(meta.WorkplaceIDs, id)
	}
	return ingestFiles(ctx, store, files, meta, e)
}

// ingestFiles stores each file, reporting progress on a terminal and the
// failures at the end.
func ingestFiles(ctx context.Context, store *sqlstore.Store, files []string, meta ingest.Meta, e *env) error {
	progress := newProgress(e.stderr, len(files))
	var failures []string
	var stored, existing, units int
	var bytes int64
	start := time.Now()
	// The store writes one file while other goroutines read and parse the
	// next: on two cores the parsing overlaps the writing.
	sources := make([]ingest.Source, len(files))
	for i, path := range files {
		sources[i] = ingest.Source{Name: path, Read: func() ([]byte, error) {
			data, err := os.ReadFile(path)
			if err == nil && len(data) > contract.MaxSize {
				err = fmt.Errorf("%s: larger than %d MiB", path, contract.MaxSize>>20)
			}
			return data, err
		}}
	}
	i := 0
	err := ingest.Pipeline(ctx, store, sources, meta, contract.Options{}, func(o ingest.Outcome) {
		progress.show(i, o.Name)
		i++
		if o.Err != nil {
			failures = append(failures, fmt.Sprintf("%s: %v", o.Name, o.Err))
			return
		}
		bytes += int64(o.Size)
		if o.Result.Existing {
			existing++
			return
		}
		stored++
		units += o.Result.Agreement.Units
	})
	if err != nil {
		return err
	}
	progress.done()
	if stored > 0 {
		// Many agreements written one by one leave the search index in
		// many parts; merged, every search is faster.
		if err := store.OptimizeSearch(ctx); err != nil {
			return err
		}
	}
	secs := time.Since(start).Seconds()
	fmt.Fprintf(e.stdout, "Stored %d agreements (%d units); %d were there already; %d failed. %.1f MB in %.1fs (%.1f MB/s).\n",
		stored, units, existing, len(failures), float64(bytes)/1e6, secs, float64(bytes)/1e6/max(secs, 1e-9))
	if len(failures) > 0 {
		fmt.Fprintln(e.stderr, "These files were not stored (nothing of them was written):")
		for _, f := range failures {
			fmt.Fprintln(e.stderr, "  "+f)
		}
		return fmt.Errorf("%d of %d files failed", len(failures), len(files))
	}
	return nil
}

// expandPaths walks directories for the formats ingest reads, in order.
func expandPaths(paths []string) ([]string, error) {
	var out []string
	for _, p := range paths {
		st, err := os.Stat(p)
		if err != nil {
			return nil, err
		}
		if !st.IsDir() {
			out = append(out, p)
			continue
		}
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !d.IsDir() && ingestFormats[strings.ToLower(filepath.Ext(path))] && !strings.HasPrefix(d.Name(), ".") {
				out = append(out, path)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

// orgByIDOrName finds an organization by id, or by a name that matches
// exactly one.
func orgByIDOrName(ctx context.Context, store *sqlstore.Store, flagName, s string) (frente.ID, error) {
	if s == "" {
		return 0, nil
	}
	if id, err := frente.ParseID(s); err == nil {
		if _, err := store.FindOrganizationByID(ctx, id); err != nil {
			return 0, fmt.Errorf("%s %s: %w", flagName, s, err)
		}
		return id, nil
	}
	p, err := store.FindOrganizations(ctx, frente.OrganizationFilter{ListOptions: frente.ListOptions{Q: s, Limit: 10}})
	if err != nil {
		return 0, err
	}
	for _, o := range p.Items {
		if frente.Fold(o.Name) == frente.Fold(s) || frente.Fold(o.ShortName) == frente.Fold(s) {
			return o.ID, nil
		}
	}
	if p.Total == 1 {
		return p.Items[0].ID, nil
	}
	if p.Total == 0 {
		return 0, fmt.Errorf("%s %q: no organization has that name", flagName, s)
	}
	return 0, fmt.Errorf("%s %q: %d organizations match; give an id", flagName, s, p.Total)
}

// progress draws a bar on a terminal and nothing elsewhere.
type progress struct {
	w     io.Writer
	n     int
	on    bool
	start time.Time
}

func newProgress(w io.Writer, n int) *progress {
	f, ok := w.(*os.File)
	return &progress{w: w, n: n, on: ok && isTerminal(f) && n > 1, start: time.Now()}
}

func (p *progress) show(i int, name string) {
	if !p.on {
		return
	}
	const width = 30
	filled := width * i / p.n
	fmt.Fprintf(p.w, "\r[%s%s] %d/%d %-40.40s", strings.Repeat("#", filled), strings.Repeat(".", width-filled), i, p.n, filepath.Base(name))
}

func (p *progress) done() {
	if p.on {
		fmt.Fprintf(p.w, "\r%s\r", strings.Repeat(" ", 90))
	}
}
