package sqlstore

import (
	"context"
	"fmt"
	"time"

	"github.com/frente/frente"
)

// CreateSession records a logged-in browser by the hash of its secret.
func (s *Store) CreateSession(ctx context.Context, userID frente.ID, secretHash string) error {
	now := s.now()
	err := s.WithTx(ctx, func(tx *Tx) error {
		// Sweep the user's dead sessions while here, so the table does
		// not grow with every login.
		if _, err := tx.Exec(ctx, "DELETE FROM sessions WHERE user_id = ? AND (last_seen_at < ? OR created_at < ?)",
			int64(userID), now.Add(-frente.IdleTimeout), now.Add(-frente.AbsoluteTimeout)); err != nil {
			return err
		}
		_, err := tx.Exec(ctx, "INSERT INTO sessions (secret_hash, user_id, created_at, last_seen_at) VALUES (?, ?, ?, ?)",
			secretHash, int64(userID), now, now)
		return err
	})
	if err != nil {
		return fmt.Errorf("store: create session: %w", err)
	}
	return nil
}

var errNoSession = &frente.Error{Code: frente.EUNAUTHORIZED, Message: "no such session, or it has expired", Key: "err.session_expired"}

// FindSession returns the user of a live session and marks it seen. A
// session idle for longer than IdleTimeout, or older than AbsoluteTimeout,
// is deleted. Every logged-in request asks, so it only reads, and writes
// (taking SQLite's write lock) only when there is something to write: an
// expired session, or a last_seen_at older than a minute.
func (s *Store) FindSession(ctx context.Context, secretHash string) (u *frente.User, err error) {
	now := s.now()
	var created, seen time.Time
	err = s.ReadTx(ctx, func(tx *Tx) error {
		var userID int64
		err := tx.QueryRow(ctx, "SELECT user_id, created_at, last_seen_at FROM sessions WHERE secret_hash = ?", secretHash).
			Scan(&userID, scanTime{&created}, scanTime{&seen})
		if isNoRows(err) {
			return errNoSession
		} else if err != nil {
			return err
		}
		u, err = scanUser(tx.QueryRow(ctx, "SELECT "+userColumns+" FROM users u WHERE u.id = ?", userID))
		return err
	})
	switch {
	case err != nil:
		return nil, fmt.Errorf("store: find session: %w", err)
	case now.Sub(seen) > frente.IdleTimeout || now.Sub(created) > frente.AbsoluteTimeout:
		if err := s.DeleteSession(ctx, secretHash); err != nil {
			return nil, err
		}
		return nil, fmt.Errorf("store: find session: %w", errNoSession)
	case now.Sub(seen) > time.Minute:
		err := s.WithTx(ctx, func(tx *Tx) error {
			_, err := tx.Exec(ctx, "UPDATE sessions SET last_seen_at = ? WHERE secret_hash = ?", now, secretHash)
			return err
		})
		if err != nil {
			return nil, fmt.Errorf("store: find session: %w", err)
		}
	}
	return u, nil
}

// DeleteSession ends a session (logout).
func (s *Store) DeleteSession(ctx context.Context, secretHash string) error {
	return s.WithTx(ctx, func(tx *Tx) error {
		_, err := tx.Exec(ctx, "DELETE FROM sessions WHERE secret_hash = ?", secretHash)
		return err
	})
}

// CreateToken records an API token of a user by the hash of its secret.
func (s *Store) CreateToken(ctx context.Context, t *frente.Token, secretHash string) error {
	var v frente.Invalid
	if t.Name == "" {
		t.Name = "API token"
	}
	if len(t.Name) > 200 {
		v.Add("name", "too_long", "name is longer than 200 characters", 200)
	}
	if err := v.Err(); err != nil {
		return err
	}
	t.CreatedAt = s.now()
	err := s.WithTx(ctx, func(tx *Tx) error {
		return tx.QueryRow(ctx, "INSERT INTO api_tokens (user_id, name, secret_hash, created_at) VALUES (?, ?, ?, ?) RETURNING id",
			int64(t.UserID), t.Name, secretHash, t.CreatedAt).Scan(&t.ID)
	})
	if err != nil {
		return fmt.Errorf("store: create token: %w", err)
	}
	return nil
}

var errBadToken = &frente.Error{Code: frente.EUNAUTHORIZED, Message: "unknown or revoked API token", Key: "err.bad_token"}

// FindUserByToken returns the user of a token that is not revoked. Like
// FindSession it only reads, but to note last_used_at at most once a
// minute.
func (s *Store) FindUserByToken(ctx context.Context, secretHash string) (u *frente.User, err error) {
	var id int64
	var used nullTime
	err = s.ReadTx(ctx, func(tx *Tx) error {
		var userID int64
		var revoked nullTime
		err := tx.QueryRow(ctx, "SELECT id, user_id, revoked_at, last_used_at FROM api_tokens WHERE secret_hash = ?", secretHash).
			Scan(&id, &userID, &revoked, &used)
		if isNoRows(err) || err == nil && revoked.valid {
			return errBadToken
		} else if err != nil {
			return err
		}
		u, err = scanUser(tx.QueryRow(ctx, "SELECT "+userColumns+" FROM users u WHERE u.id = ?", userID))
		return err
	})
	if err == nil && (!used.valid || s.now().Sub(used.t) > time.Minute) {
		err = s.WithTx(ctx, func(tx *Tx) error {
			_, err := tx.Exec(ctx, "UPDATE api_tokens SET last_used_at = ? WHERE id = ?", s.now(), id)
			return err
		})
	}
	if err != nil {
		return nil, fmt.Errorf("store: find token: %w", err)
	}
	return u, nil
}

// TokensOfUser lists a user's tokens, newest first.
func (s *Store) TokensOfUser(ctx context.Context, userID frente.ID) (out []frente.Token, err error) {
	err = s.ReadTx(ctx, func(tx *Tx) error {
		rows, err := tx.Query(ctx, "SELECT id, user_id, name, created_at, last_used_at, revoked_at FROM api_tokens WHERE user_id = ? ORDER BY id DESC", int64(userID))
		if err != nil {
			return err
		}
		defer rows.Close()
		out = []frente.Token{}
		for rows.Next() {
			var t frente.Token
			var used, revoked nullTime
			if err := rows.Scan(&t.ID, &t.UserID, &t.Name, scanTime{&t.CreatedAt}, &used, &revoked); err != nil {
				return err
			}
			t.CreatedAt, t.LastUsedAt, t.RevokedAt = t.CreatedAt.UTC(), used.ptr(), revoked.ptr()
			out = append(out, t)
		}
		return rows.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("store: tokens of user %d: %w", userID, err)
	}
	return out, nil
}

// RevokeToken revokes one of a user's tokens; it stays listed as revoked.
func (s *Store) RevokeToken(ctx context.Context, userID, tokenID frente.ID) error {
	return s.WithTx(ctx, func(tx *Tx) error {
		res, err := tx.Exec(ctx, "UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND user_id = ? AND revoked_at IS NULL", s.now(), int64(tokenID), int64(userID))
		if err != nil {
			return fmt.Errorf("store: revoke token: %w", err)
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return &frente.Error{Code: frente.ENOTFOUND, Message: "no such token, or it is already revoked", Key: "err.no_token"}
		}
		return nil
	})
}

// nullTime scans a nullable timestamp.
type nullTime struct {
	t     time.Time
	valid bool
}

func (n *nullTime) Scan(v any) error {
	if v == nil {
		n.valid = false
		return nil
	}
	n.valid = true
	return scanTime{&n.t}.Scan(v)
}

func (n nullTime) ptr() *time.Time {
	if !n.valid {
		return nil
	}
	t := n.t.UTC()
	return &t
}
