package http_test

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/frente/frente"
)

func init() {
	apiGroups = append(apiGroups, struct {
		name string
		run  func(t *testing.T, a *apiT)
	}{"solidarity", testAPISolidarity})
	unreachable["deleteRequest"] = []int{409} // nothing refers to a request
}

func testAPISolidarity(t *testing.T, a *apiT) {
	ctx := frente.WithViewer(context.Background(), frente.System)
	usw := &frente.Organization{Kind: "union", Name: "United Steelworkers", Country: "US", Record: frente.Record{Visibility: frente.Public}}
	mineros := &frente.Organization{Kind: "union", Name: "Los Mineros", Country: "MX", Record: frente.Record{Visibility: frente.Public}}
	for _, o := range []*frente.Organization{usw, mineros} {
		if err := a.store.CreateOrganization(ctx, o); err != nil {
			t.Fatal(err)
		}
	}
	front := &frente.Campaign{Name: "Frente", Members: []frente.ID{usw.ID, mineros.ID}, Record: frente.Record{Visibility: frente.Public}}
	if err := a.store.CreateCampaign(ctx, front); err != nil {
		t.Fatal(err)
	}
	leader := &frente.Person{Name: "Napoleón Gómez Urrutia", Record: frente.Record{Visibility: frente.Public}}
	if err := a.store.CreatePerson(ctx, leader); err != nil {
		t.Fatal(err)
	}
	a.vars["usw"], a.vars["mineros"], a.vars["front"], a.vars["leader"] = fmt.Sprint(usw.ID), fmt.Sprint(mineros.ID), fmt.Sprint(front.ID), fmt.Sprint(leader.ID)
	a.vars["uswEditor"] = "Bearer " + userToken(t, a.store, "editor@usw.example", usw.ID, frente.RoleEditor)
	a.vars["minerosEditor"] = "Bearer " + userToken(t, a.store, "editor@mineros.example", mineros.ID, frente.RoleEditor)
	a.vars["viewer"] = "Bearer " + userToken(t, a.store, "viewer@mineros.example", mineros.ID, frente.RoleViewer)
	asUSW := map[string]string{"Authorization": "{{uswEditor}}"}
	asMineros := map[string]string{"Authorization": "{{minerosEditor}}"}
	viewer := map[string]string{"Authorization": "{{viewer}}"}
	anonymous := map[string]string{"Authorization": "none"}
	big := `"` + strings.Repeat("x", 1<<20) + `"`

	a.run(t, []step{
		{name: "the letter", method: "POST", url: "/api/v1/messages", status: 201, save: "letter", header: asMineros,
			body: `{"kind": "letter", "date": "2013-08-01", "language": "en", "sender_ids": [{{mineros}}], "recipient_ids": [{{usw}}],
				"signatories": [{"person_id": {{leader}}, "title": "President and Secretary General"}], "subject": "Solidarity with the USW",
				"body": "We stand with you.\n\n<script>alert(1)</script>", "campaign_ids": [{{front}}], "visibility": "campaign", "campaigns": [{{front}}], "ref": "letter"}`,
			want: map[string]string{"/signatories/0/name": "Napoleón Gómez Urrutia", "/owner_id": "{{mineros}}", "/versions": "[]"}},
		{name: "its Spanish version", method: "POST", url: "/api/v1/messages", status: 201, save: "carta", header: asMineros,
			body: `{"date": "2013-08-01", "language": "es", "sender_ids": [{{mineros}}], "subject": "Solidaridad con el USW", "version_of": {{letter}},
				"visibility": "campaign", "campaigns": [{{front}}]}`, want: map[string]string{"/versions/0/id": "{{letter}}"}},
		{name: "a second English version", method: "POST", url: "/api/v1/messages", status: 400,
			body: `{"date": "2013-08-01", "language": "en", "sender_ids": [{{mineros}}], "subject": "X", "version_of": {{letter}}}`, fields: []string{"version_of=same_language"}},
		{name: "an organization as a signatory", method: "POST", url: "/api/v1/messages", status: 400,
			body:   `{"date": "2013-08-01", "language": "en", "sender_ids": [{{mineros}}], "subject": "X", "signatories": [{"person_id": 999999}]}`,
			fields: []string{"signatories[0].person_id=not_a_person"}},
		{name: "a message ref taken", method: "POST", url: "/api/v1/messages", status: 409,
			body: `{"date": "2013-08-01", "language": "pt", "sender_ids": [{{mineros}}], "subject": "X", "ref": "letter"}`},
		{name: "a viewer sends nothing", method: "POST", url: "/api/v1/messages", status: 403, header: viewer,
			body: `{"date": "2013-08-01", "language": "pt", "sender_ids": [{{mineros}}], "subject": "X", "owner_id": {{mineros}}}`},
		{name: "a message too large", method: "POST", url: "/api/v1/messages", status: 413, body: `{"body": ` + big + `}`},
		{name: "list the campaign's messages", method: "GET", url: "/api/v1/messages?campaign={{front}}&language=en", status: 200, want: map[string]string{"/total": "1"}},
		{name: "list badly", method: "GET", url: "/api/v1/messages?language=xx", status: 400, fields: []string{"language=invalid_filter"}},
		{name: "get the letter", method: "GET", url: "/api/v1/messages/{{letter}}", status: 200, want: map[string]string{"/versions/0/language": "es"}},
		{name: "get no message", method: "GET", url: "/api/v1/messages/999999", status: 404},
		{name: "patch the subject", method: "PATCH", url: "/api/v1/messages/{{letter}}", status: 200, header: asMineros, body: `{"subject": "Solidarity with the USW locals"}`},
		{name: "patch to the version's language", method: "PATCH", url: "/api/v1/messages/{{letter}}", status: 400, body: `{"language": "es"}`,
			fields: []string{"language=same_language"}},
		{name: "patch a ref taken", method: "PATCH", url: "/api/v1/messages/{{carta}}", status: 409, body: `{"ref": "letter"}`},
		{name: "a viewer patches nothing", method: "PATCH", url: "/api/v1/messages/{{letter}}", status: 403, header: viewer, body: `{"subject": "x"}`},
		{name: "patch no message", method: "PATCH", url: "/api/v1/messages/999999", status: 404, body: `{"subject": "x"}`},
		{name: "patch too large", method: "PATCH", url: "/api/v1/messages/{{letter}}", status: 413, body: `{"body": ` + big + `}`},

		{name: "the pledge", method: "POST", url: "/api/v1/pledges", status: 201, save: "pledge", header: asMineros,
			body: `{"from_id": {{mineros}}, "to_id": {{usw}}, "kind": "accompaniment", "terms": "To accompany you when you deem it convenient",
				"message_id": {{letter}}, "visibility": "campaign", "campaigns": [{{front}}], "ref": "pledge"}`,
			want: map[string]string{"/status": "offered", "/activation": "on-request", "/history/0/to": "offered"}},
		{name: "a pledge to itself", method: "POST", url: "/api/v1/pledges", status: 400, body: `{"from_id": {{usw}}, "to_id": {{usw}}}`, fields: []string{"to_id=self_pledge"}},
		{name: "a pledge ref taken", method: "POST", url: "/api/v1/pledges", status: 409, body: `{"from_id": {{usw}}, "to_id": {{mineros}}, "ref": "pledge"}`},
		{name: "a viewer pledges nothing", method: "POST", url: "/api/v1/pledges", status: 403, header: viewer, body: `{"from_id": {{mineros}}, "to_id": {{usw}}, "owner_id": {{mineros}}}`},
		{name: "a pledge too large", method: "POST", url: "/api/v1/pledges", status: 413, body: `{"terms": ` + big + `}`},
		{name: "list pledges", method: "GET", url: "/api/v1/pledges?campaign={{front}}&status=offered", status: 200, want: map[string]string{"/total": "1"}},
		{name: "list pledges badly", method: "GET", url: "/api/v1/pledges?status=promised", status: 400, fields: []string{"status=invalid_filter"}},
		{name: "get the pledge", method: "GET", url: "/api/v1/pledges/{{pledge}}", status: 200},
		{name: "get no pledge", method: "GET", url: "/api/v1/pledges/999999", status: 404},
		{name: "the message it was made in stays", method: "DELETE", url: "/api/v1/messages/{{letter}}", status: 409},

		{name: "the USW asks", method: "POST", url: "/api/v1/requests", status: 201, save: "request", header: asUSW,
			body: `{"pledges": ["{{pledge}}"], "summary": "Accompany the Hayden table", "due": "2026-12-15", "visibility": "campaign", "campaigns": [{{front}}], "ref": "request"}`,
			want: map[string]string{"/from_id": "{{usw}}", "/to_id": "{{mineros}}", "/status": "open"}},
		{name: "the pledge is requested", method: "GET", url: "/api/v1/pledges/{{pledge}}", status: 200, want: map[string]string{"/status": "requested"}},
		{name: "the USW does not accept its own request", method: "PATCH", url: "/api/v1/requests/{{request}}", status: 403, header: asUSW, body: `{"status": "accepted"}`},
		{name: "an unknown status", method: "PATCH", url: "/api/v1/requests/{{request}}", status: 400, header: asMineros, body: `{"status": "maybe"}`,
			fields: []string{"status=invalid_choice"}},
		{name: "Los Mineros accept", method: "PATCH", url: "/api/v1/requests/{{request}}", status: 200, header: asMineros, body: `{"status": "accepted"}`,
			want: map[string]string{"/status": "accepted", "/history/1/from": "open"}},
		{name: "the pledge is in progress", method: "GET", url: "/api/v1/pledges/{{pledge}}", status: 200, header: asUSW, want: map[string]string{"/status": "in-progress"}},
		{name: "a request ref taken", method: "POST", url: "/api/v1/requests", status: 409, header: asUSW, body: `{"to_id": {{mineros}}, "summary": "X", "ref": "request"}`},
		{name: "a request to nobody", method: "POST", url: "/api/v1/requests", status: 400, header: asUSW, body: `{"summary": "X"}`, fields: []string{"pledges=required"}},
		{name: "a viewer asks nothing", method: "POST", url: "/api/v1/requests", status: 403, header: viewer, body: `{"to_id": {{usw}}, "summary": "X", "owner_id": {{mineros}}}`},
		{name: "a request too large", method: "POST", url: "/api/v1/requests", status: 413, body: `{"summary": ` + big + `}`},
		{name: "a request ref taken on patch", method: "POST", url: "/api/v1/requests", status: 201, save: "other", header: asUSW,
			body: `{"to_id": {{mineros}}, "summary": "A statement for the press", "ref": "other", "visibility": "public"}`},
		{name: "nobody accepts", method: "PATCH", url: "/api/v1/requests/{{other}}", status: 401, header: anonymous, body: `{"status": "accepted"}`},
		{name: "patch the ref to one taken", method: "PATCH", url: "/api/v1/requests/{{other}}", status: 409, header: asUSW, body: `{"ref": "request"}`},
		{name: "patch a request too large", method: "PATCH", url: "/api/v1/requests/{{other}}", status: 413, body: `{"summary": ` + big + `}`},
		{name: "patch no request", method: "PATCH", url: "/api/v1/requests/999999", status: 404, body: `{"status": "done"}`},
		{name: "list Los Mineros' requests", method: "GET", url: "/api/v1/requests?to={{mineros}}&status=accepted", status: 200, header: asMineros,
			want: map[string]string{"/total": "1"}},
		{name: "list requests badly", method: "GET", url: "/api/v1/requests?status=pending", status: 400, fields: []string{"status=invalid_filter"}},
		{name: "get the request", method: "GET", url: "/api/v1/requests/{{request}}", status: 200, header: asMineros},
		{name: "get no request", method: "GET", url: "/api/v1/requests/999999", status: 404},
		{name: "the pledge a request calls on stays", method: "DELETE", url: "/api/v1/pledges/{{pledge}}", status: 409},
		{name: "a pledge withdrawn", method: "PATCH", url: "/api/v1/pledges/{{pledge}}", status: 200, header: asMineros, body: `{"status": "withdrawn"}`},
		{name: "a withdrawn pledge is not fulfilled", method: "PATCH", url: "/api/v1/pledges/{{pledge}}", status: 400, body: `{"status": "fulfilled"}`,
			fields: []string{"status=forbidden_transition"}},
		{name: "another pledge", method: "POST", url: "/api/v1/pledges", status: 201, header: asUSW,
			body: `{"from_id": {{usw}}, "to_campaign_id": {{front}}, "kind": "strike-fund", "amount": "2500", "currency": "usd", "activation": "immediate", "ref": "x-other"}`,
			want: map[string]string{"/status": "in-progress", "/currency": "USD"}},
		{name: "a pledge ref taken on patch", method: "PATCH", url: "/api/v1/pledges/{{pledge}}", status: 409, body: `{"ref": "x-other"}`},
		{name: "a viewer patches no pledge", method: "PATCH", url: "/api/v1/pledges/{{pledge}}", status: 403, header: viewer, body: `{"terms": "x"}`},
		{name: "patch no pledge", method: "PATCH", url: "/api/v1/pledges/999999", status: 404, body: `{"terms": "x"}`},
		{name: "patch a pledge too large", method: "PATCH", url: "/api/v1/pledges/{{pledge}}", status: 413, body: `{"terms": ` + big + `}`},

		{name: "the calendar address", method: "GET", url: "/api/v1/campaigns/{{front}}/calendar", status: 200, header: asUSW, contains: []string{"/calendar.ics?key=frc_"}},
		{name: "no calendar for nobody", method: "GET", url: "/api/v1/campaigns/{{front}}/calendar", status: 401, header: anonymous},
		{name: "no calendar of no campaign", method: "GET", url: "/api/v1/campaigns/999999/calendar", status: 404},
		{name: "a new calendar address", method: "POST", url: "/api/v1/campaigns/{{front}}/calendar/reset", status: 200, header: asUSW, contains: []string{"key=frc_"}},
		{name: "no reset for nobody", method: "POST", url: "/api/v1/campaigns/{{front}}/calendar/reset", status: 401, header: anonymous},
		{name: "no reset of no campaign", method: "POST", url: "/api/v1/campaigns/999999/calendar/reset", status: 404},

		{name: "a viewer deletes no request", method: "DELETE", url: "/api/v1/requests/{{other}}", status: 403, header: viewer},
		{name: "delete the other request", method: "DELETE", url: "/api/v1/requests/{{other}}", status: 204, header: asUSW},
		{name: "delete it again", method: "DELETE", url: "/api/v1/requests/{{other}}", status: 404},
		{name: "a viewer deletes no message", method: "DELETE", url: "/api/v1/messages/{{carta}}", status: 403, header: viewer},
		{name: "delete the version", method: "DELETE", url: "/api/v1/messages/{{carta}}", status: 204},
		{name: "delete no message", method: "DELETE", url: "/api/v1/messages/{{carta}}", status: 404},
		{name: "a viewer deletes no pledge", method: "DELETE", url: "/api/v1/pledges/{{pledge}}", status: 403, header: viewer},
		{name: "delete the request, then the pledge", method: "DELETE", url: "/api/v1/requests/{{request}}", status: 204},
		{name: "delete the pledge", method: "DELETE", url: "/api/v1/pledges/{{pledge}}", status: 204},
		{name: "delete no pledge", method: "DELETE", url: "/api/v1/pledges/{{pledge}}", status: 404},
	})

	// The original file of the letter: stored, answered as an attachment.
	t.Run("original file", func(t *testing.T) {
		a.run(t, []step{{name: "a public statement", method: "POST", url: "/api/v1/messages", status: 201, save: "public",
			body: `{"kind": "statement", "date": "2013-08-01", "language": "es", "sender_ids": [{{mineros}}], "subject": "Declaración", "visibility": "public"}`}})
		x := a.send(t, http.MethodPut, "/api/v1/messages/"+a.vars["letter"]+"/original?name=carta.pdf", []byte("%PDF-1.4 la carta"),
			map[string]string{"Content-Type": "application/pdf", "Authorization": a.vars["minerosEditor"]})
		if x.status != 200 || !strings.Contains(string(x.body), `"sha256"`) {
			t.Fatalf("put: %d %s", x.status, x.body)
		}
		// HEAD is checked against the document; GET read as it is.
		if x := a.send(t, http.MethodHead, "/api/v1/messages/"+a.vars["letter"]+"/original", nil, nil); x.status != 200 || x.header.Get("Content-Type") != "application/pdf" {
			t.Fatalf("head: %d %q", x.status, x.header.Get("Content-Type"))
		}
		req, _ := http.NewRequest(http.MethodGet, a.srv.URL+"/api/v1/messages/"+a.vars["letter"]+"/original", nil)
		req.Header.Set("Authorization", "Bearer "+a.token)
		res, err := a.srv.Client().Do(req)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(res.Body)
		res.Body.Close()
		if res.StatusCode != 200 || string(b) != "%PDF-1.4 la carta" || !strings.HasPrefix(res.Header.Get("Content-Disposition"), "attachment") {
			t.Fatalf("get: %d %q %q", res.StatusCode, b, res.Header.Get("Content-Disposition"))
		}
		for _, c := range []struct {
			name, url, token string
			body             []byte
			status           int
		}{
			{"no name", "/api/v1/messages/" + a.vars["letter"] + "/original", "", []byte("x"), 400},
			{"a viewer", "/api/v1/messages/" + a.vars["letter"] + "/original?name=x.pdf", a.vars["viewer"], []byte("x"), 403},
			{"nobody, on a message they do not see", "/api/v1/messages/" + a.vars["letter"] + "/original?name=x.pdf", "none", []byte("x"), 404},
			{"nobody, on a public message", "/api/v1/messages/" + a.vars["public"] + "/original?name=x.pdf", "none", []byte("x"), 401},
			{"no message", "/api/v1/messages/999999/original?name=x.pdf", "", []byte("x"), 404},
			{"too large", "/api/v1/messages/" + a.vars["letter"] + "/original?name=x.pdf", "", make([]byte, 21<<20), 413},
		} {
			h := map[string]string{}
			if c.token != "" {
				h["Authorization"] = c.token
			}
			if x := a.send(t, http.MethodPut, c.url, c.body, h); x.status != c.status {
				t.Errorf("%s: %d, want %d: %s", c.name, x.status, c.status, x.body)
			}
		}
		if x := a.send(t, http.MethodGet, "/api/v1/messages/999999/original", nil, nil); x.status != 404 {
			t.Errorf("get none: %d", x.status)
		}
	})
}
