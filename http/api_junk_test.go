package http_test

import (
	"bytes"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"sort"
	"strings"
	"testing"

	fhttp "github.com/frente/frente/http"
	"github.com/frente/frente/sqlstore"
	"github.com/frente/frente/storetest"
)

// junkBodies are request bodies no client should send. Every one must get
// a documented answer, never a 500 or a dropped connection.
var junkBodies = []string{
	``, ` `, `null`, `true`, `0`, `-1`, `1e999`, `"x"`, `[]`, `[{}]`, `{}`, `{`, `}`, `{"`, `{"a"}`, `{"a":}`,
	`{} []`, `{"name": "x"}{"name": "y"}`, "\xff\xfe{}", "{\"name\": \"\xff\"}", `{"name": "\ud800"}`,
	`{"name": "a\u0000b"}`, `{"name": "` + strings.Repeat("\\u0000", 10) + `"}`, `{"notes": "\u0007\u001b"}`,
	`{"name": {"a": 1}}`, `{"name": ["x"]}`, `{"name": null, "kind": null, "country": null}`, `{"NAME": "x"}`,
	`{"id": -5}`, `{"id": "x"}`, `{"id": 1e30}`, `{"created_at": "yesterday"}`, `{"updated_at": 5}`,
	`{"parent_id": 1.5}`, `{"parent_id": 9223372036854775808}`, `{"parent_id": "-1"}`, `{"parent_id": true}`,
	`{"owner_id": {}}`, `{"visibility": 1}`, `{"ref": "` + strings.Repeat("r", 300) + `"}`,
	`{"sources": {}}`, `{"sources": [null]}`, `{"sources": [1, "x", [], {}]}`, `{"sources": [{"url": "javascript:alert(1)"}]}`,
	`{"represented_by": [1.5, -1, "x", null]}`, `{"represented_by": {}}`, `{"members": [0]}`, `{"members": "1,2"}`,
	`{"countries": [1]}`, `{"countries": [""]}`, `{"countries": ["` + strings.Repeat("A", 1000) + `"]}`,
	`{"person_id": []}`, `{"organization_id": false}`, `{"from": "2024-02-30"}`, `{"to": 20240101}`, `{"title": "` + strings.Repeat("t", 400) + `"}`,
	`{"kind": "` + strings.Repeat("k", 5000) + `"}`, `{"target_id": "9999999999999999999999"}`,
	strings.Repeat("[", 100000), strings.Repeat(`{"a":`, 20000), `{"name": "` + strings.Repeat("é", 100000) + `"}`,
}

// junkQueries are query strings for listings.
var junkQueries = []string{
	`%`, `%zz`, `&&&`, `=`, `==x`, `q`, `q=%00`, `q=%FF%FE`, `q=` + strings.Repeat("%25", 150), `q=%25%5F%5C`, `q=` + strings.Repeat("x+", 5000),
	`limit=-1`, `limit=1e3`, `limit=99999999999999999999`, `limit=+5`, `limit=%205`, `cursor=%00`, `cursor=_wAx`, `cursor=AAAA`,
	`cursor=` + strings.Repeat("A", 5000), `ref=%00`, `ref=` + strings.Repeat("r", 300), `kind=%00`, `kind=union&kind=union`,
	`country=%C3%B1`, `country=us%00`, `parent=9223372036854775808`, `parent=0x10`, `operator=1e3`, `represented_by=-0`,
	`person=%20`, `organization=1;2`, `target=1&target=2`, `member=%E2%80%AE1`, `a[]=1`, `;`, `q=a;b`,
}

// TestAPIJunk throws junk bodies at every route of the document that takes
// one, junk query strings at every listing, and junk ids at every record
// path, on both stores. Every answer must be one the document promises.
func TestAPIJunk(t *testing.T) {
	c := loadContract(t)
	patterns := make([]string, 0, len(c.ops))
	for p := range c.ops {
		patterns = append(patterns, p)
	}
	sort.Strings(patterns)
	storetest.Stores(t, func(t *testing.T, s *sqlstore.Store) {
		a := newAPIT(t, s, c, newCoverage())
		a.do(t, step{method: "POST", url: orgs, status: 201, save: "org", body: `{"kind": "union", "name": "Los Mineros", "country": "MX"}`})
		a.do(t, step{method: "POST", url: people, status: 201, save: "person", body: `{"name": "N. Gómez"}`})
		ids := []string{a.vars["org"], a.vars["person"], "0", "-1", "abc", "1.5", "99999999999999999999", "%00", "%FF", "1%20", "1;2"}
		for _, pattern := range patterns {
			op := c.ops[pattern]
			paths := []string{op.path}
			if strings.Contains(op.path, "{id}") {
				paths = paths[:0]
				for _, id := range ids {
					paths = append(paths, strings.ReplaceAll(op.path, "{id}", id))
				}
			}
			for _, path := range paths {
				switch op.method {
				case http.MethodPost, http.MethodPatch:
					for _, b := range junkBodies {
						a.send(t, op.method, path, []byte(b), nil)
					}
				case http.MethodGet:
					a.send(t, op.method, path, nil, nil)
					if op.spec["parameters"] != nil {
						for _, q := range junkQueries {
							a.send(t, op.method, path+"?"+q, nil, nil)
						}
					}
				default:
					a.send(t, op.method, path, nil, nil)
				}
			}
		}
		// Junk may have been accepted (an empty patch is a valid patch),
		// but whatever was stored must read back as the document says.
		for _, coll := range collections {
			var page map[string]any
			a.get(t, coll+"?limit=500", &page)
		}
	})
}

// FuzzAPIBody sends fuzzed bodies to create and change every kind of
// record. The seeds run with every go test; go test -fuzz=FuzzAPIBody
// looks further.
func FuzzAPIBody(f *testing.F) {
	for _, b := range junkBodies {
		if len(b) < 1000 {
			f.Add(b)
		}
	}
	f.Add(`{"kind": "local", "name": "Sección 65", "country": "mx", "parent_id": "1"}`)
	f.Add(`{"name": "Mission Mine", "represented_by": [1, 1], "country": "US"}`)
	f.Add(`{"name": "Frente", "members": [1], "countries": ["pe", "mx"]}`)
	c := loadContract(f)
	store := storetest.SQLite(f)
	srv := fhttp.New(store, nil, "test")
	bearer := "Bearer " + siteAdminToken(f, store)
	request := func(method, path, body string) *http.Request {
		r := httptest.NewRequest(method, path, strings.NewReader(body))
		r.Header.Set("Authorization", bearer)
		return r
	}
	seed := httptest.NewRecorder()
	srv.ServeHTTP(seed, request(http.MethodPost, orgs, `{"kind": "union", "name": "USW", "country": "US"}`))
	if seed.Code != http.StatusCreated {
		f.Fatalf("seed: %d %s", seed.Code, seed.Body)
	}
	f.Fuzz(func(t *testing.T, body string) {
		for _, coll := range collections {
			for _, req := range []struct{ method, path string }{{http.MethodPost, coll}, {http.MethodPatch, coll + "/1"}} {
				rec := httptest.NewRecorder()
				srv.ServeHTTP(rec, request(req.method, req.path, body))
				res := rec.Result()
				got, _ := io.ReadAll(res.Body)
				if res.StatusCode == http.StatusInternalServerError {
					t.Fatalf("%s %s %q: 500\n%s", req.method, req.path, body, got)
				}
				x := exchange{method: req.method, path: (&url.URL{Path: req.path}).Path, reqBody: []byte(body),
					status: res.StatusCode, header: res.Header, body: bytes.TrimSpace(got)}
				if _, err := c.check(x); err != nil {
					t.Fatal(err)
				}
			}
		}
	})
}
