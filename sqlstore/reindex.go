package sqlstore

import (
	"context"
	"fmt"
	"strings"

	"github.com/frente/frente"
	"github.com/frente/frente/textsearch"
)

// goSteps are the migrations' Go parts, by version: what SQL cannot do
// alone. The dialects number their migrations alike (0008 is the search
// re-index in both).
var goSteps = map[int]func(ctx context.Context, tx *Tx) error{
	8: ReindexUnits,
}

// ReindexUnits analyzes every stored unit again as ingest does
// (textsearch.AnalyzeUnit of its heading and text in its agreement's
// language), sets its terms column and indexes it through the dialect's
// IndexUnits, a few hundred units at a time; then readies the search as
// after a bulk ingest. The units are read a chunk at a time, each chunk
// written before the next is read: SQLite does not promise what a cursor
// sees of a table written to while it reads, and a large database need
// not be held in memory at once.
func ReindexUnits(ctx context.Context, tx *Tx) error {
	const chunk = 256
	d := tx.s.dialect
	var after int64
	for {
		rows, err := tx.Query(ctx, `SELECT u.id, u.heading, u.body, t.language FROM units u JOIN agreements t ON t.id = u.agreement_id
			WHERE u.id > ? ORDER BY u.id LIMIT ?`, after, chunk)
		if err != nil {
			return fmt.Errorf("reindex units: %w", err)
		}
		var units []UnitTerms
		for rows.Next() {
			var id int64
			var heading, body, lang string
			if err := rows.Scan(&id, &heading, &body, &lang); err != nil {
				rows.Close()
				return fmt.Errorf("reindex units: %w", err)
			}
			units = append(units, UnitTerms{ID: frente.ID(id), Terms: textsearch.AnalyzeUnit(heading, body, lang)})
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return fmt.Errorf("reindex units: %w", err)
		}
		if len(units) == 0 {
			break
		}
		// One statement sets the chunk's terms: CASE over the ids reads the
		// same in both dialects, unlike UPDATE ... FROM (VALUES ...).
		var q strings.Builder
		args := make([]any, 0, 3*len(units))
		q.WriteString("UPDATE units SET " + d.TermsColumn() + " = CASE id")
		for _, u := range units {
			q.WriteString(" WHEN ? THEN ?")
			args = append(args, int64(u.ID), u.Terms)
		}
		q.WriteString(" END WHERE id IN (" + placeholders(len(units)) + ")")
		for _, u := range units {
			args = append(args, int64(u.ID))
		}
		if _, err := tx.Exec(ctx, q.String(), args...); err != nil {
			return fmt.Errorf("reindex units from %d: %w", units[0].ID, err)
		}
		if err := d.IndexUnits(ctx, tx, units); err != nil {
			return fmt.Errorf("reindex units from %d: %w", units[0].ID, err)
		}
		after = int64(units[len(units)-1].ID)
	}
	if o, ok := d.(SearchOptimizer); ok {
		return o.OptimizeSearch(ctx, tx)
	}
	return nil
}
