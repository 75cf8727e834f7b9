package sqlstore

import (
	"context"
	"fmt"
	"strings"

	"github.com/frente/frente"
)

const organizationColumns = recordColumns + ", " +
	"t.kind, t.name, t.short_name, t.number, t.country, t.region, t.city, t.parent_id, t.website, t.notes"

func scanOrganization(sc scanner) (*frente.Organization, cursor, error) {
	var (
		o      frente.Organization
		rs     recordScan
		parent nullInt
		c      cursor
	)
	dest := append(rs.targets(&o.Record), &o.Kind, &o.Name, &o.ShortName, &o.Number, &o.Country, &o.Region, &o.City,
		&parent, &o.Website, &o.Notes, &c.key)
	if err := sc.Scan(dest...); err != nil {
		return nil, c, err
	}
	o.ParentID = frente.ID(parent.Int64)
	c.id = o.ID
	return &o, c, rs.finish(&o.Record)
}

func orgKeys(o *frente.Organization) (sortKey, searchKey string) {
	return frente.Fold(o.Name), frente.Fold(strings.Join([]string{o.Name, o.ShortName, o.Number, o.City, o.Region}, " "))
}

// FindOrganizationByID returns one organization the viewer may see.
func (s *Store) FindOrganizationByID(ctx context.Context, id frente.ID) (o *frente.Organization, err error) {
	err = s.ReadTx(ctx, func(tx *Tx) error {
		o, err = findOrganization(ctx, tx, id)
		return err
	})
	return o, err
}

func findOrganization(ctx context.Context, tx *Tx, id frente.ID) (*frente.Organization, error) {
	return findOne(ctx, tx, "organization", "organizations", organizationColumns, id, scanOrganization)
}

// FindOrganizations lists organizations by name.
func (s *Store) FindOrganizations(ctx context.Context, f frente.OrganizationFilter) (p frente.Page[*frente.Organization], err error) {
	var w where
	w.addVisible(ctx, "t", "organizations")
	w.search("t", f.Q)
	if f.Kind != "" {
		w.add("t.kind = ?", string(f.Kind))
	}
	if f.Country != "" {
		w.add("t.country = ?", f.Country)
	}
	if f.ParentID != 0 {
		w.add("t.parent_id = ?", int64(f.ParentID))
	}
	if f.IDs != nil {
		w.inIDs("t.id", f.IDs)
	}
	err = s.ReadTx(ctx, func(tx *Tx) error {
		p, err = page(ctx, tx, listing{table: "organizations", from: "organizations t", columns: organizationColumns}, w, f.ListOptions, scanOrganization)
		return err
	})
	if err != nil {
		return p, fmt.Errorf("store: find organizations: %w", err)
	}
	return p, nil
}

// OrganizationAncestors returns the parent chain of id, root first.
func (s *Store) OrganizationAncestors(ctx context.Context, id frente.ID) (out []*frente.Organization, err error) {
	err = s.ReadTx(ctx, func(tx *Tx) error {
		o, err := findOrganization(ctx, tx, id)
		if err != nil {
			return err
		}
		// Walk up one visible parent at a time; trees are shallow.
		for seen := map[frente.ID]bool{o.ID: true}; o.ParentID != 0 && !seen[o.ParentID]; {
			seen[o.ParentID] = true
			if o, err = findOrganization(ctx, tx, o.ParentID); err != nil {
				if frente.ErrorCode(err) == frente.ENOTFOUND {
					break
				}
				return err
			}
			out = append([]*frente.Organization{o}, out...)
		}
		return nil
	})
	return out, err
}

// OrganizationSubtree returns id and all below it that the viewer may see,
// each after its parent, siblings by name.
func (s *Store) OrganizationSubtree(ctx context.Context, id frente.ID) (out []*frente.Organization, err error) {
	err = s.ReadTx(ctx, func(tx *Tx) error {
		root, err := findOrganization(ctx, tx, id)
		if err != nil {
			return err
		}
		var w where
		w.args = append(w.args, int64(id))
		w.add("t.id IN (" + subtreeSQL(1) + ")")
		w.addVisible(ctx, "t", "organizations")
		rows, err := tx.Query(ctx, "SELECT "+organizationColumns+", t.sort_key FROM organizations t WHERE "+w.sql()+" ORDER BY t.sort_key, t.id", w.args...)
		if err != nil {
			return fmt.Errorf("store: organization subtree %d: %w", id, err)
		}
		defer rows.Close()
		children := map[frente.ID][]*frente.Organization{}
		for rows.Next() {
			o, _, err := scanOrganization(rows)
			if err != nil {
				return err
			}
			if o.ID != id {
				children[o.ParentID] = append(children[o.ParentID], o)
			}
		}
		if err := rows.Err(); err != nil {
			return err
		}
		var walk func(o *frente.Organization)
		walk = func(o *frente.Organization) {
			out = append(out, o)
			for _, c := range children[o.ID] {
				walk(c)
			}
		}
		walk(root)
		return nil
	})
	return out, err
}

var organizations = kind[*frente.Organization]{entity: "organization", table: "organizations",
	find: findOrganization, write: writeOrganization, beforeDelete: refuseChildren}

// CreateOrganization validates and stores a new organization.
func (s *Store) CreateOrganization(ctx context.Context, o *frente.Organization) error {
	return organizations.create(ctx, s, o)
}

// UpdateOrganization changes an organization in one transaction.
func (s *Store) UpdateOrganization(ctx context.Context, id frente.ID, change func(*frente.Organization) error) (*frente.Organization, error) {
	return organizations.update(ctx, s, id, change)
}

// DeleteOrganization removes an organization that nothing refers to.
func (s *Store) DeleteOrganization(ctx context.Context, id frente.ID) error {
	return organizations.remove(ctx, s, id)
}

// refuseChildren keeps an organization with organizations below it.
func refuseChildren(ctx context.Context, tx *Tx, id frente.ID) error {
	var children int
	if err := tx.QueryRow(ctx, "SELECT COUNT(*) FROM organizations WHERE parent_id = ?", int64(id)).Scan(&children); err != nil {
		return err
	}
	if children > 0 {
		return &frente.Error{Code: frente.ECONFLICT, Key: "err.has_children", Args: []any{children},
			Message: fmt.Sprintf("organization has %d organizations below it: move or delete them first", children)}
	}
	return nil
}

func writeOrganization(ctx context.Context, tx *Tx, o *frente.Organization, insert bool) error {
	s := tx.s
	if err := checkOrganizationRefs(ctx, tx, o); err != nil {
		return err
	}
	s.stampFor(&o.Record, insert)
	vals, err := recordValues(&o.Record)
	if err != nil {
		return err
	}
	sortKey, searchKey := orgKeys(o)
	vals = append(vals, string(o.Kind), o.Name, o.ShortName, o.Number, o.Country, o.Region, o.City,
		nullID(o.ParentID), o.Website, o.Notes, sortKey, searchKey)
	if insert {
		err = tx.QueryRow(ctx, `INSERT INTO organizations (ref, owner_id, visibility, sources, created_at, updated_at,
			kind, name, short_name, number, country, region, city, parent_id, website, notes, sort_key, search_key)
			VALUES (`+placeholders(len(vals))+`) RETURNING id`, vals...).Scan(&o.ID)
	} else {
		_, err = tx.Exec(ctx, `UPDATE organizations SET ref = ?, owner_id = ?, visibility = ?, sources = ?, created_at = ?, updated_at = ?,
			kind = ?, name = ?, short_name = ?, number = ?, country = ?, region = ?, city = ?, parent_id = ?, website = ?, notes = ?,
			sort_key = ?, search_key = ? WHERE id = ?`, append(vals, int64(o.ID))...)
	}
	return s.constraint(err, "organization", "ref")
}

// checkOrganizationRefs checks the owner and the parent: that they exist
// and the viewer may see them, that the parent is of a fitting kind, and
// that the parent chain makes no cycle.
func checkOrganizationRefs(ctx context.Context, tx *Tx, o *frente.Organization) error {
	var v frente.Invalid
	if err := checkOwner(ctx, tx, &v, o.OwnerID); err != nil {
		return err
	}
	if o.ParentID != 0 {
		parent, err := findOrganization(ctx, tx, o.ParentID)
		switch {
		case frente.ErrorCode(err) == frente.ENOTFOUND:
			v.Add("parent_id", "unknown_ref", fmt.Sprintf("parent_id: there is no organization %d", o.ParentID), int64(o.ParentID))
		case err != nil:
			return err
		case parent.Kind.IsEmployer() != o.Kind.IsEmployer():
			v.Add("parent_id", "wrong_parent_kind", fmt.Sprintf("parent_id: a %s cannot be below a %s", o.Kind, parent.Kind), "kind."+string(o.Kind), "kind."+string(parent.Kind))
		case o.ID != 0:
			cycle, err := isAncestor(ctx, tx, o.ID, o.ParentID)
			if err != nil {
				return err
			}
			if cycle {
				v.Add("parent_id", "cycle", fmt.Sprintf("parent_id: organization %d is below this one, so it cannot be its parent", o.ParentID), int64(o.ParentID))
			}
		}
	}
	return v.Err()
}

// isAncestor reports whether anc is id or one of id's ancestors.
func isAncestor(ctx context.Context, tx *Tx, anc, id frente.ID) (bool, error) {
	var n int
	err := tx.QueryRow(ctx, `WITH RECURSIVE up(id, parent_id) AS (
			SELECT id, parent_id FROM organizations WHERE id = ?
			UNION SELECT o.id, o.parent_id FROM organizations o JOIN up ON o.id = up.parent_id)
		SELECT COUNT(*) FROM up WHERE id = ?`, int64(id), int64(anc)).Scan(&n)
	if err != nil {
		return false, fmt.Errorf("check parent chain: %w", err)
	}
	return n > 0, nil
}

// checkOwner checks that the owner, when given, is an organization the
// viewer may see.
func checkOwner(ctx context.Context, tx *Tx, v *frente.Invalid, owner frente.ID) error {
	if owner == 0 {
		return nil
	}
	_, err := findOrganization(ctx, tx, owner)
	if frente.ErrorCode(err) == frente.ENOTFOUND {
		v.Add("owner_id", "unknown_ref", fmt.Sprintf("owner_id: there is no organization %d", owner), int64(owner))
		return nil
	}
	return err
}

// checkOrgRef checks that id names an organization of one of the kinds
// (any kind when kinds is nil) that the viewer may see.
//
// want is the catalog key of what the organization should be
// ("want.employer"), so that the error translates.
func checkOrgRef(ctx context.Context, tx *Tx, v *frente.Invalid, field string, id frente.ID, kinds func(frente.OrgKind) bool, want string) error {
	o, err := findOrganization(ctx, tx, id)
	switch {
	case frente.ErrorCode(err) == frente.ENOTFOUND:
		v.Add(field, "unknown_ref", fmt.Sprintf("%s: there is no organization %d", field, id), int64(id))
	case err != nil:
		return err
	case kinds != nil && !kinds(o.Kind):
		v.Add(field, "wrong_kind", fmt.Sprintf("%s: %s is a %s, not %s", field, o.Name, o.Kind, wantText[want]), o.Name, "kind."+string(o.Kind), want)
	}
	return nil
}

// wantText is the English of the want keys, for messages in logs and the CLI.
var wantText = map[string]string{
	"want.employer": "an employer or corporate group",
	"want.union":    "a union, union body, local or federation",
}
