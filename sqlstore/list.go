package sqlstore

import (
	"context"
	"encoding/base64"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/frente/frente"
)

// where collects the conditions and arguments of a query.
type where struct {
	conds []string
	args  []any
}

func (w *where) add(cond string, args ...any) {
	w.conds = append(w.conds, cond)
	w.args = append(w.args, args...)
}

func (w *where) sql() string {
	if len(w.conds) == 0 {
		return "1=1"
	}
	return strings.Join(w.conds, " AND ")
}

// search adds a name search: every word of q must occur in search_key.
func (w *where) search(alias, q string) {
	for _, word := range strings.Fields(frente.Fold(q)) {
		w.add(alias+".search_key LIKE ? ESCAPE '\\'", "%"+escapeLike(word)+"%")
	}
}

func escapeLike(s string) string {
	return strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(s)
}

// inIDs adds "col IN (...)"; an empty list matches nothing.
func (w *where) inIDs(col string, ids []frente.ID) {
	if len(ids) == 0 {
		w.add("1=0")
		return
	}
	w.add(col+" IN ("+placeholders(len(ids))+")", idArgs(ids)...)
}

// cursor is the position after the last row of a page: its sort key and id.
type cursor struct {
	key string
	id  frente.ID
}

func (c cursor) String() string {
	return base64.RawURLEncoding.EncodeToString([]byte(c.key + "\x00" + strconv.FormatInt(int64(c.id), 10)))
}

func parseCursor(s string) (cursor, error) {
	b, err := base64.RawURLEncoding.DecodeString(s)
	if err == nil {
		key, num, ok := strings.Cut(string(b), "\x00")
		id, perr := strconv.ParseInt(num, 10, 64)
		if ok && perr == nil && id > 0 && utf8.ValidString(key) {
			return cursor{key: key, id: frente.ID(id)}, nil
		}
	}
	return cursor{}, &frente.Error{Code: frente.EINVALID, Message: "invalid cursor", Key: "err.invalid",
		Fields: []frente.FieldError{{Field: "cursor", Code: "invalid_cursor", Message: "cursor is not one this server gave"}}}
}

// listing is one keyset-paginated listing, ordered by sort_key and id.
type listing struct {
	// table holds the records; from is the FROM clause, with it aliased t.
	table string
	from  string
	// columns selects the row; sort_key must follow them.
	columns string
}

// page runs the count and the page query. scan reads one row, whose last
// column is sort_key, and returns it with its cursor.
func page[T model](ctx context.Context, tx *Tx, l listing, w where, opt frente.ListOptions, scan func(scanner) (T, cursor, error)) (frente.Page[T], error) {
	opt.Normalize()
	out := frente.Page[T]{Items: []T{}}
	if opt.Ref != "" {
		w.add("t.ref = ?", opt.Ref)
	}
	if err := tx.QueryRow(ctx, "SELECT COUNT(*) FROM "+l.from+" WHERE "+w.sql(), w.args...).Scan(&out.Total); err != nil {
		return out, fmt.Errorf("count: %w", err)
	}
	if opt.Cursor != "" {
		c, err := parseCursor(opt.Cursor)
		if err != nil {
			return out, err
		}
		w.add("(t.sort_key > ? OR (t.sort_key = ? AND t.id > ?))", c.key, c.key, int64(c.id))
	}
	q := "SELECT " + l.columns + ", t.sort_key FROM " + l.from + " WHERE " + w.sql() +
		" ORDER BY t.sort_key, t.id LIMIT " + strconv.Itoa(opt.Limit+1)
	rows, err := tx.Query(ctx, q, w.args...)
	if err != nil {
		return out, fmt.Errorf("list: %w", err)
	}
	defer rows.Close()
	var last cursor
	for rows.Next() {
		if len(out.Items) == opt.Limit {
			out.Next = last.String()
			break
		}
		item, c, err := scan(rows)
		if err != nil {
			return out, err
		}
		out.Items = append(out.Items, item)
		last = c
	}
	if err := rows.Err(); err != nil {
		return out, err
	}
	rows.Close()
	return out, loadShares(ctx, tx, l.table, out.Items)
}

// scanner is a *sql.Row or *sql.Rows.
type scanner interface {
	Scan(dest ...any) error
}

// findOne reads the row of table with id that the viewer may see.
func findOne[T model](ctx context.Context, tx *Tx, entity, table, columns string, id frente.ID, scan func(scanner) (T, cursor, error)) (T, error) {
	var w where
	w.add("t.id = ?", int64(id))
	w.addVisible(ctx, "t", table)
	item, _, err := scan(tx.QueryRow(ctx, "SELECT "+columns+", t.sort_key FROM "+table+" t WHERE "+w.sql(), w.args...))
	if isNoRows(err) {
		return item, frente.NotFound(entity, id)
	} else if err != nil {
		return item, fmt.Errorf("store: find %s %d: %w", entity, id, err)
	}
	return item, loadShares(ctx, tx, table, []T{item})
}

// readLinks reads (owner, linked) id pairs of a link table for the given
// owners, in the order they were written.
func readLinks(ctx context.Context, tx *Tx, table, ownerCol, linkCol string, owners []frente.ID) (map[frente.ID][]frente.ID, error) {
	out := map[frente.ID][]frente.ID{}
	if len(owners) == 0 {
		return out, nil
	}
	rows, err := tx.Query(ctx, "SELECT "+ownerCol+", "+linkCol+" FROM "+table+" WHERE "+ownerCol+" IN ("+placeholders(len(owners))+") ORDER BY "+ownerCol+", position", idArgs(owners)...)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", table, err)
	}
	defer rows.Close()
	for rows.Next() {
		var o, l int64
		if err := rows.Scan(&o, &l); err != nil {
			return nil, err
		}
		out[frente.ID(o)] = append(out[frente.ID(o)], frente.ID(l))
	}
	return out, rows.Err()
}

// writeLinks replaces the links of one owner.
func writeLinks(ctx context.Context, tx *Tx, table, ownerCol, linkCol string, owner frente.ID, links []frente.ID) error {
	if _, err := tx.Exec(ctx, "DELETE FROM "+table+" WHERE "+ownerCol+" = ?", int64(owner)); err != nil {
		return fmt.Errorf("write %s: %w", table, err)
	}
	for i, l := range links {
		if _, err := tx.Exec(ctx, "INSERT INTO "+table+" ("+ownerCol+", "+linkCol+", position) VALUES (?, ?, ?)", int64(owner), int64(l), i); err != nil {
			return fmt.Errorf("write %s: %w", table, err)
		}
	}
	return nil
}
