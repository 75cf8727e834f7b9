package sqlstore

import (
	"context"
	"fmt"

	"github.com/frente/frente"
)

// The organizations a user acts for, as SQL over one user id argument.
const (
	// authoritySQL: the user's organizations and all below them. Their
	// private records are the user's to see; their members' roles flow down.
	authoritySQL = "WITH RECURSIVE d(id) AS (SELECT organization_id FROM memberships WHERE user_id = ?" +
		" UNION SELECT o.id FROM organizations o JOIN d ON o.parent_id = d.id) SELECT id FROM d"
	// affiliationSQL: the user's organizations and all above them. A
	// member of a local belongs to its union, and so to the union's
	// campaigns.
	affiliationSQL = "WITH RECURSIVE a(id) AS (SELECT organization_id FROM memberships WHERE user_id = ?" +
		" UNION SELECT o.parent_id FROM organizations o JOIN a ON o.id = a.id WHERE o.parent_id IS NOT NULL) SELECT id FROM a"
)

// ownerExpr is the owner of a row of table: an organization without an
// owner owns its own record.
func ownerExpr(alias, table string) string {
	if table == "organizations" {
		return "COALESCE(" + alias + ".owner_id, " + alias + ".id)"
	}
	return alias + ".owner_id"
}

// visible returns the condition under which the viewer in ctx may read a
// row of table (aliased alias):
//   - public rows, for everyone;
//   - private rows, for members of the owner and of the organizations above it;
//   - campaign rows, also for members of the organizations in a campaign the
//     row is shared with (or, for a campaign itself, in the campaign).
//
// Every read query adds it, so that pages, lists, counts, search and the
// API agree on what a caller may see, decided in one place and in the
// database.
func visible(ctx context.Context, alias, table string) (string, []any) {
	v := frente.ViewerFrom(ctx)
	switch {
	case v.All:
		return "1=1", nil
	case v.UserID == 0:
		return alias + ".visibility = 'public'", nil
	}
	u := int64(v.UserID)
	inCampaign := "cm.organization_id IN (" + affiliationSQL + ") OR cm.organization_id IN (" + authoritySQL + ")"
	cond := "(" + alias + ".visibility = 'public' OR " + ownerExpr(alias, table) + " IN (" + authoritySQL + ")" +
		" OR (" + alias + ".visibility = 'campaign' AND EXISTS (SELECT 1 FROM record_campaigns rc" +
		" JOIN campaign_members cm ON cm.campaign_id = rc.campaign_id" +
		" WHERE rc.entity = '" + table + "' AND rc.record_id = " + alias + ".id AND (" + inCampaign + ")))"
	args := []any{u, u, u}
	if table == "campaigns" {
		cond += " OR (" + alias + ".visibility = 'campaign' AND EXISTS (SELECT 1 FROM campaign_members cm" +
			" WHERE cm.campaign_id = " + alias + ".id AND (" + inCampaign + ")))"
		args = append(args, u, u)
	}
	return cond + ")", args
}

// subtreeSQL selects the ids of n organizations and of all below them.
func subtreeSQL(n int) string {
	return "WITH RECURSIVE sub(id) AS (SELECT id FROM organizations WHERE id IN (" + placeholders(n) + ")" +
		" UNION SELECT o.id FROM organizations o JOIN sub ON o.parent_id = sub.id) SELECT id FROM sub"
}

// addVisible adds the visibility condition of a row of table to w.
func (w *where) addVisible(ctx context.Context, alias, table string) {
	cond, args := visible(ctx, alias, table)
	w.add(cond, args...)
}

// roleIn returns the viewer's role in an organization: the highest of
// their memberships in it and in the organizations above it ("" for none).
func roleIn(ctx context.Context, tx *Tx, orgID frente.ID) (frente.Role, error) {
	v := frente.ViewerFrom(ctx)
	if v.All {
		return frente.RoleAdmin, nil
	}
	if v.UserID == 0 || orgID == 0 {
		return "", nil
	}
	rows, err := tx.Query(ctx, `WITH RECURSIVE up(id, parent_id) AS (
			SELECT id, parent_id FROM organizations WHERE id = ?
			UNION SELECT o.id, o.parent_id FROM organizations o JOIN up ON o.id = up.parent_id)
		SELECT m.role FROM memberships m WHERE m.user_id = ? AND m.organization_id IN (SELECT id FROM up)`, int64(orgID), int64(v.UserID))
	if err != nil {
		return "", fmt.Errorf("read role: %w", err)
	}
	defer rows.Close()
	var best frente.Role
	for rows.Next() {
		var r frente.Role
		if err := rows.Scan(&r); err != nil {
			return "", err
		}
		if r.AtLeast(frente.RoleViewer) && (best == "" || r.AtLeast(best)) {
			best = r
		}
	}
	return best, rows.Err()
}

// requireRole refuses unless the viewer has at least min in orgID: an
// anonymous caller is EUNAUTHORIZED, a user without the role EFORBIDDEN.
func requireRole(ctx context.Context, tx *Tx, orgID frente.ID, min frente.Role) error {
	v := frente.ViewerFrom(ctx)
	if v.All {
		return nil
	}
	if v.UserID == 0 {
		return &frente.Error{Code: frente.EUNAUTHORIZED, Message: "log in to make changes", Key: "err.login_required"}
	}
	role, err := roleIn(ctx, tx, orgID)
	if err != nil {
		return err
	}
	if !role.AtLeast(min) {
		return &frente.Error{Code: frente.EFORBIDDEN, Key: "err.role_required", Args: []any{"role." + string(min)},
			Message: fmt.Sprintf("this needs the role %s in the organization that owns the record", min)}
	}
	return nil
}

// defaultOwner is the organization a new record of the viewer belongs to
// when none is given: the first, by name, of those the viewer edits.
func defaultOwner(ctx context.Context, tx *Tx) (frente.ID, error) {
	v := frente.ViewerFrom(ctx)
	if v.All || v.UserID == 0 {
		return 0, nil
	}
	var id int64
	err := tx.QueryRow(ctx, `SELECT m.organization_id FROM memberships m JOIN organizations o ON o.id = m.organization_id
		WHERE m.user_id = ? AND m.role IN ('editor', 'admin') ORDER BY o.sort_key, o.id LIMIT 1`, int64(v.UserID)).Scan(&id)
	if isNoRows(err) {
		return 0, nil
	}
	return frente.ID(id), err
}
