package http_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/frente/frente"
	fcontract "github.com/frente/frente/contract"
	"github.com/frente/frente/ingest"
)

const (
	negotiationsURL = "/api/v1/negotiations"
	proposalsURL    = "/api/v1/proposals"
)

// apiBargainingText is the current contract of the tests' tables.
const apiBargainingText = `AGREEMENT BETWEEN ASARCO AND THE UNITED STEELWORKERS

ARTICLE 1 – RECOGNITION

The Company recognizes the Union as the sole bargaining agent of the employees.

ARTICLE 33 – DRUG AND ALCOHOL TESTING

An employee may be tested for drugs only upon reasonable suspicion, by a drug test at a certified laboratory.

ARTICLE 34 – CIVIL RIGHTS COMMITTEE

A joint labor-management civil rights committee shall meet every quarter at each plant.
`

func init() {
	apiGroups = append(apiGroups, struct {
		name string
		run  func(t *testing.T, a *apiT)
	}{"bargaining", testAPIBargaining})
}

func testAPIBargaining(t *testing.T, a *apiT) {
	ctx := frente.WithViewer(context.Background(), frente.System)
	asarco := &frente.Organization{Kind: "employer", Name: "ASARCO", Country: "US", Record: frente.Record{Visibility: frente.Public}}
	usw := &frente.Organization{Kind: "union", Name: "United Steelworkers", Country: "US", Record: frente.Record{Visibility: frente.Public}}
	for _, o := range []*frente.Organization{asarco, usw} {
		if err := a.store.CreateOrganization(ctx, o); err != nil {
			t.Fatal(err)
		}
	}
	campaign := &frente.Campaign{Name: "ASARCO tables", Members: []frente.ID{usw.ID}, Record: frente.Record{Visibility: frente.Public}}
	if err := a.store.CreateCampaign(ctx, campaign); err != nil {
		t.Fatal(err)
	}
	agreementID := func(name, text string) frente.ID {
		res, err := ingest.File(ctx, a.store, name, []byte(text), ingest.Meta{OwnerID: usw.ID, Visibility: frente.Public}, fcontract.Options{NoPdftotext: true})
		if err != nil {
			t.Fatal(err)
		}
		return res.Agreement.ID
	}
	current := agreementID("hayden.txt", apiBargainingText)
	other := agreementID("other.txt", strings.Replace(apiBargainingText, "ASARCO", "Another employer", 1))
	unitOf := func(id frente.ID, number string) string {
		units, err := a.store.AgreementUnits(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		for _, u := range units {
			if u.Number == number {
				return fmt.Sprint(u.ID)
			}
		}
		t.Fatalf("agreement %d has no unit %s", id, number)
		return ""
	}
	a.vars["asarco"], a.vars["usw"], a.vars["campaign"] = fmt.Sprint(asarco.ID), fmt.Sprint(usw.ID), fmt.Sprint(campaign.ID)
	a.vars["current"], a.vars["other"] = fmt.Sprint(current), fmt.Sprint(other)
	a.vars["testing"], a.vars["committee"], a.vars["elsewhere"] = unitOf(current, "33"), unitOf(current, "34"), unitOf(other, "33")
	a.vars["viewer"] = "Bearer " + userToken(t, a.store, "viewer@usw.example", usw.ID, frente.RoleViewer)
	viewer := map[string]string{"Authorization": "{{viewer}}"}
	anonymous := map[string]string{"Authorization": "none"}

	a.run(t, []step{
		{name: "open a table", method: "POST", url: negotiationsURL, status: 201, save: "hayden",
			body: `{"title": "Hayden smelter", "owner_id": {{usw}}, "visibility": "public", "union_ids": [{{usw}}], "employer_id": {{asarco}}, "agreement_id": {{current}},
				"campaign_id": {{campaign}}, "opened": "2026-03-01", "status": "bargaining",
				"sessions": [{"date": "2026-03-20", "place": "Tucson"}, {"date": "2026-03-05", "place": "Hayden", "notes": "opening"}]}`,
			want: map[string]string{"/sessions/0/place": "Hayden", "/status": "bargaining", "/union_ids": "[{{usw}}]"}},
		{name: "another table", method: "POST", url: negotiationsURL, status: 201, save: "mission",
			body: `{"title": "Mission mine", "owner_id": {{usw}}, "visibility": "public", "agreement_id": {{current}}, "campaign_id": {{campaign}}, "ref": "mission"}`,
			want: map[string]string{"/status": "preparing", "/sessions": "[]"}},
		{name: "a table of a union as employer", method: "POST", url: negotiationsURL, status: 400,
			body: `{"title": "X", "employer_id": {{usw}}}`, fields: []string{"employer_id=wrong_kind"}},
		{name: "a session without a date", method: "POST", url: negotiationsURL, status: 400,
			body: `{"title": "X", "sessions": [{"place": "Tucson"}]}`, fields: []string{"sessions[0].date=required"}},
		{name: "a ref taken", method: "POST", url: negotiationsURL, status: 409, body: `{"title": "X", "ref": "mission"}`},
		{name: "a viewer opens no table", method: "POST", url: negotiationsURL, status: 403, header: viewer,
			body: `{"title": "X", "owner_id": {{usw}}}`},
		{name: "nobody opens no table", method: "POST", url: negotiationsURL, status: 401, header: anonymous, body: `{"title": "X"}`},
		{name: "list the campaign's tables", method: "GET", url: negotiationsURL + "?campaign={{campaign}}&status=bargaining", status: 200,
			want: map[string]string{"/total": "1", "/items/0/id": "{{hayden}}"}},
		{name: "a bad filter", method: "GET", url: negotiationsURL + "?status=sleeping", status: 400, fields: []string{"status=invalid_filter"}},
		{name: "list anonymously", method: "GET", url: negotiationsURL, status: 200, header: anonymous, want: map[string]string{"/total": "2"}},
		{name: "get", method: "GET", url: negotiationsURL + "/{{hayden}}", status: 200, want: map[string]string{"/sessions/1/date": "2026-03-20"}},
		{name: "patch the status", method: "PATCH", url: negotiationsURL + "/{{hayden}}", status: 200, body: `{"status": "impasse"}`,
			want: map[string]string{"/status": "impasse", "/title": "Hayden smelter"}},
		{name: "patch to an unknown status", method: "PATCH", url: negotiationsURL + "/{{hayden}}", status: 400, body: `{"status": "asleep"}`,
			fields: []string{"status=invalid_choice"}},
		{name: "patch a ref taken", method: "PATCH", url: negotiationsURL + "/{{hayden}}", status: 409, body: `{"ref": "mission"}`},
		{name: "a viewer patches no table", method: "PATCH", url: negotiationsURL + "/{{hayden}}", status: 403, header: viewer, body: `{"notes": "x"}`},
		{name: "nobody patches no table", method: "PATCH", url: negotiationsURL + "/{{hayden}}", status: 401, header: anonymous, body: `{"notes": "x"}`},

		{name: "an employer takeaway", method: "POST", url: proposalsURL, status: 201, save: "drug",
			body: `{"negotiation_id": {{hayden}}, "owner_id": {{usw}}, "side": "employer", "date": "2026-03-05", "title": "Random testing", "visibility": "public",
				"target_unit_id": {{testing}}, "text": "Any employee may be tested for drugs at random, at the sole discretion of the Company."}`,
			want: map[string]string{"/status": "open", "/takeaway_suggestion/suggested": "true", "/target/number": "33",
				"/topics/0": "drug-alcohol-testing", "/history/0/to": "open"}},
		{name: "a person marks it a takeaway", method: "PATCH", url: proposalsURL + "/{{drug}}", status: 200,
			body: `{"takeaway": true, "takeaway_reason": "random testing replaces reasonable suspicion"}`, want: map[string]string{"/takeaway": "true"}},
		{name: "the committee goes", method: "POST", url: proposalsURL, status: 201, save: "committee",
			body: `{"negotiation_id": {{mission}}, "owner_id": {{usw}}, "side": "employer", "date": "2026-03-06", "title": "No committee", "visibility": "public",
				"target_unit_id": {{committee}}, "text": "", "takeaway": true, "topics": ["civil-rights-committee"]}`,
			want: map[string]string{"/takeaway_suggestion/removed": "true"}},
		{name: "the union counters", method: "POST", url: proposalsURL, status: 201, save: "counter",
			body: `{"negotiation_id": {{hayden}}, "owner_id": {{usw}}, "side": "union", "date": "2026-03-20", "title": "Keep reasonable suspicion", "visibility": "public",
				"target_unit_id": {{testing}}, "answers_id": {{drug}},
				"text": "An employee may be tested for drugs only upon reasonable suspicion, by a drug test at a certified laboratory, with a union representative present."}`},
		{name: "the answered one is countered", method: "GET", url: proposalsURL + "/{{drug}}", status: 200,
			want: map[string]string{"/status": "countered", "/history/1/from": "open", "/history/1/to": "countered"}},
		{name: "an unknown status", method: "POST", url: proposalsURL, status: 400,
			body:   `{"negotiation_id": {{hayden}}, "side": "union", "date": "2026-03-21", "title": "X", "status": "pending"}`,
			fields: []string{"status=invalid_choice"}},
		{name: "a target in another agreement", method: "POST", url: proposalsURL, status: 400,
			body:   `{"negotiation_id": {{hayden}}, "side": "union", "date": "2026-03-21", "title": "X", "target_unit_id": {{elsewhere}}}`,
			fields: []string{"target_unit_id=other_agreement"}},
		{name: "an answer to another table", method: "POST", url: proposalsURL, status: 400,
			body:   `{"negotiation_id": {{hayden}}, "side": "union", "date": "2026-03-21", "title": "X", "answers_id": {{committee}}}`,
			fields: []string{"answers_id=other_negotiation"}},
		{name: "a union takeaway", method: "POST", url: proposalsURL, status: 400,
			body:   `{"negotiation_id": {{hayden}}, "side": "union", "date": "2026-03-21", "title": "X", "takeaway": true}`,
			fields: []string{"takeaway=employer_only"}},
		{name: "a ref", method: "PATCH", url: proposalsURL + "/{{counter}}", status: 200, body: `{"ref": "counter"}`},
		{name: "a ref taken", method: "POST", url: proposalsURL, status: 409,
			body: `{"negotiation_id": {{hayden}}, "side": "union", "date": "2026-03-21", "title": "X", "ref": "counter"}`},
		{name: "a viewer tables nothing", method: "POST", url: proposalsURL, status: 403, header: viewer,
			body: `{"negotiation_id": {{hayden}}, "owner_id": {{usw}}, "side": "union", "date": "2026-03-21", "title": "X"}`},
		{name: "nobody tables nothing", method: "POST", url: proposalsURL, status: 401, header: anonymous,
			body: `{"negotiation_id": {{hayden}}, "side": "union", "date": "2026-03-21", "title": "X"}`},
		{name: "withdraw", method: "PATCH", url: proposalsURL + "/{{committee}}", status: 200,
			body: `{"status": "withdrawn", "status_note": "withdrawn at the 6 April session"}`,
			want: map[string]string{"/status": "withdrawn", "/history/1/note": "withdrawn at the 6 April session", "/status_note": absent}},
		{name: "a withdrawn proposal is not agreed", method: "PATCH", url: proposalsURL + "/{{committee}}", status: 400,
			body: `{"status": "tentatively-agreed"}`, fields: []string{"status=forbidden_transition"}},
		{name: "another table", method: "PATCH", url: proposalsURL + "/{{committee}}", status: 400,
			body: `{"negotiation_id": {{hayden}}}`, fields: []string{"negotiation_id=fixed"}},
		{name: "a ref taken on patch", method: "PATCH", url: proposalsURL + "/{{drug}}", status: 409, body: `{"ref": "counter"}`},
		{name: "a viewer patches nothing", method: "PATCH", url: proposalsURL + "/{{drug}}", status: 403, header: viewer, body: `{"notes": "x"}`},
		{name: "nobody patches nothing", method: "PATCH", url: proposalsURL + "/{{drug}}", status: 401, header: anonymous, body: `{"notes": "x"}`},
		{name: "patch none", method: "PATCH", url: proposalsURL + "/999999", status: 404, body: `{"notes": "x"}`},
		{name: "list the takeaways of the campaign", method: "GET", url: proposalsURL + "?campaign={{campaign}}&takeaways=true", status: 200,
			want: map[string]string{"/total": "2"}},
		{name: "list by topic and side", method: "GET", url: proposalsURL + "?topic=drug-alcohol-testing&side=union", status: 200,
			want: map[string]string{"/total": "1", "/items/0/id": "{{counter}}"}},
		{name: "a bad topic", method: "GET", url: proposalsURL + "?topic=lunch", status: 400, fields: []string{"topic=invalid_filter"}},
		{name: "get none", method: "GET", url: proposalsURL + "/999999", status: 404},

		{name: "redline", method: "GET", url: proposalsURL + "/{{counter}}/redline", status: 200,
			want:     map[string]string{"/target/number": "33"},
			contains: []string{`with a union representative present+}`, `rl-ins`}},
		{name: "redline of a deletion", method: "GET", url: proposalsURL + "/{{committee}}/redline", status: 200,
			want: map[string]string{"/proposed": "", "/stats/Inserted": "0"}, contains: []string{"rl-del"}},
		{name: "redline of none", method: "GET", url: proposalsURL + "/999999/redline", status: 404},

		{name: "the matrix", method: "GET", url: "/api/v1/campaigns/{{campaign}}/matrix", status: 200,
			want: map[string]string{"/negotiations/0/id": "{{hayden}}", "/topics/0": "drug-alcohol-testing"}},
		{name: "the takeaways of the matrix", method: "GET", url: "/api/v1/campaigns/{{campaign}}/matrix?takeaways=true", status: 200,
			want: map[string]string{"/negotiations/1/id": "{{mission}}"}},
		{name: "the matrix with a bad parameter", method: "GET", url: "/api/v1/campaigns/{{campaign}}/matrix?takeaways=maybe&x=1", status: 400,
			fields: []string{"takeaways=invalid_filter", "x=unknown_parameter"}},
		{name: "the matrix of none", method: "GET", url: "/api/v1/campaigns/999999/matrix", status: 404},

		{name: "compare two agreements", method: "GET", url: "/api/v1/compare?a={{current}}&b={{other}}", status: 200,
			want: map[string]string{"/pairs/0/a": "1", "/pairs/1/a": "33", "/pairs/1/b": "33", "/pairs/1/change": "same", "/added": "[]"}, contains: []string{`"change": "same"`}},
		{name: "compare without b", method: "GET", url: "/api/v1/compare?a={{current}}&c=1", status: 400,
			fields: []string{"b=required", "c=unknown_parameter"}},
		{name: "compare with no agreement", method: "GET", url: "/api/v1/compare?a={{current}}&b=999999", status: 404},
		{name: "an agreement at a table stays", method: "DELETE", url: agreementsURL + "/{{current}}", status: 409},
		{name: "a table with proposals stays", method: "DELETE", url: negotiationsURL + "/{{hayden}}", status: 409},
		{name: "an answered proposal stays", method: "DELETE", url: proposalsURL + "/{{drug}}", status: 409},
		{name: "a viewer deletes nothing", method: "DELETE", url: proposalsURL + "/{{counter}}", status: 403, header: viewer},
		{name: "nobody deletes nothing", method: "DELETE", url: proposalsURL + "/{{counter}}", status: 401, header: anonymous},
		{name: "delete the counter", method: "DELETE", url: proposalsURL + "/{{counter}}", status: 204},
		{name: "delete it again", method: "DELETE", url: proposalsURL + "/{{counter}}", status: 404},
		{name: "a viewer closes no table", method: "DELETE", url: negotiationsURL + "/{{mission}}", status: 403, header: viewer},
		{name: "nobody closes no table", method: "DELETE", url: negotiationsURL + "/{{mission}}", status: 401, header: anonymous},
		{name: "delete the proposals and the table", method: "DELETE", url: proposalsURL + "/{{committee}}", status: 204},
		{name: "close the table", method: "DELETE", url: negotiationsURL + "/{{mission}}", status: 204},
		{name: "close it again", method: "DELETE", url: negotiationsURL + "/{{mission}}", status: 404},
		{name: "get it", method: "GET", url: negotiationsURL + "/{{mission}}", status: 404},
		{name: "a table too large", method: "POST", url: negotiationsURL, status: 413, body: `{"title": "` + strings.Repeat("x", 1<<20) + `"}`},
		{name: "a table patch too large", method: "PATCH", url: negotiationsURL + "/{{hayden}}", status: 413, body: `{"notes": "` + strings.Repeat("x", 1<<20) + `"}`},
		{name: "a proposal too large", method: "POST", url: proposalsURL, status: 413, body: `{"text": "` + strings.Repeat("x", 1<<20) + `"}`},
		{name: "a proposal patch too large", method: "PATCH", url: proposalsURL + "/{{drug}}", status: 413, body: `{"text": "` + strings.Repeat("x", 1<<20) + `"}`},
		{name: "patch it", method: "PATCH", url: negotiationsURL + "/{{mission}}", status: 404, body: `{"notes": "x"}`},
	})
}
