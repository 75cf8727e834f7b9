package frente

import (
	"context"
	"encoding/json"
	"net/mail"
	"strings"
	"time"
)

// Role is what a membership lets a user do in an organization and in all
// the organizations below it.
type Role string

const (
	// RoleViewer reads the organization's records, private ones too.
	RoleViewer Role = "viewer"
	// RoleEditor also creates, changes and deletes them.
	RoleEditor Role = "editor"
	// RoleAdmin also manages the organization's members.
	RoleAdmin Role = "admin"
)

// Roles lists the roles from least to most.
var Roles = []Role{RoleViewer, RoleEditor, RoleAdmin}

// Valid reports whether r is a known role.
func (r Role) Valid() bool { return r.rank() > 0 }

// AtLeast reports whether r includes what min allows.
func (r Role) AtLeast(min Role) bool { return r.rank() >= min.rank() && min.rank() > 0 }

func (r Role) rank() int {
	for i, x := range Roles {
		if r == x {
			return i + 1
		}
	}
	return 0
}

// User is a login.
type User struct {
	ID    ID     `json:"id"`
	Email string `json:"email"`
	Name  string `json:"name"`
	// SiteAdmin may do everything, on every record: the first
	// administrator, and whoever they make one.
	SiteAdmin    bool      `json:"site_admin"`
	PasswordHash string    `json:"-"`
	CreatedAt    time.Time `json:"created_at"`
	UpdatedAt    time.Time `json:"updated_at"`
}

// NormalizeEmail lower-cases and trims an email address, so that one
// person has one account whatever case they type.
func NormalizeEmail(s string) string { return strings.ToLower(strings.TrimSpace(s)) }

// Validate checks a user.
func (u *User) Validate() error {
	var v Invalid
	u.Email = NormalizeEmail(u.Email)
	u.Name = strings.TrimSpace(u.Name)
	if u.Email == "" {
		v.Add("email", "required", "email is required")
	} else if a, err := mail.ParseAddress(u.Email); err != nil || a.Address != u.Email {
		v.Add("email", "invalid_email", "\""+u.Email+"\" is not an email address", u.Email)
	}
	checkLen(&v, "email", u.Email, 254)
	checkLen(&v, "name", u.Name, 200)
	return v.Err()
}

// Membership gives a user a role in an organization and below it.
type Membership struct {
	UserID           ID        `json:"user_id"`
	OrganizationID   ID        `json:"organization_id"`
	Role             Role      `json:"role"`
	CreatedAt        time.Time `json:"created_at"`
	UserEmail        string    `json:"user_email,omitempty"`
	UserName         string    `json:"user_name,omitempty"`
	OrganizationName string    `json:"organization_name,omitempty"`
}

// Token is an API token of a user; its secret is shown once, then only
// its hash is kept.
type Token struct {
	ID         ID         `json:"id"`
	UserID     ID         `json:"user_id"`
	Name       string     `json:"name"`
	CreatedAt  time.Time  `json:"created_at"`
	LastUsedAt *time.Time `json:"last_used_at"`
	RevokedAt  *time.Time `json:"revoked_at"`
}

// Session is a logged-in browser; the cookie holds its secret.
type Session struct {
	UserID     ID
	CreatedAt  time.Time
	LastSeenAt time.Time
}

// Session lifetimes: a session ends after IdleTimeout without a request,
// and after AbsoluteTimeout in any case.
const (
	IdleTimeout     = 12 * time.Hour
	AbsoluteTimeout = 14 * 24 * time.Hour
)

// AuditEntry records one create, change or delete: who, when, which
// record, and its values before and after.
type AuditEntry struct {
	ID        ID              `json:"id"`
	At        time.Time       `json:"at"`
	UserID    ID              `json:"user_id,omitempty"`
	UserEmail string          `json:"user_email,omitempty"`
	Entity    string          `json:"entity"`
	RecordID  ID              `json:"record_id"`
	Action    string          `json:"action"`
	OwnerID   ID              `json:"owner_id,omitempty"`
	Before    json.RawMessage `json:"before"`
	After     json.RawMessage `json:"after"`
}

// AuditFilter selects audit entries.
type AuditFilter struct {
	Entity   string
	RecordID ID
	Limit    int
}

// AccountService keeps users, memberships, sessions, tokens and the audit log.
type AccountService interface {
	// CreateUser stores a new user with a password (hashed by the store's
	// caller into u.PasswordHash).
	CreateUser(ctx context.Context, u *User) error
	FindUserByID(ctx context.Context, id ID) (*User, error)
	FindUserByEmail(ctx context.Context, email string) (*User, error)
	CountUsers(ctx context.Context) (int, error)
	SetPasswordHash(ctx context.Context, id ID, hash string) error

	// Memberships of a user (with organization names), or of an organization.
	MembershipsOfUser(ctx context.Context, userID ID) ([]Membership, error)
	MembershipsOfOrganization(ctx context.Context, orgID ID) ([]Membership, error)
	// SetMembership adds or changes a membership; the viewer must be an
	// admin of the organization (or of one above it).
	SetMembership(ctx context.Context, m Membership) error
	RemoveMembership(ctx context.Context, userID, orgID ID) error
	// ViewerFor builds the viewer of a user: their memberships.
	ViewerFor(ctx context.Context, userID ID) (Viewer, error)

	CreateSession(ctx context.Context, userID ID, secretHash string) error
	// FindSession returns the user of a live session and marks it seen;
	// an idle or expired session is deleted and answers ENOTFOUND.
	FindSession(ctx context.Context, secretHash string) (*User, error)
	DeleteSession(ctx context.Context, secretHash string) error

	CreateToken(ctx context.Context, t *Token, secretHash string) error
	// FindUserByToken returns the user of a live (not revoked) token.
	FindUserByToken(ctx context.Context, secretHash string) (*User, error)
	TokensOfUser(ctx context.Context, userID ID) ([]Token, error)
	RevokeToken(ctx context.Context, userID, tokenID ID) error

	// FindAudit lists audit entries of records the viewer administers.
	FindAudit(ctx context.Context, f AuditFilter) ([]AuditEntry, error)

	// LoginDelay says how many seconds key (an email, an address) must
	// still wait before it may try to log in again; LoginFailed and
	// LoginSucceeded count and forget its failures.
	LoginDelay(ctx context.Context, key string) (int, error)
	LoginFailed(ctx context.Context, key string) error
	LoginSucceeded(ctx context.Context, key string) error
}
