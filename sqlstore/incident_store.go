package sqlstore

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/frente/frente"
)

const incidentColumns = recordColumns + ", " +
	"t.incident_date, t.title, t.workplace_id, t.kind, t.dead, t.injured, t.description, t.demands"

func scanIncident(sc scanner) (*frente.Incident, cursor, error) {
	var (
		n         frente.Incident
		rs        recordScan
		workplace nullInt
		demands   string
		c         cursor
	)
	dest := append(rs.targets(&n.Record), &n.Date, &n.Title, &workplace, &n.Kind, &n.Dead, &n.Injured, &n.Description, &demands, &c.key)
	if err := sc.Scan(dest...); err != nil {
		return nil, c, err
	}
	n.WorkplaceID = frente.ID(workplace.Int64)
	if err := json.Unmarshal([]byte(demands), &n.Demands); err != nil {
		return nil, c, fmt.Errorf("incident %d: demands: %w", n.ID, err)
	}
	n.DisputeIDs, n.CampaignIDs = []frente.ID{}, []frente.ID{}
	c.id = n.ID
	return &n, c, rs.finish(&n.Record)
}

func loadIncidentParts(ctx context.Context, tx *Tx, ns []*frente.Incident) error {
	if len(ns) == 0 {
		return nil
	}
	ids := make([]frente.ID, len(ns))
	byID := make(map[frente.ID]*frente.Incident, len(ns))
	for i, n := range ns {
		ids[i] = n.ID
		byID[n.ID] = n
	}
	disputes, err := readLinks(ctx, tx, "incident_disputes", "incident_id", "dispute_id", ids)
	if err != nil {
		return err
	}
	campaigns, err := readLinks(ctx, tx, "incident_campaigns", "incident_id", "campaign_id", ids)
	if err != nil {
		return err
	}
	today := tx.s.now()
	for _, n := range ns {
		if v := disputes[n.ID]; v != nil {
			n.DisputeIDs = v
		}
		if v := campaigns[n.ID]; v != nil {
			n.CampaignIDs = v
		}
		n.Compute(today)
	}
	return nil
}

func findIncident(ctx context.Context, tx *Tx, id frente.ID) (*frente.Incident, error) {
	n, err := findOne(ctx, tx, "incident", "incidents", incidentColumns, id, scanIncident)
	if err != nil {
		return nil, err
	}
	return n, loadIncidentParts(ctx, tx, []*frente.Incident{n})
}

// FindIncidentByID returns one incident the viewer may see.
func (s *Store) FindIncidentByID(ctx context.Context, id frente.ID) (n *frente.Incident, err error) {
	err = s.ReadTx(ctx, func(tx *Tx) error {
		n, err = findIncident(ctx, tx, id)
		return err
	})
	return n, err
}

// FindIncidents lists incidents, the latest first.
func (s *Store) FindIncidents(ctx context.Context, f frente.IncidentFilter) (p frente.Page[*frente.Incident], err error) {
	var w where
	w.addVisible(ctx, "t", "incidents")
	w.search("t", f.Q)
	if f.Kind != "" {
		w.add("t.kind = ?", string(f.Kind))
	}
	if f.WorkplaceID != 0 {
		w.add("t.workplace_id = ?", int64(f.WorkplaceID))
	}
	if f.CampaignID != 0 {
		w.add("t.id IN (SELECT incident_id FROM incident_campaigns WHERE campaign_id = ?)", int64(f.CampaignID))
	}
	if f.DisputeID != 0 {
		w.add("t.id IN (SELECT incident_id FROM incident_disputes WHERE dispute_id = ?)", int64(f.DisputeID))
	}
	if f.DisputeIDs != nil {
		if len(f.DisputeIDs) == 0 {
			w.add("1=0")
		} else {
			w.add("t.id IN (SELECT incident_id FROM incident_disputes WHERE dispute_id IN ("+placeholders(len(f.DisputeIDs))+"))", idArgs(f.DisputeIDs)...)
		}
	}
	err = s.ReadTx(ctx, func(tx *Tx) error {
		if p, err = page(ctx, tx, listing{table: "incidents", from: "incidents t", columns: incidentColumns}, w, f.ListOptions, scanIncident); err != nil {
			return err
		}
		return loadIncidentParts(ctx, tx, p.Items)
	})
	if err != nil {
		return p, fmt.Errorf("store: find incidents: %w", err)
	}
	return p, nil
}

var incidents = kind[*frente.Incident]{entity: "incident", table: "incidents", find: findIncident, write: writeIncident}

// CreateIncident validates and stores a new incident.
func (s *Store) CreateIncident(ctx context.Context, n *frente.Incident) error {
	return incidents.create(ctx, s, n)
}

// UpdateIncident changes an incident in one transaction.
func (s *Store) UpdateIncident(ctx context.Context, id frente.ID, change func(*frente.Incident) error) (*frente.Incident, error) {
	return incidents.update(ctx, s, id, change)
}

// DeleteIncident removes an incident.
func (s *Store) DeleteIncident(ctx context.Context, id frente.ID) error {
	return incidents.remove(ctx, s, id)
}

func writeIncident(ctx context.Context, tx *Tx, n *frente.Incident, insert bool) error {
	s := tx.s
	if err := n.CheckDates(s.now()); err != nil {
		return err
	}
	var v frente.Invalid
	if err := checkOwner(ctx, tx, &v, n.OwnerID); err != nil {
		return err
	}
	if n.WorkplaceID != 0 {
		if _, err := findWorkplace(ctx, tx, n.WorkplaceID); frente.ErrorCode(err) == frente.ENOTFOUND {
			v.Add("workplace_id", "unknown_ref", fmt.Sprintf("workplace_id: there is no workplace %d", n.WorkplaceID), int64(n.WorkplaceID))
		} else if err != nil {
			return err
		}
	}
	for i, id := range n.DisputeIDs {
		if _, err := findDispute(ctx, tx, id); frente.ErrorCode(err) == frente.ENOTFOUND {
			v.Add(fmt.Sprintf("dispute_ids[%d]", i), "unknown_ref", fmt.Sprintf("dispute_ids[%d]: there is no dispute %d", i, id), int64(id))
		} else if err != nil {
			return err
		}
	}
	for i, id := range n.CampaignIDs {
		if _, err := findCampaign(ctx, tx, id); frente.ErrorCode(err) == frente.ENOTFOUND {
			v.Add(fmt.Sprintf("campaign_ids[%d]", i), "unknown_ref", fmt.Sprintf("campaign_ids[%d]: there is no campaign %d", i, id), int64(id))
		} else if err != nil {
			return err
		}
	}
	if err := v.Err(); err != nil {
		return err
	}
	s.stampFor(&n.Record, insert)
	vals, err := recordValues(&n.Record)
	if err != nil {
		return err
	}
	demands, err := json.Marshal(n.Demands)
	if err != nil {
		return err
	}
	vals = append(vals, string(n.Date), n.Title, nullID(n.WorkplaceID), string(n.Kind), n.Dead, n.Injured, n.Description, string(demands),
		latestFirst(n.Date)+" "+frente.Fold(n.Title), frente.Fold(n.Title+" "+n.Description))
	if insert {
		err = tx.QueryRow(ctx, `INSERT INTO incidents (ref, owner_id, visibility, sources, created_at, updated_at,
			incident_date, title, workplace_id, kind, dead, injured, description, demands, sort_key, search_key)
			VALUES (`+placeholders(len(vals))+`) RETURNING id`, vals...).Scan(&n.ID)
	} else {
		_, err = tx.Exec(ctx, `UPDATE incidents SET ref = ?, owner_id = ?, visibility = ?, sources = ?, created_at = ?, updated_at = ?,
			incident_date = ?, title = ?, workplace_id = ?, kind = ?, dead = ?, injured = ?, description = ?, demands = ?, sort_key = ?, search_key = ?
			WHERE id = ?`, append(vals, int64(n.ID))...)
	}
	if err != nil {
		return s.constraint(err, "incident", "ref")
	}
	if err := writeLinks(ctx, tx, "incident_disputes", "incident_id", "dispute_id", n.ID, n.DisputeIDs); err != nil {
		return err
	}
	if err := writeLinks(ctx, tx, "incident_campaigns", "incident_id", "campaign_id", n.ID, n.CampaignIDs); err != nil {
		return err
	}
	n.Compute(s.now())
	return nil
}
