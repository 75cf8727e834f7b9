package sqlstore

import (
	"context"
	"fmt"
	"strings"

	"github.com/frente/frente"
)

const campaignColumns = recordColumns + ", " +
	"t.name, t.target_id, t.countries, t.description"

func scanCampaign(sc scanner) (*frente.Campaign, cursor, error) {
	var (
		cp        frente.Campaign
		rs        recordScan
		target    nullInt
		countries string
		c         cursor
	)
	if err := sc.Scan(append(rs.targets(&cp.Record), &cp.Name, &target, &countries, &cp.Description, &c.key)...); err != nil {
		return nil, c, err
	}
	cp.TargetID = frente.ID(target.Int64)
	cp.Countries = strings.FieldsFunc(countries, func(r rune) bool { return r == ',' })
	cp.Members = []frente.ID{}
	c.id = cp.ID
	return &cp, c, rs.finish(&cp.Record)
}

// countriesColumn writes countries as ",MX,PE,US," so that one country is
// found with LIKE '%,MX,%' in every database.
func countriesColumn(cs []string) string {
	if len(cs) == 0 {
		return ""
	}
	return "," + strings.Join(cs, ",") + ","
}

func loadMembers(ctx context.Context, tx *Tx, cs []*frente.Campaign) error {
	ids := make([]frente.ID, len(cs))
	for i, c := range cs {
		ids[i] = c.ID
	}
	links, err := readLinks(ctx, tx, "campaign_members", "campaign_id", "organization_id", ids)
	if err != nil {
		return err
	}
	for _, c := range cs {
		if l := links[c.ID]; l != nil {
			c.Members = l
		}
	}
	return nil
}

func findCampaign(ctx context.Context, tx *Tx, id frente.ID) (*frente.Campaign, error) {
	c, err := findOne(ctx, tx, "campaign", "campaigns", campaignColumns, id, scanCampaign)
	if err != nil {
		return nil, err
	}
	return c, loadMembers(ctx, tx, []*frente.Campaign{c})
}

// FindCampaignByID returns one campaign the viewer may see.
func (s *Store) FindCampaignByID(ctx context.Context, id frente.ID) (c *frente.Campaign, err error) {
	err = s.ReadTx(ctx, func(tx *Tx) error {
		c, err = findCampaign(ctx, tx, id)
		return err
	})
	return c, err
}

// FindCampaigns lists campaigns by name.
func (s *Store) FindCampaigns(ctx context.Context, f frente.CampaignFilter) (p frente.Page[*frente.Campaign], err error) {
	var w where
	w.addVisible(ctx, "t", "campaigns")
	w.search("t", f.Q)
	if f.Country != "" {
		w.add("t.countries LIKE ? ESCAPE '\\'", "%,"+escapeLike(f.Country)+",%")
	}
	if f.TargetID != 0 {
		w.add("t.target_id = ?", int64(f.TargetID))
	}
	if f.MemberID != 0 {
		w.add("t.id IN (SELECT campaign_id FROM campaign_members WHERE organization_id = ?)", int64(f.MemberID))
	}
	err = s.ReadTx(ctx, func(tx *Tx) error {
		if p, err = page(ctx, tx, listing{table: "campaigns", from: "campaigns t", columns: campaignColumns}, w, f.ListOptions, scanCampaign); err != nil {
			return err
		}
		return loadMembers(ctx, tx, p.Items)
	})
	if err != nil {
		return p, fmt.Errorf("store: find campaigns: %w", err)
	}
	return p, nil
}

var campaigns = kind[*frente.Campaign]{entity: "campaign", table: "campaigns", find: findCampaign, write: writeCampaign,
	beforeDelete: func(ctx context.Context, tx *Tx, id frente.ID) error {
		return writeLinks(ctx, tx, "campaign_members", "campaign_id", "organization_id", id, nil)
	}}

// CreateCampaign validates and stores a new campaign.
func (s *Store) CreateCampaign(ctx context.Context, c *frente.Campaign) error {
	return campaigns.create(ctx, s, c)
}

// UpdateCampaign changes a campaign in one transaction.
func (s *Store) UpdateCampaign(ctx context.Context, id frente.ID, change func(*frente.Campaign) error) (*frente.Campaign, error) {
	return campaigns.update(ctx, s, id, change)
}

// DeleteCampaign removes a campaign and its list of members.
func (s *Store) DeleteCampaign(ctx context.Context, id frente.ID) error {
	return campaigns.remove(ctx, s, id)
}

func writeCampaign(ctx context.Context, tx *Tx, c *frente.Campaign, insert bool) error {
	s := tx.s
	var v frente.Invalid
	if err := checkOwner(ctx, tx, &v, c.OwnerID); err != nil {
		return err
	}
	if c.TargetID != 0 {
		if err := checkOrgRef(ctx, tx, &v, "target_id", c.TargetID, frente.OrgKind.IsEmployer, "want.employer"); err != nil {
			return err
		}
	}
	for i, id := range c.Members {
		if err := checkOrgRef(ctx, tx, &v, fmt.Sprintf("members[%d]", i), id, isUnionKind, "want.union"); err != nil {
			return err
		}
	}
	if err := v.Err(); err != nil {
		return err
	}
	s.stampFor(&c.Record, insert)
	vals, err := recordValues(&c.Record)
	if err != nil {
		return err
	}
	key := frente.Fold(c.Name)
	vals = append(vals, c.Name, nullID(c.TargetID), countriesColumn(c.Countries), c.Description, key, frente.Fold(c.Name+" "+c.Description))
	if insert {
		err = tx.QueryRow(ctx, `INSERT INTO campaigns (ref, owner_id, visibility, sources, created_at, updated_at,
			name, target_id, countries, description, sort_key, search_key)
			VALUES (`+placeholders(len(vals))+`) RETURNING id`, vals...).Scan(&c.ID)
	} else {
		_, err = tx.Exec(ctx, `UPDATE campaigns SET ref = ?, owner_id = ?, visibility = ?, sources = ?, created_at = ?, updated_at = ?,
			name = ?, target_id = ?, countries = ?, description = ?, sort_key = ?, search_key = ? WHERE id = ?`, append(vals, int64(c.ID))...)
	}
	if err != nil {
		return s.constraint(err, "campaign", "ref")
	}
	return writeLinks(ctx, tx, "campaign_members", "campaign_id", "organization_id", c.ID, c.Members)
}
