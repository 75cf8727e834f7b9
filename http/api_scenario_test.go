package http_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/frente/frente"
	"github.com/frente/frente/auth"
	fhttp "github.com/frente/frente/http"
	"github.com/frente/frente/sqlstore"
	"github.com/frente/frente/storetest"
)

// apiGroups are the scenario groups of TestAPI, each on a store of its own.
var apiGroups = []struct {
	name string
	run  func(t *testing.T, a *apiT)
}{
	{"organizations", testAPIOrganizations},
	{"organization pages", testAPIOrganizationPages},
	{"workplaces", testAPIWorkplaces},
	{"people and positions", testAPIPeople},
	{"campaigns", testAPICampaigns},
	{"routing", testAPIRouting},
	{"bodies and queries", testAPIBadInput},
	{"health", testAPIHealth},
	{"accounts", testAPIAccounts},
}

// TestAPI runs every scenario group on SQLite and, when configured, on
// PostgreSQL, checking every answer against the OpenAPI document; at the
// end it checks that every answer the document promises was seen.
func TestAPI(t *testing.T) {
	c := loadContract(t)
	cv := newCoverage()
	ran := 0
	for _, g := range apiGroups {
		if t.Run(g.name, func(t *testing.T) {
			storetest.Stores(t, func(t *testing.T, s *sqlstore.Store) { g.run(t, newAPIT(t, s, c, cv)) })
		}) {
			ran++
		}
	}
	if ran == len(apiGroups) {
		t.Run("every documented answer checked", func(t *testing.T) { cv.check(t, c) })
	}
}

// apiT is a real HTTP server over a real store, with the scenario state:
// the ids and values saved by earlier steps.
type apiT struct {
	srv *httptest.Server
	// token is a site administrator's API token, sent with every request
	// whose step sets no Authorization header of its own ("none" sends
	// none).
	token    string
	store    frente.Store
	contract *contract
	coverage *coverage
	vars     map[string]string
}

func newAPIT(t *testing.T, s frente.Store, c *contract, cv *coverage) *apiT {
	logs := &lockedBuffer{}
	srv := httptest.NewServer(fhttp.New(s, slog.New(slog.NewTextHandler(logs, nil)), "test"))
	t.Cleanup(func() {
		srv.Close()
		if t.Failed() {
			t.Logf("server log:\n%s", logs.String())
		}
	})
	return &apiT{srv: srv, store: s, contract: c, coverage: cv, vars: map[string]string{}, token: siteAdminToken(t, s)}
}

// siteAdminToken creates a site administrator and returns an API token of
// theirs.
func siteAdminToken(t testing.TB, s frente.Store) string {
	t.Helper()
	ctx := frente.WithViewer(context.Background(), frente.System)
	u := frente.User{Email: "site-admin@example.org", SiteAdmin: true, PasswordHash: "unused: tests log in by token"}
	if err := s.CreateUser(ctx, &u); err != nil {
		t.Fatal(err)
	}
	secret := auth.NewSecret(auth.TokenPrefix)
	if err := s.CreateToken(ctx, &frente.Token{UserID: u.ID, Name: "tests"}, auth.HashSecret(secret)); err != nil {
		t.Fatal(err)
	}
	return secret
}

// lockedBuffer is the server's log, written by its goroutines.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// step is one request of a scenario and what its answer must be. In url,
// body, header values and want values, {{name}} stands for what an earlier
// step saved under name.
type step struct {
	name   string
	method string
	url    string
	body   string
	header map[string]string
	status int
	// want maps JSON pointers of the answer to their values: a string
	// value compares as is, any other value as its JSON text ("2",
	// "[3,4]"); "<absent>" means the pointer must not exist.
	want map[string]string
	// fields are the fields a problem must name, as "field" or "field=code".
	fields []string
	// contains are texts the raw answer must contain.
	contains []string
	// headers are headers the answer must have, with these values.
	headers map[string]string
	// save remembers the answer's id under this name.
	save string
}

const absent = "<absent>"

// run runs steps in order, stopping at the first that fails: later steps
// use what earlier ones created.
func (a *apiT) run(t *testing.T, steps []step) {
	t.Helper()
	for _, st := range steps {
		if !t.Run(st.name, func(t *testing.T) { a.do(t, st) }) {
			t.FailNow()
		}
	}
}

// do runs one step. A request that writes and fails must change nothing:
// every record is read before and after and compared.
func (a *apiT) do(t *testing.T, st step) map[string]any {
	t.Helper()
	expand := a.expander()
	header := map[string]string{}
	for k, v := range st.header {
		header[k] = expand(v)
	}
	var body []byte
	if st.body != "" {
		body = []byte(expand(st.body))
	}
	writes := st.method != http.MethodGet && st.method != http.MethodHead
	var before string
	if writes && st.status >= 400 {
		before = a.snapshot(t)
	}
	x := a.send(t, st.method, expand(st.url), body, header)
	if x.status != st.status {
		t.Fatalf("%s %s: status %d, want %d\n%s", st.method, x.path, x.status, st.status, x.body)
	}
	var answer map[string]any
	if len(x.body) > 0 && x.method != http.MethodHead {
		if err := json.Unmarshal(x.body, &answer); err != nil {
			t.Fatalf("answer is not a JSON object: %v\n%s", err, x.body)
		}
	}
	for ptr, want := range st.want {
		want = expand(want)
		got, ok := pointer(answer, ptr)
		switch {
		case want == absent && ok:
			t.Errorf("%s = %v, want it absent", ptr, got)
		case want == absent:
		case !ok:
			t.Errorf("%s is absent, want %s\n%s", ptr, want, x.body)
		case textOf(got) != want:
			t.Errorf("%s = %s, want %s", ptr, textOf(got), want)
		}
	}
	for _, f := range st.fields {
		if !hasField(answer, f) {
			t.Errorf("problem does not name %s:\n%s", f, x.body)
		}
	}
	for k, v := range st.headers {
		if got := x.header.Get(k); got != expand(v) {
			t.Errorf("header %s = %q, want %q", k, got, expand(v))
		}
	}
	for _, s := range st.contains {
		if !strings.Contains(string(x.body), expand(s)) {
			t.Errorf("answer does not contain %q:\n%s", s, x.body)
		}
	}
	if writes && st.status >= 400 {
		if after := a.snapshot(t); after != before {
			t.Errorf("a refused %s changed the records:\nbefore %s\nafter  %s", st.method, before, after)
		}
	}
	if writes && x.status < 300 && body != nil {
		if err := a.contract.checkRequest(x); err != nil {
			t.Error(err)
		}
	}
	if st.save != "" {
		id, ok := pointer(answer, "/id")
		if !ok {
			t.Fatalf("no id to save as %s:\n%s", st.save, x.body)
		}
		a.vars[st.save] = textOf(id)
	}
	return answer
}

// send makes one request and checks its answer against the document.
func (a *apiT) send(t *testing.T, method, url string, body []byte, header map[string]string) exchange {
	t.Helper()
	var rd io.Reader
	if body != nil {
		rd = bytes.NewReader(body)
	}
	req, err := http.NewRequest(method, a.srv.URL+url, rd)
	if err != nil {
		t.Fatal(err)
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	if _, ok := header["Authorization"]; !ok && a.token != "" {
		req.Header.Set("Authorization", "Bearer "+a.token)
	}
	for k, v := range header {
		if k == "Authorization" && v == "none" {
			continue
		}
		req.Header.Set(k, v)
	}
	res, err := a.srv.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	got, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	x := exchange{method: method, path: req.URL.Path, reqType: req.Header.Get("Content-Type"), reqBody: body,
		status: res.StatusCode, header: res.Header, body: got}
	if x.status == http.StatusInternalServerError {
		t.Errorf("%s %s answered %d:\n%s", method, url, x.status, got)
	}
	op, err := a.contract.check(x)
	if err != nil {
		t.Error(err)
	}
	if op != "" {
		a.coverage.add(op, x.status)
	}
	return x
}

// get reads url and decodes its JSON answer into v.
func (a *apiT) get(t *testing.T, url string, v any) {
	t.Helper()
	x := a.send(t, http.MethodGet, url, nil, nil)
	if x.status != http.StatusOK {
		t.Fatalf("GET %s: status %d\n%s", url, x.status, x.body)
	}
	if err := json.Unmarshal(x.body, v); err != nil {
		t.Fatalf("GET %s: %v", url, err)
	}
}

// expander replaces {{name}} with what was saved under name.
func (a *apiT) expander() func(string) string {
	var pairs []string
	for k, v := range a.vars {
		pairs = append(pairs, "{{"+k+"}}", v)
	}
	r := strings.NewReplacer(pairs...)
	return r.Replace
}

// snapshot is every record of the store, as JSON.
func (a *apiT) snapshot(t *testing.T) string {
	t.Helper()
	ctx := frente.WithViewer(context.Background(), frente.System)
	all := frente.ListOptions{Limit: frente.MaxLimit}
	var parts []any
	add := func(v any, err error) {
		if err != nil {
			t.Fatalf("snapshot: %v", err)
		}
		parts = append(parts, v)
	}
	add(a.store.FindOrganizations(ctx, frente.OrganizationFilter{ListOptions: all}))
	add(a.store.FindWorkplaces(ctx, frente.WorkplaceFilter{ListOptions: all}))
	add(a.store.FindPeople(ctx, frente.PersonFilter{ListOptions: all}))
	add(a.store.FindPositions(ctx, frente.PositionFilter{ListOptions: all}))
	add(a.store.FindCampaigns(ctx, frente.CampaignFilter{ListOptions: all}))
	add(a.store.FindNegotiations(ctx, frente.NegotiationFilter{ListOptions: all}))
	add(a.store.FindProposals(ctx, frente.ProposalFilter{ListOptions: all}))
	b, err := json.Marshal(parts)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// pointer returns the value at a JSON pointer ("/items/0/name").
func pointer(doc any, ptr string) (any, bool) {
	cur := doc
	for _, tok := range strings.Split(ptr, "/")[1:] {
		switch v := cur.(type) {
		case map[string]any:
			next, ok := v[tok]
			if !ok {
				return nil, false
			}
			cur = next
		case []any:
			var i int
			if _, err := fmt.Sscan(tok, &i); err != nil || i < 0 || i >= len(v) {
				return nil, false
			}
			cur = v[i]
		default:
			return nil, false
		}
	}
	return cur, true
}

// textOf is a string as is, anything else as compact JSON.
func textOf(v any) string {
	if s, ok := v.(string); ok {
		return s
	}
	b, _ := json.Marshal(v)
	return string(b)
}

// hasField reports whether a problem names field ("field" or "field=code").
func hasField(problem map[string]any, want string) bool {
	field, code, _ := strings.Cut(want, "=")
	errs, _ := problem["errors"].([]any)
	for _, e := range errs {
		e, _ := e.(map[string]any)
		if e["field"] == field && (code == "" || e["code"] == code) {
			return true
		}
	}
	return false
}
