// Package ingest turns a contract file into a stored agreement: it parses
// the file (package contract), describes it as a frente.Agreement with its
// units and topics, and hands the whole to the store in one transaction.
package ingest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/frente/frente"
	"github.com/frente/frente/contract"
	"github.com/frente/frente/textsearch"
)

// Meta is what the person ingesting says of the agreement; empty fields
// are taken from the file where it says them.
type Meta struct {
	Title         string
	Language      string
	EmployerID    frente.ID
	UnionIDs      []frente.ID
	WorkplaceIDs  []frente.ID
	EffectiveDate frente.Date
	ExpiryDate    frente.Date
	OwnerID       frente.ID
	Visibility    frente.Visibility
	Campaigns     []frente.ID
	Sources       []frente.Source
}

// Store is the part of the store ingest needs.
type Store interface {
	IngestAgreement(ctx context.Context, a *frente.Agreement, units []*frente.Unit, original []byte) (*frente.Agreement, bool, error)
}

// Result is what happened to one file.
type Result struct {
	Agreement *frente.Agreement
	// Existing is true when the same file was there already.
	Existing bool
	// Document is the parse, for reports.
	Document *contract.Document
}

// File parses data (named name) and stores it as an agreement. Nothing is
// stored when any step fails; the error names the file.
func File(ctx context.Context, s Store, name string, data []byte, meta Meta, opt contract.Options) (Result, error) {
	p, err := Prepare(name, data, meta, opt)
	if err != nil {
		return Result{}, err
	}
	return p.Store(ctx, s)
}

// Prepared is a file parsed, described and analyzed for search, ready to
// be stored: the work that needs no database, which a caller may do for
// the next file on another core while the store writes this one.
type Prepared struct {
	name      string
	data      []byte
	doc       *contract.Document
	agreement *frente.Agreement
	units     []*frente.Unit
}

// Prepare parses data and makes what Store writes.
func Prepare(name string, data []byte, meta Meta, opt contract.Options) (*Prepared, error) {
	doc, err := contract.Parse(name, data, opt)
	if err != nil {
		return nil, err
	}
	a, units := Describe(name, data, doc, meta)
	for _, u := range units {
		u.Terms = textsearch.AnalyzeUnit(u.Heading, u.Text, a.Language)
	}
	return &Prepared{name: name, data: data, doc: doc, agreement: a, units: units}, nil
}

// Store writes a prepared file in one transaction.
func (p *Prepared) Store(ctx context.Context, s Store) (Result, error) {
	stored, existing, err := s.IngestAgreement(ctx, p.agreement, p.units, p.data)
	if err != nil {
		return Result{}, fmt.Errorf("ingest %s: %w", p.name, err)
	}
	return Result{Agreement: stored, Existing: existing, Document: p.doc}, nil
}

// Describe makes the agreement and units to store from a parsed document.
func Describe(name string, data []byte, doc *contract.Document, meta Meta) (*frente.Agreement, []*frente.Unit) {
	fileSum := sha256.Sum256(data)
	textSum := sha256.Sum256([]byte(doc.Text))
	a := &frente.Agreement{
		Record:        frente.Record{OwnerID: meta.OwnerID, Visibility: meta.Visibility, Campaigns: meta.Campaigns, Sources: meta.Sources},
		Title:         first(meta.Title, doc.Title, strings.TrimSuffix(filepath.Base(name), filepath.Ext(name))),
		Language:      first(meta.Language, doc.Language, "en"),
		EmployerID:    meta.EmployerID,
		UnionIDs:      meta.UnionIDs,
		WorkplaceIDs:  meta.WorkplaceIDs,
		EffectiveDate: frente.Date(first(string(meta.EffectiveDate), doc.EffectiveDate)),
		ExpiryDate:    frente.Date(first(string(meta.ExpiryDate), doc.ExpiryDate)),
		File: frente.AgreementFile{Name: filepath.Base(name), Format: doc.Format, Size: int64(len(data)),
			SHA256: hex.EncodeToString(fileSum[:])},
		TextSHA256: hex.EncodeToString(textSum[:]),
	}
	var units []*frente.Unit
	var path []*contract.Unit
	seen := map[string]int{}
	contract.Walk(doc.Units, func(u *contract.Unit, depth int) bool {
		path = append(path[:depth], u)
		key := unitKey(path)
		// Two units may cite alike ("Section 3" twice in one article);
		// a counter keeps keys unique and stable for the same text.
		if n := seen[key]; n > 0 {
			seen[key] = n + 1
			key = fmt.Sprintf("%s#%d", key, n+1)
		} else {
			seen[key] = 1
		}
		fu := &frente.Unit{Depth: depth, Kind: string(u.Kind), Number: u.Number, Heading: u.Heading, Text: u.Text,
			Start: u.Start, End: u.End, Key: key, Topics: make([]frente.UnitTopic, 0, len(u.Topics))}
		for i, code := range u.Topics {
			reason := ""
			if i < len(u.Explanations) {
				reason = u.Explanations[i].Reason
			}
			fu.Topics = append(fu.Topics, frente.UnitTopic{Code: code, Reason: reason})
		}
		units = append(units, fu)
		return true
	})
	return a, units
}

// unitKey names a unit by the kinds and numbers (or headings) of its path.
func unitKey(path []*contract.Unit) string {
	parts := make([]string, len(path))
	for i, u := range path {
		id := u.Number
		if id == "" {
			id = strings.ToLower(u.Heading)
		}
		parts[i] = string(u.Kind) + " " + id
	}
	return strings.Join(parts, "/")
}

func first(vals ...string) string {
	for _, v := range vals {
		if strings.TrimSpace(v) != "" {
			return strings.TrimSpace(v)
		}
	}
	return ""
}
