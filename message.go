package frente

import (
	"context"
	"fmt"
	"slices"
	"strings"
)

// MessageKind says what a message is.
type MessageKind string

const (
	MessageLetter       MessageKind = "letter"
	MessageStatement    MessageKind = "statement"
	MessageResolution   MessageKind = "resolution"
	MessagePressRelease MessageKind = "press-release"
	MessageBulletin     MessageKind = "bulletin"
)

// MessageKinds lists the kinds.
var MessageKinds = []MessageKind{MessageLetter, MessageStatement, MessageResolution, MessagePressRelease, MessageBulletin}

// Message is a letter, statement or resolution from organizations,
// signed by people with the titles they signed with, to organizations or
// people; with its translations as versions of one another.
type Message struct {
	Record
	Kind MessageKind `json:"kind"`
	Date Date        `json:"date"`
	// Language is an ISO 639-1 code: "en", "es", "pt"...
	Language    string      `json:"language"`
	SenderIDs   []ID        `json:"sender_ids"`
	Signatories []Signatory `json:"signatories"`
	// RecipientIDs are organizations; RecipientPersonIDs people.
	RecipientIDs       []ID   `json:"recipient_ids"`
	RecipientPersonIDs []ID   `json:"recipient_person_ids"`
	Subject            string `json:"subject"`
	// Body is Markdown; pages render it with raw HTML left inert.
	Body string `json:"body"`
	// VersionOf is the message this one translates: a message and all the
	// versions of it are one text in several languages, at most one each.
	VersionOf      ID   `json:"version_of,omitempty"`
	CampaignIDs    []ID `json:"campaign_ids"`
	NegotiationIDs []ID `json:"negotiation_ids"`
	DisputeIDs     []ID `json:"dispute_ids"`
	// File is the original (a scan, a PDF), when there is one (read-only:
	// it is uploaded on its own).
	File *MessageFile `json:"file,omitempty"`
	// Versions are the other versions of the same text (read-only).
	Versions []MessageVersion `json:"versions"`
}

// Signatory is a person who signed a message, with the title they signed
// with, which may differ from the positions they hold today.
type Signatory struct {
	PersonID ID     `json:"person_id"`
	Title    string `json:"title"`
	// Name is the person's, read-only.
	Name string `json:"name,omitempty"`
}

// MessageFile describes the original file of a message.
type MessageFile struct {
	Name   string `json:"name"`
	Type   string `json:"type"`
	Size   int64  `json:"size"`
	SHA256 string `json:"sha256"`
}

// MessageVersion names another version of a message.
type MessageVersion struct {
	ID       ID     `json:"id"`
	Language string `json:"language"`
	Subject  string `json:"subject"`
}

// Normalize trims text and drops repeated ids.
func (m *Message) Normalize() {
	m.Record.normalize()
	m.Kind = MessageKind(strings.TrimSpace(string(m.Kind)))
	if m.Kind == "" {
		m.Kind = MessageLetter
	}
	m.Date = trimDate(m.Date)
	m.Language = strings.ToLower(strings.TrimSpace(m.Language))
	m.Subject = strings.TrimSpace(m.Subject)
	m.Body = strings.TrimSpace(strings.ReplaceAll(m.Body, "\r\n", "\n"))
	m.SenderIDs, m.RecipientIDs, m.RecipientPersonIDs = uniqueIDs(m.SenderIDs), uniqueIDs(m.RecipientIDs), uniqueIDs(m.RecipientPersonIDs)
	m.CampaignIDs, m.NegotiationIDs, m.DisputeIDs = uniqueIDs(m.CampaignIDs), uniqueIDs(m.NegotiationIDs), uniqueIDs(m.DisputeIDs)
	if m.Signatories == nil {
		m.Signatories = []Signatory{}
	}
	for i := range m.Signatories {
		m.Signatories[i].Title = strings.TrimSpace(m.Signatories[i].Title)
	}
	if m.Versions == nil {
		m.Versions = []MessageVersion{}
	}
}

// Validate checks a message; the store checks its references and its
// versions.
func (m *Message) Validate() error {
	var v Invalid
	m.Record.validate(&v)
	if !slices.Contains(MessageKinds, m.Kind) {
		v.Add("kind", "invalid_choice", fmt.Sprintf("kind must be one of %s, not %q", joinKinds(MessageKinds), m.Kind), string(m.Kind))
	}
	if m.Date == "" {
		v.Add("date", "required", "date is required")
	}
	checkDate(&v, "date", m.Date)
	if len(m.Language) != 2 || strings.Trim(m.Language, "abcdefghijklmnopqrstuvwxyz") != "" {
		v.Add("language", "invalid_language", fmt.Sprintf("language must be a two-letter ISO 639-1 code, not %q", m.Language), m.Language)
	}
	required(&v, "subject", m.Subject)
	checkLen(&v, "subject", m.Subject, 500)
	checkLen(&v, "body", m.Body, 200000)
	if len(m.SenderIDs) == 0 {
		v.Add("sender_ids", "required", "a message has at least one sending organization")
	}
	seen := map[ID]bool{}
	for i, s := range m.Signatories {
		f := fmt.Sprintf("signatories[%d]", i)
		if s.PersonID <= 0 {
			v.Add(f+".person_id", "required", f+".person_id is required")
		} else if seen[s.PersonID] {
			v.Add(f+".person_id", "repeated", f+": the same person signs once")
		}
		seen[s.PersonID] = true
		checkLen(&v, f+".title", s.Title, 300)
	}
	if m.ID != 0 && m.VersionOf == m.ID {
		v.Add("version_of", "self_version", "a message is not a version of itself")
	}
	return v.Err()
}

// MessageFilter selects messages.
type MessageFilter struct {
	ListOptions
	Kind        MessageKind
	Language    string
	CampaignID  ID
	SenderID    ID
	RecipientID ID
}

// MessageService keeps messages and their original files.
type MessageService interface {
	FindMessageByID(ctx context.Context, id ID) (*Message, error)
	FindMessages(ctx context.Context, f MessageFilter) (Page[*Message], error)
	CreateMessage(ctx context.Context, m *Message) error
	UpdateMessage(ctx context.Context, id ID, change func(*Message) error) (*Message, error)
	DeleteMessage(ctx context.Context, id ID) error
	// SetMessageFile stores (or replaces) the original file of a message.
	SetMessageFile(ctx context.Context, id ID, f MessageFile, content []byte) (*Message, error)
	// MessageFileContent returns the original file.
	MessageFileContent(ctx context.Context, id ID) (MessageFile, []byte, error)
}
