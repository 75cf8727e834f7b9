package main

import (
	"bufio"
	"context"
	"fmt"
	"strings"

	"github.com/frente/frente"
	"github.com/frente/frente/sqlstore"
	"github.com/frente/frente/tracker"
)

func runExport(ctx context.Context, args []string, e *env) error {
	fs := newFlags("export disputes", "--format lat|fmcs [> FILE]",
		"Write the stored disputes to standard output as a strike tracker's CSV file: lat (the Labor Action Tracker's\n"+
			"columns) or fmcs (the FMCS's work stoppages). Each row carries the dispute's tracker ID or case number (or its\n"+
			"ref), so that importing the file again gives the same records.", e.stderr)
	db := dbFlag(fs)
	formatName := fs.String("format", "", "lat or fmcs")
	if len(args) == 0 || args[0] != "disputes" {
		if len(args) == 0 || strings.HasPrefix(args[0], "-") {
			if err := parse(fs, args); err != nil {
				return err
			}
			fs.Usage()
			return errUsage
		}
		return fmt.Errorf("cannot export %q: say frente export disputes --format lat|fmcs", args[0])
	}
	if err := parse(fs, args[1:]); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return errUsage
	}
	format, err := tracker.ParseFormat(*formatName)
	if err != nil {
		return fmt.Errorf("--format: %w", err)
	}
	ctx, store, err := openLocal(ctx, *db)
	if err != nil {
		return err
	}
	defer store.Close()
	out := bufio.NewWriter(e.stdout)
	if err := exportDisputes(ctx, store, format, out); err != nil {
		return err
	}
	return out.Flush()
}

// exportDisputes writes every dispute the viewer sees, a page at a time,
// with the names of its employer, union and local.
func exportDisputes(ctx context.Context, store *sqlstore.Store, format tracker.Format, out *bufio.Writer) error {
	w := tracker.NewWriter(out, format)
	names := orgNames{store: store, orgs: map[frente.ID]*frente.Organization{}}
	f := frente.DisputeFilter{ListOptions: frente.ListOptions{Limit: frente.MaxLimit}}
	for {
		page, err := store.FindDisputes(ctx, f)
		if err != nil {
			return err
		}
		if err := names.load(ctx, page.Items); err != nil {
			return err
		}
		for _, d := range page.Items {
			row := frente.DisputeRow{Dispute: *d}
			if o := names.orgs[d.EmployerID]; o != nil {
				row.Employer = o.Name
			}
			row.Union, row.Local = names.unionAndLocal(d.UnionIDs)
			if err := w.Write(&row); err != nil {
				return err
			}
		}
		if f.Cursor = page.Next; f.Cursor == "" {
			break
		}
	}
	return w.Flush()
}

// orgNames keeps the organizations disputes name, read a page at a time.
type orgNames struct {
	store *sqlstore.Store
	orgs  map[frente.ID]*frente.Organization
}

// load reads the parties of disputes, and the unions of their locals.
func (n *orgNames) load(ctx context.Context, ds []*frente.Dispute) error {
	var want []frente.ID
	for _, d := range ds {
		want = append(want, d.EmployerID)
		want = append(want, d.UnionIDs...)
	}
	if err := n.fetch(ctx, want); err != nil {
		return err
	}
	var parents []frente.ID
	for _, o := range n.orgs {
		if o != nil && o.ParentID != 0 {
			parents = append(parents, o.ParentID)
		}
	}
	return n.fetch(ctx, parents)
}

func (n *orgNames) fetch(ctx context.Context, ids []frente.ID) error {
	var missing []frente.ID
	for _, id := range ids {
		if _, ok := n.orgs[id]; !ok && id != 0 {
			missing = append(missing, id)
			n.orgs[id] = nil
		}
	}
	for len(missing) > 0 {
		k := min(len(missing), frente.MaxLimit)
		page, err := n.store.FindOrganizations(ctx, frente.OrganizationFilter{IDs: missing[:k], ListOptions: frente.ListOptions{Limit: frente.MaxLimit}})
		if err != nil {
			return err
		}
		for _, o := range page.Items {
			n.orgs[o.ID] = o
		}
		missing = missing[k:]
	}
	return nil
}

// unionAndLocal names a dispute's union and local as trackers write them:
// a local in the dispute goes with its union, by the number it has.
func (n *orgNames) unionAndLocal(ids []frente.ID) (union, local string) {
	for _, id := range ids {
		o := n.orgs[id]
		if o == nil || o.Kind != frente.KindLocal || o.ParentID == 0 || n.orgs[o.ParentID] == nil {
			continue
		}
		local = o.Number
		if local == "" {
			local = o.Name
		}
		return n.orgs[o.ParentID].Name, local
	}
	for _, id := range ids {
		if o := n.orgs[id]; o != nil {
			return o.Name, ""
		}
	}
	return "", ""
}
