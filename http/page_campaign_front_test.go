package http

import (
	"fmt"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/frente/frente"
	"github.com/frente/frente/contract"
	"github.com/frente/frente/i18n"
	"github.com/frente/frente/ingest"
	"github.com/frente/frente/storetest"
)

// frontFixture is the small front of seedFront with something in every
// section of the campaign page, shared with the campaign by its owners,
// and a reader of each kind: a partner (a member of Los Mineros), a member
// of the USW, and an outsider (a union outside the campaign).
type frontFixture struct {
	*front
	Table                      *frente.Negotiation
	Strike                     *frente.Dispute
	Fire                       *frente.Incident
	Request                    *frente.Request
	Pledge, Withdrawn          *frente.Pledge
	Letter                     *frente.Message
	Soon, Later                *frente.Agreement
	Partner, Steelworker, Outs *frente.User
}

// frontAgreementText is an agreement of this test's own, small enough to
// ingest quickly; %s makes each copy a different file.
const frontAgreementText = `AGREEMENT between ASARCO LLC and the United Steelworkers (%s)

ARTICLE 1 – RECOGNITION

The Company recognizes the Union as the sole bargaining agent of the hourly employees at the %s.

ARTICLE 2 – DRUG AND ALCOHOL TESTING

No employee shall be tested for drugs or alcohol except upon reasonable suspicion documented in writing.
`

func seedCampaignFront(t testing.TB, store frente.Store) *frontFixture {
	t.Helper()
	ctx := sysCtx()
	f := &frontFixture{front: seedFront(t, store)}
	shared := func(owner frente.ID) frente.Record {
		return frente.Record{OwnerID: owner, Visibility: frente.CampaignVisible, Campaigns: []frente.ID{f.Campaign.ID}}
	}
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	f.Table = &frente.Negotiation{Record: shared(f.USW.ID), Title: "Hayden smelter table", CampaignID: f.Campaign.ID,
		UnionIDs: []frente.ID{f.USW.ID}, EmployerID: f.Asarco.ID, Status: frente.NegotiationStatus("bargaining")}
	must(store.CreateNegotiation(ctx, f.Table))
	for _, p := range []*frente.Proposal{
		{Side: frente.SideEmployer, Date: "2025-11-03", Title: "Random testing", Topics: []string{"drug-alcohol-testing"}, Takeaway: true,
			TakeawayReason: "Testing without cause", Text: "All employees shall be subject to random testing."},
		{Side: frente.SideUnion, Date: "2025-11-04", Title: "Wage increase", Topics: []string{"wages"}, Text: "Four percent a year."},
		{Side: frente.SideEmployer, Date: "2025-11-05", Title: "Attendance points", Topics: []string{"attendance"}, Status: frente.ProposalAgreed,
			Text: "Points expire after a year."},
	} {
		p.Record, p.NegotiationID = shared(f.USW.ID), f.Table.ID
		must(store.CreateProposal(ctx, p))
	}
	f.Strike = &frente.Dispute{Record: shared(f.USW.ID), Title: "Hayden smelter strike", Kind: frente.DisputeKind("strike"), Start: "2025-10-01",
		UnionIDs: []frente.ID{f.USW.ID}, EmployerID: f.Asarco.ID, CampaignIDs: []frente.ID{f.Campaign.ID}}
	must(store.CreateDispute(ctx, f.Strike))
	f.Fire = &frente.Incident{Record: shared(f.USW.ID), Title: "Converter aisle fire", Date: "2025-09-12", Kind: frente.IncidentKind("fire"),
		Injured: 2, CampaignIDs: []frente.ID{f.Campaign.ID}}
	must(store.CreateIncident(ctx, f.Fire))
	f.Letter = &frente.Message{Record: shared(f.Mineros.ID), Kind: frente.MessageLetter, Date: "2025-10-20", Language: "es",
		SenderIDs: []frente.ID{f.Mineros.ID}, RecipientIDs: []frente.ID{f.USW.ID}, Subject: "Acompañamos a las secciones locales en ASARCO",
		Body: "Nuestro apoyo, cuando ustedes lo pidan.", CampaignIDs: []frente.ID{f.Campaign.ID}}
	must(store.CreateMessage(ctx, f.Letter))
	f.Pledge = &frente.Pledge{Record: shared(f.Mineros.ID), FromID: f.Mineros.ID, ToID: f.USW.ID, Kind: frente.PledgeAccompaniment,
		Activation: frente.ActivationOnRequest, Terms: "To stand with the locals at the table and on the picket line, when they ask.", MessageID: f.Letter.ID}
	must(store.CreatePledge(ctx, f.Pledge))
	f.Withdrawn = &frente.Pledge{Record: shared(f.Mineros.ID), FromID: f.Mineros.ID, ToCampaignID: f.Campaign.ID, Kind: frente.PledgeBoycott,
		Terms: "A boycott that was called off.", Status: frente.PledgeWithdrawn}
	must(store.CreatePledge(ctx, f.Withdrawn))
	due := time.Now().UTC().AddDate(0, 1, 0).Format(time.DateOnly)
	f.Request = &frente.Request{Record: shared(f.USW.ID), FromID: f.USW.ID, ToID: f.Mineros.ID, PledgeIDs: []frente.ID{f.Pledge.ID},
		Summary: "A delegation to the Hayden picket line", Due: frente.Date(due)}
	must(store.CreateRequest(ctx, f.Request))

	in := func(months int) frente.Date {
		return frente.Date(time.Now().UTC().AddDate(0, months, 0).Format(time.DateOnly))
	}
	meta := ingest.Meta{EmployerID: f.Asarco.ID, UnionIDs: []frente.ID{f.USW.ID}, OwnerID: f.USW.ID, Visibility: frente.CampaignVisible,
		Campaigns: []frente.ID{f.Campaign.ID}, Language: "en"}
	agreement := func(name, place string, months int) *frente.Agreement {
		t.Helper()
		meta.Title, meta.ExpiryDate = place+" agreement", in(months)
		res, err := ingest.File(ctx, store, name, []byte(strings.ReplaceAll(frontAgreementText, "%s", place)), meta, contract.Options{NoPdftotext: true})
		must(err)
		return res.Agreement
	}
	f.Soon = agreement("hayden.txt", "Hayden smelter", 6)
	f.Later = agreement("mission.txt", "Mission mine", 18)

	other := &frente.Organization{Kind: frente.KindUnion, Name: "Other union", Country: "CA", Record: frente.Record{Visibility: frente.Public}}
	must(store.CreateOrganization(ctx, other))
	f.Partner = addUser(t, store, "partner@mineros.example", false, map[frente.ID]frente.Role{f.Mineros.ID: frente.RoleViewer})
	f.Steelworker = addUser(t, store, "researcher@usw.example", false, map[frente.ID]frente.Role{f.USW.ID: frente.RoleEditor})
	f.Outs = addUser(t, store, "someone@other.example", false, map[frente.ID]frente.Role{other.ID: frente.RoleAdmin})
	return f
}

// TestCampaignFront reads the campaign page as a partner in both
// languages, as an outsider and anonymously: each section shows what the
// reader may see, and nothing else.
func TestCampaignFront(t *testing.T) {
	stores(t, func(t *testing.T, store frente.Store) {
		f := seedCampaignFront(t, store)
		path := "/campaigns/" + idValue(f.Campaign.ID)
		for _, lang := range []i18n.Lang{i18n.English, i18n.Spanish} {
			t.Run(string(lang), func(t *testing.T) {
				s := newSite(t, store)
				s.lang = string(lang)
				s.loginAs(f.Partner)
				res := s.get(path)
				res.want(t, http.StatusOK, lang.T("front.matrix"), lang.T("front.expiring"), lang.T("front.requests"),
					lang.T("front.pledges"), lang.T("front.messages"), lang.T("front.timeline"), lang.T("front.dossier"))

				matrix := section(t, res.body, "matrix-summary")
				for _, want := range []string{">Hayden smelter table</a>", topicLabel(lang, "drug-alcohol-testing"), path + "/matrix",
					`data-state="employer-takeaway" data-label="` + lang.T("matrix_state.employer-takeaway") + `"><strong>1</strong>`,
					`data-state="union-proposal" data-label="` + lang.T("matrix_state.union-proposal") + `"><strong>1</strong>`,
					`data-state="tentatively-agreed" data-label="` + lang.T("matrix_state.tentatively-agreed") + `"><strong>1</strong>`,
					`data-state="withdrawn" data-label="` + lang.T("matrix_state.withdrawn") + `"><span class="muted">0</span>`} {
					if !strings.Contains(matrix, want) {
						t.Errorf("matrix summary lacks %q:\n%s", want, matrix)
					}
				}
				if strings.Contains(matrix, topicLabel(lang, "wages")) {
					t.Errorf("wages are listed as a takeaway:\n%s", matrix)
				}

				tl := section(t, res.body, "campaign-timeline")
				for _, want := range []string{"<svg", `id="ctl`, "Hayden smelter strike", "Converter aisle fire", path + "/timeline",
					lang.T("front.ongoing") + ": <strong>1</strong>"} {
					if !strings.Contains(tl, want) {
						t.Errorf("timeline lacks %q:\n%.2000s", want, tl)
					}
				}
				if strings.Contains(tl, `id="tl-`) {
					t.Error("the inlined chart uses the timeline page's ids")
				}

				reqs := section(t, res.body, "open-requests")
				for _, want := range []string{`href="/requests/` + idValue(f.Request.ID) + `"`, "A delegation to the Hayden picket line",
					"USW → Los Mineros", lang.T("request_status.open"), string(f.Request.Due), `href="/inbox"`} {
					if !strings.Contains(reqs, want) {
						t.Errorf("requests lack %q:\n%s", want, reqs)
					}
				}
				// The request called on the pledge, which now waits for an answer.
				pledges := section(t, res.body, "live-pledges")
				for _, want := range []string{`href="/pledges/` + idValue(f.Pledge.ID) + `"`, lang.T("pledge_kind.accompaniment"),
					"Los Mineros → USW", lang.T("activation.on-request"), lang.T("pledge_status.requested")} {
					if !strings.Contains(pledges, want) {
						t.Errorf("pledges lack %q:\n%s", want, pledges)
					}
				}
				if strings.Contains(pledges, "/pledges/"+idValue(f.Withdrawn.ID)+`"`) || strings.Contains(pledges, "called off") {
					t.Errorf("a withdrawn pledge is listed:\n%s", pledges)
				}
				msgs := section(t, res.body, "latest-messages")
				for _, want := range []string{`href="/messages/` + idValue(f.Letter.ID) + `" lang="es"`, "Acompañamos a las secciones locales en ASARCO",
					"2025-10-20", lang.T("message_kind.letter"), "/messages?campaign=" + idValue(f.Campaign.ID)} {
					if !strings.Contains(msgs, want) {
						t.Errorf("messages lack %q:\n%s", want, msgs)
					}
				}

				cal := section(t, res.body, "bargaining-calendar")
				for _, want := range []string{`href="/agreements/` + idValue(f.Soon.ID) + `"`, "Hayden smelter agreement", string(f.Soon.ExpiryDate), ">ASARCO</a>", ">USW</a>"} {
					if !strings.Contains(cal, want) {
						t.Errorf("the bargaining calendar lacks %q:\n%s", want, cal)
					}
				}
				if strings.Contains(cal, "Mission mine agreement") {
					t.Errorf("an agreement expiring in 18 months is in the 12-month calendar:\n%s", cal)
				}

				feed := section(t, res.body, "calendar-feed")
				if !regexp.MustCompile(`<code id="calendar-url">http://[^<]+/campaigns/`+idValue(f.Campaign.ID)+`/calendar.ics\?key=frc_[^<]+</code>`).MatchString(feed) ||
					!strings.Contains(feed, `action="/campaigns/`+idValue(f.Campaign.ID)+`/calendar/reset"`) {
					t.Errorf("the calendar box:\n%s", feed)
				}
				// The dossier prints the full address of the links it keeps.
				if !strings.Contains(res.body, `data-print-url="`+s.srv.URL+`/requests/`+idValue(f.Request.ID)+`"`) {
					t.Error("the request's link has no printable address")
				}
			})
		}

		// An outsider sees the page, the public members and target, and
		// none of what the partners shared with each other.
		for _, who := range []*frente.User{f.Outs, nil} {
			s := newSite(t, store)
			name := "anonymous"
			if who != nil {
				s.loginAs(who)
				name = who.Email
			}
			res := s.get(path)
			res.want(t, http.StatusOK, "Los Mineros", "Grupo México", "Hayden smelter", // a workplace, public
				"No table of this campaign has proposals you may see.", "No dispute or incident you may see.",
				"No open request you may see.", "No pledge you may see is waiting or under way.", "No message you may see.",
				"No agreement you may see expires in the next 12 months.")
			for _, hidden := range []string{"Hayden smelter table", "Hayden smelter strike", "Converter aisle fire", "picket line",
				"Acompañamos", "Hayden smelter agreement", "/pledges/" + idValue(f.Pledge.ID)} {
				if strings.Contains(res.body, hidden) {
					t.Errorf("%s sees %q", name, hidden)
				}
			}
			if hasFeed := strings.Contains(res.body, `id="calendar-feed"`); hasFeed != (who != nil) {
				t.Errorf("%s: calendar box shown %v", name, hasFeed)
			}
		}
	})
}

// TestCampaignCalendarReset replaces the reader's feed address from the
// campaign page: the old one stops working, the page shows the new one.
func TestCampaignCalendarReset(t *testing.T) {
	stores(t, func(t *testing.T, store frente.Store) {
		f := seedFront(t, store)
		u := addUser(t, store, "organizer@usw.example", false, map[frente.ID]frente.Role{f.USW.ID: frente.RoleViewer})
		s := newSite(t, store)
		s.loginAs(u)
		path := "/campaigns/" + idValue(f.Campaign.ID)
		address := regexp.MustCompile(`<code id="calendar-url">([^<]+)</code>`)
		first := address.FindStringSubmatch(s.get(path).body)
		if first == nil {
			t.Fatal("no feed address on the page")
		}
		old := strings.ReplaceAll(first[1], "&amp;", "&")

		res := s.post(path+"/calendar/reset", url.Values{})
		if res.status != http.StatusSeeOther || res.header.Get("Location") != path+"?calendar=reset#calendar-feed" {
			t.Fatalf("reset answered %d to %q", res.status, res.header.Get("Location"))
		}
		page := s.get(path + "?calendar=reset")
		page.want(t, http.StatusOK, "the old one no longer works")
		second := address.FindStringSubmatch(page.body)
		if second == nil || second[1] == first[1] {
			t.Fatalf("the address did not change: %q then %q", first, second)
		}
		if got := newSite(t, store).get(strings.TrimPrefix(old, s.srv.URL)); got.status != http.StatusNotFound {
			t.Errorf("the old address answered %d", got.status)
		}
		if got := newSite(t, store).get(strings.TrimPrefix(strings.ReplaceAll(second[1], "&amp;", "&"), s.srv.URL)); got.status != http.StatusOK {
			t.Errorf("the new address answered %d", got.status)
		}

		// Logged out, the form leads to the login and changes nothing.
		anon := newSite(t, store).post(path+"/calendar/reset", url.Values{})
		if anon.status != http.StatusSeeOther || !strings.HasPrefix(anon.header.Get("Location"), "/login") {
			t.Errorf("anonymous reset answered %d to %q", anon.status, anon.header.Get("Location"))
		}
	})
}

func TestSummarizeMatrix(t *testing.T) {
	var tables []frente.MatrixNegotiation
	var props []frente.MatrixProposal
	for i := range frontTables + 2 {
		id := frente.ID(i + 1)
		tables = append(tables, frente.MatrixNegotiation{ID: id, Title: "Table " + idValue(id)})
		props = append(props, frente.MatrixProposal{ID: id * 10, NegotiationID: id, Side: frente.SideEmployer, Date: "2025-01-01",
			Takeaway: i == 1, Topics: []string{"attendance", "wages"}})
	}
	// Table 1 answers the takeaway on wages and agrees on attendance.
	props = append(props, frente.MatrixProposal{ID: 1000, NegotiationID: 1, Side: frente.SideUnion, Date: "2025-02-01", Topics: []string{"wages"}},
		frente.MatrixProposal{ID: 1001, NegotiationID: 1, Side: frente.SideUnion, Date: "2025-02-01", Status: frente.ProposalAgreed, Topics: []string{"attendance"}})
	sum := summarizeMatrix(frente.BuildMatrix(7, tables, props, []string{"attendance", "wages"}))
	if len(sum.Tables) != frontTables || sum.MoreTables != 2 || sum.Topics != 2 {
		t.Fatalf("%d tables shown, %d more, %d topics", len(sum.Tables), sum.MoreTables, sum.Topics)
	}
	count := func(tbl int, st frente.MatrixState) int {
		for i, s := range sum.States {
			if s == st {
				return sum.Tables[tbl].Counts[i]
			}
		}
		t.Fatalf("no column %s", st)
		return 0
	}
	if count(0, frente.MatrixUnionProposal) != 1 || count(0, frente.MatrixAgreed) != 1 || count(0, frente.MatrixEmployerProposal) != 0 {
		t.Errorf("table 1: %v", sum.Tables[0].Counts)
	}
	if count(1, frente.MatrixEmployerTakeaway) != 2 || strings.Join(sum.Tables[1].Takeaways, ",") != "attendance,wages" {
		t.Errorf("table 2: %v %v", sum.Tables[1].Counts, sum.Tables[1].Takeaways)
	}
	if count(2, frente.MatrixEmployerProposal) != 2 || len(sum.Tables[2].Takeaways) != 0 {
		t.Errorf("table 3: %v %v", sum.Tables[2].Counts, sum.Tables[2].Takeaways)
	}
	if strings.Join(sum.Takeaways, ",") != "attendance,wages" {
		t.Errorf("takeaway topics %v", sum.Takeaways)
	}
}

func TestClipText(t *testing.T) {
	short := "A delegation\n to the  picket line"
	if got := clipText(short); got != "A delegation to the picket line" {
		t.Errorf("clipText(%q) = %q", short, got)
	}
	long := strings.Repeat("solidaridad ", 40)
	got := clipText(long)
	if !strings.HasSuffix(got, "solidaridad…") || len([]rune(got)) > frontClipRunes+1 {
		t.Errorf("clipText of %d runes = %q", len(long), got)
	}
}

// BenchmarkCampaignFront times the campaign page as a partner sees it:
// every section of the small front, then with 1,000 disputes on the
// timeline (the chart draws the first few; all are read and counted).
//
//	go test -run '^$' -bench CampaignFront -benchtime 50x ./http/
func BenchmarkCampaignFront(b *testing.B) {
	for _, disputes := range []int{0, 1000} {
		b.Run(fmt.Sprintf("disputes=%d", disputes), func(b *testing.B) {
			store := storetest.SQLite(b)
			f := seedCampaignFront(b, store)
			for i := range disputes {
				d := &frente.Dispute{Record: frente.Record{Visibility: frente.Public}, Title: fmt.Sprintf("Dispute %04d", i),
					Start:       frente.Date(time.Date(1990+i%30, time.Month(1+i%12), 1, 0, 0, 0, 0, time.UTC).Format(time.DateOnly)),
					CampaignIDs: []frente.ID{f.Campaign.ID}}
				if err := store.CreateDispute(sysCtx(), d); err != nil {
					b.Fatal(err)
				}
			}
			s := newSite(b, store)
			s.loginAs(f.Partner)
			path := "/campaigns/" + idValue(f.Campaign.ID)
			for b.Loop() {
				if res := s.get(path); res.status != http.StatusOK {
					b.Fatalf("status %d", res.status)
				}
			}
		})
	}
}
