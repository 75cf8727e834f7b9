package sqlstore

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/frente/frente"
)

const disputeColumns = recordColumns + ", " +
	"t.kind, t.title, t.employer_id, t.start_date, t.end_date, t.last_confirmed, t.workers, t.authorized, t.demands, t.outcome, " +
	"t.address, t.city, t.region, t.zip, t.country, t.latitude, t.longitude, t.industry, t.bargaining_unit_size, t.locations, t.naics, t.notes"

func scanDispute(sc scanner) (*frente.Dispute, cursor, error) {
	var (
		d         frente.Dispute
		rs        recordScan
		employer  nullInt
		demands   string
		lat, long sql.NullFloat64
		c         cursor
	)
	p := &d.Place
	dest := append(rs.targets(&d.Record), &d.Kind, &d.Title, &employer, &d.Start, &d.End, &d.LastConfirmed, &d.Workers, &d.Authorized,
		&demands, &d.Outcome, &p.Address, &p.City, &p.Region, &p.Zip, &p.Country, &lat, &long, &d.Industry, &d.BargainingUnitSize,
		&d.Locations, &d.NAICS, &d.Notes, &c.key)
	if err := sc.Scan(dest...); err != nil {
		return nil, c, err
	}
	d.EmployerID = frente.ID(employer.Int64)
	if lat.Valid {
		p.Latitude = &lat.Float64
	}
	if long.Valid {
		p.Longitude = &long.Float64
	}
	if err := json.Unmarshal([]byte(demands), &d.Demands); err != nil {
		return nil, c, fmt.Errorf("dispute %d: demands: %w", d.ID, err)
	}
	d.UnionIDs, d.WorkplaceIDs, d.CampaignIDs, d.Events = []frente.ID{}, []frente.ID{}, []frente.ID{}, []frente.DisputeEvent{}
	c.id = d.ID
	return &d, c, rs.finish(&d.Record)
}

// loadDisputeParts fills the links and events of disputes and their
// read-only fields as of the store's today.
func loadDisputeParts(ctx context.Context, tx *Tx, ds []*frente.Dispute) error {
	if len(ds) == 0 {
		return nil
	}
	ids := make([]frente.ID, len(ds))
	byID := make(map[frente.ID]*frente.Dispute, len(ds))
	for i, d := range ds {
		ids[i] = d.ID
		byID[d.ID] = d
	}
	for _, l := range []struct {
		table, col string
		set        func(d *frente.Dispute, v []frente.ID)
	}{
		{"dispute_unions", "organization_id", func(d *frente.Dispute, v []frente.ID) { d.UnionIDs = v }},
		{"dispute_workplaces", "workplace_id", func(d *frente.Dispute, v []frente.ID) { d.WorkplaceIDs = v }},
		{"dispute_campaigns", "campaign_id", func(d *frente.Dispute, v []frente.ID) { d.CampaignIDs = v }},
	} {
		links, err := readLinks(ctx, tx, l.table, "dispute_id", l.col, ids)
		if err != nil {
			return err
		}
		for id, v := range links {
			l.set(byID[id], v)
		}
	}
	rows, err := tx.Query(ctx, "SELECT dispute_id, event_date, kind, description, sources FROM dispute_events WHERE dispute_id IN ("+
		placeholders(len(ids))+") ORDER BY dispute_id, position", idArgs(ids)...)
	if err != nil {
		return fmt.Errorf("read events: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var e frente.DisputeEvent
		var sources string
		if err := rows.Scan(&id, &e.Date, &e.Kind, &e.Description, &sources); err != nil {
			return err
		}
		if err := json.Unmarshal([]byte(sources), &e.Sources); err != nil {
			return fmt.Errorf("dispute %d: event sources: %w", id, err)
		}
		byID[frente.ID(id)].Events = append(byID[frente.ID(id)].Events, e)
	}
	if err := rows.Err(); err != nil {
		return err
	}
	today := tx.s.now()
	for _, d := range ds {
		d.Compute(today)
	}
	return nil
}

func findDispute(ctx context.Context, tx *Tx, id frente.ID) (*frente.Dispute, error) {
	d, err := findOne(ctx, tx, "dispute", "disputes", disputeColumns, id, scanDispute)
	if err != nil {
		return nil, err
	}
	return d, loadDisputeParts(ctx, tx, []*frente.Dispute{d})
}

// FindDisputeByID returns one dispute the viewer may see.
func (s *Store) FindDisputeByID(ctx context.Context, id frente.ID) (d *frente.Dispute, err error) {
	err = s.ReadTx(ctx, func(tx *Tx) error {
		d, err = findDispute(ctx, tx, id)
		return err
	})
	return d, err
}

// FindDisputes lists disputes: ongoing ones first, then the latest start.
func (s *Store) FindDisputes(ctx context.Context, f frente.DisputeFilter) (p frente.Page[*frente.Dispute], err error) {
	var w where
	w.addVisible(ctx, "t", "disputes")
	w.search("t", f.Q)
	if f.Kind != "" {
		w.add("t.kind = ?", string(f.Kind))
	}
	if f.EmployerID != 0 {
		w.add("t.employer_id = ?", int64(f.EmployerID))
	}
	if f.UnionID != 0 {
		w.add("t.id IN (SELECT dispute_id FROM dispute_unions WHERE organization_id = ?)", int64(f.UnionID))
	}
	if f.WorkplaceID != 0 {
		w.add("t.id IN (SELECT dispute_id FROM dispute_workplaces WHERE workplace_id = ?)", int64(f.WorkplaceID))
	}
	if f.CampaignID != 0 {
		w.add("t.id IN (SELECT dispute_id FROM dispute_campaigns WHERE campaign_id = ?)", int64(f.CampaignID))
	}
	switch f.Ongoing {
	case "true":
		w.add("t.end_date = ''")
	case "false":
		w.add("t.end_date <> ''")
	}
	if f.NeedsConfirmation {
		stale := s.now().AddDate(0, 0, -frente.ConfirmAfterDays-1).Format("2006-01-02")
		w.add("t.end_date = '' AND (CASE WHEN t.last_confirmed = '' THEN t.start_date ELSE t.last_confirmed END) <= ?", stale)
	}
	err = s.ReadTx(ctx, func(tx *Tx) error {
		if p, err = page(ctx, tx, listing{table: "disputes", from: "disputes t", columns: disputeColumns}, w, f.ListOptions, scanDispute); err != nil {
			return err
		}
		return loadDisputeParts(ctx, tx, p.Items)
	})
	if err != nil {
		return p, fmt.Errorf("store: find disputes: %w", err)
	}
	return p, nil
}

var disputes = kind[*frente.Dispute]{entity: "dispute", table: "disputes", find: findDispute, write: writeDispute}

// CreateDispute validates and stores a new dispute.
func (s *Store) CreateDispute(ctx context.Context, d *frente.Dispute) error {
	return disputes.create(ctx, s, d)
}

// UpdateDispute changes a dispute in one transaction.
func (s *Store) UpdateDispute(ctx context.Context, id frente.ID, change func(*frente.Dispute) error) (*frente.Dispute, error) {
	return disputes.update(ctx, s, id, change)
}

// DeleteDispute removes a dispute and its events; one an incident refers
// to is refused.
func (s *Store) DeleteDispute(ctx context.Context, id frente.ID) error {
	return disputes.remove(ctx, s, id)
}

// disputeSortKey orders ongoing disputes first, then by the latest start.
func disputeSortKey(d *frente.Dispute) string {
	state := "1"
	if d.End == "" {
		state = "0"
	}
	return state + latestFirst(d.Start) + " " + frente.Fold(d.Title)
}

// latestFirst inverts the digits of a date, so that in a sort key (which
// listings read in ascending order) a later date comes first.
func latestFirst(d frente.Date) string {
	inv := []byte(d)
	for i, c := range inv {
		if c >= '0' && c <= '9' {
			inv[i] = '9' - c + '0'
		}
	}
	return string(inv)
}

func writeDispute(ctx context.Context, tx *Tx, d *frente.Dispute, insert bool) error {
	s := tx.s
	if err := d.CheckDates(s.now()); err != nil {
		return err
	}
	if err := checkDisputeRefs(ctx, tx, d); err != nil {
		return err
	}
	s.stampFor(&d.Record, insert)
	vals, err := recordValues(&d.Record)
	if err != nil {
		return err
	}
	demands, err := json.Marshal(d.Demands)
	if err != nil {
		return err
	}
	p := d.Place
	search := frente.Fold(strings.Join([]string{d.Title, p.City, p.Region, d.Industry}, " "))
	vals = append(vals, string(d.Kind), d.Title, nullID(d.EmployerID), string(d.Start), string(d.End), string(d.LastConfirmed), d.Workers,
		string(d.Authorized), string(demands), d.Outcome, p.Address, p.City, p.Region, p.Zip, p.Country, nullFloat(p.Latitude), nullFloat(p.Longitude),
		d.Industry, d.BargainingUnitSize, d.Locations, d.NAICS, d.Notes, disputeSortKey(d), search)
	if insert {
		err = tx.QueryRow(ctx, `INSERT INTO disputes (ref, owner_id, visibility, sources, created_at, updated_at,
			kind, title, employer_id, start_date, end_date, last_confirmed, workers, authorized, demands, outcome,
			address, city, region, zip, country, latitude, longitude, industry, bargaining_unit_size, locations, naics, notes, sort_key, search_key)
			VALUES (`+placeholders(len(vals))+`) RETURNING id`, vals...).Scan(&d.ID)
	} else {
		_, err = tx.Exec(ctx, `UPDATE disputes SET ref = ?, owner_id = ?, visibility = ?, sources = ?, created_at = ?, updated_at = ?,
			kind = ?, title = ?, employer_id = ?, start_date = ?, end_date = ?, last_confirmed = ?, workers = ?, authorized = ?, demands = ?, outcome = ?,
			address = ?, city = ?, region = ?, zip = ?, country = ?, latitude = ?, longitude = ?, industry = ?, bargaining_unit_size = ?, locations = ?,
			naics = ?, notes = ?, sort_key = ?, search_key = ? WHERE id = ?`, append(vals, int64(d.ID))...)
	}
	if err != nil {
		return s.constraint(err, "dispute", "ref")
	}
	for _, l := range []struct {
		table, col string
		ids        []frente.ID
	}{{"dispute_unions", "organization_id", d.UnionIDs}, {"dispute_workplaces", "workplace_id", d.WorkplaceIDs}, {"dispute_campaigns", "campaign_id", d.CampaignIDs}} {
		if err := writeLinks(ctx, tx, l.table, "dispute_id", l.col, d.ID, l.ids); err != nil {
			return err
		}
	}
	if _, err := tx.Exec(ctx, "DELETE FROM dispute_events WHERE dispute_id = ?", int64(d.ID)); err != nil {
		return fmt.Errorf("write events: %w", err)
	}
	for i, e := range d.Events {
		src, err := json.Marshal(e.Sources)
		if err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, "INSERT INTO dispute_events (dispute_id, position, event_date, kind, description, sources) VALUES (?, ?, ?, ?, ?, ?)",
			int64(d.ID), i, string(e.Date), string(e.Kind), e.Description, string(src)); err != nil {
			return fmt.Errorf("write events: %w", err)
		}
	}
	d.Compute(s.now())
	return nil
}

func nullFloat(f *float64) any {
	if f == nil {
		return nil
	}
	return *f
}

func checkDisputeRefs(ctx context.Context, tx *Tx, d *frente.Dispute) error {
	var v frente.Invalid
	if err := checkOwner(ctx, tx, &v, d.OwnerID); err != nil {
		return err
	}
	if d.EmployerID != 0 {
		if err := checkOrgRef(ctx, tx, &v, "employer_id", d.EmployerID, frente.OrgKind.IsEmployer, "want.employer"); err != nil {
			return err
		}
	}
	for i, id := range d.UnionIDs {
		if err := checkOrgRef(ctx, tx, &v, fmt.Sprintf("union_ids[%d]", i), id, isUnionKind, "want.union"); err != nil {
			return err
		}
	}
	for i, id := range d.WorkplaceIDs {
		if _, err := findWorkplace(ctx, tx, id); frente.ErrorCode(err) == frente.ENOTFOUND {
			v.Add(fmt.Sprintf("workplace_ids[%d]", i), "unknown_ref", fmt.Sprintf("workplace_ids[%d]: there is no workplace %d", i, id), int64(id))
		} else if err != nil {
			return err
		}
	}
	for i, id := range d.CampaignIDs {
		if _, err := findCampaign(ctx, tx, id); frente.ErrorCode(err) == frente.ENOTFOUND {
			v.Add(fmt.Sprintf("campaign_ids[%d]", i), "unknown_ref", fmt.Sprintf("campaign_ids[%d]: there is no campaign %d", i, id), int64(id))
		} else if err != nil {
			return err
		}
	}
	return v.Err()
}
