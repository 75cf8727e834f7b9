package sqlstore

import (
	"context"
	"fmt"

	"github.com/frente/frente"
)

const personColumns = recordColumns + ", t.name, t.country, t.notes"

func scanPerson(sc scanner) (*frente.Person, cursor, error) {
	var (
		p  frente.Person
		rs recordScan
		c  cursor
	)
	if err := sc.Scan(append(rs.targets(&p.Record), &p.Name, &p.Country, &p.Notes, &c.key)...); err != nil {
		return nil, c, err
	}
	c.id = p.ID
	return &p, c, rs.finish(&p.Record)
}

func findPerson(ctx context.Context, tx *Tx, id frente.ID) (*frente.Person, error) {
	return findOne(ctx, tx, "person", "people", personColumns, id, scanPerson)
}

// FindPersonByID returns one person the viewer may see.
func (s *Store) FindPersonByID(ctx context.Context, id frente.ID) (p *frente.Person, err error) {
	err = s.ReadTx(ctx, func(tx *Tx) error {
		p, err = findPerson(ctx, tx, id)
		return err
	})
	return p, err
}

// FindPeople lists people by name.
func (s *Store) FindPeople(ctx context.Context, f frente.PersonFilter) (p frente.Page[*frente.Person], err error) {
	var w where
	w.addVisible(ctx, "t", "people")
	w.search("t", f.Q)
	if f.Country != "" {
		w.add("t.country = ?", f.Country)
	}
	if f.OrganizationID != 0 {
		cond, args := visible(ctx, "pos", "positions")
		w.add("t.id IN (SELECT pos.person_id FROM positions pos WHERE pos.organization_id = ? AND "+cond+")", append([]any{int64(f.OrganizationID)}, args...)...)
	}
	err = s.ReadTx(ctx, func(tx *Tx) error {
		p, err = page(ctx, tx, listing{table: "people", from: "people t", columns: personColumns}, w, f.ListOptions, scanPerson)
		return err
	})
	if err != nil {
		return p, fmt.Errorf("store: find people: %w", err)
	}
	return p, nil
}

var people = kind[*frente.Person]{entity: "person", table: "people", find: findPerson, write: writePerson,
	beforeDelete: func(ctx context.Context, tx *Tx, id frente.ID) error {
		_, err := tx.Exec(ctx, "DELETE FROM positions WHERE person_id = ?", int64(id))
		return err
	}}

// CreatePerson validates and stores a new person.
func (s *Store) CreatePerson(ctx context.Context, p *frente.Person) error {
	return people.create(ctx, s, p)
}

// UpdatePerson changes a person in one transaction.
func (s *Store) UpdatePerson(ctx context.Context, id frente.ID, change func(*frente.Person) error) (*frente.Person, error) {
	return people.update(ctx, s, id, change)
}

// DeletePerson removes a person and their positions.
func (s *Store) DeletePerson(ctx context.Context, id frente.ID) error {
	return people.remove(ctx, s, id)
}

func writePerson(ctx context.Context, tx *Tx, p *frente.Person, insert bool) error {
	s := tx.s
	var v frente.Invalid
	if err := checkOwner(ctx, tx, &v, p.OwnerID); err != nil {
		return err
	} else if err := v.Err(); err != nil {
		return err
	}
	s.stampFor(&p.Record, insert)
	vals, err := recordValues(&p.Record)
	if err != nil {
		return err
	}
	key := frente.Fold(p.Name)
	vals = append(vals, p.Name, p.Country, p.Notes, key, key)
	if insert {
		err = tx.QueryRow(ctx, `INSERT INTO people (ref, owner_id, visibility, sources, created_at, updated_at,
			name, country, notes, sort_key, search_key) VALUES (`+placeholders(len(vals))+`) RETURNING id`, vals...).Scan(&p.ID)
	} else {
		_, err = tx.Exec(ctx, `UPDATE people SET ref = ?, owner_id = ?, visibility = ?, sources = ?, created_at = ?, updated_at = ?,
			name = ?, country = ?, notes = ?, sort_key = ?, search_key = ? WHERE id = ?`, append(vals, int64(p.ID))...)
	}
	return s.constraint(err, "person", "ref")
}
