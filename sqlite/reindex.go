package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"github.com/frente/frente/textsearch"
)

// reindexUnits sets every stored unit's terms and adds them to the search
// index, as ingest writes them (textsearch.AnalyzeUnit of its heading and text in
// its agreement's language). The units are read a few thousand at a time
// and written before the next are read: SQLite does not promise what a
// cursor sees of a table written to while it reads, and a large database
// need not be held in memory at once.
func reindexUnits(ctx context.Context, tx *sql.Tx) error {
	const chunk, batch = 4096, 256
	type unitText struct {
		id                  int64
		heading, body, lang string
	}
	units := make([]unitText, 0, chunk)
	args := make([]any, 0, 2*batch)
	insert := "INSERT INTO unit_search (rowid, terms) VALUES " + strings.TrimSuffix(strings.Repeat("(?, ?), ", batch), ", ")
	update, err := tx.PrepareContext(ctx, "UPDATE units SET terms = ? WHERE id = ?")
	if err != nil {
		return fmt.Errorf("reindex units: %w", err)
	}
	defer update.Close()
	var after int64
	for {
		rows, err := tx.QueryContext(ctx, `SELECT u.id, u.heading, u.body, t.language FROM units u JOIN agreements t ON t.id = u.agreement_id
			WHERE u.id > ? ORDER BY u.id LIMIT ?`, after, chunk)
		if err != nil {
			return fmt.Errorf("reindex units: %w", err)
		}
		units = units[:0]
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
			_, err := tx.ExecContext(ctx, "INSERT INTO unit_search (unit_search) VALUES ('optimize')")
			return err
		}
		for i, u := range units {
			terms := textsearch.AnalyzeUnit(u.heading, u.body, u.lang)
			if _, err := update.ExecContext(ctx, terms, u.id); err != nil {
				return fmt.Errorf("reindex unit %d: %w", u.id, err)
			}
			args = append(args, u.id, terms)
			if len(args) < 2*batch && i < len(units)-1 {
				continue
			}
			q := insert
			if len(args) < 2*batch {
				q = "INSERT INTO unit_search (rowid, terms) VALUES " + strings.TrimSuffix(strings.Repeat("(?, ?), ", len(args)/2), ", ")
			}
			if _, err := tx.ExecContext(ctx, q, args...); err != nil {
				return fmt.Errorf("reindex unit %d: %w", u.id, err)
			}
			args = args[:0]
		}
		after = units[len(units)-1].id
	}
}
