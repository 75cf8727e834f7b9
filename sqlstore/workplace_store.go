package sqlstore

import (
	"context"
	"fmt"
	"strings"

	"github.com/frente/frente"
)

const workplaceColumns = recordColumns + ", " +
	"t.name, t.kind, t.operator_id, t.country, t.region, t.city, t.notes"

func scanWorkplace(sc scanner) (*frente.Workplace, cursor, error) {
	var (
		w        frente.Workplace
		rs       recordScan
		operator nullInt
		c        cursor
	)
	dest := append(rs.targets(&w.Record), &w.Name, &w.Kind, &operator, &w.Country, &w.Region, &w.City, &w.Notes, &c.key)
	if err := sc.Scan(dest...); err != nil {
		return nil, c, err
	}
	w.OperatorID = frente.ID(operator.Int64)
	w.RepresentedBy = []frente.ID{}
	c.id = w.ID
	return &w, c, rs.finish(&w.Record)
}

func workplaceKeys(w *frente.Workplace) (sortKey, searchKey string) {
	return frente.Fold(w.Name), frente.Fold(strings.Join([]string{w.Name, w.City, w.Region}, " "))
}

// loadRepresentatives fills RepresentedBy.
func loadRepresentatives(ctx context.Context, tx *Tx, ws []*frente.Workplace) error {
	ids := make([]frente.ID, len(ws))
	for i, w := range ws {
		ids[i] = w.ID
	}
	links, err := readLinks(ctx, tx, "workplace_representatives", "workplace_id", "organization_id", ids)
	if err != nil {
		return err
	}
	for _, w := range ws {
		if l := links[w.ID]; l != nil {
			w.RepresentedBy = l
		}
	}
	return nil
}

func findWorkplace(ctx context.Context, tx *Tx, id frente.ID) (*frente.Workplace, error) {
	w, err := findOne(ctx, tx, "workplace", "workplaces", workplaceColumns, id, scanWorkplace)
	if err != nil {
		return nil, err
	}
	return w, loadRepresentatives(ctx, tx, []*frente.Workplace{w})
}

// FindWorkplaceByID returns one workplace the viewer may see.
func (s *Store) FindWorkplaceByID(ctx context.Context, id frente.ID) (w *frente.Workplace, err error) {
	err = s.ReadTx(ctx, func(tx *Tx) error {
		w, err = findWorkplace(ctx, tx, id)
		return err
	})
	return w, err
}

// FindWorkplaces lists workplaces by name.
func (s *Store) FindWorkplaces(ctx context.Context, f frente.WorkplaceFilter) (p frente.Page[*frente.Workplace], err error) {
	var w where
	w.addVisible(ctx, "t", "workplaces")
	w.search("t", f.Q)
	if f.Kind != "" {
		w.add("t.kind = ?", string(f.Kind))
	}
	if f.Country != "" {
		w.add("t.country = ?", f.Country)
	}
	if f.OperatorIDs != nil {
		w.inIDs("t.operator_id", f.OperatorIDs)
	}
	if f.RepresentedBy != 0 {
		w.add("t.id IN (SELECT workplace_id FROM workplace_representatives WHERE organization_id = ?)", int64(f.RepresentedBy))
	}
	err = s.ReadTx(ctx, func(tx *Tx) error {
		if p, err = page(ctx, tx, listing{table: "workplaces", from: "workplaces t", columns: workplaceColumns}, w, f.ListOptions, scanWorkplace); err != nil {
			return err
		}
		return loadRepresentatives(ctx, tx, p.Items)
	})
	if err != nil {
		return p, fmt.Errorf("store: find workplaces: %w", err)
	}
	return p, nil
}

var workplaces = kind[*frente.Workplace]{entity: "workplace", table: "workplaces", find: findWorkplace, write: writeWorkplace,
	beforeDelete: func(ctx context.Context, tx *Tx, id frente.ID) error {
		return writeLinks(ctx, tx, "workplace_representatives", "workplace_id", "organization_id", id, nil)
	}}

// CreateWorkplace validates and stores a new workplace.
func (s *Store) CreateWorkplace(ctx context.Context, w *frente.Workplace) error {
	return workplaces.create(ctx, s, w)
}

// UpdateWorkplace changes a workplace in one transaction.
func (s *Store) UpdateWorkplace(ctx context.Context, id frente.ID, change func(*frente.Workplace) error) (*frente.Workplace, error) {
	return workplaces.update(ctx, s, id, change)
}

// DeleteWorkplace removes a workplace and the record of who represents it.
func (s *Store) DeleteWorkplace(ctx context.Context, id frente.ID) error {
	return workplaces.remove(ctx, s, id)
}

func writeWorkplace(ctx context.Context, tx *Tx, w *frente.Workplace, insert bool) error {
	s := tx.s
	if err := checkWorkplaceRefs(ctx, tx, w); err != nil {
		return err
	}
	s.stampFor(&w.Record, insert)
	vals, err := recordValues(&w.Record)
	if err != nil {
		return err
	}
	sortKey, searchKey := workplaceKeys(w)
	vals = append(vals, w.Name, string(w.Kind), nullID(w.OperatorID), w.Country, w.Region, w.City, w.Notes, sortKey, searchKey)
	if insert {
		err = tx.QueryRow(ctx, `INSERT INTO workplaces (ref, owner_id, visibility, sources, created_at, updated_at,
			name, kind, operator_id, country, region, city, notes, sort_key, search_key)
			VALUES (`+placeholders(len(vals))+`) RETURNING id`, vals...).Scan(&w.ID)
	} else {
		_, err = tx.Exec(ctx, `UPDATE workplaces SET ref = ?, owner_id = ?, visibility = ?, sources = ?, created_at = ?, updated_at = ?,
			name = ?, kind = ?, operator_id = ?, country = ?, region = ?, city = ?, notes = ?, sort_key = ?, search_key = ?
			WHERE id = ?`, append(vals, int64(w.ID))...)
	}
	if err != nil {
		return s.constraint(err, "workplace", "ref")
	}
	return writeLinks(ctx, tx, "workplace_representatives", "workplace_id", "organization_id", w.ID, w.RepresentedBy)
}

func isUnionKind(k frente.OrgKind) bool { return !k.IsEmployer() }

func checkWorkplaceRefs(ctx context.Context, tx *Tx, w *frente.Workplace) error {
	var v frente.Invalid
	if err := checkOwner(ctx, tx, &v, w.OwnerID); err != nil {
		return err
	}
	if w.OperatorID != 0 {
		if err := checkOrgRef(ctx, tx, &v, "operator_id", w.OperatorID, frente.OrgKind.IsEmployer, "want.employer"); err != nil {
			return err
		}
	}
	for i, id := range w.RepresentedBy {
		if err := checkOrgRef(ctx, tx, &v, fmt.Sprintf("represented_by[%d]", i), id, isUnionKind, "want.union"); err != nil {
			return err
		}
	}
	return v.Err()
}
