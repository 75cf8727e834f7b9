package sqlstore

import (
	"context"
	"fmt"
	"strings"

	"github.com/frente/frente"
)

const agreementColumns = recordColumns + ", t.title, t.language, t.employer_id, t.effective_date, t.expiry_date, " +
	"t.file_name, t.file_format, t.file_size, t.file_sha256, t.text_sha256, t.unit_count"

func scanAgreement(sc scanner) (*frente.Agreement, cursor, error) {
	var (
		a        frente.Agreement
		rs       recordScan
		employer nullInt
		c        cursor
	)
	dest := append(rs.targets(&a.Record), &a.Title, &a.Language, &employer, &a.EffectiveDate, &a.ExpiryDate,
		&a.File.Name, &a.File.Format, &a.File.Size, &a.File.SHA256, &a.TextSHA256, &a.Units, &c.key)
	if err := sc.Scan(dest...); err != nil {
		return nil, c, err
	}
	a.EmployerID = frente.ID(employer.Int64)
	a.UnionIDs, a.WorkplaceIDs = []frente.ID{}, []frente.ID{}
	c.id = a.ID
	return &a, c, rs.finish(&a.Record)
}

func loadAgreementLinks(ctx context.Context, tx *Tx, as []*frente.Agreement) error {
	ids := make([]frente.ID, len(as))
	for i, a := range as {
		ids[i] = a.ID
	}
	unions, err := readLinks(ctx, tx, "agreement_unions", "agreement_id", "organization_id", ids)
	if err != nil {
		return err
	}
	workplaces, err := readLinks(ctx, tx, "agreement_workplaces", "agreement_id", "workplace_id", ids)
	if err != nil {
		return err
	}
	for _, a := range as {
		if l := unions[a.ID]; l != nil {
			a.UnionIDs = l
		}
		if l := workplaces[a.ID]; l != nil {
			a.WorkplaceIDs = l
		}
	}
	return nil
}

func findAgreement(ctx context.Context, tx *Tx, id frente.ID) (*frente.Agreement, error) {
	a, err := findOne(ctx, tx, "agreement", "agreements", agreementColumns, id, scanAgreement)
	if err != nil {
		return nil, err
	}
	return a, loadAgreementLinks(ctx, tx, []*frente.Agreement{a})
}

var agreements = kind[*frente.Agreement]{entity: "agreement", table: "agreements", find: findAgreement, write: writeAgreement,
	beforeDelete: func(ctx context.Context, tx *Tx, id frente.ID) error {
		return tx.s.dialect.UnindexAgreement(ctx, tx, id)
	}}

// FindAgreementByID returns one agreement the viewer may see.
func (s *Store) FindAgreementByID(ctx context.Context, id frente.ID) (a *frente.Agreement, err error) {
	err = s.ReadTx(ctx, func(tx *Tx) error {
		a, err = findAgreement(ctx, tx, id)
		return err
	})
	return a, err
}

// FindAgreements lists agreements by title.
func (s *Store) FindAgreements(ctx context.Context, f frente.AgreementFilter) (p frente.Page[*frente.Agreement], err error) {
	var w where
	w.addVisible(ctx, "t", "agreements")
	w.search("t", f.Q)
	if f.EmployerID != 0 {
		w.add("t.employer_id = ?", int64(f.EmployerID))
	}
	if f.UnionID != 0 {
		w.add("t.id IN (SELECT agreement_id FROM agreement_unions WHERE organization_id = ?)", int64(f.UnionID))
	}
	if f.Country != "" {
		addAgreementCountry(&w, f.Country)
	}
	if f.InForce != "" {
		addInForce(&w, f.InForce)
	}
	if f.SHA256 != "" {
		w.add("t.file_sha256 = ?", strings.ToLower(f.SHA256))
	}
	if f.CampaignID != 0 {
		c := int64(f.CampaignID)
		w.add(`(t.id IN (SELECT record_id FROM record_campaigns WHERE entity = 'agreements' AND campaign_id = ?)
			OR t.id IN (SELECT agreement_id FROM negotiations WHERE campaign_id = ? AND agreement_id IS NOT NULL)
			OR t.employer_id IN (WITH RECURSIVE sub(id) AS (SELECT target_id FROM campaigns WHERE id = ? AND target_id IS NOT NULL
				UNION SELECT o.id FROM organizations o JOIN sub ON o.parent_id = sub.id) SELECT id FROM sub))`, c, c, c)
	}
	if f.ExpiresFrom != "" {
		w.add("t.expiry_date <> '' AND t.expiry_date >= ?", string(f.ExpiresFrom))
	}
	if f.ExpiresTo != "" {
		w.add("t.expiry_date <> '' AND t.expiry_date <= ?", string(f.ExpiresTo))
	}
	err = s.ReadTx(ctx, func(tx *Tx) error {
		if p, err = page(ctx, tx, listing{table: "agreements", from: "agreements t", columns: agreementColumns}, w, f.ListOptions, scanAgreement); err != nil {
			return err
		}
		return loadAgreementLinks(ctx, tx, p.Items)
	})
	if err != nil {
		return p, fmt.Errorf("store: find agreements: %w", err)
	}
	return p, nil
}

// addAgreementCountry keeps agreements whose employer or a union party is
// in the country.
func addAgreementCountry(w *where, country string) {
	w.add(`(t.employer_id IN (SELECT id FROM organizations WHERE country = ?)
		OR t.id IN (SELECT au.agreement_id FROM agreement_unions au JOIN organizations o ON o.id = au.organization_id WHERE o.country = ?))`,
		country, country)
}

// addInForce keeps agreements in force on day; unknown dates do not exclude.
func addInForce(w *where, day frente.Date) {
	w.add("(t.effective_date = '' OR t.effective_date <= ?) AND (t.expiry_date = '' OR t.expiry_date >= ?)", string(day), string(day))
}

// UpdateAgreement changes an agreement's description (not its text).
func (s *Store) UpdateAgreement(ctx context.Context, id frente.ID, change func(*frente.Agreement) error) (*frente.Agreement, error) {
	return agreements.update(ctx, s, id, func(a *frente.Agreement) error {
		file, text, units := a.File, a.TextSHA256, a.Units
		if err := change(a); err != nil {
			return err
		}
		// The file and what was parsed from it are facts, not choices.
		a.File, a.TextSHA256, a.Units = file, text, units
		return nil
	})
}

// DeleteAgreement removes an agreement, its units, file and index entries.
func (s *Store) DeleteAgreement(ctx context.Context, id frente.ID) error {
	return agreements.remove(ctx, s, id)
}

func writeAgreement(ctx context.Context, tx *Tx, a *frente.Agreement, insert bool) error {
	s := tx.s
	var v frente.Invalid
	if err := checkOwner(ctx, tx, &v, a.OwnerID); err != nil {
		return err
	}
	if a.EmployerID != 0 {
		if err := checkOrgRef(ctx, tx, &v, "employer_id", a.EmployerID, frente.OrgKind.IsEmployer, "want.employer"); err != nil {
			return err
		}
	}
	for i, id := range a.UnionIDs {
		if err := checkOrgRef(ctx, tx, &v, fmt.Sprintf("union_ids[%d]", i), id, isUnionKind, "want.union"); err != nil {
			return err
		}
	}
	for i, id := range a.WorkplaceIDs {
		if _, err := findWorkplace(ctx, tx, id); frente.ErrorCode(err) == frente.ENOTFOUND {
			v.Add(fmt.Sprintf("workplace_ids[%d]", i), "unknown_ref", fmt.Sprintf("workplace_ids[%d]: there is no workplace %d", i, id), int64(id))
		} else if err != nil {
			return err
		}
	}
	if err := v.Err(); err != nil {
		return err
	}
	s.stampFor(&a.Record, insert)
	vals, err := recordValues(&a.Record)
	if err != nil {
		return err
	}
	sortKey := frente.Fold(a.Title)
	vals = append(vals, a.Title, a.Language, nullID(a.EmployerID), string(a.EffectiveDate), string(a.ExpiryDate),
		a.File.Name, a.File.Format, a.File.Size, a.File.SHA256, a.TextSHA256, a.Units, sortKey, frente.Fold(a.Title+" "+a.File.Name))
	if insert {
		err = tx.QueryRow(ctx, `INSERT INTO agreements (ref, owner_id, visibility, sources, created_at, updated_at,
			title, language, employer_id, effective_date, expiry_date, file_name, file_format, file_size, file_sha256, text_sha256,
			unit_count, sort_key, search_key) VALUES (`+placeholders(len(vals))+`) RETURNING id`, vals...).Scan(&a.ID)
	} else {
		_, err = tx.Exec(ctx, `UPDATE agreements SET ref = ?, owner_id = ?, visibility = ?, sources = ?, created_at = ?, updated_at = ?,
			title = ?, language = ?, employer_id = ?, effective_date = ?, expiry_date = ?, file_name = ?, file_format = ?, file_size = ?,
			file_sha256 = ?, text_sha256 = ?, unit_count = ?, sort_key = ?, search_key = ? WHERE id = ?`, append(vals, int64(a.ID))...)
	}
	if err != nil {
		return s.constraint(err, "agreement", "ref")
	}
	if err := writeLinks(ctx, tx, "agreement_unions", "agreement_id", "organization_id", a.ID, a.UnionIDs); err != nil {
		return err
	}
	return writeLinks(ctx, tx, "agreement_workplaces", "agreement_id", "workplace_id", a.ID, a.WorkplaceIDs)
}
