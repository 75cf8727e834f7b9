package sqlstore

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/frente/frente"
)

// ImportDisputes stores a tracker's file in one transaction. Parties are
// matched by folded name to the organizations the viewer sees, or created
// (public, owned by the import's owner); each row's dispute is found by
// its ref, so that importing the same file again changes nothing.
//
// A file has thousands of rows: organizations and disputes go in many
// rows a statement under ids reserved at once, names are looked up in
// maps loaded once, and each record created gets one short audit entry,
// written many a statement too.
func (s *Store) ImportDisputes(ctx context.Context, imp *frente.DisputeImport) (*frente.DisputeImportResult, error) {
	res := &frente.DisputeImportResult{Rows: len(imp.Rows) + distinctLines(imp.Refused), Refused: []frente.ImportProblem{}}
	im := &importer{imp: imp, now: s.now(), res: res, fold: map[string]string{}, seen: map[string]int{},
		parentOf: map[*frente.Organization]*frente.Organization{}}
	im.refused = append(im.refused, imp.Refused...)
	if len(im.refused) > 0 && !imp.SkipInvalid {
		res.Refused = sortProblems(im.refused)
		return res, fmt.Errorf("store: import disputes: %w", frente.RefusedImport(res.Refused))
	}
	err := s.WithTx(ctx, func(tx *Tx) error {
		im.tx = tx
		return im.run(ctx)
	})
	res.Refused = sortProblems(im.refused)
	if err != nil {
		var refused *refusedRows
		if errors.As(err, &refused) {
			return res, fmt.Errorf("store: import disputes: %w", frente.RefusedImport(res.Refused))
		}
		*res = frente.DisputeImportResult{Rows: res.Rows, Refused: res.Refused}
		return res, fmt.Errorf("store: import disputes: %w", err)
	}
	return res, nil
}

// refusedRows rolls back an import whose rows the store refused.
type refusedRows struct{}

func (*refusedRows) Error() string { return "rows refused" }

func distinctLines(ps []frente.ImportProblem) int {
	seen := map[int]bool{}
	for _, p := range ps {
		seen[p.Line] = true
	}
	return len(seen)
}

func sortProblems(ps []frente.ImportProblem) []frente.ImportProblem {
	out := append([]frente.ImportProblem{}, ps...)
	// Stable: a row's problems stay in the order they were found.
	slices.SortStableFunc(out, func(a, b frente.ImportProblem) int { return a.Line - b.Line })
	return out
}

// importer holds one import's state within its transaction.
type importer struct {
	tx      *Tx
	imp     *frente.DisputeImport
	now     time.Time
	res     *frente.DisputeImportResult
	refused []frente.ImportProblem
	owner   frente.ID
	fold    map[string]string
	orgs    *orgIndex
	// newOrgs are the organizations to create, unions before their locals.
	newOrgs []*frente.Organization
	mayEdit map[frente.ID]error
	user    frente.ID
	seen    map[string]int
	// parentOf is the union of each local to create.
	parentOf map[*frente.Organization]*frente.Organization
}

// pending is a row that passed its checks, with its parties.
type pending struct {
	row                    *frente.DisputeRow
	employer, union, local *frente.Organization
	existing               *frente.Dispute
	// d is the dispute to store, built when the row is checked.
	d *frente.Dispute
}

func (im *importer) run(ctx context.Context) error {
	tx := im.tx
	owner := im.imp.OwnerID
	if owner == 0 {
		var err error
		if owner, err = defaultOwner(ctx, tx); err != nil {
			return err
		}
	}
	var v frente.Invalid
	if err := checkOwner(ctx, tx, &v, owner); err != nil {
		return err
	}
	if err := v.Err(); err != nil {
		return err
	}
	if err := requireRole(ctx, tx, owner, frente.RoleEditor); err != nil {
		return err
	}
	im.owner, im.mayEdit, im.user = owner, map[frente.ID]error{}, frente.ViewerFrom(ctx).UserID
	var err error
	if im.orgs, err = loadOrgIndex(ctx, tx, im.folded); err != nil {
		return err
	}
	existing, err := im.existing(ctx)
	if err != nil {
		return err
	}
	var rows []pending
	for i := range im.imp.Rows {
		p := pending{row: &im.imp.Rows[i], existing: existing[im.imp.Rows[i].Dispute.Ref]}
		if im.check(ctx, &p) {
			rows = append(rows, p)
		}
	}
	if len(im.refused) > 0 && !im.imp.SkipInvalid {
		return &refusedRows{}
	}
	if err := im.createOrgs(ctx); err != nil {
		return err
	}
	var creates, updates []*frente.Dispute
	var before []*frente.Dispute
	for _, p := range rows {
		d := p.d
		if p.existing != nil {
			// Merged again now that every party has its id.
			d = im.dispute(&p)
		} else {
			d.EmployerID, d.UnionIDs, d.Title = partyIDs(&p)
		}
		switch {
		case p.existing == nil:
			creates = append(creates, d)
		case sameTracked(p.existing, d):
			im.res.Unchanged++
		default:
			updates, before = append(updates, d), append(before, p.existing)
		}
	}
	if err := im.insertDisputes(ctx, creates); err != nil {
		return err
	}
	for i, d := range updates {
		if err := im.updateDispute(ctx, before[i], d); err != nil {
			return fmt.Errorf("update %s: %w", d.Ref, err)
		}
	}
	if err := im.auditImport(ctx, creates); err != nil {
		return err
	}
	im.res.Created, im.res.Updated = len(creates), len(updates)
	if im.imp.Progress != nil {
		im.imp.Progress(len(im.imp.Rows))
	}
	return nil
}

// folded folds a name once per import: names repeat over rows.
func (im *importer) folded(s string) string {
	f, ok := im.fold[s]
	if !ok {
		f = frente.Fold(s)
		im.fold[s] = f
	}
	return f
}

func (im *importer) fail(r *frente.DisputeRow, field, reason string) {
	im.refused = append(im.refused, frente.ImportProblem{Line: r.Line, Column: columnOf(im.imp.Columns, field), Reason: reason})
}

var fieldIndex = regexp.MustCompile(`\[\d+\].*$`)

func columnOf(columns map[string]string, field string) string {
	if c, ok := columns[field]; ok {
		return c
	}
	if c, ok := columns[fieldIndex.ReplaceAllString(field, "")]; ok {
		return c
	}
	return field
}

// existing reads the disputes that already have the refs of the rows.
func (im *importer) existing(ctx context.Context) (map[string]*frente.Dispute, error) {
	refs := make([]any, 0, len(im.imp.Rows))
	for i := range im.imp.Rows {
		refs = append(refs, im.imp.Rows[i].Dispute.Ref)
	}
	out := map[string]*frente.Dispute{}
	const chunk = 500
	for len(refs) > 0 {
		n := min(chunk, len(refs))
		rows, err := im.tx.Query(ctx, "SELECT "+disputeColumns+", t.sort_key FROM disputes t WHERE t.ref IN ("+placeholders(n)+")", refs[:n]...)
		if err != nil {
			return nil, fmt.Errorf("read existing disputes: %w", err)
		}
		var ds []*frente.Dispute
		for rows.Next() {
			d, _, err := scanDispute(rows)
			if err != nil {
				rows.Close()
				return nil, err
			}
			ds = append(ds, d)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, err
		}
		if err := loadDisputeParts(ctx, im.tx, ds); err != nil {
			return nil, err
		}
		if err := loadShares(ctx, im.tx, "disputes", ds); err != nil {
			return nil, err
		}
		for _, d := range ds {
			out[d.Ref] = d
		}
		refs = refs[n:]
	}
	return out, nil
}

// check validates a row's dispute as it will be stored, and finds or
// prepares its parties; false refuses the row.
func (im *importer) check(ctx context.Context, p *pending) bool {
	r := p.row
	if r.Dispute.Ref == "" {
		im.fail(r, "ref", "no ID to keep the dispute by")
		return false
	}
	if line, dup := im.seen[r.Dispute.Ref]; dup {
		im.fail(r, "ref", fmt.Sprintf("%s is also the key of line %d", r.Dispute.Ref, line))
		return false
	}
	im.seen[r.Dispute.Ref] = r.Line
	if p.existing != nil {
		if err := im.mayChange(ctx, p.existing.OwnerID); err != nil {
			im.fail(r, "ref", fmt.Sprintf("%s is the key of a dispute that %s", r.Dispute.Ref, frente.ErrorMessage(err)))
			return false
		}
	}
	d := im.dispute(p)
	p.d = d
	ok := true
	for _, err := range []error{d.Validate(), d.CheckDates(im.now)} {
		var fe *frente.Error
		if errors.As(err, &fe) {
			for _, f := range fe.Fields {
				im.fail(r, f.Field, strings.TrimPrefix(f.Message, f.Field+": "))
			}
			ok = false
		}
	}
	if !ok {
		return false
	}
	return im.parties(p)
}

// mayChange answers, once per owner, whether the viewer may change the
// disputes it owns.
func (im *importer) mayChange(ctx context.Context, owner frente.ID) error {
	err, ok := im.mayEdit[owner]
	if !ok {
		err = requireRole(ctx, im.tx, owner, frente.RoleEditor)
		im.mayEdit[owner] = err
	}
	return err
}

// dispute is the row's dispute as it is to be stored: a new one, or the
// existing one with the tracker's fields applied.
func (im *importer) dispute(p *pending) *frente.Dispute {
	src := p.row.Dispute
	employer, unions, title := partyIDs(p)
	if p.existing == nil {
		d := src
		d.ID, d.OwnerID, d.Visibility, d.Campaigns = 0, im.owner, im.imp.Visibility, nil
		d.EmployerID, d.UnionIDs, d.Title = employer, unions, title
		d.Normalize()
		return &d
	}
	d := *p.existing
	d.Start, d.EmployerID = src.Start, employer
	// A file changes the fields it has columns for: an FMCS file, which
	// says nothing of demands or coordinates, keeps those recorded here.
	has := func(field string) bool {
		if im.imp.Columns == nil {
			return true
		}
		_, ok := im.imp.Columns[field]
		return ok
	}
	for _, f := range []struct {
		field string
		apply func()
	}{
		{"kind", func() { d.Kind = src.Kind }},
		{"workers", func() { d.Workers = src.Workers }},
		{"authorized", func() { d.Authorized = src.Authorized }},
		{"industry", func() { d.Industry = src.Industry }},
		{"bargaining_unit_size", func() { d.BargainingUnitSize = src.BargainingUnitSize }},
		{"locations", func() { d.Locations = src.Locations }},
		{"naics", func() { d.NAICS = src.NAICS }},
		{"notes", func() { d.Notes = src.Notes }},
		{"place.address", func() { d.Place.Address = src.Place.Address }},
		{"place.city", func() { d.Place.City = src.Place.City }},
		{"place.region", func() { d.Place.Region = src.Place.Region }},
		{"place.zip", func() { d.Place.Zip = src.Place.Zip }},
		{"place.country", func() { d.Place.Country = src.Place.Country }},
		{"place.latitude", func() { d.Place.Latitude, d.Place.Longitude = src.Place.Latitude, src.Place.Longitude }},
	} {
		if has(f.field) {
			f.apply()
		}
	}
	// A tracker that has not seen a dispute end, or been confirmed since,
	// does not undo what people here have recorded; nor do its lists
	// drop the unions, demands and sources added here.
	if src.End != "" {
		d.End = src.End
	}
	if src.LastConfirmed > d.LastConfirmed {
		d.LastConfirmed = src.LastConfirmed
	}
	d.UnionIDs = append(append([]frente.ID{}, d.UnionIDs...), unions...)
	d.Demands = append(append([]string{}, d.Demands...), src.Demands...)
	d.Sources = append([]frente.Source{}, d.Sources...)
	for _, s := range src.Sources {
		if !containsSource(d.Sources, s) {
			d.Sources = append(d.Sources, s)
		}
	}
	d.Events = append([]frente.DisputeEvent{}, d.Events...)
	d.Normalize()
	return &d
}

// partyIDs are the ids of a row's parties, and the title of a dispute
// created for it, with the names of the organizations it was matched to.
func partyIDs(p *pending) (employer frente.ID, unions []frente.ID, title string) {
	name, union := p.row.Employer, p.row.Union
	if o := p.employer; o != nil {
		employer, name = o.ID, o.Name
	}
	if o := p.union; o != nil {
		unions, union = append(unions, o.ID), o.Name
	}
	if o := p.local; o != nil {
		unions = append(unions, o.ID)
	}
	return employer, unions, frente.ImportedDisputeTitle(p.row.Dispute.Kind, name, union)
}

func containsSource(ss []frente.Source, s frente.Source) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// tracked are the fields an import writes.
type tracked struct {
	Kind                    frente.DisputeKind
	EmployerID              frente.ID
	UnionIDs                []frente.ID
	Start, End, Confirmed   frente.Date
	Workers, Size, Location int
	Authorized              frente.Authorized
	Demands                 []string
	Sources                 []frente.Source
	Place                   frente.Place
	Industry, NAICS, Notes  string
}

func trackedOf(d *frente.Dispute) tracked {
	return tracked{d.Kind, d.EmployerID, d.UnionIDs, d.Start, d.End, d.LastConfirmed, d.Workers, d.BargainingUnitSize, d.Locations,
		d.Authorized, d.Demands, d.Sources, d.Place, d.Industry, d.NAICS, d.Notes}
}

func sameTracked(a, b *frente.Dispute) bool { return reflect.DeepEqual(trackedOf(a), trackedOf(b)) }

// insertDisputes writes new disputes, their unions and audit entries.
func (im *importer) insertDisputes(ctx context.Context, ds []*frente.Dispute) error {
	if len(ds) == 0 {
		return nil
	}
	tx := im.tx
	ids, err := tx.s.dialect.ReserveIDs(ctx, tx, "disputes", len(ds))
	if err != nil {
		return fmt.Errorf("reserve dispute ids: %w", err)
	}
	now, owner, visibility := any(im.now), nullID(im.owner), any(string(ds[0].Visibility))
	const batch = 2000
	for start := 0; start < len(ds); start += batch {
		part := ds[start:min(start+batch, len(ds))]
		vals := make([]any, 0, 31*len(part))
		var unions []any
		for i, d := range part {
			d.ID = ids[start+i]
			d.CreatedAt, d.UpdatedAt = im.now, im.now
			sources, err := jsonList(d.Sources)
			if err != nil {
				return err
			}
			demands, err := jsonList(d.Demands)
			if err != nil {
				return err
			}
			p := d.Place
			vals = append(vals, int64(d.ID), nullText(d.Ref), owner, visibility, sources, now, now, string(d.Kind), d.Title, nullID(d.EmployerID), string(d.Start), string(d.End), string(d.LastConfirmed),
				d.Workers, string(d.Authorized), demands, d.Outcome, p.Address, p.City, p.Region, p.Zip, p.Country,
				nullFloat(p.Latitude), nullFloat(p.Longitude), d.Industry, d.BargainingUnitSize, d.Locations, d.NAICS, d.Notes,
				disputeSortKey(d), im.searchKey(d))
			for j, u := range d.UnionIDs {
				unions = append(unions, int64(d.ID), int64(u), j)
			}
		}
		if err := bulkInsert(ctx, tx, "disputes (id, ref, owner_id, visibility, sources, created_at, updated_at, kind, title, employer_id, "+
			"start_date, end_date, last_confirmed, workers, authorized, demands, outcome, address, city, region, zip, country, latitude, longitude, "+
			"industry, bargaining_unit_size, locations, naics, notes, sort_key, search_key)", 31, vals); err != nil {
			return fmt.Errorf("insert disputes: %w", tx.s.constraint(err, "dispute", "ref"))
		}
		if err := bulkInsert(ctx, tx, "dispute_unions (dispute_id, organization_id, position)", 3, unions); err != nil {
			return fmt.Errorf("insert dispute unions: %w", err)
		}
		if im.imp.Progress != nil {
			im.imp.Progress(start + len(part))
		}
	}
	for _, d := range ds {
		d.Compute(im.now)
	}
	return nil
}

// jsonList writes a list as JSON, an empty one without encoding/json:
// most rows have none.
func jsonList[T any](list []T) (any, error) {
	if len(list) == 0 {
		return "[]", nil
	}
	b, err := json.Marshal(list)
	return string(b), err
}

// searchKey is what writeDispute folds, folded a part at a time: the
// places and industries repeat over the rows of a file. Folding joins
// parts as it joins words, so the key is the same.
func (im *importer) searchKey(d *frente.Dispute) string {
	parts := make([]string, 0, 4)
	for _, s := range []string{d.Title, d.Place.City, d.Place.Region, d.Industry} {
		if f := im.folded(s); f != "" {
			parts = append(parts, f)
		}
	}
	return strings.Join(parts, " ")
}

// updateDispute writes the tracker's fields of an existing dispute.
func (im *importer) updateDispute(ctx context.Context, before, d *frente.Dispute) error {
	tx := im.tx
	im.tx.s.touch(&d.Record)
	src, err := json.Marshal(d.Sources)
	if err != nil {
		return err
	}
	demands, err := json.Marshal(d.Demands)
	if err != nil {
		return err
	}
	p := d.Place
	if _, err := tx.Exec(ctx, `UPDATE disputes SET sources = ?, updated_at = ?, kind = ?, employer_id = ?, start_date = ?, end_date = ?,
		last_confirmed = ?, workers = ?, authorized = ?, demands = ?, address = ?, city = ?, region = ?, zip = ?, country = ?, latitude = ?,
		longitude = ?, industry = ?, bargaining_unit_size = ?, locations = ?, naics = ?, notes = ?, sort_key = ?, search_key = ? WHERE id = ?`,
		string(src), d.UpdatedAt, string(d.Kind), nullID(d.EmployerID), string(d.Start), string(d.End), string(d.LastConfirmed), d.Workers,
		string(d.Authorized), string(demands), p.Address, p.City, p.Region, p.Zip, p.Country, nullFloat(p.Latitude), nullFloat(p.Longitude),
		d.Industry, d.BargainingUnitSize, d.Locations, d.NAICS, d.Notes, disputeSortKey(d), im.searchKey(d), int64(d.ID)); err != nil {
		return err
	}
	if !reflect.DeepEqual(before.UnionIDs, d.UnionIDs) {
		if err := writeLinks(ctx, tx, "dispute_unions", "dispute_id", "organization_id", d.ID, d.UnionIDs); err != nil {
			return err
		}
	}
	d.Compute(im.now)
	old, err := json.Marshal(before)
	if err != nil {
		return err
	}
	return audit(ctx, tx, "disputes", &d.Record, "update", old, d)
}

// auditImport records an import in one audit entry that lists the
// records it created (those it changed have an entry each): one entry a
// record would cost a file of thousands of rows a third of its time.
func (im *importer) auditImport(ctx context.Context, disputes []*frente.Dispute) error {
	if len(disputes) == 0 && len(im.newOrgs) == 0 {
		return nil
	}
	entry := struct {
		Import        string      `json:"import"`
		Disputes      []frente.ID `json:"disputes"`
		Organizations []frente.ID `json:"organizations"`
	}{im.imp.Source, make([]frente.ID, len(disputes)), make([]frente.ID, len(im.newOrgs))}
	for i, d := range disputes {
		entry.Disputes[i] = d.ID
	}
	for i, o := range im.newOrgs {
		entry.Organizations[i] = o.ID
	}
	return audit(ctx, im.tx, "disputes", &frente.Record{OwnerID: im.owner}, "create", nil, entry)
}

// orgIndex finds organizations by folded name or short name: employers among employers
// and corporate groups, unions among the union kinds (unions, federations
// and union bodies before locals), locals among the children of a union
// by number or name.
type orgIndex struct {
	employers, unions map[string]*frente.Organization
	locals            map[localKey]*frente.Organization
}

// localKey is a union (by pointer, so that a union about to be created
// has locals too) and a folded number or name.
type localKey struct {
	parent *frente.Organization
	key    string
}

func loadOrgIndex(ctx context.Context, tx *Tx, fold func(string) string) (*orgIndex, error) {
	var w where
	w.addVisible(ctx, "t", "organizations")
	rows, err := tx.Query(ctx, "SELECT t.id, t.kind, t.name, t.short_name, t.number, t.parent_id FROM organizations t WHERE "+w.sql()+" ORDER BY t.id", w.args...)
	if err != nil {
		return nil, fmt.Errorf("read organizations: %w", err)
	}
	defer rows.Close()
	ix := &orgIndex{employers: map[string]*frente.Organization{}, unions: map[string]*frente.Organization{}, locals: map[localKey]*frente.Organization{}}
	var locals []*frente.Organization
	byID := map[frente.ID]*frente.Organization{}
	for rows.Next() {
		o := &frente.Organization{}
		var parent nullInt
		if err := rows.Scan(&o.ID, &o.Kind, &o.Name, &o.ShortName, &o.Number, &parent); err != nil {
			return nil, err
		}
		o.ParentID = frente.ID(parent.Int64)
		byID[o.ID] = o
		switch {
		case o.Kind.IsEmployer():
			ix.add(ix.employers, o, fold)
		case o.Kind == frente.KindLocal:
			locals = append(locals, o)
		default:
			ix.add(ix.unions, o, fold)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	for _, o := range locals {
		ix.add(ix.unions, o, fold)
		if parent := byID[o.ParentID]; parent != nil {
			ix.addLocal(parent, o, o.Number, fold)
		}
	}
	return ix, nil
}

// add indexes o by its name and short name, without displacing an
// organization indexed first under the same key.
func (ix *orgIndex) add(m map[string]*frente.Organization, o *frente.Organization, fold func(string) string) {
	for _, n := range []string{o.Name, o.ShortName} {
		if k := fold(n); k != "" {
			if _, taken := m[k]; !taken {
				m[k] = o
			}
		}
	}
}

func (ix *orgIndex) addLocal(parent, o *frente.Organization, number string, fold func(string) string) {
	for _, n := range []string{number, o.Name, o.ShortName} {
		if k := fold(n); k != "" {
			if _, taken := ix.locals[localKey{parent, k}]; !taken {
				ix.locals[localKey{parent, k}] = o
			}
		}
	}
}

// find looks a name up by its folded form. Nothing looser ("United Auto
// Workers (UAW)" for "UAW"): a match that depends on which organizations
// a file creates first would change on the next import of the same file.
func find(m map[string]*frente.Organization, name string, fold func(string) string) *frente.Organization {
	return m[fold(name)]
}

// localName names a local created for a row: "USW Local 12-345", or the
// union's name and the local's as written when it says what it is
// ("Section 65", "Local 8").
func localName(union, local string) string {
	l := strings.ToLower(local)
	for _, w := range []string{"local", "section", "sección", "seccion", "lodge", "district", "council", "chapter", "unit"} {
		if strings.HasPrefix(l, w) {
			return union + " " + local
		}
	}
	return union + " Local " + local
}

// parties finds or prepares the employer, union and local of a row. The
// organizations it must create are checked first, so that a refused row
// creates none.
func (im *importer) parties(p *pending) bool {
	r, ix := p.row, im.orgs
	var fresh []*frente.Organization
	prepare := func(field string, kind frente.OrgKind, name, number string) *frente.Organization {
		o := &frente.Organization{Record: frente.Record{OwnerID: im.owner, Visibility: frente.Public}, Kind: kind, Name: name,
			Number: number, Country: r.Dispute.Place.Country}
		o.Normalize()
		if err := o.Validate(); err != nil {
			var fe *frente.Error
			if errors.As(err, &fe) {
				for _, f := range fe.Fields {
					im.fail(r, field, fmt.Sprintf("cannot create the organization %q: %s", name, strings.TrimPrefix(f.Message, f.Field+": ")))
				}
			}
			return nil
		}
		fresh = append(fresh, o)
		return o
	}
	ok := true
	if r.Employer != "" {
		if p.employer = find(ix.employers, r.Employer, im.folded); p.employer == nil {
			p.employer = prepare("employer", frente.KindEmployer, r.Employer, "")
			ok = p.employer != nil
		}
	}
	if r.Union != "" {
		if p.union = find(ix.unions, r.Union, im.folded); p.union == nil {
			p.union = prepare("union", frente.KindUnion, r.Union, "")
			ok = ok && p.union != nil
		}
	}
	if r.Local != "" && p.union != nil {
		if p.local = ix.locals[localKey{p.union, im.folded(r.Local)}]; p.local == nil {
			p.local = prepare("local", frente.KindLocal, localName(p.union.Name, r.Local), r.Local)
			ok = ok && p.local != nil
		}
	}
	if !ok {
		return false
	}
	for _, o := range fresh {
		im.newOrgs = append(im.newOrgs, o)
		switch o.Kind {
		case frente.KindEmployer:
			ix.add(ix.employers, o, im.folded)
		case frente.KindUnion:
			ix.add(ix.unions, o, im.folded)
		case frente.KindLocal:
			ix.addLocal(p.union, o, o.Number, im.folded)
			im.parentOf[o] = p.union
		}
	}
	return true
}

// createOrgs writes the organizations the rows need, unions before their
// locals, under ids reserved at once.
func (im *importer) createOrgs(ctx context.Context) error {
	orgs := im.newOrgs
	if len(orgs) == 0 {
		return nil
	}
	tx := im.tx
	ids, err := tx.s.dialect.ReserveIDs(ctx, tx, "organizations", len(orgs))
	if err != nil {
		return fmt.Errorf("reserve organization ids: %w", err)
	}
	for i, o := range orgs {
		o.ID = ids[i]
		o.CreatedAt, o.UpdatedAt = im.now, im.now
	}
	// What every new organization shares is boxed once: a value a row
	// is an allocation a row.
	now, owner, public, noSources := any(im.now), nullID(im.owner), any(string(frente.Public)), any("[]")
	first, locals := make([]any, 0, 19*len(orgs)), []any{}
	for _, o := range orgs {
		if parent := im.parentOf[o]; parent != nil {
			o.ParentID = parent.ID
		}
		// As orgKeys makes them, from the names folded already.
		sortKey, searchKey := im.folded(o.Name), im.folded(o.Name)
		if o.Number != "" {
			searchKey += " " + im.folded(o.Number)
		}
		vals := &first
		if o.Kind == frente.KindLocal {
			vals = &locals
		}
		*vals = append(*vals, int64(o.ID), nullText(o.Ref), owner, public, noSources, now, now, string(o.Kind), o.Name, o.ShortName,
			o.Number, o.Country, o.Region, o.City, nullID(o.ParentID), o.Website, o.Notes, sortKey, searchKey)
	}
	const target = "organizations (id, ref, owner_id, visibility, sources, created_at, updated_at, kind, name, short_name, number, country, " +
		"region, city, parent_id, website, notes, sort_key, search_key)"
	for _, vals := range [][]any{first, locals} {
		if err := bulkInsert(ctx, tx, target, 19, vals); err != nil {
			return fmt.Errorf("insert organizations: %w", err)
		}
	}
	im.res.OrganizationsCreated = len(orgs)
	return nil
}

// bulkInsert inserts rows of width values into target ("table (columns)")
// many rows a statement, preparing the statement of a full batch once:
// parsing a statement of hundreds of rows costs as much as running it.
func bulkInsert(ctx context.Context, tx *Tx, target string, width int, values []any) error {
	perInsert := max(1, 4000/width)
	row := "(" + placeholders(width) + "), "
	statement := func(n int) string {
		return tx.bind("INSERT INTO " + target + " VALUES " + strings.TrimSuffix(strings.Repeat(row, n), ", "))
	}
	if len(values) >= perInsert*width {
		stmt, err := tx.tx.PrepareContext(ctx, statement(perInsert))
		if err != nil {
			return err
		}
		defer stmt.Close()
		for len(values) >= perInsert*width {
			if _, err := stmt.ExecContext(ctx, values[:perInsert*width]...); err != nil {
				return err
			}
			values = values[perInsert*width:]
		}
	}
	if len(values) > 0 {
		if _, err := tx.tx.ExecContext(ctx, statement(len(values)/width), values...); err != nil {
			return err
		}
	}
	return nil
}
