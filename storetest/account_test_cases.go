package storetest

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/frente/frente"
	"github.com/frente/frente/sqlstore"
)

func testMemberships(t *testing.T, open Opener) {
	a := newAccess(t, open)
	s := a.s
	// An editor is not an admin; the union's admin administers its locals.
	m := frente.Membership{UserID: a.viewerID, OrganizationID: a.local.ID, Role: frente.RoleEditor}
	wantCode(t, s.SetMembership(a.localEditor, m), frente.EFORBIDDEN)
	if err := s.SetMembership(a.uswAdmin, m); err != nil {
		t.Fatal(err)
	}
	ms, err := s.MembershipsOfOrganization(a.uswAdmin, a.local.ID)
	if err != nil || len(ms) != 2 {
		t.Fatalf("members of the local: %+v %v", ms, err)
	}
	for _, m := range ms {
		if m.UserID == a.viewerID && m.Role != frente.RoleEditor {
			t.Fatalf("role not changed: %+v", m)
		}
	}
	wantField(t, s.SetMembership(a.uswAdmin, frente.Membership{UserID: a.viewerID, OrganizationID: a.local.ID, Role: "owner"}), "role", "invalid_choice")
	wantField(t, s.SetMembership(a.uswAdmin, frente.Membership{UserID: 99999, OrganizationID: a.local.ID, Role: "viewer"}), "user_id", "unknown_ref")
	wantCode(t, s.RemoveMembership(a.minerosAdmin, a.viewerID, a.local.ID), frente.EFORBIDDEN)
	if err := s.RemoveMembership(a.uswAdmin, a.viewerID, a.local.ID); err != nil {
		t.Fatal(err)
	}
	wantCode(t, s.RemoveMembership(a.uswAdmin, a.viewerID, a.local.ID), frente.ENOTFOUND)
	mine, err := s.MembershipsOfUser(ctx(), a.uswAdminID)
	if err != nil || len(mine) != 1 || mine[0].OrganizationName != "United Steelworkers" || mine[0].Role != frente.RoleAdmin {
		t.Fatalf("memberships of user: %+v %v", mine, err)
	}
	// Emails are unique whatever their case.
	dup := frente.User{Email: "ADMIN@usw.example", PasswordHash: "x"}
	wantCode(t, s.CreateUser(ctx(), &dup), frente.ECONFLICT)
	bad := frente.User{Email: "not an email", PasswordHash: "x"}
	wantField(t, s.CreateUser(ctx(), &bad), "email", "invalid_email")
	if u, err := s.FindUserByEmail(ctx(), " Admin@USW.example "); err != nil || u.ID != a.uswAdminID {
		t.Fatalf("find by email: %+v %v", u, err)
	}
}

func testSessionsAndTokens(t *testing.T, open Opener) {
	a := newAccess(t, open)
	s := a.s
	store := s.(*sqlstore.Store)
	now := time.Now()
	store.Now = func() time.Time { return now }
	if err := s.CreateSession(ctx(), a.uswAdminID, "hash-1"); err != nil {
		t.Fatal(err)
	}
	if u, err := s.FindSession(ctx(), "hash-1"); err != nil || u.ID != a.uswAdminID {
		t.Fatalf("find session: %+v %v", u, err)
	}
	wantCode(t, errOf(s.FindSession(ctx(), "hash-unknown")), frente.EUNAUTHORIZED)
	// Used within the idle timeout, a session lives until the absolute one.
	step, uses := frente.IdleTimeout-time.Hour, 0
	for {
		now = now.Add(step)
		if _, err := s.FindSession(ctx(), "hash-1"); err != nil {
			break
		}
		if uses++; uses > 100 {
			t.Fatal("a session in use never ends")
		}
	}
	if lived := time.Duration(uses+1) * step; lived <= frente.AbsoluteTimeout || lived > frente.AbsoluteTimeout+step {
		t.Fatalf("session in use ended after %v, want just after %v", lived, frente.AbsoluteTimeout)
	}
	wantCode(t, errOf(s.FindSession(ctx(), "hash-1")), frente.EUNAUTHORIZED)
	// Idle for too long.
	if err := s.CreateSession(ctx(), a.uswAdminID, "hash-2"); err != nil {
		t.Fatal(err)
	}
	now = now.Add(frente.IdleTimeout + time.Minute)
	wantCode(t, errOf(s.FindSession(ctx(), "hash-2")), frente.EUNAUTHORIZED)
	// Logout.
	if err := s.CreateSession(ctx(), a.uswAdminID, "hash-3"); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteSession(ctx(), "hash-3"); err != nil {
		t.Fatal(err)
	}
	wantCode(t, errOf(s.FindSession(ctx(), "hash-3")), frente.EUNAUTHORIZED)

	tok := frente.Token{UserID: a.localEditorID, Name: "import script"}
	if err := s.CreateToken(ctx(), &tok, "token-hash"); err != nil {
		t.Fatal(err)
	}
	if u, err := s.FindUserByToken(ctx(), "token-hash"); err != nil || u.ID != a.localEditorID {
		t.Fatalf("find by token: %+v %v", u, err)
	}
	toks, err := s.TokensOfUser(ctx(), a.localEditorID)
	if err != nil || len(toks) != 1 || toks[0].LastUsedAt == nil || toks[0].RevokedAt != nil {
		t.Fatalf("tokens: %+v %v", toks, err)
	}
	wantCode(t, s.RevokeToken(ctx(), a.uswAdminID, tok.ID), frente.ENOTFOUND) // not theirs
	if err := s.RevokeToken(ctx(), a.localEditorID, tok.ID); err != nil {
		t.Fatal(err)
	}
	wantCode(t, errOf(s.FindUserByToken(ctx(), "token-hash")), frente.EUNAUTHORIZED)
	toks, _ = s.TokensOfUser(ctx(), a.localEditorID)
	if len(toks) != 1 || toks[0].RevokedAt == nil {
		t.Fatalf("revoked token: %+v", toks)
	}

	// Failed logins slow the key down, and a success forgets them.
	for i := 0; i < 5; i++ {
		if err := s.LoginFailed(ctx(), "email:x@example.org"); err != nil {
			t.Fatal(err)
		}
	}
	if d, err := s.LoginDelay(ctx(), "email:x@example.org"); err != nil || d < 2 {
		t.Fatalf("delay after 5 failures: %d %v", d, err)
	}
	if d, _ := s.LoginDelay(ctx(), "email:y@example.org"); d != 0 {
		t.Fatalf("delay of an innocent key: %d", d)
	}
	if err := s.LoginSucceeded(ctx(), "email:x@example.org"); err != nil {
		t.Fatal(err)
	}
	if d, _ := s.LoginDelay(ctx(), "email:x@example.org"); d != 0 {
		t.Fatalf("delay after success: %d", d)
	}
}

func testAudit(t *testing.T, open Opener) {
	a := newAccess(t, open)
	s := a.s
	p := frente.Person{Name: "Organizer"}
	if err := s.CreatePerson(a.localEditor, &p); err != nil {
		t.Fatal(err)
	}
	if _, err := s.UpdatePerson(a.localEditor, p.ID, func(p *frente.Person) error { p.Name = "Lead organizer"; return nil }); err != nil {
		t.Fatal(err)
	}
	f := frente.AuditFilter{Entity: "people", RecordID: p.ID}
	entries, err := s.FindAudit(a.uswAdmin, f)
	if err != nil || len(entries) != 2 {
		t.Fatalf("audit as admin above the owner: %+v %v", entries, err)
	}
	upd := entries[0]
	if upd.Action != "update" || upd.UserEmail != "editor@local.example" || upd.OwnerID != a.local.ID ||
		!strings.Contains(string(upd.Before), `"Organizer"`) || !strings.Contains(string(upd.After), `"Lead organizer"`) {
		t.Fatalf("update entry: %+v before %s after %s", upd, upd.Before, upd.After)
	}
	if entries[1].Action != "create" || string(entries[1].Before) != "null" {
		t.Fatalf("create entry: %+v", entries[1])
	}
	for name, c := range map[string]context.Context{"editor (not admin)": a.localEditor, "another union's admin": a.minerosAdmin} {
		if e, err := s.FindAudit(c, f); err != nil || len(e) != 0 {
			t.Fatalf("audit as %s: %d entries %v", name, len(e), err)
		}
	}
	wantCode(t, errOf(s.FindAudit(a.anonymous, f)), frente.EUNAUTHORIZED)
	if err := s.DeletePerson(a.localEditor, p.ID); err != nil {
		t.Fatal(err)
	}
	entries, _ = s.FindAudit(a.uswAdmin, f)
	if len(entries) != 3 || entries[0].Action != "delete" || string(entries[0].After) != "null" {
		t.Fatalf("after delete: %+v", entries)
	}
	// A refused change leaves no entry.
	_, err = s.UpdateOrganization(a.localViewer, a.local.ID, func(o *frente.Organization) error { o.City = "x"; return nil })
	wantCode(t, err, frente.EFORBIDDEN)
	if e, _ := s.FindAudit(ctx(), frente.AuditFilter{Entity: "organizations", RecordID: a.local.ID}); len(e) != 1 {
		t.Fatalf("audit of the local: %d entries, want only its creation", len(e))
	}
}

func errOf[T any](_ T, err error) error { return err }
