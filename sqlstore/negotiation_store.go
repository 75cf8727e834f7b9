package sqlstore

import (
	"context"
	"fmt"

	"github.com/frente/frente"
)

const negotiationColumns = recordColumns + ", " +
	"t.title, t.employer_id, t.agreement_id, t.campaign_id, t.opened, t.current_expiry, t.status, t.notes"

func scanNegotiation(sc scanner) (*frente.Negotiation, cursor, error) {
	var (
		n                             frente.Negotiation
		rs                            recordScan
		employer, agreement, campaign nullInt
		c                             cursor
	)
	dest := append(rs.targets(&n.Record), &n.Title, &employer, &agreement, &campaign, &n.Opened, &n.CurrentExpiry, &n.Status, &n.Notes, &c.key)
	if err := sc.Scan(dest...); err != nil {
		return nil, c, err
	}
	n.EmployerID, n.AgreementID, n.CampaignID = frente.ID(employer.Int64), frente.ID(agreement.Int64), frente.ID(campaign.Int64)
	n.UnionIDs, n.Sessions = []frente.ID{}, []frente.BargainingSession{}
	c.id = n.ID
	return &n, c, rs.finish(&n.Record)
}

// loadNegotiationParts fills the unions and sessions of negotiations.
func loadNegotiationParts(ctx context.Context, tx *Tx, ns []*frente.Negotiation) error {
	if len(ns) == 0 {
		return nil
	}
	ids := make([]frente.ID, len(ns))
	byID := make(map[frente.ID]*frente.Negotiation, len(ns))
	for i, n := range ns {
		ids[i] = n.ID
		byID[n.ID] = n
	}
	unions, err := readLinks(ctx, tx, "negotiation_unions", "negotiation_id", "organization_id", ids)
	if err != nil {
		return err
	}
	for _, n := range ns {
		if u := unions[n.ID]; u != nil {
			n.UnionIDs = u
		}
	}
	rows, err := tx.Query(ctx, "SELECT negotiation_id, session_date, place, notes FROM negotiation_sessions WHERE negotiation_id IN ("+
		placeholders(len(ids))+") ORDER BY negotiation_id, position", idArgs(ids)...)
	if err != nil {
		return fmt.Errorf("read sessions: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var s frente.BargainingSession
		if err := rows.Scan(&id, &s.Date, &s.Place, &s.Notes); err != nil {
			return err
		}
		n := byID[frente.ID(id)]
		n.Sessions = append(n.Sessions, s)
	}
	return rows.Err()
}

func findNegotiation(ctx context.Context, tx *Tx, id frente.ID) (*frente.Negotiation, error) {
	n, err := findOne(ctx, tx, "negotiation", "negotiations", negotiationColumns, id, scanNegotiation)
	if err != nil {
		return nil, err
	}
	return n, loadNegotiationParts(ctx, tx, []*frente.Negotiation{n})
}

// FindNegotiationByID returns one table the viewer may see.
func (s *Store) FindNegotiationByID(ctx context.Context, id frente.ID) (n *frente.Negotiation, err error) {
	err = s.ReadTx(ctx, func(tx *Tx) error {
		n, err = findNegotiation(ctx, tx, id)
		return err
	})
	return n, err
}

// FindNegotiations lists tables by title.
func (s *Store) FindNegotiations(ctx context.Context, f frente.NegotiationFilter) (p frente.Page[*frente.Negotiation], err error) {
	var w where
	w.addVisible(ctx, "t", "negotiations")
	w.search("t", f.Q)
	if f.Status != "" {
		w.add("t.status = ?", string(f.Status))
	}
	if f.CampaignID != 0 {
		w.add("t.campaign_id = ?", int64(f.CampaignID))
	}
	if f.EmployerID != 0 {
		w.add("t.employer_id = ?", int64(f.EmployerID))
	}
	if f.AgreementID != 0 {
		w.add("t.agreement_id = ?", int64(f.AgreementID))
	}
	if f.UnionID != 0 {
		w.add("t.id IN (SELECT negotiation_id FROM negotiation_unions WHERE organization_id = ?)", int64(f.UnionID))
	}
	err = s.ReadTx(ctx, func(tx *Tx) error {
		if p, err = page(ctx, tx, listing{table: "negotiations", from: "negotiations t", columns: negotiationColumns}, w, f.ListOptions, scanNegotiation); err != nil {
			return err
		}
		return loadNegotiationParts(ctx, tx, p.Items)
	})
	if err != nil {
		return p, fmt.Errorf("store: find negotiations: %w", err)
	}
	return p, nil
}

var negotiations = kind[*frente.Negotiation]{entity: "negotiation", table: "negotiations", find: findNegotiation, write: writeNegotiation}

// CreateNegotiation validates and stores a new table.
func (s *Store) CreateNegotiation(ctx context.Context, n *frente.Negotiation) error {
	return negotiations.create(ctx, s, n)
}

// UpdateNegotiation changes a table in one transaction.
func (s *Store) UpdateNegotiation(ctx context.Context, id frente.ID, change func(*frente.Negotiation) error) (*frente.Negotiation, error) {
	return negotiations.update(ctx, s, id, change)
}

// DeleteNegotiation removes a table; one with proposals is refused, so
// that no proposal loses its table.
func (s *Store) DeleteNegotiation(ctx context.Context, id frente.ID) error {
	return negotiations.remove(ctx, s, id)
}

func writeNegotiation(ctx context.Context, tx *Tx, n *frente.Negotiation, insert bool) error {
	s := tx.s
	if err := checkNegotiationRefs(ctx, tx, n); err != nil {
		return err
	}
	if !insert {
		if err := checkTableMove(ctx, tx, n); err != nil {
			return err
		}
	}
	s.stampFor(&n.Record, insert)
	vals, err := recordValues(&n.Record)
	if err != nil {
		return err
	}
	sortKey := frente.Fold(n.Title)
	vals = append(vals, n.Title, nullID(n.EmployerID), nullID(n.AgreementID), nullID(n.CampaignID), string(n.Opened), string(n.CurrentExpiry),
		string(n.Status), n.Notes, sortKey, sortKey)
	if insert {
		err = tx.QueryRow(ctx, `INSERT INTO negotiations (ref, owner_id, visibility, sources, created_at, updated_at,
			title, employer_id, agreement_id, campaign_id, opened, current_expiry, status, notes, sort_key, search_key)
			VALUES (`+placeholders(len(vals))+`) RETURNING id`, vals...).Scan(&n.ID)
	} else {
		_, err = tx.Exec(ctx, `UPDATE negotiations SET ref = ?, owner_id = ?, visibility = ?, sources = ?, created_at = ?, updated_at = ?,
			title = ?, employer_id = ?, agreement_id = ?, campaign_id = ?, opened = ?, current_expiry = ?, status = ?, notes = ?,
			sort_key = ?, search_key = ? WHERE id = ?`, append(vals, int64(n.ID))...)
	}
	if err != nil {
		return s.constraint(err, "negotiation", "ref")
	}
	if err := writeLinks(ctx, tx, "negotiation_unions", "negotiation_id", "organization_id", n.ID, n.UnionIDs); err != nil {
		return err
	}
	if _, err := tx.Exec(ctx, "DELETE FROM negotiation_sessions WHERE negotiation_id = ?", int64(n.ID)); err != nil {
		return fmt.Errorf("write sessions: %w", err)
	}
	for i, ses := range n.Sessions {
		if _, err := tx.Exec(ctx, "INSERT INTO negotiation_sessions (negotiation_id, position, session_date, place, notes) VALUES (?, ?, ?, ?, ?)",
			int64(n.ID), i, string(ses.Date), ses.Place, ses.Notes); err != nil {
			return fmt.Errorf("write sessions: %w", err)
		}
	}
	return nil
}

func checkNegotiationRefs(ctx context.Context, tx *Tx, n *frente.Negotiation) error {
	var v frente.Invalid
	if err := checkOwner(ctx, tx, &v, n.OwnerID); err != nil {
		return err
	}
	if n.EmployerID != 0 {
		if err := checkOrgRef(ctx, tx, &v, "employer_id", n.EmployerID, frente.OrgKind.IsEmployer, "want.employer"); err != nil {
			return err
		}
	}
	for i, id := range n.UnionIDs {
		if err := checkOrgRef(ctx, tx, &v, fmt.Sprintf("union_ids[%d]", i), id, isUnionKind, "want.union"); err != nil {
			return err
		}
	}
	if n.AgreementID != 0 {
		if _, err := findAgreement(ctx, tx, n.AgreementID); frente.ErrorCode(err) == frente.ENOTFOUND {
			v.Add("agreement_id", "unknown_ref", fmt.Sprintf("agreement_id: there is no agreement %d", n.AgreementID), int64(n.AgreementID))
		} else if err != nil {
			return err
		}
	}
	if n.CampaignID != 0 {
		if _, err := findCampaign(ctx, tx, n.CampaignID); frente.ErrorCode(err) == frente.ENOTFOUND {
			v.Add("campaign_id", "unknown_ref", fmt.Sprintf("campaign_id: there is no campaign %d", n.CampaignID), int64(n.CampaignID))
		} else if err != nil {
			return err
		}
	}
	return v.Err()
}

// checkTableMove refuses to change the agreement a table renegotiates
// while its proposals target units of the old one: they would point into
// another contract.
func checkTableMove(ctx context.Context, tx *Tx, n *frente.Negotiation) error {
	var count int
	err := tx.QueryRow(ctx, `SELECT COUNT(*) FROM proposals p JOIN units u ON u.id = p.target_unit_id
		WHERE p.negotiation_id = ? AND u.agreement_id <> ?`, int64(n.ID), int64(n.AgreementID)).Scan(&count)
	if err != nil {
		return fmt.Errorf("check proposals: %w", err)
	}
	if count > 0 {
		var v frente.Invalid
		v.Add("agreement_id", "has_targets", fmt.Sprintf("agreement_id: %d proposals of this table target the agreement it renegotiates; change or delete them first", count), count)
		return v.Err()
	}
	return nil
}
