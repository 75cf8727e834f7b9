package sqlstore

import (
	"context"
	"fmt"

	"github.com/frente/frente"
)

const (
	positionColumns = recordColumns + ", " +
		"t.person_id, t.organization_id, t.title, t.from_date, t.to_date, p.name, o.name"
	// positionFrom joins the person and the organization, whose names a
	// position shows; a position is seen only with both.
	positionFrom = "positions t JOIN people p ON p.id = t.person_id JOIN organizations o ON o.id = t.organization_id"
)

func scanPosition(sc scanner) (*frente.Position, cursor, error) {
	var (
		p  frente.Position
		rs recordScan
		c  cursor
	)
	dest := append(rs.targets(&p.Record), &p.PersonID, &p.OrganizationID, &p.Title, &p.From, &p.To, &p.PersonName, &p.OrganizationName, &c.key)
	if err := sc.Scan(dest...); err != nil {
		return nil, c, err
	}
	c.id = p.ID
	return &p, c, rs.finish(&p.Record)
}

// positionWhere starts the conditions of a positions query.
func positionWhere(ctx context.Context) where {
	var w where
	w.addVisible(ctx, "t", "positions")
	w.addVisible(ctx, "p", "people")
	w.addVisible(ctx, "o", "organizations")
	return w
}

func findPosition(ctx context.Context, tx *Tx, id frente.ID) (*frente.Position, error) {
	w := positionWhere(ctx)
	w.add("t.id = ?", int64(id))
	p, _, err := scanPosition(tx.QueryRow(ctx, "SELECT "+positionColumns+", t.sort_key FROM "+positionFrom+" WHERE "+w.sql(), w.args...))
	if isNoRows(err) {
		return nil, frente.NotFound("position", id)
	} else if err != nil {
		return nil, fmt.Errorf("store: find position %d: %w", id, err)
	}
	return p, loadShares(ctx, tx, "positions", []*frente.Position{p})
}

// FindPositionByID returns one position the viewer may see.
func (s *Store) FindPositionByID(ctx context.Context, id frente.ID) (p *frente.Position, err error) {
	err = s.ReadTx(ctx, func(tx *Tx) error {
		p, err = findPosition(ctx, tx, id)
		return err
	})
	return p, err
}

// FindPositions lists positions, current ones and by start date first.
func (s *Store) FindPositions(ctx context.Context, f frente.PositionFilter) (pg frente.Page[*frente.Position], err error) {
	w := positionWhere(ctx)
	w.search("t", f.Q)
	if f.PersonID != 0 {
		w.add("t.person_id = ?", int64(f.PersonID))
	}
	if f.OrganizationID != 0 {
		w.add("t.organization_id = ?", int64(f.OrganizationID))
	}
	err = s.ReadTx(ctx, func(tx *Tx) error {
		pg, err = page(ctx, tx, listing{table: "positions", from: positionFrom, columns: positionColumns}, w, f.ListOptions, scanPosition)
		return err
	})
	if err != nil {
		return pg, fmt.Errorf("store: find positions: %w", err)
	}
	return pg, nil
}

// positionKeys orders positions held now before those that ended, then by
// start date, and makes title, person and organization searchable.
func positionKeys(p *frente.Position, person, org string) (sortKey, searchKey string) {
	state := "0"
	if p.To != "" {
		state = "1"
	}
	return state + string(p.From) + " " + frente.Fold(p.Title), frente.Fold(p.Title + " " + person + " " + org)
}

var positions = kind[*frente.Position]{entity: "position", table: "positions", find: findPosition, write: writePosition}

// CreatePosition validates and stores a new position.
func (s *Store) CreatePosition(ctx context.Context, p *frente.Position) error {
	return positions.create(ctx, s, p)
}

// UpdatePosition changes a position in one transaction.
func (s *Store) UpdatePosition(ctx context.Context, id frente.ID, change func(*frente.Position) error) (*frente.Position, error) {
	return positions.update(ctx, s, id, change)
}

// DeletePosition removes a position.
func (s *Store) DeletePosition(ctx context.Context, id frente.ID) error {
	return positions.remove(ctx, s, id)
}

// writePosition checks the references of p and inserts or updates it.
func writePosition(ctx context.Context, tx *Tx, p *frente.Position, insert bool) error {
	s := tx.s
	var v frente.Invalid
	if err := checkOwner(ctx, tx, &v, p.OwnerID); err != nil {
		return err
	}
	person, err := findPerson(ctx, tx, p.PersonID)
	if frente.ErrorCode(err) == frente.ENOTFOUND {
		v.Add("person_id", "unknown_ref", fmt.Sprintf("person_id: there is no person %d", p.PersonID), int64(p.PersonID))
	} else if err != nil {
		return err
	}
	org, err := findOrganization(ctx, tx, p.OrganizationID)
	if frente.ErrorCode(err) == frente.ENOTFOUND {
		v.Add("organization_id", "unknown_ref", fmt.Sprintf("organization_id: there is no organization %d", p.OrganizationID), int64(p.OrganizationID))
	} else if err != nil {
		return err
	}
	if err := v.Err(); err != nil {
		return err
	}
	p.PersonName, p.OrganizationName = person.Name, org.Name
	s.stampFor(&p.Record, insert)
	vals, err := recordValues(&p.Record)
	if err != nil {
		return err
	}
	sortKey, searchKey := positionKeys(p, person.Name, org.Name)
	vals = append(vals, int64(p.PersonID), int64(p.OrganizationID), p.Title, string(p.From), string(p.To), sortKey, searchKey)
	if insert {
		err = tx.QueryRow(ctx, `INSERT INTO positions (ref, owner_id, visibility, sources, created_at, updated_at,
			person_id, organization_id, title, from_date, to_date, sort_key, search_key)
			VALUES (`+placeholders(len(vals))+`) RETURNING id`, vals...).Scan(&p.ID)
	} else {
		_, err = tx.Exec(ctx, `UPDATE positions SET ref = ?, owner_id = ?, visibility = ?, sources = ?, created_at = ?, updated_at = ?,
			person_id = ?, organization_id = ?, title = ?, from_date = ?, to_date = ?, sort_key = ?, search_key = ?
			WHERE id = ?`, append(vals, int64(p.ID))...)
	}
	return s.constraint(err, "position", "ref")
}
