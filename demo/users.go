package demo

import (
	"context"

	"github.com/frente/frente"
	"github.com/frente/frente/auth"
)

// Password is the password of the demo users, written in the README.
const Password = "solidarity"

// Users are the demo's logins: an administrator of each union.
var Users = []struct{ Email, Name, OrgRef string }{
	{"usw@example.org", "USW international affairs (demo)", RefUSW},
	{"mineros@example.org", "Los Mineros asuntos internacionales (demo)", RefMineros},
}

func (l *loader) users(ctx context.Context) error {
	for _, du := range Users {
		_, err := l.store.FindUserByEmail(ctx, du.Email)
		if err == nil {
			continue
		} else if frente.ErrorCode(err) != frente.ENOTFOUND {
			return err
		}
		hash, err := auth.HashPassword(Password)
		if err != nil {
			return err
		}
		u := frente.User{Email: du.Email, Name: du.Name, PasswordHash: hash}
		if err := l.store.CreateUser(ctx, &u); err != nil {
			return err
		}
		if err := l.store.SetMembership(ctx, frente.Membership{UserID: u.ID, OrganizationID: l.ids[du.OrgRef], Role: frente.RoleAdmin}); err != nil {
			return err
		}
		l.created++
	}
	return nil
}
