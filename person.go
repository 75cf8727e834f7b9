package frente

import (
	"context"
	"strings"
)

// Person is someone who holds or held a position in an organization.
type Person struct {
	Record
	Name    string `json:"name"`
	Country string `json:"country"`
	Notes   string `json:"notes"`
}

// Normalize trims text.
func (p *Person) Normalize() {
	p.Record.normalize()
	p.Name = strings.TrimSpace(p.Name)
	p.Country = normalizeCountry(p.Country)
	p.Notes = strings.TrimSpace(p.Notes)
}

// Validate checks a person.
func (p *Person) Validate() error {
	var v Invalid
	p.Record.validate(&v)
	required(&v, "name", p.Name)
	checkLen(&v, "name", p.Name, 300)
	checkCountry(&v, "country", p.Country, false)
	checkLen(&v, "notes", p.Notes, 20000)
	return v.Err()
}

// PersonFilter selects people.
type PersonFilter struct {
	ListOptions
	Country string
	// OrganizationID lists the people with a position in it.
	OrganizationID ID
}

// PersonService keeps people.
type PersonService interface {
	FindPersonByID(ctx context.Context, id ID) (*Person, error)
	FindPeople(ctx context.Context, f PersonFilter) (Page[*Person], error)
	CreatePerson(ctx context.Context, p *Person) error
	UpdatePerson(ctx context.Context, id ID, change func(*Person) error) (*Person, error)
	DeletePerson(ctx context.Context, id ID) error
}

// Position is a title a person holds in an organization, from and to a date
// (either may be unknown; no end date means it is held still).
type Position struct {
	Record
	PersonID       ID     `json:"person_id"`
	OrganizationID ID     `json:"organization_id"`
	Title          string `json:"title"`
	From           Date   `json:"from"`
	To             Date   `json:"to"`
	// PersonName and OrganizationName are filled on reads, for display.
	PersonName       string `json:"person_name,omitempty"`
	OrganizationName string `json:"organization_name,omitempty"`
}

// Normalize trims text.
func (p *Position) Normalize() {
	p.Record.normalize()
	p.Title = strings.TrimSpace(p.Title)
	p.From = Date(strings.TrimSpace(string(p.From)))
	p.To = Date(strings.TrimSpace(string(p.To)))
}

// Validate checks a position; the store checks that person and organization exist.
func (p *Position) Validate() error {
	var v Invalid
	p.Record.validate(&v)
	if p.PersonID <= 0 {
		v.Add("person_id", "required", "person_id is required")
	}
	if p.OrganizationID <= 0 {
		v.Add("organization_id", "required", "organization_id is required")
	}
	required(&v, "title", p.Title)
	checkLen(&v, "title", p.Title, 300)
	checkDate(&v, "from", p.From)
	checkDate(&v, "to", p.To)
	if p.From != "" && p.To != "" && p.From.Valid() && p.To.Valid() && p.To < p.From {
		v.Add("to", "before_start", "to is before from")
	}
	return v.Err()
}

// PositionFilter selects positions.
type PositionFilter struct {
	ListOptions
	PersonID       ID
	OrganizationID ID
}

// PositionService keeps positions.
type PositionService interface {
	FindPositionByID(ctx context.Context, id ID) (*Position, error)
	FindPositions(ctx context.Context, f PositionFilter) (Page[*Position], error)
	CreatePosition(ctx context.Context, p *Position) error
	UpdatePosition(ctx context.Context, id ID, change func(*Position) error) (*Position, error)
	DeletePosition(ctx context.Context, id ID) error
}
