package sqlstore

import (
	"context"

	"github.com/frente/frente"
)

// visible returns the condition under which the viewer in ctx may read a
// row of alias: public rows, and rows owned by an organization the viewer
// is a member of or one below it. Every read query adds it, so what a
// caller may see is decided in one place and in the database.
//
// Records shared with a campaign (visibility "campaign") are seen by the
// campaign's members once records belong to campaigns; until then they are
// treated as private.
func visible(ctx context.Context, alias string) (string, []any) {
	v := frente.ViewerFrom(ctx)
	switch {
	case v.All:
		return "1=1", nil
	case len(v.Orgs) == 0:
		return alias + ".visibility = 'public'", nil
	}
	return "(" + alias + ".visibility = 'public' OR " + alias + ".owner_id IN (" + subtreeSQL(len(v.Orgs)) + "))", idArgs(v.Orgs)
}

// subtreeSQL selects the ids of n organizations and of all below them.
func subtreeSQL(n int) string {
	return "WITH RECURSIVE sub(id) AS (SELECT id FROM organizations WHERE id IN (" + placeholders(n) + ")" +
		" UNION SELECT o.id FROM organizations o JOIN sub ON o.parent_id = sub.id) SELECT id FROM sub"
}

// addVisible adds the visibility condition of alias to w.
func (w *where) addVisible(ctx context.Context, alias string) {
	cond, args := visible(ctx, alias)
	w.add(cond, args...)
}
