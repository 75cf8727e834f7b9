package sqlstore

import (
	"context"
	"fmt"

	"github.com/frente/frente"
	"github.com/frente/frente/auth"
)

// calendarKeyPrefix starts calendar keys, so that one found in a log says
// what it is.
const calendarKeyPrefix = "frc_"

// CalendarKey returns the viewer's calendar key, making one the first
// time. The key is kept as it is: it is shown again on the campaign page,
// and it opens nothing but the calendar.
func (s *Store) CalendarKey(ctx context.Context) (key string, err error) {
	uid, err := calendarViewer(ctx)
	if err != nil {
		return "", err
	}
	err = s.ReadTx(ctx, func(tx *Tx) error {
		return tx.QueryRow(ctx, "SELECT secret FROM calendar_keys WHERE user_id = ?", int64(uid)).Scan(&key)
	})
	if err == nil {
		return key, nil
	}
	if !isNoRows(err) {
		return "", fmt.Errorf("store: calendar key: %w", err)
	}
	err = s.WithTx(ctx, func(tx *Tx) error {
		// Another request may have made one meanwhile: keep the first.
		if err := tx.QueryRow(ctx, "SELECT secret FROM calendar_keys WHERE user_id = ?", int64(uid)).Scan(&key); err == nil {
			return nil
		} else if !isNoRows(err) {
			return err
		}
		key = auth.NewSecret(calendarKeyPrefix)
		_, err := tx.Exec(ctx, "INSERT INTO calendar_keys (user_id, secret, created_at) VALUES (?, ?, ?)", int64(uid), key, s.now())
		return err
	})
	if err != nil {
		return "", fmt.Errorf("store: calendar key: %w", err)
	}
	return key, nil
}

// ResetCalendarKey replaces the viewer's key.
func (s *Store) ResetCalendarKey(ctx context.Context) (key string, err error) {
	uid, err := calendarViewer(ctx)
	if err != nil {
		return "", err
	}
	key = auth.NewSecret(calendarKeyPrefix)
	err = s.WithTx(ctx, func(tx *Tx) error {
		if _, err := tx.Exec(ctx, "DELETE FROM calendar_keys WHERE user_id = ?", int64(uid)); err != nil {
			return err
		}
		_, err := tx.Exec(ctx, "INSERT INTO calendar_keys (user_id, secret, created_at) VALUES (?, ?, ?)", int64(uid), key, s.now())
		return err
	})
	if err != nil {
		return "", fmt.Errorf("store: reset calendar key: %w", err)
	}
	return key, nil
}

// CalendarUser returns the user a key stands for.
func (s *Store) CalendarUser(ctx context.Context, key string) (id frente.ID, err error) {
	err = s.ReadTx(ctx, func(tx *Tx) error {
		return tx.QueryRow(ctx, "SELECT user_id FROM calendar_keys WHERE secret = ?", key).Scan(&id)
	})
	if isNoRows(err) {
		return 0, &frente.Error{Code: frente.ENOTFOUND, Message: "this calendar address is not (or no longer) valid", Key: "err.calendar_key"}
	}
	return id, err
}

func calendarViewer(ctx context.Context) (frente.ID, error) {
	v := frente.ViewerFrom(ctx)
	if v.UserID == 0 {
		return 0, &frente.Error{Code: frente.EUNAUTHORIZED, Message: "log in to have a calendar address", Key: "err.login_required"}
	}
	return v.UserID, nil
}
