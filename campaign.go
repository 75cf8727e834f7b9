package frente

import (
	"context"
	"sort"
	"strings"
)

// Campaign is a coalition of organizations, across countries, against one
// employer or corporate group: the common front.
type Campaign struct {
	Record
	Name        string   `json:"name"`
	TargetID    ID       `json:"target_id,omitempty"`
	Members     []ID     `json:"members"`
	Countries   []string `json:"countries"`
	Description string   `json:"description"`
}

// Normalize trims text, upper-cases and sorts the countries, drops repeats.
func (c *Campaign) Normalize() {
	c.Record.normalize()
	c.Name = strings.TrimSpace(c.Name)
	c.Description = strings.TrimSpace(c.Description)
	c.Members = uniqueIDs(c.Members)
	seen := map[string]bool{}
	countries := make([]string, 0, len(c.Countries))
	for _, cc := range c.Countries {
		cc = normalizeCountry(cc)
		if cc != "" && !seen[cc] {
			seen[cc] = true
			countries = append(countries, cc)
		}
	}
	sort.Strings(countries)
	c.Countries = countries
}

// Validate checks a campaign; the store checks target and members.
func (c *Campaign) Validate() error {
	var v Invalid
	c.Record.validate(&v)
	required(&v, "name", c.Name)
	checkLen(&v, "name", c.Name, 300)
	for _, cc := range c.Countries {
		checkCountry(&v, "countries", cc, false)
	}
	checkLen(&v, "description", c.Description, 20000)
	return v.Err()
}

// CampaignFilter selects campaigns.
type CampaignFilter struct {
	ListOptions
	Country  string
	TargetID ID
	// MemberID lists the campaigns this organization is a member of.
	MemberID ID
}

// CampaignService keeps campaigns.
type CampaignService interface {
	FindCampaignByID(ctx context.Context, id ID) (*Campaign, error)
	FindCampaigns(ctx context.Context, f CampaignFilter) (Page[*Campaign], error)
	CreateCampaign(ctx context.Context, c *Campaign) error
	UpdateCampaign(ctx context.Context, id ID, change func(*Campaign) error) (*Campaign, error)
	DeleteCampaign(ctx context.Context, id ID) error
}

// Store is everything a storage backend provides.
type Store interface {
	OrganizationService
	WorkplaceService
	PersonService
	PositionService
	CampaignService
	AccountService
	AgreementService
	NegotiationService
	ProposalService
	DisputeService
	DisputeImporter
	IncidentService
	MessageService
	PledgeService
	RequestService
	CalendarService
	// Authorize answers whether the viewer may act with at least the role
	// min on a record of entity (its collection name, "organizations"):
	// ENOTFOUND when they may not see it, EUNAUTHORIZED when anonymous,
	// EFORBIDDEN when their role is short.
	Authorize(ctx context.Context, entity string, id ID, min Role) error
	// Ping reports whether the database answers.
	Ping(ctx context.Context) error
	Close() error
}
