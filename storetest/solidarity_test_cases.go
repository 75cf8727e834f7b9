package storetest

import (
	"testing"

	"github.com/frente/frente"
)

func testSolidarity(t *testing.T, open Opener) {
	a := newAccess(t, open)
	s := a.s
	shared := func(owner frente.ID) frente.Record {
		return frente.Record{OwnerID: owner, Visibility: frente.CampaignVisible, Campaigns: []frente.ID{a.campaign.ID}}
	}
	people := map[string]*frente.Person{}
	for _, n := range []string{"Napoleón Gómez Urrutia", "Juan Linares Montufar", "LaVenture"} {
		p := &frente.Person{Name: n, Record: frente.Record{Visibility: frente.Public}}
		if err := s.CreatePerson(ctx(), p); err != nil {
			t.Fatal(err)
		}
		people[n] = p
	}
	letter := &frente.Message{Record: shared(a.mineros.ID), Kind: frente.MessageLetter, Date: "2013-08-01", Language: "en",
		SenderIDs: []frente.ID{a.mineros.ID}, RecipientIDs: []frente.ID{a.usw.ID}, RecipientPersonIDs: []frente.ID{people["LaVenture"].ID},
		Signatories: []frente.Signatory{{PersonID: people["Napoleón Gómez Urrutia"].ID, Title: "President and Secretary General"},
			{PersonID: people["Juan Linares Montufar"].ID, Title: "Secretary of the General Council of Vigilance and Justice"}},
		Subject: "Solidarity with the USW locals bargaining with ASARCO", Body: "We stand with you.", CampaignIDs: []frente.ID{a.campaign.ID}}
	if err := s.CreateMessage(ctx(), letter); err != nil {
		t.Fatal(err)
	}
	carta := &frente.Message{Record: shared(a.mineros.ID), Kind: frente.MessageLetter, Date: "2013-08-01", Language: "es", SenderIDs: []frente.ID{a.mineros.ID},
		Subject: "Solidaridad con las secciones del USW", Body: "Estamos con ustedes.", VersionOf: letter.ID}
	if err := s.CreateMessage(ctx(), carta); err != nil {
		t.Fatal(err)
	}
	got, err := s.FindMessageByID(ctx(), letter.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Signatories) != 2 || got.Signatories[0].Name != "Napoleón Gómez Urrutia" || got.Signatories[0].Title != "President and Secretary General" ||
		len(got.Versions) != 1 || got.Versions[0].ID != carta.ID || got.Versions[0].Language != "es" || got.RecipientPersonIDs[0] != people["LaVenture"].ID {
		t.Fatalf("stored letter: %+v", got)
	}
	// Bad messages: refused, named.
	for _, c := range []struct {
		name, field, code string
		m                 frente.Message
	}{
		{"signatory not a person", "signatories[0].person_id", "not_a_person",
			frente.Message{Language: "en", Date: "2013-08-01", Subject: "X", SenderIDs: []frente.ID{a.mineros.ID}, Signatories: []frente.Signatory{{PersonID: a.usw.ID + 100000}}}},
		{"translation in the same language", "version_of", "same_language",
			frente.Message{Language: "es", Date: "2013-08-01", Subject: "X", SenderIDs: []frente.ID{a.mineros.ID}, VersionOf: letter.ID}},
		{"no sender", "sender_ids", "required", frente.Message{Language: "en", Date: "2013-08-01", Subject: "X"}},
		{"bad language", "language", "invalid_language", frente.Message{Language: "english", Date: "2013-08-01", Subject: "X", SenderIDs: []frente.ID{a.mineros.ID}}},
	} {
		m := c.m
		err := s.CreateMessage(ctx(), &m)
		if err == nil {
			t.Errorf("%s: accepted", c.name)
			continue
		}
		wantField(t, err, c.field, c.code)
	}
	f, err := s.SetMessageFile(ctx(), letter.ID, frente.MessageFile{Name: "carta.pdf", Type: "application/pdf", SHA256: "abc"}, []byte("%PDF-1.4 letter"))
	if err != nil || f.File == nil || f.File.Size != 15 {
		t.Fatalf("set file: %+v, %v", f, err)
	}
	if mf, b, err := s.MessageFileContent(ctx(), letter.ID); err != nil || string(b) != "%PDF-1.4 letter" || mf.Name != "carta.pdf" {
		t.Fatalf("file content: %q %+v %v", b, mf, err)
	}

	// The pledge the letter makes: accompaniment, on request.
	pledge := &frente.Pledge{Record: shared(a.mineros.ID), FromID: a.mineros.ID, ToID: a.usw.ID, Kind: frente.PledgeAccompaniment,
		Terms: "To support and accompany you in the way and at the moment you deem convenient", MessageID: letter.ID}
	if err := s.CreatePledge(ctx(), pledge); err != nil {
		t.Fatal(err)
	}
	if pledge.Status != frente.PledgeOffered || pledge.Activation != frente.ActivationOnRequest || len(pledge.History) != 1 {
		t.Fatalf("new pledge: %+v", pledge)
	}
	err = s.CreatePledge(ctx(), &frente.Pledge{FromID: a.usw.ID, ToID: a.usw.ID, Kind: frente.PledgeDonation})
	wantField(t, err, "to_id", "self_pledge")
	err = s.CreatePledge(ctx(), &frente.Pledge{FromID: a.usw.ID, ToID: a.mineros.ID, Kind: frente.PledgeDonation, Amount: "12,50.x"})
	wantField(t, err, "amount", "invalid_amount")
	other := &frente.Campaign{Name: "Another front", Members: []frente.ID{a.other.ID, a.usw.ID}, Record: frente.Record{Visibility: frente.Public}}
	if err := s.CreateCampaign(ctx(), other); err != nil {
		t.Fatal(err)
	}
	elsewhere := &frente.Pledge{Record: frente.Record{Visibility: frente.Public}, FromID: a.other.ID, ToCampaignID: other.ID, Kind: frente.PledgeStrikeFund,
		Amount: "2500", Currency: "usd"}
	if err := s.CreatePledge(ctx(), elsewhere); err != nil {
		t.Fatal(err)
	}

	if made, err := s.FindPledges(ctx(), frente.PledgeFilter{MessageIDs: []frente.ID{carta.ID, letter.ID}}); err != nil || made.Total != 1 || made.Items[0].ID != pledge.ID {
		t.Fatalf("pledges made in the letter: %d, %v", made.Total, err)
	}
	if none, _ := s.FindPledges(ctx(), frente.PledgeFilter{MessageIDs: []frente.ID{}}); none.Total != 0 {
		t.Errorf("pledges made in no message: %d", none.Total)
	}

	// The USW asks; Los Mineros accept; both sides see the states move.
	req := &frente.Request{Record: shared(a.usw.ID), PledgeIDs: []frente.ID{pledge.ID}, Summary: "Send a delegation to the Hayden table", Due: "2026-12-15"}
	if err := s.CreateRequest(a.uswAdmin, req); err != nil {
		t.Fatal(err)
	}
	if req.FromID != a.usw.ID || req.ToID != a.mineros.ID || req.Status != frente.RequestOpen {
		t.Fatalf("new request: %+v", req)
	}
	if calling, err := s.FindRequests(ctx(), frente.RequestFilter{PledgeID: pledge.ID}); err != nil || calling.Total != 1 || calling.Items[0].ID != req.ID {
		t.Fatalf("requests calling on the pledge: %d, %v", calling.Total, err)
	}
	if p, _ := s.FindPledgeByID(ctx(), pledge.ID); p.Status != frente.PledgeRequested || len(p.History) != 2 {
		t.Fatalf("the pledge called on: %s %+v", p.Status, p.History)
	}
	err = s.CreateRequest(a.uswAdmin, &frente.Request{Record: shared(a.usw.ID), CampaignID: a.campaign.ID, PledgeIDs: []frente.ID{elsewhere.ID}, Summary: "X"})
	wantField(t, err, "pledges[0]", "other_campaign")
	// The side asking does not accept its own request.
	_, err = s.UpdateRequest(a.uswAdmin, req.ID, func(q *frente.Request) error { q.Status = frente.RequestAccepted; return nil })
	wantCode(t, err, frente.EFORBIDDEN)
	to, from, err := s.Inbox(a.minerosAdmin)
	if err != nil || len(to) != 1 || to[0].ID != req.ID || len(from) != 0 {
		t.Fatalf("Los Mineros' inbox: to %d, from %d, %v", len(to), len(from), err)
	}
	to, from, err = s.Inbox(a.uswAdmin)
	if err != nil || len(to) != 0 || len(from) != 1 {
		t.Fatalf("the USW's inbox: to %d, from %d, %v", len(to), len(from), err)
	}
	accepted, err := s.UpdateRequest(a.minerosAdmin, req.ID, func(q *frente.Request) error {
		q.Status, q.StatusNote = frente.RequestAccepted, "A delegation will travel"
		return nil
	})
	if err != nil || accepted.Status != frente.RequestAccepted || len(accepted.History) != 2 || accepted.History[1].Note != "A delegation will travel" {
		t.Fatalf("accept: %+v, %v", accepted, err)
	}
	if p, _ := s.FindPledgeByID(a.uswAdmin, pledge.ID); p.Status != frente.PledgeInProgress {
		t.Fatalf("the USW sees the pledge %s", p.Status)
	}
	// The side asked cannot rewrite the request.
	_, err = s.UpdateRequest(a.minerosAdmin, req.ID, func(q *frente.Request) error { q.Summary = "Something else"; return nil })
	wantCode(t, err, frente.EFORBIDDEN)
	// Nor move it back, nor accept it twice into another state.
	_, err = s.UpdateRequest(a.minerosAdmin, req.ID, func(q *frente.Request) error { q.Status = frente.RequestOpen; return nil })
	wantField(t, err, "status", "forbidden_transition")
	done, err := s.UpdateRequest(a.uswAdmin, req.ID, func(q *frente.Request) error { q.Status = frente.RequestDone; return nil })
	if err != nil || done.Status != frente.RequestDone {
		t.Fatalf("done: %v", err)
	}
	if p, _ := s.FindPledgeByID(ctx(), pledge.ID); p.Status != frente.PledgeFulfilled {
		t.Fatalf("the pledge after the request was done: %s", p.Status)
	}
	// An outsider sees none of it.
	_, err = s.FindRequestByID(a.outsider, req.ID)
	wantCode(t, err, frente.ENOTFOUND)
	_, err = s.FindMessageByID(a.outsider, letter.ID)
	wantCode(t, err, frente.ENOTFOUND)
	// A pledge a request calls on stays.
	wantCode(t, s.DeletePledge(ctx(), pledge.ID), frente.ECONFLICT)

	// Calendar keys.
	key, err := s.CalendarKey(a.uswAdmin)
	if err != nil || len(key) < 20 {
		t.Fatalf("calendar key: %q %v", key, err)
	}
	if again, _ := s.CalendarKey(a.uswAdmin); again != key {
		t.Error("the calendar key changed without a reset")
	}
	if uid, err := s.CalendarUser(ctx(), key); err != nil || uid != a.uswAdminID {
		t.Fatalf("calendar user: %d %v", uid, err)
	}
	fresh, err := s.ResetCalendarKey(a.uswAdmin)
	if err != nil || fresh == key {
		t.Fatalf("reset: %v", err)
	}
	_, err = s.CalendarUser(ctx(), key)
	wantCode(t, err, frente.ENOTFOUND)
	_, err = s.CalendarKey(a.anonymous)
	wantCode(t, err, frente.EUNAUTHORIZED)
}
