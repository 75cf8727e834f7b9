package sqlstore

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/frente/frente"
)

// model is what every record type offers the generic create, update and
// delete.
type model interface {
	Base() *frente.Record
	Normalize()
	Validate() error
}

// writer checks a record's references and inserts (insert) or updates it,
// inside the transaction tx.
type writer[T model] func(ctx context.Context, tx *Tx, v T, insert bool) error

// kind describes one kind of record to the generic operations, which do
// for every kind what every kind needs: validation, the viewer's right to
// write, the campaigns a record is shared with, and the audit log, all in
// the one transaction of the change.
type kind[T model] struct {
	entity string // as users read it: "organization"
	table  string
	find   func(ctx context.Context, tx *Tx, id frente.ID) (T, error)
	write  writer[T]
	// beforeDelete removes what depends on the record, or refuses.
	beforeDelete func(ctx context.Context, tx *Tx, id frente.ID) error
}

// create validates v and writes it.
func (k kind[T]) create(ctx context.Context, s *Store, v T) error {
	v.Base().ID = 0
	v.Normalize()
	if err := v.Validate(); err != nil {
		return fmt.Errorf("store: create %s: %w", k.entity, err)
	}
	if err := s.WithTx(ctx, func(tx *Tx) error { return k.insert(ctx, tx, v) }); err != nil {
		return fmt.Errorf("store: create %s: %w", k.entity, err)
	}
	return nil
}

// insert writes a new, valid record in tx: its owner (the viewer's
// organization when none is given), the viewer's right to write there,
// the record, the campaigns it is shared with, and the audit entry.
func (k kind[T]) insert(ctx context.Context, tx *Tx, v T) error {
	b := v.Base()
	if b.OwnerID == 0 {
		owner, err := defaultOwner(ctx, tx)
		if err != nil {
			return err
		}
		b.OwnerID = owner
	}
	if err := k.mayWrite(ctx, tx, b); err != nil {
		return err
	}
	if err := k.write(ctx, tx, v, true); err != nil {
		return err
	}
	if err := writeShares(ctx, tx, k.table, b); err != nil {
		return err
	}
	return audit(ctx, tx, k.table, b, "create", nil, v)
}

// update loads the record the viewer may see, lets change modify it, and
// validates and writes it, then runs after (what goes with the change, in
// the same transaction): a refused change leaves the record as it was.
// Its id and creation time do not change.
func (k kind[T]) update(ctx context.Context, s *Store, id frente.ID, change func(T) error, after ...func(context.Context, *Tx, T) error) (v T, err error) {
	err = s.WithTx(ctx, func(tx *Tx) error {
		if v, err = k.find(ctx, tx, id); err != nil {
			return err
		}
		if err := k.mayWrite(ctx, tx, v.Base()); err != nil {
			return err
		}
		before, err := json.Marshal(v)
		if err != nil {
			return err
		}
		keep := *v.Base()
		if err := change(v); err != nil {
			return err
		}
		b := v.Base()
		b.ID, b.CreatedAt = keep.ID, keep.CreatedAt
		v.Normalize()
		if err := v.Validate(); err != nil {
			return err
		}
		if b.OwnerID != keep.OwnerID {
			// Handing a record to another organization needs the right
			// to write there too.
			if err := k.mayWrite(ctx, tx, b); err != nil {
				return err
			}
		}
		if err := k.write(ctx, tx, v, false); err != nil {
			return err
		}
		for _, f := range after {
			if err := f(ctx, tx, v); err != nil {
				return err
			}
		}
		if err := writeShares(ctx, tx, k.table, b); err != nil {
			return err
		}
		return audit(ctx, tx, k.table, b, "update", before, v)
	})
	if err != nil {
		var zero T
		return zero, fmt.Errorf("store: update %s %d: %w", k.entity, id, err)
	}
	return v, nil
}

// remove deletes the record the viewer may see and change.
func (k kind[T]) remove(ctx context.Context, s *Store, id frente.ID) error {
	err := s.WithTx(ctx, func(tx *Tx) error {
		v, err := k.find(ctx, tx, id)
		if err != nil {
			return err
		}
		if err := k.mayWrite(ctx, tx, v.Base()); err != nil {
			return err
		}
		before, err := json.Marshal(v)
		if err != nil {
			return err
		}
		if k.beforeDelete != nil {
			if err := k.beforeDelete(ctx, tx, id); err != nil {
				return err
			}
		}
		if _, err := tx.Exec(ctx, "DELETE FROM record_campaigns WHERE entity = ? AND record_id = ?", k.table, int64(id)); err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, "DELETE FROM "+k.table+" WHERE id = ?", int64(id)); err != nil {
			return s.constraint(err, k.entity, "id")
		}
		return audit(ctx, tx, k.table, v.Base(), "delete", before, nil)
	})
	if err != nil {
		return fmt.Errorf("store: delete %s %d: %w", k.entity, id, err)
	}
	return nil
}

// owner is the organization whose editors may change b: its owner, and
// for an organization without one, the organization itself.
func (k kind[T]) owner(b *frente.Record) frente.ID {
	if b.OwnerID == 0 && k.table == "organizations" {
		return b.ID
	}
	return b.OwnerID
}

func (k kind[T]) mayWrite(ctx context.Context, tx *Tx, b *frente.Record) error {
	return requireRole(ctx, tx, k.owner(b), frente.RoleEditor)
}

// audit records a change with the values before and after (nil for none).
func audit(ctx context.Context, tx *Tx, table string, b *frente.Record, action string, before []byte, after any) error {
	var afterJSON any
	if after != nil {
		j, err := json.Marshal(after)
		if err != nil {
			return err
		}
		afterJSON = string(j)
	}
	var beforeJSON any
	if before != nil {
		beforeJSON = string(before)
	}
	_, err := tx.Exec(ctx, `INSERT INTO audit_log (at, user_id, entity, record_id, action, owner_id, before, after)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, tx.s.now(), nullID(frente.ViewerFrom(ctx).UserID), table, int64(b.ID), action,
		nullID(b.OwnerID), beforeJSON, afterJSON)
	if err != nil {
		return fmt.Errorf("audit: %w", err)
	}
	return nil
}

// writeShares replaces the campaigns a record is shared with, each of
// which the viewer must see.
func writeShares(ctx context.Context, tx *Tx, table string, b *frente.Record) error {
	var v frente.Invalid
	for i, c := range b.Campaigns {
		if _, err := findCampaign(ctx, tx, c); frente.ErrorCode(err) == frente.ENOTFOUND {
			v.Add(fmt.Sprintf("campaigns[%d]", i), "unknown_ref", fmt.Sprintf("campaigns[%d]: there is no campaign %d", i, c), int64(c))
		} else if err != nil {
			return err
		}
	}
	if err := v.Err(); err != nil {
		return err
	}
	if _, err := tx.Exec(ctx, "DELETE FROM record_campaigns WHERE entity = ? AND record_id = ?", table, int64(b.ID)); err != nil {
		return fmt.Errorf("write shares: %w", err)
	}
	for _, c := range b.Campaigns {
		if _, err := tx.Exec(ctx, "INSERT INTO record_campaigns (entity, record_id, campaign_id) VALUES (?, ?, ?)", table, int64(b.ID), int64(c)); err != nil {
			return fmt.Errorf("write shares: %w", err)
		}
	}
	return nil
}

// loadShares fills Campaigns of records of table.
func loadShares[T model](ctx context.Context, tx *Tx, table string, items []T) error {
	if len(items) == 0 {
		return nil
	}
	ids := make([]frente.ID, len(items))
	for i, it := range items {
		ids[i] = it.Base().ID
		it.Base().Campaigns = []frente.ID{}
	}
	rows, err := tx.Query(ctx, "SELECT record_id, campaign_id FROM record_campaigns WHERE entity = ? AND record_id IN ("+placeholders(len(ids))+") ORDER BY campaign_id",
		append([]any{table}, idArgs(ids)...)...)
	if err != nil {
		return fmt.Errorf("read shares: %w", err)
	}
	defer rows.Close()
	byID := map[frente.ID][]frente.ID{}
	for rows.Next() {
		var r, c int64
		if err := rows.Scan(&r, &c); err != nil {
			return err
		}
		byID[frente.ID(r)] = append(byID[frente.ID(r)], frente.ID(c))
	}
	for _, it := range items {
		if cs := byID[it.Base().ID]; cs != nil {
			it.Base().Campaigns = cs
		}
	}
	return rows.Err()
}

// stampFor sets the timestamps of an insert or an update.
func (s *Store) stampFor(r *frente.Record, insert bool) {
	if insert {
		s.stamp(r)
	} else {
		s.touch(r)
	}
}

// authorize answers whether the viewer may act on the record with at
// least the role min: ENOTFOUND when they may not see it, EUNAUTHORIZED
// when they are anonymous, EFORBIDDEN when their role is short.
func (k kind[T]) authorize(ctx context.Context, s *Store, id frente.ID, min frente.Role) error {
	return s.ReadTx(ctx, func(tx *Tx) error {
		v, err := k.find(ctx, tx, id)
		if err != nil {
			return err
		}
		return requireRole(ctx, tx, k.owner(v.Base()), min)
	})
}

// Authorize answers whether the viewer may act with the role min on the
// record id of entity ("organizations", "workplaces", "people",
// "positions", "campaigns"), before a page offers a form to change it.
func (s *Store) Authorize(ctx context.Context, entity string, id frente.ID, min frente.Role) error {
	switch entity {
	case "organizations":
		return organizations.authorize(ctx, s, id, min)
	case "workplaces":
		return workplaces.authorize(ctx, s, id, min)
	case "people":
		return people.authorize(ctx, s, id, min)
	case "positions":
		return positions.authorize(ctx, s, id, min)
	case "campaigns":
		return campaigns.authorize(ctx, s, id, min)
	case "agreements":
		return agreements.authorize(ctx, s, id, min)
	case "negotiations":
		return negotiations.authorize(ctx, s, id, min)
	case "proposals":
		return proposals.authorize(ctx, s, id, min)
	case "disputes":
		return disputes.authorize(ctx, s, id, min)
	case "incidents":
		return incidents.authorize(ctx, s, id, min)
	case "messages":
		return messages.authorize(ctx, s, id, min)
	case "pledges":
		return pledges.authorize(ctx, s, id, min)
	case "requests":
		return requests.authorize(ctx, s, id, min)
	}
	return frente.Errorf(frente.EINTERNAL, "authorize: unknown entity %q", entity)
}
