package sqlstore

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"time"

	"github.com/frente/frente"
)

// recordColumns are the columns every record table starts with (aliased
// t), in the order recordScan reads them.
const recordColumns = "t.id, t.ref, t.owner_id, t.visibility, t.sources, t.created_at, t.updated_at"

// recordScan holds the scan targets of the common columns.
type recordScan struct {
	ref     sql.NullString
	owner   sql.NullInt64
	sources string
}

func (rs *recordScan) targets(r *frente.Record) []any {
	return []any{&r.ID, &rs.ref, &rs.owner, &r.Visibility, &rs.sources, scanTime{&r.CreatedAt}, scanTime{&r.UpdatedAt}}
}

func (rs *recordScan) finish(r *frente.Record) error {
	r.Ref = rs.ref.String
	r.OwnerID = frente.ID(rs.owner.Int64)
	r.CreatedAt = r.CreatedAt.UTC()
	r.UpdatedAt = r.UpdatedAt.UTC()
	r.Sources = []frente.Source{}
	if rs.sources != "" {
		if err := json.Unmarshal([]byte(rs.sources), &r.Sources); err != nil {
			return fmt.Errorf("record %d: sources: %w", r.ID, err)
		}
	}
	return nil
}

// recordValues are the values of the common columns but id, for an insert
// or update, after the timestamps have been set.
func recordValues(r *frente.Record) ([]any, error) {
	src, err := json.Marshal(r.Sources)
	if err != nil {
		return nil, err
	}
	return []any{nullText(r.Ref), nullID(r.OwnerID), string(r.Visibility), string(src), r.CreatedAt, r.UpdatedAt}, nil
}

// stamp sets created_at and updated_at for an insert.
func (s *Store) stamp(r *frente.Record) {
	now := s.now()
	r.CreatedAt, r.UpdatedAt = now, now
}

// touch sets updated_at for an update, keeping it after created_at even on
// a clock that stepped back.
func (s *Store) touch(r *frente.Record) {
	now := s.now()
	if now.Before(r.CreatedAt) {
		now = r.CreatedAt
	}
	r.UpdatedAt = now
}

// scanTime reads a timestamp that some drivers give as text.
type scanTime struct{ t *time.Time }

func (st scanTime) Scan(v any) error {
	switch x := v.(type) {
	case time.Time:
		*st.t = x
	case string:
		return st.parse(x)
	case []byte:
		return st.parse(string(x))
	default:
		return fmt.Errorf("cannot read %T as a time", v)
	}
	return nil
}

func (st scanTime) parse(s string) error {
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02 15:04:05.999999999-07:00", "2006-01-02 15:04:05"} {
		if t, err := time.Parse(layout, s); err == nil {
			*st.t = t
			return nil
		}
	}
	return fmt.Errorf("cannot read %q as a time", s)
}
