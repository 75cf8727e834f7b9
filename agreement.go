package frente

import (
	"context"
	"strings"
	"time"
)

// Agreement is a collective bargaining agreement: its parties, its term,
// the file it came from, and (read separately) its units.
type Agreement struct {
	Record
	Title    string `json:"title"`
	Language string `json:"language"`
	// EmployerID is the employer (or group) that signed it.
	EmployerID ID `json:"employer_id,omitempty"`
	// UnionIDs are the unions, locals or sections that signed it.
	UnionIDs      []ID `json:"union_ids"`
	WorkplaceIDs  []ID `json:"workplace_ids"`
	EffectiveDate Date `json:"effective_date"`
	ExpiryDate    Date `json:"expiry_date"`
	// File is the original file, kept byte for byte.
	File AgreementFile `json:"file"`
	// TextSHA256 identifies the normalized text: a person's topic choices
	// on its units are kept by it, whatever file the text comes in.
	TextSHA256 string `json:"text_sha256"`
	// Units counts the units the parser recovered (read-only).
	Units int `json:"units"`
}

// AgreementFile describes the original file of an agreement.
type AgreementFile struct {
	Name   string `json:"name"`
	Format string `json:"format"`
	Size   int64  `json:"size"`
	// SHA256 identifies the file: the same file twice is one agreement.
	SHA256 string `json:"sha256"`
}

// InForce reports whether the agreement is in force on day.
func (a *Agreement) InForce(day time.Time) bool {
	d := Date(day.Format(time.DateOnly))
	return (a.EffectiveDate == "" || a.EffectiveDate <= d) && (a.ExpiryDate == "" || d <= a.ExpiryDate)
}

// Normalize trims text and drops repeated ids.
func (a *Agreement) Normalize() {
	a.Record.normalize()
	a.Title = strings.TrimSpace(a.Title)
	a.Language = strings.ToLower(strings.TrimSpace(a.Language))
	a.UnionIDs = uniqueIDs(a.UnionIDs)
	a.WorkplaceIDs = uniqueIDs(a.WorkplaceIDs)
}

// Validate checks an agreement; the store checks its references.
func (a *Agreement) Validate() error {
	var v Invalid
	a.Record.validate(&v)
	required(&v, "title", a.Title)
	checkLen(&v, "title", a.Title, 500)
	if a.Language != "en" && a.Language != "es" {
		v.Add("language", "invalid_choice", "language must be en or es, not \""+a.Language+"\"", a.Language)
	}
	checkDate(&v, "effective_date", a.EffectiveDate)
	checkDate(&v, "expiry_date", a.ExpiryDate)
	if a.EffectiveDate != "" && a.ExpiryDate != "" && a.EffectiveDate.Valid() && a.ExpiryDate.Valid() && a.ExpiryDate < a.EffectiveDate {
		v.Add("expiry_date", "before_start", "expiry_date is before effective_date")
	}
	checkLen(&v, "file.name", a.File.Name, 500)
	return v.Err()
}

// Unit is one part, chapter, article, section or appendix of an agreement.
type Unit struct {
	ID          ID `json:"id"`
	AgreementID ID `json:"agreement_id"`
	ParentID    ID `json:"parent_id,omitempty"`
	// Seq orders the units of an agreement as they stand in it.
	Seq     int    `json:"seq"`
	Depth   int    `json:"depth"`
	Kind    string `json:"kind"`
	Number  string `json:"number"`
	Heading string `json:"heading"`
	Text    string `json:"text"`
	// Start and End are byte offsets in the agreement's normalized text.
	Start int `json:"start"`
	End   int `json:"end"`
	// Key names the unit stably within its agreement ("article 12/section
	// 12.3"), so that a person's topic choices survive re-ingesting.
	Key    string      `json:"key"`
	Topics []UnitTopic `json:"topics"`
	// Terms are the unit's search terms when the caller made them already
	// (ingest does, on another core); the store makes them when empty.
	Terms string `json:"-"`
}

// UnitTopic is a topic of a unit and why it is there.
type UnitTopic struct {
	Code string `json:"code"`
	// Reason explains a rule's assignment; for a person's, who and when.
	Reason string `json:"reason"`
	// ByPerson is true when a person added it (a rule's assignment a
	// person removed is not listed).
	ByPerson bool `json:"by_person"`
}

// AgreementFilter selects agreements.
type AgreementFilter struct {
	ListOptions
	EmployerID ID
	UnionID    ID
	Country    string
	// InForce, when set, keeps the agreements in force on that day.
	InForce Date
	// SHA256 finds the agreement of one file.
	SHA256 string
	// CampaignID keeps the agreements of a campaign: shared with it,
	// renegotiated at its tables, or signed by the employers of its
	// target's corporate tree.
	CampaignID ID
	// ExpiresFrom and ExpiresTo keep the agreements expiring in that span.
	ExpiresFrom, ExpiresTo Date
}

// SearchQuery is a full-text search over the units of agreements.
type SearchQuery struct {
	Q string
	// Lang is the language of the query ("en", "es"), or "" for both.
	Lang       string
	Topic      string
	EmployerID ID
	Country    string
	InForce    Date
	Limit      int
	Offset     int
}

// SearchHit is one unit that matches a search.
type SearchHit struct {
	AgreementID    ID      `json:"agreement_id"`
	AgreementTitle string  `json:"agreement_title"`
	UnitID         ID      `json:"unit_id"`
	UnitKind       string  `json:"unit_kind"`
	UnitNumber     string  `json:"unit_number"`
	Heading        string  `json:"heading"`
	Snippet        string  `json:"snippet"`
	Score          float64 `json:"score"`
}

// SearchResult is a page of hits and how many units match in all.
type SearchResult struct {
	Items []SearchHit `json:"items"`
	// Total is how many units match; with More, how many were ranked of
	// the units that match, which are more (a query for a word in most
	// units ranks a bounded number of them: see the README).
	Total int  `json:"total"`
	More  bool `json:"more"`
}

// AgreementService keeps agreements and searches them.
type AgreementService interface {
	// IngestAgreement stores an agreement with its units and original file,
	// all in one transaction. When the viewer already sees an agreement of
	// the same file, nothing is written and that one is returned with
	// existing true.
	IngestAgreement(ctx context.Context, a *Agreement, units []*Unit, original []byte) (stored *Agreement, existing bool, err error)
	FindAgreementByID(ctx context.Context, id ID) (*Agreement, error)
	FindAgreements(ctx context.Context, f AgreementFilter) (Page[*Agreement], error)
	UpdateAgreement(ctx context.Context, id ID, change func(*Agreement) error) (*Agreement, error)
	DeleteAgreement(ctx context.Context, id ID) error
	// AgreementUnits returns the units of an agreement, in order.
	AgreementUnits(ctx context.Context, id ID) ([]*Unit, error)
	// AgreementOriginal returns the original file.
	AgreementOriginal(ctx context.Context, id ID) ([]byte, error)
	// SetUnitTopic adds (on) or removes a topic of a unit by a person's
	// choice, which is kept and applied again when the same text is
	// ingested again.
	SetUnitTopic(ctx context.Context, unitID ID, code string, on bool) error
	Search(ctx context.Context, q SearchQuery) (SearchResult, error)
}
