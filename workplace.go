package frente

import (
	"context"
	"fmt"
	"strings"
)

// WorkplaceKind says what a workplace is.
type WorkplaceKind string

const (
	WorkplaceMine     WorkplaceKind = "mine"
	WorkplaceSmelter  WorkplaceKind = "smelter"
	WorkplaceRefinery WorkplaceKind = "refinery"
	WorkplacePlant    WorkplaceKind = "plant"
	WorkplaceOffice   WorkplaceKind = "office"
	WorkplaceOther    WorkplaceKind = "other"
)

// WorkplaceKinds lists the kinds in display order.
var WorkplaceKinds = []WorkplaceKind{WorkplaceMine, WorkplaceSmelter, WorkplaceRefinery, WorkplacePlant, WorkplaceOffice, WorkplaceOther}

// Valid reports whether k is a known kind.
func (k WorkplaceKind) Valid() bool {
	for _, x := range WorkplaceKinds {
		if k == x {
			return true
		}
	}
	return false
}

// Workplace is a physical site operated by an employer, whose workers are
// represented by one or more locals or sections.
type Workplace struct {
	Record
	Name       string        `json:"name"`
	Kind       WorkplaceKind `json:"kind"`
	OperatorID ID            `json:"operator_id,omitempty"`
	// RepresentedBy are the unions, locals or sections of its workers.
	RepresentedBy []ID   `json:"represented_by"`
	Country       string `json:"country"`
	Region        string `json:"region"`
	City          string `json:"city"`
	Notes         string `json:"notes"`
}

// Normalize trims text, upper-cases the country and drops repeated ids.
func (w *Workplace) Normalize() {
	w.Record.normalize()
	w.Name = strings.TrimSpace(w.Name)
	w.Kind = WorkplaceKind(strings.TrimSpace(string(w.Kind)))
	if w.Kind == "" {
		w.Kind = WorkplaceOther
	}
	w.Country = normalizeCountry(w.Country)
	w.Region = strings.TrimSpace(w.Region)
	w.City = strings.TrimSpace(w.City)
	w.Notes = strings.TrimSpace(w.Notes)
	w.RepresentedBy = uniqueIDs(w.RepresentedBy)
}

// Validate checks what can be checked without the store; the store checks
// that the operator is an employer and the representatives are unions.
func (w *Workplace) Validate() error {
	var v Invalid
	w.Record.validate(&v)
	required(&v, "name", w.Name)
	checkLen(&v, "name", w.Name, 300)
	if !w.Kind.Valid() {
		v.Add("kind", "invalid_choice", fmt.Sprintf("kind must be one of %s, not %q", joinKinds(WorkplaceKinds), w.Kind), string(w.Kind))
	}
	checkCountry(&v, "country", w.Country, true)
	checkLen(&v, "region", w.Region, 200)
	checkLen(&v, "city", w.City, 200)
	checkLen(&v, "notes", w.Notes, 20000)
	return v.Err()
}

// uniqueIDs keeps the first of each id, in order.
func uniqueIDs(ids []ID) []ID {
	out := make([]ID, 0, len(ids))
	seen := make(map[ID]bool, len(ids))
	for _, id := range ids {
		if !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	return out
}

// WorkplaceFilter selects workplaces.
type WorkplaceFilter struct {
	ListOptions
	Kind    WorkplaceKind
	Country string
	// OperatorIDs lists the workplaces operated by any of these.
	OperatorIDs []ID
	// RepresentedBy lists the workplaces whose workers this organization
	// represents.
	RepresentedBy ID
}

// WorkplaceService keeps workplaces.
type WorkplaceService interface {
	FindWorkplaceByID(ctx context.Context, id ID) (*Workplace, error)
	FindWorkplaces(ctx context.Context, f WorkplaceFilter) (Page[*Workplace], error)
	CreateWorkplace(ctx context.Context, w *Workplace) error
	UpdateWorkplace(ctx context.Context, id ID, change func(*Workplace) error) (*Workplace, error)
	DeleteWorkplace(ctx context.Context, id ID) error
}
