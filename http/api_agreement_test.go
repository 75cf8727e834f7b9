package http_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"strings"
	"testing"

	"github.com/frente/frente"
	"github.com/frente/frente/auth"
)

const agreementsURL = "/api/v1/agreements"

// apiAgreementText is a small agreement written for these tests.
const apiAgreementText = `AGREEMENT BETWEEN ASARCO AND THE UNITED STEELWORKERS

ARTICLE 1 – RECOGNITION

The Company recognizes the Union as the sole bargaining agent of the employees.

ARTICLE 12 – GRIEVANCE PROCEDURE

Section 12.1 A grievance shall be presented within ten days. The arbitrator shall decide any dispute
not settled, and arbitrating parties share the costs.

Section 12.2 No employee shall be disciplined without just cause.
`

func init() {
	apiGroups = append(apiGroups, struct {
		name string
		run  func(t *testing.T, a *apiT)
	}{"agreements", testAPIAgreements})
}

// part is one field of a multipart upload; a file when name is "file".
type part struct{ name, filename, value string }

// upload posts a multipart form to url as the token's user ("" for the
// site administrator) and returns the exchange and its JSON answer.
func (a *apiT) upload(t *testing.T, url, token string, parts ...part) (exchange, map[string]any) {
	t.Helper()
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	for _, p := range parts {
		if p.filename != "" {
			fw, err := mw.CreateFormFile(p.name, p.filename)
			if err != nil {
				t.Fatal(err)
			}
			_, _ = io.WriteString(fw, p.value)
		} else {
			_ = mw.WriteField(p.name, p.value)
		}
	}
	_ = mw.Close()
	header := map[string]string{"Content-Type": mw.FormDataContentType()}
	if token != "" {
		header["Authorization"] = "Bearer " + token
	}
	x := a.send(t, http.MethodPost, url, body.Bytes(), header)
	var answer map[string]any
	_ = json.Unmarshal(x.body, &answer)
	return x, answer
}

// userToken makes a user with role in org and returns an API token.
func userToken(t *testing.T, s frente.Store, email string, org frente.ID, role frente.Role) string {
	t.Helper()
	ctx := frente.WithViewer(context.Background(), frente.System)
	u := frente.User{Email: email, PasswordHash: "unused: tests log in by token"}
	if err := s.CreateUser(ctx, &u); err != nil {
		t.Fatal(err)
	}
	if err := s.SetMembership(ctx, frente.Membership{UserID: u.ID, OrganizationID: org, Role: role}); err != nil {
		t.Fatal(err)
	}
	secret := auth.NewSecret(auth.TokenPrefix)
	if err := s.CreateToken(ctx, &frente.Token{UserID: u.ID, Name: "tests"}, auth.HashSecret(secret)); err != nil {
		t.Fatal(err)
	}
	return secret
}

func agreementCount(t *testing.T, s frente.Store) int {
	t.Helper()
	p, err := s.FindAgreements(frente.WithViewer(context.Background(), frente.System), frente.AgreementFilter{})
	if err != nil {
		t.Fatal(err)
	}
	return p.Total
}

func testAPIAgreements(t *testing.T, a *apiT) {
	ctx := frente.WithViewer(context.Background(), frente.System)
	asarco := &frente.Organization{Kind: "employer", Name: "ASARCO", Country: "US", Record: frente.Record{Visibility: frente.Public}}
	usw := &frente.Organization{Kind: "union", Name: "United Steelworkers", Country: "US", Record: frente.Record{Visibility: frente.Public}}
	mineros := &frente.Organization{Kind: "union", Name: "Los Mineros", Country: "MX", Record: frente.Record{Visibility: frente.Public}}
	for _, o := range []*frente.Organization{asarco, usw, mineros} {
		if err := a.store.CreateOrganization(ctx, o); err != nil {
			t.Fatal(err)
		}
	}
	a.vars["asarco"], a.vars["usw"] = fmt.Sprint(asarco.ID), fmt.Sprint(usw.ID)
	viewer := userToken(t, a.store, "viewer@usw.example", usw.ID, frente.RoleViewer)
	a.vars["viewer"] = "Bearer " + viewer

	meta := []part{{name: "owner_id", value: fmt.Sprint(usw.ID)}, {name: "employer_id", value: fmt.Sprint(asarco.ID)},
		{name: "union_ids", value: fmt.Sprint(usw.ID)}, {name: "effective_date", value: "2020-01-01"}, {name: "expiry_date", value: "2099-12-31"}}
	file := part{name: "file", filename: "asarco.txt", value: apiAgreementText}

	t.Run("upload", func(t *testing.T) {
		x, ag := a.upload(t, agreementsURL, "", append(meta, file)...)
		if x.status != http.StatusCreated || x.header.Get("Location") != fmt.Sprintf("%s/%v", agreementsURL, ag["id"]) {
			t.Fatalf("upload: %d %q\n%s", x.status, x.header.Get("Location"), x.body)
		}
		if ag["units"].(float64) < 3 || ag["employer_id"].(float64) != float64(asarco.ID) || ag["language"] != "en" {
			t.Errorf("uploaded: %s", x.body)
		}
		a.vars["ag"] = textOf(ag["id"])
		x, again := a.upload(t, agreementsURL, "", append(meta, part{name: "file", filename: "copy.txt", value: apiAgreementText})...)
		if x.status != http.StatusOK || textOf(again["id"]) != a.vars["ag"] {
			t.Fatalf("the same file again: %d\n%s", x.status, x.body)
		}
	})
	t.Run("refused uploads store nothing", func(t *testing.T) {
		before := agreementCount(t, a.store)
		for _, c := range []struct {
			name, field string
			parts       []part
		}{
			{"junk", "file", append(meta, part{name: "file", filename: "junk.txt", value: "\x00\x01\x02\x03\xff\xfe binary \x00\x00 junk"})},
			{"empty", "file", append(meta, part{name: "file", filename: "empty.txt", value: ""})},
			{"no file", "file", meta},
			{"unknown field", "colour", append(meta, file, part{name: "colour", value: "red"})},
			{"bad language", "language", append(meta, file, part{name: "language", value: "fr"})},
			{"bad employer", "employer_id", []part{{name: "owner_id", value: fmt.Sprint(usw.ID)}, {name: "employer_id", value: "asarco"},
				{name: "file", filename: "other.txt", value: apiAgreementText + "\nmore\n"}}},
		} {
			x, p := a.upload(t, agreementsURL, "", c.parts...)
			if x.status != http.StatusBadRequest || !hasField(p, c.field) {
				t.Errorf("%s: %d, want 400 naming %s\n%s", c.name, x.status, c.field, x.body)
			}
		}
		if x, _ := a.upload(t, agreementsURL, viewer, append(meta, part{name: "file", filename: "v.txt", value: apiAgreementText + "\nviewer\n"})...); x.status != http.StatusForbidden {
			t.Errorf("a viewer uploads: %d\n%s", x.status, x.body)
		}
		x := a.send(t, http.MethodPost, agreementsURL, []byte(`{"title": "x"}`), nil)
		if x.status != http.StatusBadRequest {
			t.Errorf("JSON instead of a form: %d", x.status)
		}
		big := strings.Repeat("a", 51<<20)
		if x, _ := a.upload(t, agreementsURL, "", part{name: "file", filename: "big.txt", value: big}); x.status != http.StatusRequestEntityTooLarge {
			t.Errorf("a body over the limit: %d\n%.300s", x.status, x.body)
		}
		if after := agreementCount(t, a.store); after != before {
			t.Errorf("refused uploads stored %d agreements", after-before)
		}
	})

	x := a.send(t, http.MethodGet, agreementsURL+"/"+a.vars["ag"]+"/units", nil, nil)
	var units struct{ Items []frente.Unit }
	if err := json.Unmarshal(x.body, &units); err != nil || x.status != 200 || len(units.Items) < 3 {
		t.Fatalf("units: %d %v\n%.500s", x.status, err, x.body)
	}
	for i, u := range units.Items {
		if u.Seq < 0 || (i > 0 && u.Seq <= units.Items[i-1].Seq) {
			t.Errorf("units out of order: %+v", units.Items)
		}
	}
	a.vars["unit"] = fmt.Sprint(units.Items[0].ID)

	a.run(t, []step{
		{name: "list", method: "GET", url: agreementsURL + "?employer={{asarco}}&country=us&in_force=true&union={{usw}}", status: 200,
			want: map[string]string{"/total": "1", "/items/0/id": "{{ag}}", "/items/0/file/name": "asarco.txt"}},
		{name: "list none in force far ahead", method: "GET", url: agreementsURL + "?in_force=false", status: 200, want: map[string]string{"/total": "1"}},
		{name: "list with a bad filter", method: "GET", url: agreementsURL + "?in_force=maybe&shape=round", status: 400,
			fields: []string{"in_force=invalid_filter", "shape=unknown_parameter"}},
		{name: "get", method: "GET", url: agreementsURL + "/{{ag}}", status: 200, want: map[string]string{"/title": "AGREEMENT BETWEEN ASARCO AND THE UNITED STEELWORKERS"}},
		{name: "get none", method: "GET", url: agreementsURL + "/999999", status: 404},
		{name: "units of none", method: "GET", url: agreementsURL + "/999999/units", status: 404},
		{name: "original of none", method: "GET", url: agreementsURL + "/999999/original", status: 404},
		{name: "topics", method: "GET", url: "/api/v1/topics", status: 200, want: map[string]string{"/items/0/code": "recognition"}},

		{name: "add a topic", method: "PUT", url: "/api/v1/units/{{unit}}/topics/seniority", status: 204},
		{name: "the topic is a person's", method: "GET", url: agreementsURL + "/{{ag}}/units", status: 200, contains: []string{`"code": "seniority"`, `"by_person": true`}},
		{name: "remove a topic", method: "DELETE", url: "/api/v1/units/{{unit}}/topics/recognition", status: 204},
		{name: "add an unknown topic", method: "PUT", url: "/api/v1/units/{{unit}}/topics/astrology", status: 400, fields: []string{"code=unknown_topic"}},
		{name: "remove an unknown topic", method: "DELETE", url: "/api/v1/units/{{unit}}/topics/astrology", status: 400, fields: []string{"code"}},
		{name: "add to no unit", method: "PUT", url: "/api/v1/units/999999/topics/seniority", status: 404},
		{name: "remove from no unit", method: "DELETE", url: "/api/v1/units/999999/topics/seniority", status: 404},
		{name: "a viewer adds", method: "PUT", url: "/api/v1/units/{{unit}}/topics/wages", header: map[string]string{"Authorization": "{{viewer}}"}, status: 403},
		{name: "a viewer removes", method: "DELETE", url: "/api/v1/units/{{unit}}/topics/seniority", header: map[string]string{"Authorization": "{{viewer}}"}, status: 403},

		{name: "search", method: "GET", url: "/api/v1/search?q=arbitrator&lang=en", status: 200,
			want: map[string]string{"/total": "1", "/items/0/agreement_id": "{{ag}}", "/items/0/unit_number": "12.1"}, contains: []string{`\u003cmark\u003earbitrator\u003c/mark\u003e`}},
		{name: "search by topic", method: "GET", url: "/api/v1/search?q=grievance&topic=grievance-procedure&employer={{asarco}}&country=US&in_force=true&limit=5&offset=0", status: 200},
		{name: "search without a query", method: "GET", url: "/api/v1/search?topic=wages", status: 400, fields: []string{"q=required"}},
		{name: "search badly", method: "GET", url: "/api/v1/search?q=x&topic=astrology&limit=0&page=2", status: 400,
			fields: []string{"topic", "limit", "page=unknown_parameter"}},

		{name: "patch", method: "PATCH", url: agreementsURL + "/{{ag}}", status: 200, body: `{"title": "ASARCO–USW 2020", "ref": "asarco-2020"}`,
			want: map[string]string{"/title": "ASARCO–USW 2020", "/file/name": "asarco.txt"}},
		{name: "patch badly", method: "PATCH", url: agreementsURL + "/{{ag}}", status: 400, body: `{"language": "fr"}`, fields: []string{"language"}},
		{name: "patch as a viewer", method: "PATCH", url: agreementsURL + "/{{ag}}", status: 403, body: `{"title": "mine"}`,
			header: map[string]string{"Authorization": "{{viewer}}"}},
		{name: "patch none", method: "PATCH", url: agreementsURL + "/999999", status: 404, body: `{}`},
		{name: "patch too large", method: "PATCH", url: agreementsURL + "/{{ag}}", status: 413, body: `{"title": "` + strings.Repeat("x", 1<<20) + `"}`},
	})

	t.Run("another union's private agreement is not found", func(t *testing.T) {
		other := []part{{name: "owner_id", value: fmt.Sprint(mineros.ID)}, {name: "visibility", value: "private"},
			{name: "file", filename: "mineros.txt", value: "CONTRATO\n\nCLÁUSULA PRIMERA. Reconocimiento\n\nLa empresa reconoce al sindicato zacatecano.\n"}}
		x, ag := a.upload(t, agreementsURL, "", other...)
		if x.status != http.StatusCreated {
			t.Fatalf("upload: %d\n%s", x.status, x.body)
		}
		a.vars["mineros_ag"] = textOf(ag["id"])
		a.run(t, []step{
			{name: "the admin finds it", method: "GET", url: "/api/v1/search?q=zacatecano", status: 200, want: map[string]string{"/total": "1"}},
			{name: "a viewer of the USW does not", method: "GET", url: "/api/v1/search?q=zacatecano", status: 200,
				header: map[string]string{"Authorization": "{{viewer}}"}, want: map[string]string{"/total": "0"}},
			{name: "ref taken", method: "PATCH", url: agreementsURL + "/{{mineros_ag}}", status: 409, body: `{"ref": "asarco-2020"}`},
		})
	})

	t.Run("original", func(t *testing.T) {
		x := a.send(t, http.MethodHead, agreementsURL+"/"+a.vars["ag"]+"/original", nil, nil)
		if x.status != 200 || !strings.HasPrefix(x.header.Get("Content-Type"), "text/plain") ||
			!strings.Contains(x.header.Get("Content-Disposition"), `filename=asarco.txt`) {
			t.Fatalf("HEAD original: %d %v", x.status, x.header)
		}
		// The body is the file, not JSON: read it outside the contract check.
		req, _ := http.NewRequest(http.MethodGet, a.srv.URL+agreementsURL+"/"+a.vars["ag"]+"/original", nil)
		req.Header.Set("Authorization", "Bearer "+a.token)
		res, err := a.srv.Client().Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		b, _ := io.ReadAll(res.Body)
		if string(b) != apiAgreementText {
			t.Errorf("original: %q", b)
		}
	})

	a.run(t, []step{
		{name: "delete as a viewer", method: "DELETE", url: agreementsURL + "/{{ag}}", status: 403, header: map[string]string{"Authorization": "{{viewer}}"}},
		{name: "delete", method: "DELETE", url: agreementsURL + "/{{ag}}", status: 204},
		{name: "delete again", method: "DELETE", url: agreementsURL + "/{{ag}}", status: 404},
	})
}
