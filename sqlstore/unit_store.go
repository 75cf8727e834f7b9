package sqlstore

import (
	"context"
	"database/sql"
	"fmt"
	"math/bits"
	"strings"

	"github.com/frente/frente"
	"github.com/frente/frente/textsearch"
)

// IngestAgreement stores an agreement, its original file, its units with
// their topics (a person's earlier choices on the same text applied again)
// and their search terms, in one transaction: an ingest that fails midway
// leaves nothing behind. Units come in document order, each after its
// parent, which is the nearest unit before it one level up (Depth).
func (s *Store) IngestAgreement(ctx context.Context, a *frente.Agreement, units []*frente.Unit, original []byte) (stored *frente.Agreement, existing bool, err error) {
	a.ID = 0
	a.Normalize()
	if err := a.Validate(); err != nil {
		return nil, false, fmt.Errorf("store: ingest: %w", err)
	}
	a.File.SHA256 = strings.ToLower(a.File.SHA256)
	a.File.Size = int64(len(original))
	a.Units = len(units)
	err = s.WithTx(ctx, func(tx *Tx) error {
		var w where
		w.addVisible(ctx, "t", "agreements")
		w.add("t.file_sha256 = ?", a.File.SHA256)
		same, _, err := scanAgreement(tx.QueryRow(ctx, "SELECT "+agreementColumns+", t.sort_key FROM agreements t WHERE "+w.sql()+" ORDER BY t.id LIMIT 1", w.args...))
		if err == nil {
			existing = true
			stored, err = findAgreement(ctx, tx, same.ID)
			return err
		} else if !isNoRows(err) {
			return err
		}
		if err := agreements.insert(ctx, tx, a); err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, "INSERT INTO agreement_files (agreement_id, content) VALUES (?, ?)", int64(a.ID), original); err != nil {
			return fmt.Errorf("store original: %w", err)
		}
		if err := insertUnits(ctx, tx, a, units); err != nil {
			return err
		}
		stored = a
		return nil
	})
	if err != nil {
		return nil, false, fmt.Errorf("store: ingest %s: %w", a.File.Name, err)
	}
	return stored, existing, nil
}

// insertUnits writes the units of a new agreement, their topics and
// search terms: an agreement has thousands of units.
func insertUnits(ctx context.Context, tx *Tx, a *frente.Agreement, units []*frente.Unit) error {
	overrides, err := readOverrides(ctx, tx, a.TextSHA256)
	if err != nil {
		return err
	}
	ids, err := tx.s.dialect.ReserveIDs(ctx, tx, "units", len(units))
	if err != nil {
		return fmt.Errorf("units: %w", err)
	}
	var stack []*frente.Unit
	terms := make([]UnitTerms, 0, len(units))
	var topics []any
	rows := make([]any, 0, 13*len(units))
	for i, u := range units {
		if u.Depth < 0 || u.Depth > len(stack) {
			return frente.Errorf(frente.EINVALID, "unit %d (%s %s) is at depth %d below a unit at depth %d", i, u.Kind, u.Number, u.Depth, len(stack)-1)
		}
		stack = append(stack[:u.Depth], u)
		u.ID, u.AgreementID, u.Seq, u.ParentID = ids[i], a.ID, i, 0
		if u.Depth > 0 {
			u.ParentID = stack[u.Depth-1].ID
		}
		if u.Terms == "" {
			u.Terms = textsearch.AnalyzeUnit(u.Heading, u.Text, a.Language)
		}
		rows = append(rows, int64(u.ID), int64(a.ID), nullID(u.ParentID), u.Seq, u.Depth, u.Kind, u.Number, u.Heading, u.Text, u.Start, u.End, u.Key)
		rows = append(rows, u.Terms)
		u.Topics = applyOverrides(u.Topics, overrides[u.Key])
		for _, t := range u.Topics {
			topics = append(topics, int64(u.ID), t.Code, t.ByPerson, t.Reason)
		}
		terms = append(terms, UnitTerms{ID: u.ID, Terms: u.Terms})
	}
	// Units and topics go in a few statements of many rows, not one a row.
	columns := "units (id, agreement_id, parent_id, seq, depth, kind, number, heading, body, start_offset, end_offset, unit_key, " + tx.s.dialect.TermsColumn() + ")"
	if err := insertRows(ctx, tx, columns, 13, rows); err != nil {
		return fmt.Errorf("units: %w", err)
	}
	if err := insertRows(ctx, tx, "unit_topics (unit_id, code, by_person, reason)", 4, topics); err != nil {
		return fmt.Errorf("unit topics: %w", err)
	}
	if err := tx.s.dialect.IndexUnits(ctx, tx, terms); err != nil {
		return fmt.Errorf("index units: %w", err)
	}
	return nil
}

// insertRows inserts rows of width values into target ("table (columns)"),
// many rows a statement. The rows go in chunks of power-of-two sizes (390
// rows: 128, 128, 128, 4, 2), so that every agreement uses the same few
// statements, which ExecBulk prepares once instead of parsing a statement
// of thousands of placeholders for every agreement.
func insertRows(ctx context.Context, tx *Tx, target string, width int, values []any) error {
	maxRows := 1 << (bits.Len(uint(max(1, 2000/width))) - 1)
	row := "(" + placeholders(width) + "), "
	for len(values) > 0 {
		n := min(maxRows, 1<<(bits.Len(uint(len(values)/width))-1))
		q := "INSERT INTO " + target + " VALUES " + strings.TrimSuffix(strings.Repeat(row, n), ", ")
		if _, err := tx.ExecBulk(ctx, q, values[:width*n]...); err != nil {
			return err
		}
		values = values[width*n:]
	}
	return nil
}

// ExecBulk runs a statement that is run again and again with other
// values (a many-row insert of ingest), prepared once per store and
// connection: parsing a statement of a thousand placeholders costs as
// much as running it.
func (tx *Tx) ExecBulk(ctx context.Context, q string, args ...any) (sql.Result, error) {
	stmt, err := tx.cached(ctx, q)
	if err != nil || stmt == nil {
		return tx.Exec(ctx, q, args...)
	}
	return stmt.ExecContext(ctx, args...)
}

// QueryCached runs a query of a few shapes that is run again and again
// (a search's), prepared once per store and connection as ExecBulk does:
// preparing a search's statements took a sixth of its time.
func (tx *Tx) QueryCached(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	stmt, err := tx.cached(ctx, q)
	if err != nil || stmt == nil {
		return tx.Query(ctx, q, args...)
	}
	return stmt.QueryContext(ctx, args...)
}

// cached returns the store's prepared statement of q bound to the
// transaction, or nil when it is not to be prepared (then the caller runs
// q as it is, and a preparing error shows again there).
func (tx *Tx) cached(ctx context.Context, q string) (*sql.Stmt, error) {
	if tx.s.db.Stats().MaxOpenConnections != 0 {
		// Preparing takes a connection besides the transaction's: with a
		// bounded pool that one may never come.
		return nil, nil
	}
	stmt, err := tx.s.prepared(ctx, tx.bind(q))
	if err != nil || stmt == nil {
		return nil, err
	}
	return tx.tx.StmtContext(ctx, stmt), nil
}

// maxPrepared bounds the statements a store keeps prepared; past it
// statements are prepared at each use (a search's have a few dozen
// shapes, ingest's a few).
const maxPrepared = 256

// prepared returns the store's prepared statement of q, preparing it the
// first time, or nil when the store keeps maxPrepared already. The
// statements are closed with the store.
func (s *Store) prepared(ctx context.Context, q string) (*sql.Stmt, error) {
	s.stmtMu.Lock()
	defer s.stmtMu.Unlock()
	if st := s.stmts[q]; st != nil {
		return st, nil
	}
	if len(s.stmts) >= maxPrepared {
		return nil, nil
	}
	st, err := s.db.PrepareContext(ctx, q)
	if err != nil {
		return nil, err
	}
	if s.stmts == nil {
		s.stmts = map[string]*sql.Stmt{}
	}
	s.stmts[q] = st
	return st, nil
}

// override is a person's choice about one topic of one unit.
type override struct {
	code   string
	add    bool
	reason string
}

func readOverrides(ctx context.Context, tx *Tx, textSHA string) (map[string][]override, error) {
	rows, err := tx.Query(ctx, `SELECT o.unit_key, o.code, o.add_topic, o.at, COALESCE(u.email, '')
		FROM topic_overrides o LEFT JOIN users u ON u.id = o.user_id WHERE o.text_sha256 = ? ORDER BY o.unit_key, o.code`, textSHA)
	if err != nil {
		return nil, fmt.Errorf("read topic choices: %w", err)
	}
	defer rows.Close()
	out := map[string][]override{}
	for rows.Next() {
		var key, code, email string
		var add bool
		var at nullTime
		if err := rows.Scan(&key, &code, &add, &at, &email); err != nil {
			return nil, err
		}
		out[key] = append(out[key], override{code: code, add: add, reason: choiceReason(email, at)})
	}
	return out, rows.Err()
}

func choiceReason(email string, at nullTime) string {
	who := email
	if who == "" {
		who = "a person"
	}
	if at.valid {
		return "chosen by " + who + " on " + at.t.UTC().Format("2006-01-02")
	}
	return "chosen by " + who
}

// applyOverrides applies a person's choices to the rules' topics.
func applyOverrides(topics []frente.UnitTopic, choices []override) []frente.UnitTopic {
	if len(choices) == 0 {
		return topics
	}
	out := make([]frente.UnitTopic, 0, len(topics)+len(choices))
	removed := map[string]bool{}
	for _, c := range choices {
		if !c.add {
			removed[c.code] = true
		}
	}
	for _, t := range topics {
		if !removed[t.Code] {
			out = append(out, t)
		}
	}
	for _, c := range choices {
		if !c.add {
			continue
		}
		replaced := false
		for i := range out {
			if out[i].Code == c.code {
				out[i] = frente.UnitTopic{Code: c.code, Reason: c.reason, ByPerson: true}
				replaced = true
			}
		}
		if !replaced {
			out = append(out, frente.UnitTopic{Code: c.code, Reason: c.reason, ByPerson: true})
		}
	}
	return out
}

// AgreementUnits returns the units of an agreement the viewer may see.
func (s *Store) AgreementUnits(ctx context.Context, id frente.ID) (out []*frente.Unit, err error) {
	err = s.ReadTx(ctx, func(tx *Tx) error {
		if _, err := findAgreement(ctx, tx, id); err != nil {
			return err
		}
		out, err = readUnits(ctx, tx, "u.agreement_id = ?", int64(id))
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("store: units of agreement %d: %w", id, err)
	}
	return out, nil
}

// readUnits reads units with their topics, in order.
func readUnits(ctx context.Context, tx *Tx, cond string, args ...any) ([]*frente.Unit, error) {
	rows, err := tx.Query(ctx, `SELECT u.id, u.agreement_id, u.parent_id, u.seq, u.depth, u.kind, u.number, u.heading, u.body,
		u.start_offset, u.end_offset, u.unit_key FROM units u WHERE `+cond+` ORDER BY u.agreement_id, u.seq`, args...)
	if err != nil {
		return nil, err
	}
	var out []*frente.Unit
	byID := map[frente.ID]*frente.Unit{}
	for rows.Next() {
		var u frente.Unit
		var parent sql.NullInt64
		if err := rows.Scan(&u.ID, &u.AgreementID, &parent, &u.Seq, &u.Depth, &u.Kind, &u.Number, &u.Heading, &u.Text,
			&u.Start, &u.End, &u.Key); err != nil {
			rows.Close()
			return nil, err
		}
		u.ParentID, u.Topics = frente.ID(parent.Int64), []frente.UnitTopic{}
		out = append(out, &u)
		byID[u.ID] = &u
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if len(out) == 0 {
		return out, nil
	}
	trows, err := tx.Query(ctx, `SELECT t.unit_id, t.code, t.by_person, t.reason FROM unit_topics t JOIN units u ON u.id = t.unit_id
		WHERE `+cond+` ORDER BY t.unit_id, t.by_person, t.code`, args...)
	if err != nil {
		return nil, err
	}
	defer trows.Close()
	for trows.Next() {
		var id int64
		var t frente.UnitTopic
		if err := trows.Scan(&id, &t.Code, &t.ByPerson, &t.Reason); err != nil {
			return nil, err
		}
		if u := byID[frente.ID(id)]; u != nil {
			u.Topics = append(u.Topics, t)
		}
	}
	return out, trows.Err()
}

// AgreementOriginal returns the original file of an agreement.
func (s *Store) AgreementOriginal(ctx context.Context, id frente.ID) (b []byte, err error) {
	err = s.ReadTx(ctx, func(tx *Tx) error {
		if _, err := findAgreement(ctx, tx, id); err != nil {
			return err
		}
		return tx.QueryRow(ctx, "SELECT content FROM agreement_files WHERE agreement_id = ?", int64(id)).Scan(&b)
	})
	if err != nil {
		return nil, fmt.Errorf("store: original of agreement %d: %w", id, err)
	}
	return b, nil
}

// SetUnitTopic records a person's choice to add or remove a topic of a
// unit: it changes the unit now, and is kept by the agreement text's hash
// and the unit's key so that ingesting the same text again applies it.
func (s *Store) SetUnitTopic(ctx context.Context, unitID frente.ID, code string, on bool) error {
	err := s.WithTx(ctx, func(tx *Tx) error {
		var agreementID int64
		var key string
		err := tx.QueryRow(ctx, "SELECT agreement_id, unit_key FROM units WHERE id = ?", int64(unitID)).Scan(&agreementID, &key)
		if isNoRows(err) {
			return &frente.Error{Code: frente.ENOTFOUND, Message: fmt.Sprintf("unit %d not found", unitID), Key: "err.not_found", Args: []any{"unit", int64(unitID)}}
		} else if err != nil {
			return err
		}
		a, err := findAgreement(ctx, tx, frente.ID(agreementID))
		if frente.ErrorCode(err) == frente.ENOTFOUND {
			return &frente.Error{Code: frente.ENOTFOUND, Message: fmt.Sprintf("unit %d not found", unitID), Key: "err.not_found", Args: []any{"unit", int64(unitID)}}
		} else if err != nil {
			return err
		}
		if err := agreements.mayWrite(ctx, tx, &a.Record); err != nil {
			return err
		}
		now := s.now()
		user := frente.ViewerFrom(ctx).UserID
		if _, err := tx.Exec(ctx, "DELETE FROM topic_overrides WHERE text_sha256 = ? AND unit_key = ? AND code = ?", a.TextSHA256, key, code); err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, "INSERT INTO topic_overrides (text_sha256, unit_key, code, add_topic, user_id, at) VALUES (?, ?, ?, ?, ?, ?)",
			a.TextSHA256, key, code, on, nullID(user), now); err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, "DELETE FROM unit_topics WHERE unit_id = ? AND code = ?", int64(unitID), code); err != nil {
			return err
		}
		if on {
			email := ""
			if user != 0 {
				_ = tx.QueryRow(ctx, "SELECT email FROM users WHERE id = ?", int64(user)).Scan(&email)
			}
			if _, err := tx.Exec(ctx, "INSERT INTO unit_topics (unit_id, code, by_person, reason) VALUES (?, ?, ?, ?)",
				int64(unitID), code, true, choiceReason(email, nullTime{t: now, valid: true})); err != nil {
				return err
			}
		}
		change := map[string]any{"unit": key, "topic": code, "on": on}
		return audit(ctx, tx, "agreements", &a.Record, "update", nil, change)
	})
	if err != nil {
		return fmt.Errorf("store: set topic %s of unit %d: %w", code, unitID, err)
	}
	return nil
}
