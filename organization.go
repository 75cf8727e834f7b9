package frente

import (
	"context"
	"fmt"
	"strings"
)

// OrgKind says what an organization is.
type OrgKind string

const (
	KindUnion          OrgKind = "union"
	KindUnionBody      OrgKind = "union-body"
	KindLocal          OrgKind = "local"
	KindFederation     OrgKind = "federation"
	KindEmployer       OrgKind = "employer"
	KindCorporateGroup OrgKind = "corporate-group"
)

// OrgKinds lists the kinds in display order.
var OrgKinds = []OrgKind{KindUnion, KindUnionBody, KindLocal, KindFederation, KindEmployer, KindCorporateGroup}

// Valid reports whether k is a known kind.
func (k OrgKind) Valid() bool {
	for _, x := range OrgKinds {
		if k == x {
			return true
		}
	}
	return false
}

// IsEmployer reports whether organizations of kind k employ workers or own
// those that do (they operate workplaces and are the targets of campaigns).
func (k OrgKind) IsEmployer() bool { return k == KindEmployer || k == KindCorporateGroup }

// Organization is a union, one of its bodies, a local or section, a
// federation, an employer or a corporate group. Organizations form trees
// through ParentID: a union and its sections, a group and its affiliates.
type Organization struct {
	Record
	Kind      OrgKind `json:"kind"`
	Name      string  `json:"name"`
	ShortName string  `json:"short_name"`
	// Number is a local's or section's number as the union writes it.
	Number   string `json:"number"`
	Country  string `json:"country"`
	Region   string `json:"region"`
	City     string `json:"city"`
	ParentID ID     `json:"parent_id,omitempty"`
	Website  string `json:"website"`
	Notes    string `json:"notes"`
}

// Label is the name to show in lists: the short name when there is one.
func (o *Organization) Label() string {
	if o.ShortName != "" {
		return o.ShortName
	}
	return o.Name
}

// Normalize trims text and upper-cases the country code.
func (o *Organization) Normalize() {
	o.Record.normalize()
	o.Kind = OrgKind(strings.TrimSpace(string(o.Kind)))
	o.Name = strings.TrimSpace(o.Name)
	o.ShortName = strings.TrimSpace(o.ShortName)
	o.Number = strings.TrimSpace(o.Number)
	o.Country = normalizeCountry(o.Country)
	o.Region = strings.TrimSpace(o.Region)
	o.City = strings.TrimSpace(o.City)
	o.Website = strings.TrimSpace(o.Website)
	o.Notes = strings.TrimSpace(o.Notes)
}

// Validate checks what can be checked without the store; the store checks
// the parent (that it exists and makes no cycle).
func (o *Organization) Validate() error {
	var v Invalid
	o.Record.validate(&v)
	if !o.Kind.Valid() {
		v.Add("kind", "invalid_choice", fmt.Sprintf("kind must be one of %s, not %q", joinKinds(OrgKinds), o.Kind), string(o.Kind))
	}
	required(&v, "name", o.Name)
	checkLen(&v, "name", o.Name, 300)
	checkLen(&v, "short_name", o.ShortName, 100)
	checkLen(&v, "number", o.Number, 40)
	checkCountry(&v, "country", o.Country, true)
	checkLen(&v, "region", o.Region, 200)
	checkLen(&v, "city", o.City, 200)
	if o.Website != "" && !validURL(o.Website) {
		v.Add("website", "invalid_url", fmt.Sprintf("%q is not an http or https URL", o.Website), o.Website)
	}
	checkLen(&v, "notes", o.Notes, 20000)
	if o.ID != 0 && o.ParentID == o.ID {
		v.Add("parent_id", "cycle", "an organization cannot be its own parent")
	}
	return v.Err()
}

func joinKinds[K ~string](ks []K) string {
	s := make([]string, len(ks))
	for i, k := range ks {
		s[i] = string(k)
	}
	return strings.Join(s, ", ")
}

// OrganizationFilter selects organizations.
type OrganizationFilter struct {
	ListOptions
	Kind    OrgKind
	Country string
	// ParentID lists the children of one organization.
	ParentID ID
	// IDs restricts the listing to these organizations.
	IDs []ID
}

// OrganizationService keeps organizations.
type OrganizationService interface {
	FindOrganizationByID(ctx context.Context, id ID) (*Organization, error)
	FindOrganizations(ctx context.Context, f OrganizationFilter) (Page[*Organization], error)
	// OrganizationAncestors returns the parent chain of id, root first.
	OrganizationAncestors(ctx context.Context, id ID) ([]*Organization, error)
	// OrganizationSubtree returns id and everything below it, each after its
	// parent, children in name order.
	OrganizationSubtree(ctx context.Context, id ID) ([]*Organization, error)
	CreateOrganization(ctx context.Context, o *Organization) error
	// UpdateOrganization loads the organization, lets change modify it, then
	// validates and writes it, all in one transaction.
	UpdateOrganization(ctx context.Context, id ID, change func(*Organization) error) (*Organization, error)
	DeleteOrganization(ctx context.Context, id ID) error
}
