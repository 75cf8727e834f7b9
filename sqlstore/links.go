package sqlstore

import (
	"context"
	"fmt"

	"github.com/frente/frente"
)

// linkSet is one link table of a kind of record, and the field of the
// record it fills: read and written with the record.
type linkSet[T any] struct {
	table, ownerCol, linkCol string
	get                      func(T) []frente.ID
	set                      func(T, []frente.ID)
}

// readLinkSets fills every link set of the records byID.
func readLinkSets[T any](ctx context.Context, tx *Tx, sets []linkSet[T], byID map[frente.ID]T) error {
	ids := make([]frente.ID, 0, len(byID))
	for id := range byID {
		ids = append(ids, id)
	}
	for _, l := range sets {
		links, err := readLinks(ctx, tx, l.table, l.ownerCol, l.linkCol, ids)
		if err != nil {
			return err
		}
		for id, v := range links {
			l.set(byID[id], v)
		}
	}
	return nil
}

// writeLinkSets replaces every link set of one record.
func writeLinkSets[T any](ctx context.Context, tx *Tx, sets []linkSet[T], id frente.ID, v T) error {
	for _, l := range sets {
		if err := writeLinks(ctx, tx, l.table, l.ownerCol, l.linkCol, id, l.get(v)); err != nil {
			return err
		}
	}
	return nil
}

// checkRefs adds a problem for each id of field that find does not find.
func checkRefs(ctx context.Context, tx *Tx, v *frente.Invalid, field, entity string, ids []frente.ID, find func(context.Context, *Tx, frente.ID) error) error {
	for i, id := range ids {
		err := find(ctx, tx, id)
		switch {
		case frente.ErrorCode(err) == frente.ENOTFOUND:
			v.Add(fmt.Sprintf("%s[%d]", field, i), "unknown_ref", fmt.Sprintf("%s[%d]: there is no %s %d", field, i, entity, id), int64(id))
		case err != nil:
			return err
		}
	}
	return nil
}

// checkRef adds a problem when find does not find id.
func checkRef(ctx context.Context, tx *Tx, v *frente.Invalid, field, entity string, id frente.ID, find func(context.Context, *Tx, frente.ID) error) error {
	err := find(ctx, tx, id)
	if frente.ErrorCode(err) == frente.ENOTFOUND {
		v.Add(field, "unknown_ref", fmt.Sprintf("%s: there is no %s %d", field, entity, id), int64(id))
		return nil
	}
	return err
}

func existsMessage(ctx context.Context, tx *Tx, id frente.ID) error {
	_, err := findMessage(ctx, tx, id)
	return err
}

func existsCampaign(ctx context.Context, tx *Tx, id frente.ID) error {
	_, err := findCampaign(ctx, tx, id)
	return err
}

func existsNegotiation(ctx context.Context, tx *Tx, id frente.ID) error {
	_, err := findNegotiation(ctx, tx, id)
	return err
}

func existsDispute(ctx context.Context, tx *Tx, id frente.ID) error {
	_, err := findDispute(ctx, tx, id)
	return err
}

func existsPerson(ctx context.Context, tx *Tx, id frente.ID) error {
	_, err := findPerson(ctx, tx, id)
	return err
}

// addStatusEvent appends a change of status to a record's history table.
func addStatusEvent(ctx context.Context, tx *Tx, table, ownerCol string, id frente.ID, from, to, note string) (frente.StatusEvent, error) {
	e := frente.StatusEvent{At: tx.s.now(), UserID: frente.ViewerFrom(ctx).UserID, From: from, To: to, Note: note}
	_, err := tx.Exec(ctx, `INSERT INTO `+table+` (`+ownerCol+`, seq, at, user_id, from_status, to_status, note)
		VALUES (?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM `+table+` WHERE `+ownerCol+` = ?), ?, ?, ?, ?, ?)`,
		int64(id), int64(id), e.At, nullID(e.UserID), from, to, note)
	if err != nil {
		return e, fmt.Errorf("%s: %w", table, err)
	}
	return e, nil
}

// readStatusEvents reads the histories of records from a history table.
func readStatusEvents(ctx context.Context, tx *Tx, table, ownerCol string, ids []frente.ID) (map[frente.ID][]frente.StatusEvent, error) {
	out := map[frente.ID][]frente.StatusEvent{}
	if len(ids) == 0 {
		return out, nil
	}
	rows, err := tx.Query(ctx, "SELECT "+ownerCol+", at, user_id, from_status, to_status, note FROM "+table+" WHERE "+ownerCol+" IN ("+
		placeholders(len(ids))+") ORDER BY "+ownerCol+", seq", idArgs(ids)...)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", table, err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var e frente.StatusEvent
		var user nullInt
		if err := rows.Scan(&id, scanTime{&e.At}, &user, &e.From, &e.To, &e.Note); err != nil {
			return nil, err
		}
		e.At, e.UserID = e.At.UTC(), frente.ID(user.Int64)
		out[frente.ID(id)] = append(out[frente.ID(id)], e)
	}
	return out, rows.Err()
}
