package sqlstore

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strconv"

	"github.com/frente/frente"
)

// FindAudit lists audit entries, newest first, of the records whose owner
// the viewer administers (site administrators: all).
func (s *Store) FindAudit(ctx context.Context, f frente.AuditFilter) (out []frente.AuditEntry, err error) {
	if f.Limit <= 0 || f.Limit > frente.MaxLimit {
		f.Limit = frente.DefaultLimit
	}
	var w where
	if f.Entity != "" {
		w.add("a.entity = ?", f.Entity)
	}
	if f.RecordID != 0 {
		w.add("a.record_id = ?", int64(f.RecordID))
	}
	v := frente.ViewerFrom(ctx)
	switch {
	case v.All:
	case v.UserID == 0:
		return nil, &frente.Error{Code: frente.EUNAUTHORIZED, Message: "log in to read the audit log", Key: "err.login_required"}
	default:
		// The owner of an organization's record without owner is the
		// organization itself.
		w.add(`(CASE WHEN a.owner_id IS NULL AND a.entity = 'organizations' THEN a.record_id ELSE a.owner_id END) IN (
			WITH RECURSIVE d(id) AS (SELECT organization_id FROM memberships WHERE user_id = ? AND role = 'admin'
			UNION SELECT o.id FROM organizations o JOIN d ON o.parent_id = d.id) SELECT id FROM d)`, int64(v.UserID))
	}
	err = s.ReadTx(ctx, func(tx *Tx) error {
		rows, err := tx.Query(ctx, `SELECT a.id, a.at, a.user_id, u.email, a.entity, a.record_id, a.action, a.owner_id, a.before, a.after
			FROM audit_log a LEFT JOIN users u ON u.id = a.user_id WHERE `+w.sql()+` ORDER BY a.id DESC LIMIT `+strconv.Itoa(f.Limit), w.args...)
		if err != nil {
			return err
		}
		defer rows.Close()
		out = []frente.AuditEntry{}
		for rows.Next() {
			var e frente.AuditEntry
			var user, owner sql.NullInt64
			var email, before, after sql.NullString
			if err := rows.Scan(&e.ID, scanTime{&e.At}, &user, &email, &e.Entity, &e.RecordID, &e.Action, &owner, &before, &after); err != nil {
				return err
			}
			e.At, e.UserID, e.UserEmail, e.OwnerID = e.At.UTC(), frente.ID(user.Int64), email.String, frente.ID(owner.Int64)
			e.Before, e.After = rawJSON(before), rawJSON(after)
			out = append(out, e)
		}
		return rows.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("store: find audit: %w", err)
	}
	return out, nil
}

func rawJSON(s sql.NullString) json.RawMessage {
	if !s.Valid {
		return json.RawMessage("null")
	}
	return json.RawMessage(s.String)
}

// Login throttling: after a few failures, each key (an account's email, a
// client address) must wait before it may try again, longer after each
// failure, up to a cap. Kept in the database so that every server behind a
// load balancer sees the same count.
const (
	freeLoginFailures = 3
	maxLoginDelaySecs = 15 * 60
)

// LoginDelay returns how long key must still wait before its next try.
func (s *Store) LoginDelay(ctx context.Context, key string) (seconds int, err error) {
	err = s.ReadTx(ctx, func(tx *Tx) error {
		var failures int
		var last = new(nullTime)
		err := tx.QueryRow(ctx, "SELECT failures, last_at FROM login_failures WHERE key = ?", key).Scan(&failures, last)
		if isNoRows(err) {
			return nil
		} else if err != nil {
			return err
		}
		wait := delayAfter(failures) - int(s.now().Sub(last.t).Seconds())
		if wait > 0 {
			seconds = wait
		}
		return nil
	})
	return seconds, err
}

// delayAfter is the wait after n failures: none for the first few, then
// doubling from one second.
func delayAfter(n int) int {
	if n < freeLoginFailures {
		return 0
	}
	d := 1
	for i := freeLoginFailures; i < n && d < maxLoginDelaySecs; i++ {
		d *= 2
	}
	return min(d, maxLoginDelaySecs)
}

// LoginFailed counts a failure of key.
func (s *Store) LoginFailed(ctx context.Context, key string) error {
	return s.WithTx(ctx, func(tx *Tx) error {
		_, err := tx.Exec(ctx, `INSERT INTO login_failures (key, failures, last_at) VALUES (?, 1, ?)
			ON CONFLICT (key) DO UPDATE SET failures = login_failures.failures + 1, last_at = excluded.last_at`, key, s.now())
		return err
	})
}

// LoginSucceeded forgets the failures of key.
func (s *Store) LoginSucceeded(ctx context.Context, key string) error {
	return s.WithTx(ctx, func(tx *Tx) error {
		_, err := tx.Exec(ctx, "DELETE FROM login_failures WHERE key = ?", key)
		return err
	})
}
