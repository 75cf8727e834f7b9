package http_test

import (
	"context"
	"net/http"
	"sort"
	"strings"
	"testing"

	"github.com/frente/frente"
	"github.com/frente/frente/auth"
)

// testAPIAccounts checks who the caller is: every operation refuses a
// malformed, unknown or revoked token with 401; /me and /audit answer for
// the caller.
func testAPIAccounts(t *testing.T, a *apiT) {
	ctx := frente.WithViewer(context.Background(), frente.System)
	u := frente.User{Email: "scripts@example.org", PasswordHash: "unused"}
	if err := a.store.CreateUser(ctx, &u); err != nil {
		t.Fatal(err)
	}
	revoked := auth.NewSecret(auth.TokenPrefix)
	tok := frente.Token{UserID: u.ID, Name: "old script"}
	if err := a.store.CreateToken(ctx, &tok, auth.HashSecret(revoked)); err != nil {
		t.Fatal(err)
	}
	if err := a.store.RevokeToken(ctx, u.ID, tok.ID); err != nil {
		t.Fatal(err)
	}

	var ids []string
	for id := range a.contract.ops {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	var steps []step
	for _, id := range ids {
		op := a.contract.ops[id]
		if op.path == "/healthz" {
			continue // health checks carry no credentials
		}
		url := strings.ReplaceAll(op.path, "{id}", "1")
		for name, token := range map[string]string{
			"malformed":  "Bearer not-a-token",
			"not bearer": "Basic dXNlcjpwYXNz",
			"unknown":    "Bearer " + auth.NewSecret(auth.TokenPrefix),
			"revoked":    "Bearer " + revoked,
		} {
			st := step{name: op.id + " with a " + name + " token", method: op.method, url: url,
				header: map[string]string{"Authorization": token}, status: http.StatusUnauthorized,
				want: map[string]string{"/code": frente.EUNAUTHORIZED}}
			if op.method == http.MethodPost || op.method == http.MethodPatch {
				st.body = `{}`
			}
			steps = append(steps, st)
		}
	}
	steps = append(steps,
		step{name: "me", method: "GET", url: "/api/v1/me", status: 200,
			want: map[string]string{"/user/email": "site-admin@example.org", "/user/site_admin": "true", "/memberships": "[]"}},
		step{name: "me anonymously", method: "GET", url: "/api/v1/me", header: map[string]string{"Authorization": "none"}, status: 401},
		step{name: "create a record to audit", method: "POST", url: "/api/v1/organizations",
			body: `{"kind": "union", "name": "Audited union", "country": "US"}`, status: 201, save: "org"},
		step{name: "change it", method: "PATCH", url: "/api/v1/organizations/{{org}}", body: `{"city": "Pittsburgh"}`, status: 200},
		step{name: "its history", method: "GET", url: "/api/v1/audit?entity=organizations&id={{org}}", status: 200,
			want: map[string]string{"/items/0/action": "update", "/items/0/user_email": "site-admin@example.org",
				"/items/0/before/city": "", "/items/0/after/city": "Pittsburgh", "/items/1/action": "create", "/items/1/before": "null"}},
		step{name: "history with a bad entity", method: "GET", url: "/api/v1/audit?entity=secrets&id=1", status: 400, fields: []string{"entity"}},
		step{name: "history with an unknown parameter", method: "GET", url: "/api/v1/audit?record=1", status: 400, fields: []string{"record"}},
		step{name: "history anonymously", method: "GET", url: "/api/v1/audit?entity=organizations&id={{org}}",
			header: map[string]string{"Authorization": "none"}, status: 401},
	)
	a.run(t, steps)
}
