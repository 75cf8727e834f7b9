package postgres

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"github.com/frente/frente/textsearch"
)

// reindexUnits sets every stored unit's search_terms, terms and
// heading_terms as ingest writes them (textsearch.AnalyzeUnit of its
// heading and text in its agreement's language), a few thousand units at
// a time.
func reindexUnits(ctx context.Context, tx *sql.Tx) error {
	const chunk, batch = 4096, 500
	type unitText struct {
		id                  int64
		heading, body, lang string
	}
	var after int64
	for {
		rows, err := tx.QueryContext(ctx, `SELECT u.id, u.heading, u.body, t.language FROM units u JOIN agreements t ON t.id = u.agreement_id
			WHERE u.id > $1 ORDER BY u.id LIMIT $2`, after, chunk)
		if err != nil {
			return fmt.Errorf("reindex units: %w", err)
		}
		var units []unitText
		for rows.Next() {
			var u unitText
			if err := rows.Scan(&u.id, &u.heading, &u.body, &u.lang); err != nil {
				rows.Close()
				return fmt.Errorf("reindex units: %w", err)
			}
			units = append(units, u)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return fmt.Errorf("reindex units: %w", err)
		}
		if len(units) == 0 {
			return nil
		}
		for len(units) > 0 {
			n := min(batch, len(units))
			args := make([]any, 0, 4*n)
			values := make([]string, 0, n)
			for i, u := range units[:n] {
				terms := textsearch.AnalyzeUnit(u.heading, u.body, u.lang)
				args = append(args, u.id, terms, textsearch.TextTerms(terms), textsearch.HeadingTerms(terms))
				values = append(values, fmt.Sprintf("($%d::bigint, $%d::text, $%d::text, $%d::text)", 4*i+1, 4*i+2, 4*i+3, 4*i+4))
			}
			q := "UPDATE units SET search_terms = v.s, terms = to_tsvector('simple', v.t), heading_terms = to_tsvector('simple', v.h) FROM (VALUES " +
				strings.Join(values, ", ") + ") AS v(id, s, t, h) WHERE units.id = v.id"
			if _, err := tx.ExecContext(ctx, q, args...); err != nil {
				return fmt.Errorf("reindex units from %d: %w", units[0].id, err)
			}
			after = units[n-1].id
			units = units[n:]
		}
	}
}
