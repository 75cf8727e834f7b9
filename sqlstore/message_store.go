package sqlstore

import (
	"context"
	"fmt"
	"strings"

	"github.com/frente/frente"
)

const messageColumns = recordColumns + ", " +
	"t.kind, t.message_date, t.language, t.subject, t.body, t.version_of, t.file_name, t.file_type, t.file_size, t.file_sha256"

func scanMessage(sc scanner) (*frente.Message, cursor, error) {
	var (
		m       frente.Message
		rs      recordScan
		version nullInt
		file    frente.MessageFile
		c       cursor
	)
	dest := append(rs.targets(&m.Record), &m.Kind, &m.Date, &m.Language, &m.Subject, &m.Body, &version,
		&file.Name, &file.Type, &file.Size, &file.SHA256, &c.key)
	if err := sc.Scan(dest...); err != nil {
		return nil, c, err
	}
	m.VersionOf = frente.ID(version.Int64)
	if file.SHA256 != "" {
		m.File = &file
	}
	m.SenderIDs, m.RecipientIDs, m.RecipientPersonIDs = []frente.ID{}, []frente.ID{}, []frente.ID{}
	m.CampaignIDs, m.NegotiationIDs, m.DisputeIDs = []frente.ID{}, []frente.ID{}, []frente.ID{}
	m.Signatories, m.Versions = []frente.Signatory{}, []frente.MessageVersion{}
	c.id = m.ID
	return &m, c, rs.finish(&m.Record)
}

var messageLinks = []linkSet[*frente.Message]{
	{"message_senders", "message_id", "organization_id", func(m *frente.Message) []frente.ID { return m.SenderIDs }, func(m *frente.Message, v []frente.ID) { m.SenderIDs = v }},
	{"message_recipients", "message_id", "organization_id", func(m *frente.Message) []frente.ID { return m.RecipientIDs }, func(m *frente.Message, v []frente.ID) { m.RecipientIDs = v }},
	{"message_recipient_people", "message_id", "person_id", func(m *frente.Message) []frente.ID { return m.RecipientPersonIDs }, func(m *frente.Message, v []frente.ID) { m.RecipientPersonIDs = v }},
	{"message_campaigns", "message_id", "campaign_id", func(m *frente.Message) []frente.ID { return m.CampaignIDs }, func(m *frente.Message, v []frente.ID) { m.CampaignIDs = v }},
	{"message_negotiations", "message_id", "negotiation_id", func(m *frente.Message) []frente.ID { return m.NegotiationIDs }, func(m *frente.Message, v []frente.ID) { m.NegotiationIDs = v }},
	{"message_disputes", "message_id", "dispute_id", func(m *frente.Message) []frente.ID { return m.DisputeIDs }, func(m *frente.Message, v []frente.ID) { m.DisputeIDs = v }},
}

// loadMessageParts fills the links, signatories and versions of messages;
// only the versions the viewer may see are named.
func loadMessageParts(ctx context.Context, tx *Tx, ms []*frente.Message) error {
	if len(ms) == 0 {
		return nil
	}
	byID := make(map[frente.ID]*frente.Message, len(ms))
	ids := make([]frente.ID, len(ms))
	for i, m := range ms {
		byID[m.ID] = m
		ids[i] = m.ID
	}
	if err := readLinkSets(ctx, tx, messageLinks, byID); err != nil {
		return err
	}
	rows, err := tx.Query(ctx, "SELECT s.message_id, s.person_id, s.title, p.name FROM message_signatories s JOIN people p ON p.id = s.person_id WHERE s.message_id IN ("+
		placeholders(len(ids))+") ORDER BY s.message_id, s.position", idArgs(ids)...)
	if err != nil {
		return fmt.Errorf("read signatories: %w", err)
	}
	for rows.Next() {
		var id int64
		var s frente.Signatory
		if err := rows.Scan(&id, &s.PersonID, &s.Title, &s.Name); err != nil {
			rows.Close()
			return err
		}
		byID[frente.ID(id)].Signatories = append(byID[frente.ID(id)].Signatories, s)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	return loadVersions(ctx, tx, ms...)
}

// loadVersions fills the other versions, that the viewer may see, of
// messages: one query for all of them, by the original each hangs from.
func loadVersions(ctx context.Context, tx *Tx, ms ...*frente.Message) error {
	byRoot := map[frente.ID][]*frente.Message{}
	var roots []frente.ID
	for _, m := range ms {
		m.Versions = []frente.MessageVersion{}
		root := m.ID
		if m.VersionOf != 0 {
			root = m.VersionOf
		}
		if byRoot[root] == nil {
			roots = append(roots, root)
		}
		byRoot[root] = append(byRoot[root], m)
	}
	if len(roots) == 0 {
		return nil
	}
	var w where
	w.addVisible(ctx, "t", "messages")
	w.add("(t.id IN ("+placeholders(len(roots))+") OR t.version_of IN ("+placeholders(len(roots))+"))", append(idArgs(roots), idArgs(roots)...)...)
	rows, err := tx.Query(ctx, "SELECT t.id, t.version_of, t.language, t.subject FROM messages t WHERE "+w.sql()+" ORDER BY t.language, t.id", w.args...)
	if err != nil {
		return fmt.Errorf("read versions: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var v frente.MessageVersion
		var of nullInt
		if err := rows.Scan(&v.ID, &of, &v.Language, &v.Subject); err != nil {
			return err
		}
		root := v.ID
		if of.Valid {
			root = frente.ID(of.Int64)
		}
		for _, m := range byRoot[root] {
			if m.ID != v.ID {
				m.Versions = append(m.Versions, v)
			}
		}
	}
	return rows.Err()
}

func findMessage(ctx context.Context, tx *Tx, id frente.ID) (*frente.Message, error) {
	m, err := findOne(ctx, tx, "message", "messages", messageColumns, id, scanMessage)
	if err != nil {
		return nil, err
	}
	return m, loadMessageParts(ctx, tx, []*frente.Message{m})
}

// FindMessageByID returns one message the viewer may see.
func (s *Store) FindMessageByID(ctx context.Context, id frente.ID) (m *frente.Message, err error) {
	err = s.ReadTx(ctx, func(tx *Tx) error {
		m, err = findMessage(ctx, tx, id)
		return err
	})
	return m, err
}

// FindMessages lists messages, the latest first.
func (s *Store) FindMessages(ctx context.Context, f frente.MessageFilter) (p frente.Page[*frente.Message], err error) {
	var w where
	w.addVisible(ctx, "t", "messages")
	w.search("t", f.Q)
	if f.Kind != "" {
		w.add("t.kind = ?", string(f.Kind))
	}
	if f.Language != "" {
		w.add("t.language = ?", f.Language)
	}
	if f.CampaignID != 0 {
		w.add("t.id IN (SELECT message_id FROM message_campaigns WHERE campaign_id = ?)", int64(f.CampaignID))
	}
	if f.SenderID != 0 {
		w.add("t.id IN (SELECT message_id FROM message_senders WHERE organization_id = ?)", int64(f.SenderID))
	}
	if f.RecipientID != 0 {
		w.add("t.id IN (SELECT message_id FROM message_recipients WHERE organization_id = ?)", int64(f.RecipientID))
	}
	err = s.ReadTx(ctx, func(tx *Tx) error {
		if p, err = page(ctx, tx, listing{table: "messages", from: "messages t", columns: messageColumns}, w, f.ListOptions, scanMessage); err != nil {
			return err
		}
		return loadMessageParts(ctx, tx, p.Items)
	})
	if err != nil {
		return p, fmt.Errorf("store: find messages: %w", err)
	}
	return p, nil
}

var messages = kind[*frente.Message]{entity: "message", table: "messages", find: findMessage, write: writeMessage}

// CreateMessage validates and stores a new message.
func (s *Store) CreateMessage(ctx context.Context, m *frente.Message) error {
	return messages.create(ctx, s, m)
}

// UpdateMessage changes a message in one transaction.
func (s *Store) UpdateMessage(ctx context.Context, id frente.ID, change func(*frente.Message) error) (*frente.Message, error) {
	return messages.update(ctx, s, id, change)
}

// DeleteMessage removes a message; one that others translate, or that a
// pledge was made in, is refused.
func (s *Store) DeleteMessage(ctx context.Context, id frente.ID) error {
	return messages.remove(ctx, s, id)
}

func writeMessage(ctx context.Context, tx *Tx, m *frente.Message, insert bool) error {
	s := tx.s
	if err := checkMessageRefs(ctx, tx, m); err != nil {
		return err
	}
	s.stampFor(&m.Record, insert)
	vals, err := recordValues(&m.Record)
	if err != nil {
		return err
	}
	var f frente.MessageFile
	if m.File != nil {
		f = *m.File
	}
	vals = append(vals, string(m.Kind), string(m.Date), m.Language, m.Subject, m.Body, nullID(m.VersionOf), f.Name, f.Type, f.Size, f.SHA256,
		latestFirst(m.Date)+" "+frente.Fold(m.Subject), frente.Fold(m.Subject+" "+firstWords(m.Body, 200)))
	if insert {
		err = tx.QueryRow(ctx, `INSERT INTO messages (ref, owner_id, visibility, sources, created_at, updated_at,
			kind, message_date, language, subject, body, version_of, file_name, file_type, file_size, file_sha256, sort_key, search_key)
			VALUES (`+placeholders(len(vals))+`) RETURNING id`, vals...).Scan(&m.ID)
	} else {
		_, err = tx.Exec(ctx, `UPDATE messages SET ref = ?, owner_id = ?, visibility = ?, sources = ?, created_at = ?, updated_at = ?,
			kind = ?, message_date = ?, language = ?, subject = ?, body = ?, version_of = ?, file_name = ?, file_type = ?, file_size = ?,
			file_sha256 = ?, sort_key = ?, search_key = ? WHERE id = ?`, append(vals, int64(m.ID))...)
	}
	if err != nil {
		return s.constraint(err, "message", "ref")
	}
	if err := writeLinkSets(ctx, tx, messageLinks, m.ID, m); err != nil {
		return err
	}
	if _, err := tx.Exec(ctx, "DELETE FROM message_signatories WHERE message_id = ?", int64(m.ID)); err != nil {
		return fmt.Errorf("write signatories: %w", err)
	}
	for i, sg := range m.Signatories {
		if _, err := tx.Exec(ctx, "INSERT INTO message_signatories (message_id, position, person_id, title) VALUES (?, ?, ?, ?)",
			int64(m.ID), i, int64(sg.PersonID), sg.Title); err != nil {
			return fmt.Errorf("write signatories: %w", err)
		}
	}
	return loadVersions(ctx, tx, m)
}

// firstWords keeps the start of a text, for a name search that also finds
// words near the top of a letter.
func firstWords(s string, n int) string {
	f := strings.Fields(s)
	if len(f) > n {
		f = f[:n]
	}
	return strings.Join(f, " ")
}

// checkMessageRefs checks the parties and links of a message, and that it
// is a version of a message in another language, with no version already
// in its language: a translation link joins different languages.
func checkMessageRefs(ctx context.Context, tx *Tx, m *frente.Message) error {
	var v frente.Invalid
	if err := checkOwner(ctx, tx, &v, m.OwnerID); err != nil {
		return err
	}
	for i, id := range m.SenderIDs {
		if err := checkOrgRef(ctx, tx, &v, fmt.Sprintf("sender_ids[%d]", i), id, nil, ""); err != nil {
			return err
		}
	}
	for i, id := range m.RecipientIDs {
		if err := checkOrgRef(ctx, tx, &v, fmt.Sprintf("recipient_ids[%d]", i), id, nil, ""); err != nil {
			return err
		}
	}
	for i, sg := range m.Signatories {
		p, err := findPerson(ctx, tx, sg.PersonID)
		switch {
		case frente.ErrorCode(err) == frente.ENOTFOUND:
			v.Add(fmt.Sprintf("signatories[%d].person_id", i), "not_a_person",
				fmt.Sprintf("signatories[%d].person_id: %d is not a person (a signatory is a person; the organizations go in sender_ids)", i, sg.PersonID), int64(sg.PersonID))
		case err != nil:
			return err
		default:
			m.Signatories[i].Name = p.Name
		}
	}
	for _, c := range []struct {
		field, entity string
		ids           []frente.ID
		find          func(context.Context, *Tx, frente.ID) error
	}{
		{"recipient_person_ids", "person", m.RecipientPersonIDs, existsPerson},
		{"campaign_ids", "campaign", m.CampaignIDs, existsCampaign},
		{"negotiation_ids", "negotiation", m.NegotiationIDs, existsNegotiation},
		{"dispute_ids", "dispute", m.DisputeIDs, existsDispute},
	} {
		if err := checkRefs(ctx, tx, &v, c.field, c.entity, c.ids, c.find); err != nil {
			return err
		}
	}
	if m.VersionOf != 0 {
		orig, err := findMessage(ctx, tx, m.VersionOf)
		switch {
		case frente.ErrorCode(err) == frente.ENOTFOUND:
			v.Add("version_of", "unknown_ref", fmt.Sprintf("version_of: there is no message %d", m.VersionOf), int64(m.VersionOf))
		case err != nil:
			return err
		case orig.VersionOf != 0:
			// Versions hang from one original, so that a text's versions
			// are found in one step.
			m.VersionOf = orig.VersionOf
		}
		if err == nil {
			var same int
			if err := tx.QueryRow(ctx, "SELECT COUNT(*) FROM messages WHERE (id = ? OR version_of = ?) AND id <> ? AND language = ?",
				int64(m.VersionOf), int64(m.VersionOf), int64(m.ID), m.Language).Scan(&same); err != nil {
				return err
			}
			if same > 0 {
				v.Add("version_of", "same_language", fmt.Sprintf("version_of: that text already has a version in %q; a translation is in another language", m.Language), m.Language)
			}
		}
	}
	if m.ID != 0 {
		// A message others translate keeps its language apart from theirs.
		var same int
		if err := tx.QueryRow(ctx, "SELECT COUNT(*) FROM messages WHERE version_of = ? AND language = ?", int64(m.ID), m.Language).Scan(&same); err != nil {
			return err
		}
		if same > 0 {
			v.Add("language", "same_language", fmt.Sprintf("language: a translation of this message is already in %q", m.Language), m.Language)
		}
	}
	return v.Err()
}

// SetMessageFile stores the original file of a message, replacing any.
func (s *Store) SetMessageFile(ctx context.Context, id frente.ID, f frente.MessageFile, content []byte) (*frente.Message, error) {
	return messages.update(ctx, s, id, func(m *frente.Message) error {
		f.Size = int64(len(content))
		m.File = &f
		return nil
	}, func(ctx context.Context, tx *Tx, m *frente.Message) error {
		if _, err := tx.Exec(ctx, "DELETE FROM message_files WHERE message_id = ?", int64(id)); err != nil {
			return err
		}
		_, err := tx.Exec(ctx, "INSERT INTO message_files (message_id, content) VALUES (?, ?)", int64(id), content)
		return err
	})
}

// MessageFileContent returns the original file of a message.
func (s *Store) MessageFileContent(ctx context.Context, id frente.ID) (f frente.MessageFile, b []byte, err error) {
	err = s.ReadTx(ctx, func(tx *Tx) error {
		m, err := findMessage(ctx, tx, id)
		if err != nil {
			return err
		}
		if m.File == nil {
			return &frente.Error{Code: frente.ENOTFOUND, Message: fmt.Sprintf("message %d has no original file", id), Key: "err.no_file"}
		}
		f = *m.File
		return tx.QueryRow(ctx, "SELECT content FROM message_files WHERE message_id = ?", int64(id)).Scan(&b)
	})
	return f, b, err
}
