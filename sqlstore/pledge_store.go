package sqlstore

import (
	"context"
	"fmt"

	"github.com/frente/frente"
)

const pledgeColumns = recordColumns + ", " +
	"t.from_id, t.to_id, t.to_campaign_id, t.kind, t.terms, t.activation, t.amount, t.currency, t.pledge_date, t.status, t.message_id"

func scanPledge(sc scanner) (*frente.Pledge, cursor, error) {
	var (
		p                    frente.Pledge
		rs                   recordScan
		to, campaign, messge nullInt
		c                    cursor
	)
	dest := append(rs.targets(&p.Record), &p.FromID, &to, &campaign, &p.Kind, &p.Terms, &p.Activation, &p.Amount, &p.Currency, &p.Date,
		&p.Status, &messge, &c.key)
	if err := sc.Scan(dest...); err != nil {
		return nil, c, err
	}
	p.ToID, p.ToCampaignID, p.MessageID = frente.ID(to.Int64), frente.ID(campaign.Int64), frente.ID(messge.Int64)
	p.History = []frente.StatusEvent{}
	c.id = p.ID
	return &p, c, rs.finish(&p.Record)
}

func loadPledgeParts(ctx context.Context, tx *Tx, ps []*frente.Pledge) error {
	ids := make([]frente.ID, len(ps))
	for i, p := range ps {
		ids[i] = p.ID
	}
	hist, err := readStatusEvents(ctx, tx, "pledge_history", "pledge_id", ids)
	if err != nil {
		return err
	}
	for _, p := range ps {
		if h := hist[p.ID]; h != nil {
			p.History = h
		}
	}
	return nil
}

func findPledge(ctx context.Context, tx *Tx, id frente.ID) (*frente.Pledge, error) {
	p, err := findOne(ctx, tx, "pledge", "pledges", pledgeColumns, id, scanPledge)
	if err != nil {
		return nil, err
	}
	return p, loadPledgeParts(ctx, tx, []*frente.Pledge{p})
}

// FindPledgeByID returns one pledge the viewer may see.
func (s *Store) FindPledgeByID(ctx context.Context, id frente.ID) (p *frente.Pledge, err error) {
	err = s.ReadTx(ctx, func(tx *Tx) error {
		p, err = findPledge(ctx, tx, id)
		return err
	})
	return p, err
}

// FindPledges lists pledges, the latest first.
func (s *Store) FindPledges(ctx context.Context, f frente.PledgeFilter) (pg frente.Page[*frente.Pledge], err error) {
	var w where
	w.addVisible(ctx, "t", "pledges")
	w.search("t", f.Q)
	if f.FromID != 0 {
		w.add("t.from_id = ?", int64(f.FromID))
	}
	if f.ToID != 0 {
		w.add("t.to_id = ?", int64(f.ToID))
	}
	if f.ToCampaignID != 0 {
		w.add("t.to_campaign_id = ?", int64(f.ToCampaignID))
	}
	if f.CampaignID != 0 {
		w.add("(t.to_campaign_id = ? OR t.to_id IN (SELECT organization_id FROM campaign_members WHERE campaign_id = ?))", int64(f.CampaignID), int64(f.CampaignID))
	}
	if f.Status != "" {
		w.add("t.status = ?", string(f.Status))
	}
	if f.Kind != "" {
		w.add("t.kind = ?", string(f.Kind))
	}
	if f.MessageIDs != nil {
		w.inIDs("t.message_id", f.MessageIDs)
	}
	err = s.ReadTx(ctx, func(tx *Tx) error {
		if pg, err = page(ctx, tx, listing{table: "pledges", from: "pledges t", columns: pledgeColumns}, w, f.ListOptions, scanPledge); err != nil {
			return err
		}
		return loadPledgeParts(ctx, tx, pg.Items)
	})
	if err != nil {
		return pg, fmt.Errorf("store: find pledges: %w", err)
	}
	return pg, nil
}

var pledges = kind[*frente.Pledge]{entity: "pledge", table: "pledges", find: findPledge, write: writePledge}

// CreatePledge validates and stores a new pledge.
func (s *Store) CreatePledge(ctx context.Context, p *frente.Pledge) error {
	return pledges.create(ctx, s, p)
}

// UpdatePledge changes a pledge; a change of status its history does not
// allow is refused.
func (s *Store) UpdatePledge(ctx context.Context, id frente.ID, change func(*frente.Pledge) error) (*frente.Pledge, error) {
	return pledges.update(ctx, s, id, change)
}

// DeletePledge removes a pledge; one a request calls on is refused.
func (s *Store) DeletePledge(ctx context.Context, id frente.ID) error {
	return pledges.remove(ctx, s, id)
}

func writePledge(ctx context.Context, tx *Tx, p *frente.Pledge, insert bool) error {
	s := tx.s
	var v frente.Invalid
	if err := checkOwner(ctx, tx, &v, p.OwnerID); err != nil {
		return err
	}
	var before *frente.Pledge
	if !insert {
		var err error
		if before, err = findPledge(ctx, tx, p.ID); err != nil {
			return err
		}
		p.History = before.History
		if !before.Status.CanBecome(p.Status) {
			v.Add("status", "forbidden_transition", fmt.Sprintf("status: a pledge that is %s cannot become %s", before.Status, p.Status),
				"pledge_status."+string(before.Status), "pledge_status."+string(p.Status))
		}
	}
	if err := checkOrgRef(ctx, tx, &v, "from_id", p.FromID, nil, ""); err != nil {
		return err
	}
	if p.ToID != 0 {
		if err := checkOrgRef(ctx, tx, &v, "to_id", p.ToID, nil, ""); err != nil {
			return err
		}
	}
	if p.ToCampaignID != 0 {
		if err := checkRef(ctx, tx, &v, "to_campaign_id", "campaign", p.ToCampaignID, existsCampaign); err != nil {
			return err
		}
	}
	if p.MessageID != 0 {
		if err := checkRef(ctx, tx, &v, "message_id", "message", p.MessageID, existsMessage); err != nil {
			return err
		}
	}
	if err := v.Err(); err != nil {
		return err
	}
	s.stampFor(&p.Record, insert)
	vals, err := recordValues(&p.Record)
	if err != nil {
		return err
	}
	vals = append(vals, int64(p.FromID), nullID(p.ToID), nullID(p.ToCampaignID), string(p.Kind), p.Terms, string(p.Activation), p.Amount, p.Currency,
		string(p.Date), string(p.Status), nullID(p.MessageID), string(p.Status)+" "+string(p.Date)+" "+string(p.Kind), frente.Fold(string(p.Kind)+" "+p.Terms))
	if insert {
		err = tx.QueryRow(ctx, `INSERT INTO pledges (ref, owner_id, visibility, sources, created_at, updated_at,
			from_id, to_id, to_campaign_id, kind, terms, activation, amount, currency, pledge_date, status, message_id, sort_key, search_key)
			VALUES (`+placeholders(len(vals))+`) RETURNING id`, vals...).Scan(&p.ID)
	} else {
		_, err = tx.Exec(ctx, `UPDATE pledges SET ref = ?, owner_id = ?, visibility = ?, sources = ?, created_at = ?, updated_at = ?,
			from_id = ?, to_id = ?, to_campaign_id = ?, kind = ?, terms = ?, activation = ?, amount = ?, currency = ?, pledge_date = ?, status = ?,
			message_id = ?, sort_key = ?, search_key = ? WHERE id = ?`, append(vals, int64(p.ID))...)
	}
	if err != nil {
		return s.constraint(err, "pledge", "ref")
	}
	if insert || before.Status != p.Status {
		from := ""
		if before != nil {
			from = string(before.Status)
		}
		e, err := addStatusEvent(ctx, tx, "pledge_history", "pledge_id", p.ID, from, string(p.Status), p.StatusNote)
		if err != nil {
			return err
		}
		p.History = append(p.History, e)
	}
	p.StatusNote = ""
	return nil
}

// movePledge changes the status of a pledge as a request's consequence,
// with the change in its history and the audit log.
func movePledge(ctx context.Context, tx *Tx, p *frente.Pledge, to frente.PledgeStatus, note string) error {
	if p.Status == to || !p.Status.CanBecome(to) {
		return nil
	}
	from := p.Status
	p.Status = to
	tx.s.touch(&p.Record)
	if _, err := tx.Exec(ctx, "UPDATE pledges SET status = ?, updated_at = ? WHERE id = ?", string(to), p.UpdatedAt, int64(p.ID)); err != nil {
		return fmt.Errorf("move pledge %d: %w", p.ID, err)
	}
	if _, err := addStatusEvent(ctx, tx, "pledge_history", "pledge_id", p.ID, string(from), string(to), note); err != nil {
		return err
	}
	return audit(ctx, tx, "pledges", &p.Record, "update", nil, p)
}
