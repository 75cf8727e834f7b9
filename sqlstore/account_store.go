package sqlstore

import (
	"context"
	"fmt"

	"github.com/frente/frente"
)

const userColumns = "u.id, u.email, u.name, u.site_admin, u.password_hash, u.created_at, u.updated_at"

func scanUser(sc scanner) (*frente.User, error) {
	var u frente.User
	if err := sc.Scan(&u.ID, &u.Email, &u.Name, &u.SiteAdmin, &u.PasswordHash, scanTime{&u.CreatedAt}, scanTime{&u.UpdatedAt}); err != nil {
		return nil, err
	}
	u.CreatedAt, u.UpdatedAt = u.CreatedAt.UTC(), u.UpdatedAt.UTC()
	return &u, nil
}

// CreateUser stores a new user; the email must be new.
func (s *Store) CreateUser(ctx context.Context, u *frente.User) error {
	if err := u.Validate(); err != nil {
		return err
	}
	if u.PasswordHash == "" {
		return frente.Errorf(frente.EINTERNAL, "create user %s without a password hash", u.Email)
	}
	err := s.WithTx(ctx, func(tx *Tx) error {
		now := s.now()
		u.CreatedAt, u.UpdatedAt = now, now
		err := tx.QueryRow(ctx, `INSERT INTO users (email, name, site_admin, password_hash, created_at, updated_at)
			VALUES (?, ?, ?, ?, ?, ?) RETURNING id`, u.Email, u.Name, u.SiteAdmin, u.PasswordHash, now, now).Scan(&u.ID)
		return s.constraint(err, "user", "email")
	})
	if err != nil {
		return fmt.Errorf("store: create user: %w", err)
	}
	return nil
}

func (s *Store) findUser(ctx context.Context, where string, arg any) (u *frente.User, err error) {
	err = s.ReadTx(ctx, func(tx *Tx) error {
		u, err = scanUser(tx.QueryRow(ctx, "SELECT "+userColumns+" FROM users u WHERE "+where, arg))
		return err
	})
	if isNoRows(err) {
		return nil, &frente.Error{Code: frente.ENOTFOUND, Message: "no such user", Key: "err.no_user"}
	} else if err != nil {
		return nil, fmt.Errorf("store: find user: %w", err)
	}
	return u, nil
}

// FindUserByID returns a user.
func (s *Store) FindUserByID(ctx context.Context, id frente.ID) (*frente.User, error) {
	return s.findUser(ctx, "u.id = ?", int64(id))
}

// FindUserByEmail returns the user with this email, in any case.
func (s *Store) FindUserByEmail(ctx context.Context, email string) (*frente.User, error) {
	return s.findUser(ctx, "u.email = ?", frente.NormalizeEmail(email))
}

// CountUsers returns how many users exist.
func (s *Store) CountUsers(ctx context.Context) (n int, err error) {
	err = s.ReadTx(ctx, func(tx *Tx) error { return tx.QueryRow(ctx, "SELECT COUNT(*) FROM users").Scan(&n) })
	return n, err
}

// SetPasswordHash replaces a user's password, ending their sessions.
func (s *Store) SetPasswordHash(ctx context.Context, id frente.ID, hash string) error {
	return s.WithTx(ctx, func(tx *Tx) error {
		res, err := tx.Exec(ctx, "UPDATE users SET password_hash = ?, updated_at = ? WHERE id = ?", hash, s.now(), int64(id))
		if err != nil {
			return fmt.Errorf("store: set password: %w", err)
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return &frente.Error{Code: frente.ENOTFOUND, Message: "no such user", Key: "err.no_user"}
		}
		_, err = tx.Exec(ctx, "DELETE FROM sessions WHERE user_id = ?", int64(id))
		return err
	})
}

const membershipQuery = `SELECT m.user_id, m.organization_id, m.role, m.created_at, u.email, u.name, o.name
	FROM memberships m JOIN users u ON u.id = m.user_id JOIN organizations o ON o.id = m.organization_id`

func scanMemberships(ctx context.Context, tx *Tx, q string, args ...any) ([]frente.Membership, error) {
	rows, err := tx.Query(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []frente.Membership{}
	for rows.Next() {
		var m frente.Membership
		if err := rows.Scan(&m.UserID, &m.OrganizationID, &m.Role, scanTime{&m.CreatedAt}, &m.UserEmail, &m.UserName, &m.OrganizationName); err != nil {
			return nil, err
		}
		m.CreatedAt = m.CreatedAt.UTC()
		out = append(out, m)
	}
	return out, rows.Err()
}

// MembershipsOfUser lists a user's memberships, by organization name.
func (s *Store) MembershipsOfUser(ctx context.Context, userID frente.ID) (out []frente.Membership, err error) {
	err = s.ReadTx(ctx, func(tx *Tx) error {
		out, err = scanMemberships(ctx, tx, membershipQuery+" WHERE m.user_id = ? ORDER BY o.sort_key, o.id", int64(userID))
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("store: memberships of user %d: %w", userID, err)
	}
	return out, nil
}

// MembershipsOfOrganization lists the members of an organization, by
// email, to those with a role in it or above it: who belongs to a union,
// with their email, is the union's own business.
func (s *Store) MembershipsOfOrganization(ctx context.Context, orgID frente.ID) (out []frente.Membership, err error) {
	err = s.ReadTx(ctx, func(tx *Tx) error {
		if _, err := findOrganization(ctx, tx, orgID); err != nil {
			return err
		}
		if err := requireRole(ctx, tx, orgID, frente.RoleViewer); err != nil {
			return err
		}
		out, err = scanMemberships(ctx, tx, membershipQuery+" WHERE m.organization_id = ? ORDER BY u.email", int64(orgID))
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("store: members of organization %d: %w", orgID, err)
	}
	return out, nil
}

// SetMembership adds a membership or changes its role. The viewer must be
// an admin of the organization or of one above it.
func (s *Store) SetMembership(ctx context.Context, m frente.Membership) error {
	var v frente.Invalid
	if !m.Role.Valid() {
		v.Add("role", "invalid_choice", fmt.Sprintf("role must be viewer, editor or admin, not %q", m.Role), string(m.Role))
	}
	if err := v.Err(); err != nil {
		return err
	}
	err := s.WithTx(ctx, func(tx *Tx) error {
		if _, err := findOrganization(ctx, tx, m.OrganizationID); err != nil {
			return err
		}
		if err := requireRole(ctx, tx, m.OrganizationID, frente.RoleAdmin); err != nil {
			return err
		}
		var n int
		if err := tx.QueryRow(ctx, "SELECT COUNT(*) FROM users WHERE id = ?", int64(m.UserID)).Scan(&n); err != nil {
			return err
		}
		if n == 0 {
			v.Add("user_id", "unknown_ref", fmt.Sprintf("user_id: there is no user %d", m.UserID), int64(m.UserID))
			return v.Err()
		}
		res, err := tx.Exec(ctx, "UPDATE memberships SET role = ? WHERE user_id = ? AND organization_id = ?", string(m.Role), int64(m.UserID), int64(m.OrganizationID))
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n > 0 {
			return nil
		}
		_, err = tx.Exec(ctx, "INSERT INTO memberships (user_id, organization_id, role, created_at) VALUES (?, ?, ?, ?)",
			int64(m.UserID), int64(m.OrganizationID), string(m.Role), s.now())
		return err
	})
	if err != nil {
		return fmt.Errorf("store: set membership: %w", err)
	}
	return nil
}

// RemoveMembership removes a user from an organization; the viewer must be
// an admin of it or of one above it.
func (s *Store) RemoveMembership(ctx context.Context, userID, orgID frente.ID) error {
	err := s.WithTx(ctx, func(tx *Tx) error {
		if _, err := findOrganization(ctx, tx, orgID); err != nil {
			return err
		}
		if err := requireRole(ctx, tx, orgID, frente.RoleAdmin); err != nil {
			return err
		}
		res, err := tx.Exec(ctx, "DELETE FROM memberships WHERE user_id = ? AND organization_id = ?", int64(userID), int64(orgID))
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return &frente.Error{Code: frente.ENOTFOUND, Message: "no such membership", Key: "err.no_membership"}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("store: remove membership: %w", err)
	}
	return nil
}

// ViewerFor returns the viewer of a user: a site admin sees everything;
// anyone else what their memberships allow, decided in each query.
func (s *Store) ViewerFor(ctx context.Context, userID frente.ID) (frente.Viewer, error) {
	u, err := s.FindUserByID(ctx, userID)
	if err != nil {
		return frente.Viewer{}, err
	}
	return frente.Viewer{UserID: u.ID, All: u.SiteAdmin}, nil
}

// ListUsers lists every user by email, for the command line.
func (s *Store) ListUsers(ctx context.Context) (out []*frente.User, err error) {
	err = s.ReadTx(ctx, func(tx *Tx) error {
		rows, err := tx.Query(ctx, "SELECT "+userColumns+" FROM users u ORDER BY u.email")
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			u, err := scanUser(rows)
			if err != nil {
				return err
			}
			out = append(out, u)
		}
		return rows.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("store: list users: %w", err)
	}
	return out, nil
}
