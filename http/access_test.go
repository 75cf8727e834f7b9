package http_test

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/frente/frente"
	"github.com/frente/frente/auth"
	fhttp "github.com/frente/frente/http"
	"github.com/frente/frente/sqlstore"
	"github.com/frente/frente/storetest"
)

// The callers of the access test: members of the owner (the USW) with
// each role, a member of a union outside the campaign, a member of a
// campaign partner (Los Mineros), and nobody.
type role string

const (
	anonymous role = "anonymous"
	viewer    role = "viewer of the owner"
	editor    role = "editor of the owner"
	admin     role = "admin of the owner"
	outsider  role = "member of another union"
	partner   role = "member of a campaign partner"
)

var roles = []role{anonymous, viewer, editor, admin, outsider, partner}

var visibilities = []frente.Visibility{frente.Private, frente.CampaignVisible, frente.Public}

// sees says who may read a record of the USW with visibility v.
func sees(r role, v frente.Visibility) bool {
	switch {
	case v == frente.Public:
		return true
	case r == viewer || r == editor || r == admin:
		return true
	case v == frente.CampaignVisible && r == partner:
		return true
	}
	return false
}

// writes says who may change a record of the USW.
func writes(r role) bool { return r == editor || r == admin }

// accessWorld is a server over a store with the owner, the partner and the
// outsider, a campaign of the first two, a user per role, and records of
// every kind and visibility owned by the USW.
type accessWorld struct {
	t        *testing.T
	srv      *httptest.Server
	store    frente.Store
	usw      *frente.Organization
	mineros  *frente.Organization
	campaign *frente.Campaign
	cookies  map[role]string
	userIDs  map[role]frente.ID
	seq      int
	// prefix starts the names of new records: "0" sorts them first, onto
	// the home page's first page of campaigns.
	prefix    string
	silentOrg *frente.Organization
}

func newAccessWorld(t *testing.T, s frente.Store) *accessWorld {
	w := &accessWorld{t: t, store: s, cookies: map[role]string{}, userIDs: map[role]frente.ID{}}
	w.srv = httptest.NewServer(fhttp.New(s, nil, "test"))
	t.Cleanup(w.srv.Close)
	ctx := w.system()
	w.usw = &frente.Organization{Kind: "union", Name: "United Steelworkers", Country: "US", Record: frente.Record{Visibility: frente.Public}}
	w.mineros = &frente.Organization{Kind: "union", Name: "Los Mineros", Country: "MX", Record: frente.Record{Visibility: frente.Public}}
	other := &frente.Organization{Kind: "union", Name: "Other union", Country: "CA", Record: frente.Record{Visibility: frente.Public}}
	for _, o := range []*frente.Organization{w.usw, w.mineros, other} {
		if err := s.CreateOrganization(ctx, o); err != nil {
			t.Fatal(err)
		}
	}
	w.campaign = &frente.Campaign{Name: "Common front", Members: []frente.ID{w.usw.ID, w.mineros.ID}, Record: frente.Record{Visibility: frente.Public}}
	if err := s.CreateCampaign(ctx, w.campaign); err != nil {
		t.Fatal(err)
	}
	for _, u := range []struct {
		role role
		org  frente.ID
		as   frente.Role
	}{
		{viewer, w.usw.ID, frente.RoleViewer}, {editor, w.usw.ID, frente.RoleEditor}, {admin, w.usw.ID, frente.RoleAdmin},
		{outsider, other.ID, frente.RoleAdmin}, {partner, w.mineros.ID, frente.RoleAdmin},
	} {
		hash, err := auth.HashPassword("correct horse battery")
		if err != nil {
			t.Fatal(err)
		}
		user := frente.User{Email: strings.ReplaceAll(string(u.role), " ", "-") + "@example.org", PasswordHash: hash}
		if err := s.CreateUser(ctx, &user); err != nil {
			t.Fatal(err)
		}
		if err := s.SetMembership(ctx, frente.Membership{UserID: user.ID, OrganizationID: u.org, Role: u.as}); err != nil {
			t.Fatal(err)
		}
		w.userIDs[u.role] = user.ID
		w.cookies[u.role] = w.session(user.ID)
	}
	return w
}

func (w *accessWorld) system() context.Context {
	return frente.WithViewer(context.Background(), frente.System)
}

// session logs a user in and returns the session cookie's value.
func (w *accessWorld) session(userID frente.ID) string {
	secret := auth.NewSecret(auth.SessionPrefix)
	if err := w.store.CreateSession(w.system(), userID, auth.HashSecret(secret)); err != nil {
		w.t.Fatal(err)
	}
	return secret
}

// record creates a fresh record of entity, owned by the USW, with
// visibility v, and returns its id and the name it can be found by.
func (w *accessWorld) record(entity string, v frente.Visibility) (frente.ID, string) {
	w.seq++
	name := w.prefix + fmt.Sprintf("Zq%s%dq", v, w.seq)
	rec := frente.Record{OwnerID: w.usw.ID, Visibility: v}
	if v == frente.CampaignVisible {
		rec.Campaigns = []frente.ID{w.campaign.ID}
	}
	ctx := w.system()
	var err error
	var id frente.ID
	switch entity {
	case "organizations":
		o := &frente.Organization{Record: rec, Kind: "union-body", Name: name, Country: "US", ParentID: w.usw.ID}
		err = w.store.CreateOrganization(ctx, o)
		id = o.ID
	case "workplaces":
		x := &frente.Workplace{Record: rec, Name: name, Kind: "mine", Country: "US"}
		err = w.store.CreateWorkplace(ctx, x)
		id = x.ID
	case "people":
		x := &frente.Person{Record: rec, Name: name}
		err = w.store.CreatePerson(ctx, x)
		id = x.ID
	case "positions":
		p := &frente.Person{Record: frente.Record{Visibility: frente.Public}, Name: "Holder of " + name}
		if err = w.store.CreatePerson(ctx, p); err == nil {
			x := &frente.Position{Record: rec, PersonID: p.ID, OrganizationID: w.usw.ID, Title: name}
			err = w.store.CreatePosition(ctx, x)
			id = x.ID
		}
	case "campaigns":
		x := &frente.Campaign{Record: rec, Name: name, Members: []frente.ID{w.usw.ID, w.mineros.ID}}
		err = w.store.CreateCampaign(ctx, x)
		id = x.ID
	case "agreements":
		id, err = w.agreement(name, rec)
	case "negotiations":
		x := &frente.Negotiation{Record: rec, Title: name, CampaignID: w.campaign.ID}
		err = w.store.CreateNegotiation(ctx, x)
		id = x.ID
	case "proposals":
		// At a public table, so that the proposal's own visibility decides.
		n := &frente.Negotiation{Record: frente.Record{OwnerID: w.usw.ID, Visibility: frente.Public}, Title: "Table of " + name, CampaignID: w.campaign.ID}
		if err = w.store.CreateNegotiation(ctx, n); err == nil {
			x := &frente.Proposal{Record: rec, NegotiationID: n.ID, Side: frente.SideEmployer, Date: "2026-03-05", Title: name,
				Topics: []string{"attendance"}, Text: "Points for every absence."}
			err = w.store.CreateProposal(ctx, x)
			id = x.ID
		}
	case "disputes":
		x := &frente.Dispute{Record: rec, Title: name, Start: "2020-05-01", CampaignIDs: []frente.ID{w.campaign.ID}}
		err = w.store.CreateDispute(ctx, x)
		id = x.ID
	case "incidents":
		x := &frente.Incident{Record: rec, Title: name, Date: "2006-02-19", Kind: frente.IncidentExplosion, CampaignIDs: []frente.ID{w.campaign.ID}}
		err = w.store.CreateIncident(ctx, x)
		id = x.ID
	case "messages":
		x := &frente.Message{Record: rec, Subject: name, Date: "2013-08-01", Language: "en", SenderIDs: []frente.ID{w.usw.ID},
			CampaignIDs: []frente.ID{w.campaign.ID}, RecipientIDs: []frente.ID{w.mineros.ID}}
		if err = w.store.CreateMessage(ctx, x); err == nil {
			_, err = w.store.SetMessageFile(ctx, x.ID, frente.MessageFile{Name: name + ".txt", Type: "text/plain", SHA256: "0"}, []byte(name))
		}
		id = x.ID
	case "pledges":
		x := &frente.Pledge{Record: rec, FromID: w.usw.ID, ToCampaignID: w.campaign.ID, Kind: frente.PledgeDelegation, Terms: name}
		err = w.store.CreatePledge(ctx, x)
		id = x.ID
	case "requests":
		// To a union nobody belongs to: the side asked sees a request
		// whatever its visibility, and here it has no members.
		x := &frente.Request{Record: rec, ToID: w.silent().ID, Summary: name}
		err = w.store.CreateRequest(ctx, x)
		id = x.ID
	default:
		w.t.Fatalf("no records of %q", entity)
	}
	if err != nil {
		w.t.Fatalf("create %s: %v", entity, err)
	}
	return id, name
}

// silent is a public union with no members, that requests in these tests
// are addressed to.
func (w *accessWorld) silent() *frente.Organization {
	if w.silentOrg == nil {
		w.silentOrg = &frente.Organization{Kind: "union", Name: "Silent union", Country: "CA", Record: frente.Record{Visibility: frente.Public}}
		if err := w.store.CreateOrganization(w.system(), w.silentOrg); err != nil {
			w.t.Fatal(err)
		}
	}
	return w.silentOrg
}

// answer is what the server said.
type answer struct {
	status   int
	location string
	body     string
}

// do sends a request as r, following no redirects.
func (w *accessWorld) do(r role, method, path string, form url.Values, json string) answer {
	w.t.Helper()
	var body io.Reader
	req, err := http.NewRequest(method, w.srv.URL+path, nil)
	if err != nil {
		w.t.Fatal(err)
	}
	switch {
	case form != nil:
		body = strings.NewReader(form.Encode())
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	case json != "":
		body = strings.NewReader(json)
		req.Header.Set("Content-Type", "application/json")
	}
	if body != nil {
		req.Body = io.NopCloser(body)
	}
	if c := w.cookies[r]; c != "" {
		req.AddCookie(&http.Cookie{Name: "frente_session", Value: c})
	}
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	res, err := client.Do(req)
	if err != nil {
		w.t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return answer{status: res.StatusCode, location: res.Header.Get("Location"), body: string(b)}
}

// toLogin reports whether a page answer sends the reader to log in.
func (a answer) toLogin() bool {
	return a.status == http.StatusSeeOther && strings.HasPrefix(a.location, "/login")
}

func status(codes ...int) func(answer) bool {
	return func(a answer) bool { return slices.Contains(codes, a.status) }
}

// writeOutcome is what a change of a record of visibility v answers r:
// not found when unseen, a login when anonymous, forbidden without the
// role, success otherwise.
func writeOutcome(r role, v frente.Visibility, api bool, success int) (func(answer) bool, string) {
	switch {
	case !sees(r, v):
		return status(404), "404"
	case r == anonymous && api:
		return status(401), "401"
	case r == anonymous:
		return answer.toLogin, "a redirect to /login"
	case !writes(r):
		return status(403), "403"
	}
	return status(success), fmt.Sprint(success)
}

var (
	apiCollection = regexp.MustCompile(`^(GET|POST) /api/v1/(organizations|workplaces|people|positions|campaigns|negotiations|proposals|disputes|incidents|messages|pledges|requests)$`)
	apiRecord     = regexp.MustCompile(`^(GET|PATCH|DELETE) /api/v1/(organizations|workplaces|people|positions|campaigns|agreements|negotiations|proposals|disputes|incidents|messages|pledges|requests)/\{id\}$`)
	pageList      = regexp.MustCompile(`^GET /(organizations|workplaces|people|agreements|negotiations|disputes|incidents|messages)$`)
	pageNew       = regexp.MustCompile(`^GET /(organizations|workplaces|people|positions|campaigns|negotiations|proposals|disputes|incidents|messages|pledges|requests)/new$`)
	pageCreate    = regexp.MustCompile(`^POST /(organizations|workplaces|people|positions|campaigns|negotiations|proposals|disputes|incidents|messages|pledges|requests)$`)
	pageRecord    = regexp.MustCompile(`^(GET|POST) /(organizations|workplaces|people|positions|campaigns|agreements|negotiations|proposals|disputes|incidents|messages|pledges|requests)/\{id\}(/edit|/delete)?$`)
)

// TestAccess walks every route the server registers, as every kind of
// caller, on records of every visibility, and checks what each may do.
// A route without an entry here fails the test.
func TestAccess(t *testing.T) {
	storetest.Stores(t, func(t *testing.T, s *sqlstore.Store) {
		w := newAccessWorld(t, s)
		routes := fhttp.New(s, nil, "test").Routes()
		for _, pattern := range routes {
			t.Run(pattern, func(t *testing.T) {
				w.t = t
				checks := w.checksFor(pattern)
				if checks == nil {
					t.Fatalf("no access entry for route %q: say who may use it in access_test.go", pattern)
				}
				for _, c := range checks {
					c.run(t)
				}
			})
		}
	})
}

// accessCheck is one request, as one caller, and its expected outcome.
type accessCheck struct {
	name string
	send func() answer
	ok   func(answer) bool
	want string
}

func (c accessCheck) run(t *testing.T) {
	t.Helper()
	a := c.send()
	if !c.ok(a) {
		t.Errorf("%s: answered %d (Location %q), want %s\n%.300s", c.name, a.status, a.location, c.want, a.body)
	}
}

// each runs f for every role and visibility.
func each(f func(r role, v frente.Visibility) accessCheck) []accessCheck {
	var out []accessCheck
	for _, r := range roles {
		for _, v := range visibilities {
			out = append(out, f(r, v))
		}
	}
	return out
}

// eachRole runs f for every role.
func eachRole(f func(r role) accessCheck) []accessCheck {
	var out []accessCheck
	for _, r := range roles {
		out = append(out, f(r))
	}
	return out
}

func (w *accessWorld) checksFor(pattern string) []accessCheck {
	if m := apiCollection.FindStringSubmatch(pattern); m != nil {
		return w.apiCollectionChecks(m[1], m[2])
	}
	if m := apiRecord.FindStringSubmatch(pattern); m != nil {
		return w.apiRecordChecks(m[1], m[2])
	}
	if m := pageList.FindStringSubmatch(pattern); m != nil {
		return w.listChecks("/"+m[1], m[1])
	}
	if m := pageNew.FindStringSubmatch(pattern); m != nil {
		return eachRole(func(r role) accessCheck {
			path := "/" + m[1] + "/new"
			if m[1] == "positions" {
				path += fmt.Sprintf("?organization=%d", w.usw.ID)
			}
			ok, want := status(200), "200"
			if r == anonymous {
				ok, want = answer.toLogin, "a redirect to /login"
			}
			return accessCheck{name: string(r), send: func() answer { return w.do(r, "GET", path, nil, "") }, ok: ok, want: want}
		})
	}
	if checks := w.agreementChecks(pattern); checks != nil {
		return checks
	}
	if checks := w.bargainingChecks(pattern); checks != nil {
		return checks
	}
	if checks := w.campaignFrontChecks(pattern); checks != nil {
		return checks
	}
	if m := pageCreate.FindStringSubmatch(pattern); m != nil {
		return w.pageCreateChecks(m[1])
	}
	if m := pageRecord.FindStringSubmatch(pattern); m != nil {
		return w.pageRecordChecks(m[1], m[2], m[3])
	}
	switch pattern {
	case "GET /healthz", "GET /api/v1/openapi.json", "GET /login":
		return w.everyone("GET", strings.TrimPrefix(pattern, "GET "), 200)
	case "GET /static/{hash}/{file}":
		home := w.do(anonymous, "GET", "/", nil, "")
		css := regexp.MustCompile(`/static/[^"]+\.css`).FindString(home.body)
		if css == "" {
			w.t.Fatal("the home page links no stylesheet")
		}
		return w.everyone("GET", css, 200)
	case "/api/":
		return w.everyone("GET", "/api/v1/nothing-here", 404)
	case "/":
		return w.everyone("GET", "/nothing-here", 404)
	case "GET /setup", "POST /setup":
		// No setup link is armed once there are users.
		return w.everyone(strings.Fields(pattern)[0], "/setup?token="+auth.NewSecret(auth.SetupPrefix), 404)
	case "POST /lang":
		return eachRole(func(r role) accessCheck {
			return accessCheck{name: string(r), send: func() answer { return w.do(r, "POST", "/lang", url.Values{"lang": {"es"}, "next": {"/"}}, "") },
				ok: status(303), want: "303"}
		})
	case "GET /{$}":
		return w.searchChecks("/", "campaigns")
	case "GET /search":
		return w.searchChecks("/search?q=", "")
	case "GET /api/v1/me":
		return eachRole(func(r role) accessCheck {
			ok, want := status(200), "200"
			if r == anonymous {
				ok, want = status(401), "401"
			}
			return accessCheck{name: string(r), send: func() answer { return w.do(r, "GET", "/api/v1/me", nil, "") }, ok: ok, want: want}
		})
	case "GET /api/v1/audit", "GET /audit":
		return w.auditChecks(strings.TrimPrefix(pattern, "GET "))
	case "POST /login":
		return eachRole(func(r role) accessCheck {
			email, password, ok, want := strings.ReplaceAll(string(r), " ", "-")+"@example.org", "correct horse battery", status(303), "303"
			if r == anonymous {
				email, password, ok, want = "nobody@example.org", "wrong password!", status(401), "401"
			}
			return accessCheck{name: string(r), ok: ok, want: want, send: func() answer {
				return w.do(anonymous, "POST", "/login", url.Values{"email": {email}, "password": {password}, "next": {"/"}}, "")
			}}
		})
	case "POST /logout":
		return eachRole(func(r role) accessCheck {
			return accessCheck{name: string(r), ok: status(303), want: "303", send: func() answer {
				// A session of its own, so the role's stays.
				c := w.cookies[r]
				if r != anonymous {
					w.cookies[r] = w.session(w.userIDs[r])
					defer func() { w.cookies[r] = c }()
				}
				return w.do(r, "POST", "/logout", url.Values{}, "")
			}}
		})
	case "GET /account":
		return w.loggedInChecks("GET", "/account", nil, status(200), "200")
	case "POST /account/tokens":
		return w.loggedInChecks("POST", "/account/tokens", url.Values{"token_name": {"script"}}, status(201), "201")
	case "POST /account/password":
		// A wrong current password changes nothing, for anyone.
		return w.loggedInChecks("POST", "/account/password", url.Values{"current_password": {"not my password"},
			"new_password": {"a new long password"}, "new_password_again": {"a new long password"}},
			func(a answer) bool { return a.status >= 400 && a.status < 500 }, "a 4xx refusal")
	case "POST /account/tokens/{id}/revoke":
		return eachRole(func(r role) accessCheck {
			// Only one's own tokens can be revoked.
			tok := frente.Token{UserID: w.userIDs[admin], Name: "admin's"}
			if err := w.store.CreateToken(w.system(), &tok, auth.HashSecret(auth.NewSecret(auth.TokenPrefix))); err != nil {
				w.t.Fatal(err)
			}
			ok, want := status(404), "404"
			switch r {
			case anonymous:
				ok, want = answer.toLogin, "a redirect to /login"
			case admin:
				ok, want = status(303), "303"
			}
			return accessCheck{name: string(r), ok: ok, want: want, send: func() answer {
				return w.do(r, "POST", fmt.Sprintf("/account/tokens/%d/revoke", tok.ID), url.Values{}, "")
			}}
		})
	case "GET /organizations/{id}/members", "POST /organizations/{id}/members", "POST /organizations/{id}/members/{user}/delete":
		return w.memberChecks(pattern)
	}
	return nil
}

// everyone expects the same status for every caller.
func (w *accessWorld) everyone(method, path string, want int) []accessCheck {
	return eachRole(func(r role) accessCheck {
		return accessCheck{name: string(r), send: func() answer { return w.do(r, method, path, nil, "") }, ok: status(want), want: fmt.Sprint(want)}
	})
}

// loggedInChecks expects ok from logged-in callers and a login for others.
func (w *accessWorld) loggedInChecks(method, path string, form url.Values, ok func(answer) bool, want string) []accessCheck {
	return eachRole(func(r role) accessCheck {
		c := accessCheck{name: string(r), send: func() answer { return w.do(r, method, path, form, "") }, ok: ok, want: want}
		if r == anonymous {
			c.ok, c.want = answer.toLogin, "a redirect to /login"
		}
		return c
	})
}

// listChecks expects a listing to show a record exactly to those who see it.
func (w *accessWorld) listChecks(path, entity string) []accessCheck {
	return each(func(r role, v frente.Visibility) accessCheck {
		_, name := w.record(entity, v)
		q := "?q=" + name
		return accessCheck{name: fmt.Sprintf("%s, %s record", r, v), send: func() answer { return w.do(r, "GET", path+q, nil, "") },
			ok:   func(a answer) bool { return a.status == 200 && names(a, name) == sees(r, v) },
			want: fmt.Sprintf("200, listing the record: %v", sees(r, v))}
	})
}

// names reports whether an answer names a record: as a JSON string, or as
// the text of an element (the search box echoes the query in an attribute).
func names(a answer, name string) bool {
	return strings.Contains(a.body, `"`+name+`"`) && strings.HasPrefix(a.body, "{") || strings.Contains(a.body, ">"+name+"<")
}

// searchChecks expects a page to name a record exactly to those who see it.
func (w *accessWorld) searchChecks(prefix, entity string) []accessCheck {
	return each(func(r role, v frente.Visibility) accessCheck {
		e := entity
		if e == "" {
			e = "people"
		}
		w.prefix = "0"
		_, name := w.record(e, v)
		w.prefix = ""
		path := prefix
		if strings.HasSuffix(prefix, "=") {
			path += name
		}
		return accessCheck{name: fmt.Sprintf("%s, %s record", r, v), send: func() answer { return w.do(r, "GET", path, nil, "") },
			ok:   func(a answer) bool { return a.status == 200 && names(a, name) == sees(r, v) },
			want: fmt.Sprintf("200, naming the record: %v", sees(r, v))}
	})
}

func (w *accessWorld) apiCollectionChecks(method, entity string) []accessCheck {
	if method == "GET" {
		return w.listChecks("/api/v1/"+entity, entity)
	}
	return eachRole(func(r role) accessCheck {
		ok, want := writeOutcome(r, frente.Public, true, 201)
		return accessCheck{name: string(r), ok: ok, want: want, send: func() answer {
			return w.do(r, "POST", "/api/v1/"+entity, nil, w.newJSON(entity))
		}}
	})
}

// newJSON is the body of a new record of entity owned by the USW.
func (w *accessWorld) newJSON(entity string) string {
	w.seq++
	owner := fmt.Sprintf(`"owner_id": %d, "visibility": "private"`, w.usw.ID)
	switch entity {
	case "organizations":
		return fmt.Sprintf(`{%s, "kind": "union-body", "name": "New body %d", "country": "US", "parent_id": %d}`, owner, w.seq, w.usw.ID)
	case "workplaces":
		return fmt.Sprintf(`{%s, "name": "New mine %d", "kind": "mine", "country": "US"}`, owner, w.seq)
	case "people":
		return fmt.Sprintf(`{%s, "name": "New person %d"}`, owner, w.seq)
	case "positions":
		id, _ := w.record("people", frente.Public)
		return fmt.Sprintf(`{%s, "person_id": %d, "organization_id": %d, "title": "Organizer"}`, owner, id, w.usw.ID)
	case "campaigns":
		return fmt.Sprintf(`{%s, "name": "New campaign %d", "members": [%d]}`, owner, w.seq, w.usw.ID)
	case "negotiations":
		return fmt.Sprintf(`{%s, "title": "New table %d", "campaign_id": %d}`, owner, w.seq, w.campaign.ID)
	case "disputes":
		return fmt.Sprintf(`{%s, "title": "New strike %d", "start": "2021-01-01"}`, owner, w.seq)
	case "incidents":
		return fmt.Sprintf(`{%s, "title": "New fire %d", "date": "2021-01-01", "kind": "fire"}`, owner, w.seq)
	case "messages":
		return fmt.Sprintf(`{%s, "subject": "New letter %d", "date": "2021-01-01", "language": "en", "sender_ids": [%d]}`, owner, w.seq, w.usw.ID)
	case "pledges":
		return fmt.Sprintf(`{%s, "from_id": %d, "to_campaign_id": %d, "kind": "statement"}`, owner, w.usw.ID, w.campaign.ID)
	case "requests":
		return fmt.Sprintf(`{%s, "to_id": %d, "summary": "New request %d"}`, owner, w.silent().ID, w.seq)
	case "proposals":
		id, _ := w.record("negotiations", frente.Public)
		return fmt.Sprintf(`{%s, "negotiation_id": %d, "side": "union", "date": "2026-03-05", "title": "New proposal %d"}`, owner, id, w.seq)
	}
	return "{}"
}

func (w *accessWorld) apiRecordChecks(method, entity string) []accessCheck {
	return each(func(r role, v frente.Visibility) accessCheck {
		id, _ := w.record(entity, v)
		path := fmt.Sprintf("/api/v1/%s/%d", entity, id)
		c := accessCheck{name: fmt.Sprintf("%s, %s record", r, v)}
		switch method {
		case "GET":
			c.ok, c.want = status(404), "404"
			if sees(r, v) {
				c.ok, c.want = status(200), "200"
			}
			c.send = func() answer { return w.do(r, "GET", path, nil, "") }
		case "PATCH":
			c.ok, c.want = writeOutcome(r, v, true, 200)
			c.send = func() answer { return w.do(r, "PATCH", path, nil, `{"sources": [{"text": "checked"}]}`) }
		case "DELETE":
			c.ok, c.want = writeOutcome(r, v, true, 204)
			c.send = func() answer { return w.do(r, "DELETE", path, nil, "") }
		}
		return c
	})
}

// formOf is the form that saves a record of entity as it is stored.
func (w *accessWorld) formOf(entity string, id frente.ID) url.Values {
	ctx := w.system()
	f := url.Values{}
	record := func(r frente.Record) {
		f.Set("owner_id", fmt.Sprint(r.OwnerID))
		f.Set("visibility", string(r.Visibility))
		for _, c := range r.Campaigns {
			f.Add("campaigns", fmt.Sprint(c))
		}
	}
	switch entity {
	case "organizations":
		o, _ := w.store.FindOrganizationByID(ctx, id)
		record(o.Record)
		f.Set("kind", string(o.Kind))
		f.Set("name", o.Name)
		f.Set("country", o.Country)
		f.Set("parent_id", fmt.Sprint(o.ParentID))
	case "workplaces":
		x, _ := w.store.FindWorkplaceByID(ctx, id)
		record(x.Record)
		f.Set("name", x.Name)
		f.Set("kind", string(x.Kind))
		f.Set("country", x.Country)
	case "people":
		x, _ := w.store.FindPersonByID(ctx, id)
		record(x.Record)
		f.Set("name", x.Name)
	case "positions":
		x, _ := w.store.FindPositionByID(ctx, id)
		record(x.Record)
		f.Set("person_id", fmt.Sprint(x.PersonID))
		f.Set("organization_id", fmt.Sprint(x.OrganizationID))
		f.Set("title", x.Title)
	case "campaigns":
		x, _ := w.store.FindCampaignByID(ctx, id)
		record(x.Record)
		f.Set("name", x.Name)
		for _, m := range x.Members {
			f.Add("members", fmt.Sprint(m))
		}
	case "agreements":
		x, _ := w.store.FindAgreementByID(ctx, id)
		record(x.Record)
		f.Set("title", x.Title)
		f.Set("language", x.Language)
	case "disputes":
		x, _ := w.store.FindDisputeByID(ctx, id)
		record(x.Record)
		f.Set("title", x.Title)
		f.Set("kind", string(x.Kind))
		f.Set("start", string(x.Start))
		f.Set("authorized", string(x.Authorized))
	case "incidents":
		x, _ := w.store.FindIncidentByID(ctx, id)
		record(x.Record)
		f.Set("title", x.Title)
		f.Set("kind", string(x.Kind))
		f.Set("date", string(x.Date))
	case "messages":
		x, _ := w.store.FindMessageByID(ctx, id)
		record(x.Record)
		f.Set("kind", string(x.Kind))
		f.Set("date", string(x.Date))
		f.Set("language", x.Language)
		f.Set("subject", x.Subject)
		for _, s := range x.SenderIDs {
			f.Add("sender_ids", fmt.Sprint(s))
		}
	case "pledges":
		x, _ := w.store.FindPledgeByID(ctx, id)
		record(x.Record)
		f.Set("from_id", fmt.Sprint(x.FromID))
		f.Set("to_campaign_id", fmt.Sprint(x.ToCampaignID))
		f.Set("kind", string(x.Kind))
		f.Set("activation", string(x.Activation))
		f.Set("status", string(x.Status))
		f.Set("terms", x.Terms)
	case "requests":
		x, _ := w.store.FindRequestByID(ctx, id)
		record(x.Record)
		f.Set("to_id", fmt.Sprint(x.ToID))
		f.Set("summary", x.Summary)
	case "negotiations":
		x, _ := w.store.FindNegotiationByID(ctx, id)
		record(x.Record)
		f.Set("title", x.Title)
		f.Set("status", string(x.Status))
		f.Set("campaign_id", fmt.Sprint(x.CampaignID))
	case "proposals":
		x, _ := w.store.FindProposalByID(ctx, id)
		record(x.Record)
		f.Set("negotiation_id", fmt.Sprint(x.NegotiationID))
		f.Set("side", string(x.Side))
		f.Set("date", string(x.Date))
		f.Set("title", x.Title)
		f.Set("status", string(x.Status))
		f.Set("text", x.Text)
		for _, t := range x.Topics {
			f.Add("topics", t)
		}
	}
	return f
}

func (w *accessWorld) pageCreateChecks(entity string) []accessCheck {
	return eachRole(func(r role) accessCheck {
		id, _ := w.record(entity, frente.Private)
		form := w.formOf(entity, id)
		form.Set("visibility", "private")
		switch entity {
		case "organizations", "workplaces", "people", "campaigns":
			form.Set("name", fmt.Sprintf("Made by a form %d", id))
		case "positions":
			form.Set("title", "Treasurer")
		case "negotiations", "proposals", "disputes", "incidents":
			form.Set("title", fmt.Sprintf("Made by a form %d", id))
		case "messages":
			form.Set("subject", fmt.Sprintf("Made by a form %d", id))
		case "requests":
			form.Set("summary", fmt.Sprintf("Made by a form %d", id))
		}
		ok, want := writeOutcome(r, frente.Public, false, 303)
		return accessCheck{name: string(r), ok: ok, want: want, send: func() answer { return w.do(r, "POST", "/"+entity, form, "") }}
	})
}

func (w *accessWorld) pageRecordChecks(method, entity, suffix string) []accessCheck {
	return each(func(r role, v frente.Visibility) accessCheck {
		id, _ := w.record(entity, v)
		path := fmt.Sprintf("/%s/%d%s", entity, id, suffix)
		c := accessCheck{name: fmt.Sprintf("%s, %s record", r, v)}
		switch {
		case method == "GET" && suffix == "":
			c.ok, c.want = status(404), "404"
			if sees(r, v) {
				c.ok, c.want = status(200), "200"
			}
			c.send = func() answer { return w.do(r, "GET", path, nil, "") }
		case method == "GET": // the edit form
			c.ok, c.want = writeOutcome(r, v, false, 200)
			if r == anonymous {
				c.ok, c.want = answer.toLogin, "a redirect to /login"
			}
			c.send = func() answer { return w.do(r, "GET", path, nil, "") }
		case suffix == "/delete":
			c.ok, c.want = writeOutcome(r, v, false, 303)
			c.send = func() answer { return w.do(r, "POST", path, url.Values{"confirm": {"yes"}}, "") }
		default: // save the form
			form := w.formOf(entity, id)
			c.ok, c.want = writeOutcome(r, v, false, 303)
			c.send = func() answer { return w.do(r, "POST", path, form, "") }
		}
		return c
	})
}

// auditChecks expects the history of a record for the admins of its owner
// only: others get an empty history, anonymous callers a login.
func (w *accessWorld) auditChecks(path string) []accessCheck {
	return each(func(r role, v frente.Visibility) accessCheck {
		id, _ := w.record("people", v)
		if _, err := w.store.UpdatePerson(w.system(), id, func(p *frente.Person) error { p.Notes = "changed"; return nil }); err != nil {
			w.t.Fatal(err)
		}
		q := fmt.Sprintf("%s?entity=people&id=%d", path, id)
		api := strings.HasPrefix(path, "/api/")
		c := accessCheck{name: fmt.Sprintf("%s, %s record", r, v), send: func() answer { return w.do(r, "GET", q, nil, "") }}
		sawChange := func(a answer) bool { return strings.Contains(a.body, "changed") }
		switch {
		case r == anonymous && api:
			c.ok, c.want = status(401), "401"
		case r == anonymous:
			c.ok, c.want = answer.toLogin, "a redirect to /login"
		case r == admin:
			c.ok, c.want = func(a answer) bool { return a.status == 200 && sawChange(a) }, "200 with the change"
		default:
			c.ok, c.want = func(a answer) bool { return a.status == 200 && !sawChange(a) }, "200 without the change"
		}
		return c
	})
}

// memberChecks: the members of an organization see who its members are;
// only its admins change them.
func (w *accessWorld) memberChecks(pattern string) []accessCheck {
	return each(func(r role, v frente.Visibility) accessCheck {
		id, _ := w.record("organizations", v)
		c := accessCheck{name: fmt.Sprintf("%s, %s organization", r, v)}
		base := fmt.Sprintf("/organizations/%d/members", id)
		switch pattern {
		case "GET /organizations/{id}/members":
			c.ok, c.want = status(200), "200"
			switch {
			case r == anonymous:
				c.ok, c.want = answer.toLogin, "a redirect to /login"
			case !sees(r, v):
				c.ok, c.want = status(404), "404"
			case r == outsider || r == partner:
				// Who belongs to a union is its own business.
				c.ok, c.want = status(403), "403"
			}
			c.send = func() answer { return w.do(r, "GET", base, nil, "") }
		case "POST /organizations/{id}/members":
			c.ok, c.want = memberWriteOutcome(r, v)
			c.send = func() answer {
				return w.do(r, "POST", base, url.Values{"email": {"viewer-of-the-owner@example.org"}, "role": {"viewer"}}, "")
			}
		default:
			hash, _ := auth.HashPassword("not used at all")
			u := frente.User{Email: fmt.Sprintf("member%d@example.org", id), PasswordHash: hash}
			if err := w.store.CreateUser(w.system(), &u); err != nil {
				w.t.Fatal(err)
			}
			if err := w.store.SetMembership(w.system(), frente.Membership{UserID: u.ID, OrganizationID: id, Role: frente.RoleViewer}); err != nil {
				w.t.Fatal(err)
			}
			c.ok, c.want = memberWriteOutcome(r, v)
			c.send = func() answer {
				return w.do(r, "POST", fmt.Sprintf("%s/%d/delete", base, u.ID), url.Values{"confirm": {"yes"}}, "")
			}
		}
		return c
	})
}

func memberWriteOutcome(r role, v frente.Visibility) (func(answer) bool, string) {
	switch {
	case r == anonymous:
		return answer.toLogin, "a redirect to /login"
	case !sees(r, v):
		return status(404), "404"
	case r != admin:
		return status(403), "403"
	}
	return status(303, 200, 201), "success"
}
