package http

import (
	"cmp"
	"context"
	"html/template"
	"net/http"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/frente/frente"
	"github.com/frente/frente/timeline"
)

// The campaign page is a glance: each section shows a few rows and links
// to the page where the rest is.
const (
	frontRows       = 5
	frontTables     = 8
	frontAgreements = 10
	frontChartBars  = 8
	frontClipRunes  = 160
)

// campaignFront is where the front stands, from the records the reader
// may see: bargaining, disputes, solidarity and the contracts coming due.
type campaignFront struct {
	// Today is the day the page was made, printed on the dossier's cover;
	// Until ends the bargaining calendar, a year later.
	Today, Until frente.Date
	// Site is the scheme and host, so that the dossier prints the full
	// address of the links it keeps.
	Site     string
	Matrix   frontMatrix
	Timeline frontTimeline
	Requests frontList[frontRequest]
	Pledges  frontList[frontPledge]
	Messages frontList[frontMessage]
	Expiring frontList[frontExpiry]
}

// frontList is the first rows of a listing and how many there are in all.
type frontList[T any] struct {
	Items []T
	Total int
}

// More is how many rows the section does not show.
func (l frontList[T]) More() int { return l.Total - len(l.Items) }

// frontMatrix sums up the coordinated-bargaining matrix: a row a table,
// the number of topics in each state, and where takeaways were tabled.
type frontMatrix struct {
	States []frente.MatrixState
	Tables []frontTable
	// MoreTables are the tables not shown.
	MoreTables int
	Topics     int
	// Takeaways are the topics where a takeaway was tabled at any table,
	// in the taxonomy's order.
	Takeaways []string
}

type frontTable struct {
	Table     frente.MatrixNegotiation
	Counts    []int
	Takeaways []string
}

// frontMatrixStates are the summary's columns: "none" is no news.
var frontMatrixStates = []frente.MatrixState{frente.MatrixEmployerTakeaway, frente.MatrixEmployerProposal,
	frente.MatrixUnionProposal, frente.MatrixAgreed, frente.MatrixWithdrawn}

type frontTimeline struct {
	SVG                          template.HTML
	Disputes, Ongoing, Incidents int
	// Drawn is how many disputes the chart shows: the ongoing and the
	// latest first, as the store orders them.
	Drawn int
}

type frontRequest struct {
	Request  *frente.Request
	From, To *frente.Organization
	Summary  string
}

type frontPledge struct {
	Pledge *frente.Pledge
	From   *frente.Organization
	// To is nil for a pledge to the campaign itself.
	To    *frente.Organization
	Terms string
}

type frontMessage struct {
	Message *frente.Message
	Senders []*frente.Organization
}

type frontExpiry struct {
	Agreement *frente.Agreement
	Employer  *frente.Organization
	Unions    []*frente.Organization
	Days      int
}

// campaignFront gathers the sections of the campaign page beyond its
// members and target.
func (s *Server) campaignFront(r *http.Request, c *frente.Campaign) (campaignFront, error) {
	ctx := r.Context()
	today := s.today()
	f := campaignFront{Today: frente.Date(today.Format(time.DateOnly)), Until: frente.Date(today.AddDate(1, 0, 0).Format(time.DateOnly)),
		Site: siteAddress(r)}
	m, err := s.Store.CampaignMatrix(ctx, c.ID)
	if err != nil {
		return f, err
	}
	f.Matrix = summarizeMatrix(m)
	if f.Timeline, err = s.frontTimeline(r, today); err != nil {
		return f, err
	}
	orgIDs, err := s.frontSolidarity(ctx, c.ID, &f)
	if err != nil {
		return f, err
	}
	ags, err := loadAll(func(cursor string) (frente.Page[*frente.Agreement], error) {
		return s.Store.FindAgreements(ctx, frente.AgreementFilter{CampaignID: c.ID, ExpiresFrom: f.Today, ExpiresTo: f.Until,
			ListOptions: frente.ListOptions{Limit: frente.MaxLimit, Cursor: cursor}})
	})
	if err != nil {
		return f, err
	}
	slices.SortStableFunc(ags, func(a, b *frente.Agreement) int { return cmp.Compare(a.ExpiryDate, b.ExpiryDate) })
	f.Expiring.Total = len(ags)
	ags = ags[:min(len(ags), frontAgreements)]
	for _, a := range ags {
		orgIDs = append(orgIDs, a.EmployerID)
		orgIDs = append(orgIDs, a.UnionIDs...)
	}
	orgs, err := s.loadOrganizationMap(ctx, orgIDs)
	if err != nil {
		return f, err
	}
	f.fillParties(orgs, ags, today)
	return f, nil
}

// summarizeMatrix counts, table by table, the topics in each state.
func summarizeMatrix(m *frente.Matrix) frontMatrix {
	sum := frontMatrix{States: frontMatrixStates, Topics: len(m.Topics)}
	column := make(map[frente.ID]int, len(m.Negotiations))
	for i, n := range m.Negotiations {
		column[n.ID] = i
		sum.Tables = append(sum.Tables, frontTable{Table: n, Counts: make([]int, len(frontMatrixStates))})
	}
	takeaway := map[string]bool{}
	for _, cell := range m.Cells {
		i, ok := column[cell.Negotiation]
		if !ok {
			continue
		}
		t := &sum.Tables[i]
		if k := slices.Index(frontMatrixStates, cell.State); k >= 0 {
			t.Counts[k]++
		}
		if cell.Takeaway {
			t.Takeaways = append(t.Takeaways, cell.Topic)
			takeaway[cell.Topic] = true
		}
	}
	for _, code := range m.Topics {
		if takeaway[code] {
			sum.Takeaways = append(sum.Takeaways, code)
		}
	}
	if len(sum.Tables) > frontTables {
		sum.MoreTables = len(sum.Tables) - frontTables
		sum.Tables = sum.Tables[:frontTables]
	}
	return sum
}

// frontTimeline draws the campaign's timeline, cut to the disputes that
// matter now so that the chart stays a glance.
func (s *Server) frontTimeline(r *http.Request, today time.Time) (frontTimeline, error) {
	td, err := s.timelineOf(r, "campaign")
	if err != nil {
		return frontTimeline{}, err
	}
	out := frontTimeline{Disputes: len(td.Disputes), Incidents: len(td.Incidents)}
	for _, d := range td.Disputes {
		if d.End == "" {
			out.Ongoing++
		}
	}
	if out.Disputes == 0 && out.Incidents == 0 {
		return out, nil
	}
	td.Disputes = td.Disputes[:min(len(td.Disputes), frontChartBars)]
	td.Incidents = td.Incidents[max(0, len(td.Incidents)-frontChartBars):]
	out.Drawn = len(td.Disputes)
	// timeline.SVG escapes every text and drops unsafe links.
	out.SVG = template.HTML(timeline.SVG(td.chart(langOf(r), today, "ctl")))
	return out, nil
}

// frontSolidarity reads the open requests, the live pledges and the latest
// messages, and returns the organizations they name.
func (s *Server) frontSolidarity(ctx context.Context, campaign frente.ID, f *campaignFront) ([]frente.ID, error) {
	first := frente.ListOptions{Limit: frontRows}
	var reqs []*frente.Request
	for _, st := range []frente.RequestStatus{frente.RequestOpen, frente.RequestAccepted} {
		p, err := s.Store.FindRequests(ctx, frente.RequestFilter{CampaignID: campaign, Status: st, ListOptions: first})
		if err != nil {
			return nil, err
		}
		reqs = append(reqs, p.Items...)
		f.Requests.Total += p.Total
	}
	// The nearest deadline first; a request without one last.
	slices.SortStableFunc(reqs, func(a, b *frente.Request) int {
		switch {
		case a.Due == b.Due:
			return 0
		case a.Due == "":
			return 1
		case b.Due == "":
			return -1
		}
		return cmp.Compare(a.Due, b.Due)
	})
	reqs = reqs[:min(len(reqs), frontRows)]

	// Requested pledges wait for an answer; those in progress are under
	// way; offered ones wait to be called on.
	var pls []*frente.Pledge
	for _, st := range []frente.PledgeStatus{frente.PledgeRequested, frente.PledgeInProgress, frente.PledgeOffered} {
		p, err := s.Store.FindPledges(ctx, frente.PledgeFilter{CampaignID: campaign, Status: st, ListOptions: first})
		if err != nil {
			return nil, err
		}
		pls = append(pls, p.Items...)
		f.Pledges.Total += p.Total
	}
	pls = pls[:min(len(pls), frontRows)]

	msgs, err := s.Store.FindMessages(ctx, frente.MessageFilter{CampaignID: campaign, ListOptions: first})
	if err != nil {
		return nil, err
	}
	f.Messages.Total = msgs.Total

	var ids []frente.ID
	for _, q := range reqs {
		ids = append(ids, q.FromID, q.ToID)
		f.Requests.Items = append(f.Requests.Items, frontRequest{Request: q, Summary: clipText(q.Summary)})
	}
	for _, p := range pls {
		ids = append(ids, p.FromID, p.ToID)
		f.Pledges.Items = append(f.Pledges.Items, frontPledge{Pledge: p, Terms: clipText(p.Terms)})
	}
	for _, m := range msgs.Items {
		ids = append(ids, m.SenderIDs...)
		f.Messages.Items = append(f.Messages.Items, frontMessage{Message: m})
	}
	return ids, nil
}

// fillParties names the organizations of the rows, those the reader may
// see, and lays out the agreements coming due.
func (f *campaignFront) fillParties(orgs map[frente.ID]*frente.Organization, ags []*frente.Agreement, today time.Time) {
	for i := range f.Requests.Items {
		q := &f.Requests.Items[i]
		q.From, q.To = orgs[q.Request.FromID], orgs[q.Request.ToID]
	}
	for i := range f.Pledges.Items {
		p := &f.Pledges.Items[i]
		p.From, p.To = orgs[p.Pledge.FromID], orgs[p.Pledge.ToID]
	}
	for i := range f.Messages.Items {
		m := &f.Messages.Items[i]
		for _, id := range m.Message.SenderIDs {
			if o := orgs[id]; o != nil {
				m.Senders = append(m.Senders, o)
			}
		}
	}
	day := today.Truncate(24 * time.Hour)
	for _, a := range ags {
		e := frontExpiry{Agreement: a, Employer: orgs[a.EmployerID]}
		for _, id := range a.UnionIDs {
			if o := orgs[id]; o != nil {
				e.Unions = append(e.Unions, o)
			}
		}
		if t, err := time.Parse(time.DateOnly, string(a.ExpiryDate)); err == nil {
			e.Days = int(t.Sub(day).Hours() / 24)
		}
		f.Expiring.Items = append(f.Expiring.Items, e)
	}
}

// clipText shortens a long text to its first words, for a row.
func clipText(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= frontClipRunes {
		return s
	}
	cut := []rune(s)[:frontClipRunes]
	if i := strings.LastIndexByte(string(cut), ' '); i > frontClipRunes/2 {
		return string(cut)[:i] + "…"
	}
	return string(cut) + "…"
}

// siteAddress is the scheme and host the reader reached the site by.
func siteAddress(r *http.Request) string {
	if r.TLS != nil {
		return "https://" + r.Host
	}
	return "http://" + r.Host
}
