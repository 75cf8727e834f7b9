package sqlstore

import (
	"context"
	"fmt"

	"github.com/frente/frente"
)

// model is what every record type offers the generic create and update.
type model interface {
	Base() *frente.Record
	Normalize()
	Validate() error
}

// writer checks a record's references and inserts (insert) or updates it,
// inside the transaction tx.
type writer[T model] func(ctx context.Context, tx *Tx, v T, insert bool) error

// create validates v and writes it in one transaction.
func create[T model](ctx context.Context, s *Store, entity string, v T, write writer[T]) error {
	v.Base().ID = 0
	v.Normalize()
	if err := v.Validate(); err != nil {
		return fmt.Errorf("store: create %s: %w", entity, err)
	}
	if err := s.WithTx(ctx, func(tx *Tx) error { return write(ctx, tx, v, true) }); err != nil {
		return fmt.Errorf("store: create %s: %w", entity, err)
	}
	return nil
}

// update loads the record the viewer may see, lets change modify it, and
// validates and writes it, all in one transaction: a refused change leaves
// the record as it was. Its id and creation time do not change.
func update[T model](ctx context.Context, s *Store, entity string, id frente.ID, find func(context.Context, *Tx, frente.ID) (T, error), change func(T) error, write writer[T]) (v T, err error) {
	err = s.WithTx(ctx, func(tx *Tx) error {
		if v, err = find(ctx, tx, id); err != nil {
			return err
		}
		keep := *v.Base()
		if err := change(v); err != nil {
			return err
		}
		v.Base().ID, v.Base().CreatedAt = keep.ID, keep.CreatedAt
		v.Normalize()
		if err := v.Validate(); err != nil {
			return err
		}
		return write(ctx, tx, v, false)
	})
	if err != nil {
		var zero T
		return zero, fmt.Errorf("store: update %s %d: %w", entity, id, err)
	}
	return v, nil
}

// stampFor sets the timestamps of an insert or an update.
func (s *Store) stampFor(r *frente.Record, insert bool) {
	if insert {
		s.stamp(r)
	} else {
		s.touch(r)
	}
}
