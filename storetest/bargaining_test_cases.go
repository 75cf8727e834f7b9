package storetest

import (
	"slices"
	"strings"
	"testing"

	"github.com/frente/frente"
	"github.com/frente/frente/ingest"
)

// bargaining is a campaign with two tables over two agreements, and the
// units proposals target.
type bargaining struct {
	*access
	asarco             *frente.Organization
	agreement, other   frente.ID
	testing, grievance *frente.Unit
	otherUnit          *frente.Unit
	hayden, mission    *frente.Negotiation
}

func newBargaining(t *testing.T, open Opener) *bargaining {
	a := newAccess(t, open)
	s := a.s
	b := &bargaining{access: a}
	b.asarco = mustOrg(t, s, frente.Organization{Kind: "employer", Name: "ASARCO", Country: "US"})
	shared := frente.Record{OwnerID: a.usw.ID, Visibility: frente.CampaignVisible, Campaigns: []frente.ID{a.campaign.ID}}
	b.agreement = ingestText(t, s, "hayden.txt", englishAgreement, ingest.Meta{Title: "Hayden", OwnerID: a.usw.ID, Visibility: frente.Private}).Agreement.ID
	b.other = ingestText(t, s, "other.txt", spanishAgreement, ingest.Meta{Title: "Other", OwnerID: a.usw.ID, Visibility: frente.Private}).Agreement.ID
	units, err := s.AgreementUnits(ctx(), b.agreement)
	if err != nil {
		t.Fatal(err)
	}
	for _, u := range units {
		switch u.Number {
		case "3":
			b.testing = u
		case "2":
			b.grievance = u
		}
	}
	others, err := s.AgreementUnits(ctx(), b.other)
	if err != nil || b.testing == nil || b.grievance == nil || len(others) == 0 {
		t.Fatalf("units: %v (testing %v, grievance %v, other %d)", err, b.testing, b.grievance, len(others))
	}
	b.otherUnit = others[0]
	b.hayden = &frente.Negotiation{Record: shared, Title: "Hayden smelter", UnionIDs: []frente.ID{a.local.ID}, EmployerID: b.asarco.ID,
		AgreementID: b.agreement, CampaignID: a.campaign.ID, Opened: "2026-03-01", Status: frente.NegotiationBargaining,
		Sessions: []frente.BargainingSession{{Date: "2026-03-20", Place: "Tucson"}, {Date: "2026-03-05", Place: "Hayden"}}}
	b.mission = &frente.Negotiation{Record: shared, Title: "Mission mine", UnionIDs: []frente.ID{a.local.ID}, EmployerID: b.asarco.ID,
		AgreementID: b.agreement, CampaignID: a.campaign.ID, Status: frente.NegotiationBargaining}
	for _, n := range []*frente.Negotiation{b.hayden, b.mission} {
		if err := s.CreateNegotiation(ctx(), n); err != nil {
			t.Fatalf("create negotiation %s: %v", n.Title, err)
		}
	}
	return b
}

func (b *bargaining) propose(t *testing.T, p frente.Proposal) *frente.Proposal {
	t.Helper()
	if p.Visibility == "" {
		p.Record = b.hayden.Record
		p.Record.ID = 0
	}
	if err := b.s.CreateProposal(ctx(), &p); err != nil {
		t.Fatalf("create proposal %q: %v", p.Title, err)
	}
	return &p
}

func testNegotiations(t *testing.T, open Opener) {
	b := newBargaining(t, open)
	s := b.s
	got, err := s.FindNegotiationByID(ctx(), b.hayden.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Sessions) != 2 || got.Sessions[0].Place != "Hayden" || !slices.Equal(got.UnionIDs, []frente.ID{b.local.ID}) ||
		got.AgreementID != b.agreement || got.CampaignID != b.campaign.ID || got.Status != frente.NegotiationBargaining {
		t.Fatalf("stored negotiation: %+v", got)
	}
	list, err := s.FindNegotiations(ctx(), frente.NegotiationFilter{CampaignID: b.campaign.ID, UnionID: b.local.ID})
	if err != nil || list.Total != 2 {
		t.Fatalf("negotiations of the campaign: %d, %v", list.Total, err)
	}
	// Bad values are refused, naming the field, and change nothing.
	_, err = s.UpdateNegotiation(ctx(), b.hayden.ID, func(n *frente.Negotiation) error {
		n.Status = "on-hold"
		n.Title = "Changed"
		return nil
	})
	wantField(t, err, "status", "invalid_choice")
	_, err = s.UpdateNegotiation(ctx(), b.hayden.ID, func(n *frente.Negotiation) error {
		n.EmployerID = b.local.ID
		return nil
	})
	wantField(t, err, "employer_id", "wrong_kind")
	if again, _ := s.FindNegotiationByID(ctx(), b.hayden.ID); again.Title != "Hayden smelter" {
		t.Fatalf("a refused change changed the title to %q", again.Title)
	}
	// Who sees a table shared with the campaign.
	if _, err := s.FindNegotiationByID(b.minerosAdmin, b.hayden.ID); err != nil {
		t.Errorf("a campaign partner should see a shared table: %v", err)
	}
	_, err = s.FindNegotiationByID(b.outsider, b.hayden.ID)
	wantCode(t, err, frente.ENOTFOUND)
	_, err = s.UpdateNegotiation(b.minerosAdmin, b.hayden.ID, func(n *frente.Negotiation) error { return nil })
	wantCode(t, err, frente.EFORBIDDEN)
}

func testProposals(t *testing.T, open Opener) {
	b := newBargaining(t, open)
	s := b.s
	// An employer proposal against the testing clause: topics default to
	// the target's, and narrowing language is suggested as a takeaway.
	drug := b.propose(t, frente.Proposal{NegotiationID: b.hayden.ID, Side: frente.SideEmployer, Date: "2026-03-05",
		Title: "Drug and alcohol testing", TargetUnitID: b.testing.ID,
		Text: "Any employee may be tested for drugs and alcohol at random, at the sole discretion of the Company."})
	if !slices.Contains(drug.Topics, "drug-alcohol-testing") {
		t.Errorf("topics %q should default to the target's %v", drug.Topics, b.testing.Topics)
	}
	if !drug.Suggestion.Suggested || !slices.Contains(drug.Suggestion.Added, "sole discretion") {
		t.Errorf("suggestion: %+v", drug.Suggestion)
	}
	if len(drug.History) != 1 || drug.History[0].To != frente.ProposalOpen {
		t.Errorf("history: %+v", drug.History)
	}
	got, err := s.FindProposalByID(ctx(), drug.ID)
	if err != nil || got.Target == nil || got.Target.Number != "3" || got.Takeaway || !got.Suggestion.Suggested {
		t.Fatalf("stored proposal: %+v, %v", got, err)
	}
	target, err := s.ProposalTarget(ctx(), drug.ID)
	if err != nil || target.ID != b.testing.ID || target.Text == "" {
		t.Fatalf("target: %+v, %v", target, err)
	}
	gt, err := s.ProposalTarget(ctx(), b.propose(t, frente.Proposal{NegotiationID: b.hayden.ID, Side: frente.SideUnion, Date: "2026-03-06",
		Title: "Grievance", TargetUnitID: b.grievance.ID, Text: "A grievance shall be presented within thirty days."}).ID)
	if err != nil || !strings.Contains(gt.Text, "just cause") || !strings.Contains(gt.Text, "ten days") {
		t.Fatalf("the target's text should include its sections: %q, %v", gt.Text, err)
	}

	// A person decides it is a takeaway.
	decided, err := s.UpdateProposal(ctx(), drug.ID, func(p *frente.Proposal) error {
		p.Takeaway, p.TakeawayReason = true, "random testing replaces reasonable suspicion"
		return nil
	})
	if err != nil || !decided.Takeaway {
		t.Fatalf("mark takeaway: %v", err)
	}

	// A union counter-proposal marks it countered, in its history.
	counter := b.propose(t, frente.Proposal{NegotiationID: b.hayden.ID, Side: frente.SideUnion, Date: "2026-03-20",
		Title: "Keep reasonable suspicion", TargetUnitID: b.testing.ID, AnswersID: drug.ID, Text: b.testing.Text})
	got, _ = s.FindProposalByID(ctx(), drug.ID)
	if got.Status != frente.ProposalCountered || len(got.History) != 2 || got.History[1].From != frente.ProposalOpen {
		t.Fatalf("answered proposal: status %s history %+v", got.Status, got.History)
	}
	if counter.Suggestion.Suggested {
		t.Errorf("a union proposal gets no takeaway suggestion: %+v", counter.Suggestion)
	}

	// Impossible changes are refused with the field, and change nothing.
	bad := []struct {
		name, field, code string
		p                 frente.Proposal
	}{
		{"unknown status", "status", "invalid_choice", frente.Proposal{Status: "maybe"}},
		{"target in another agreement", "target_unit_id", "other_agreement", frente.Proposal{TargetUnitID: b.otherUnit.ID}},
		{"unknown table", "negotiation_id", "unknown_ref", frente.Proposal{NegotiationID: 999999}},
		{"unknown topic", "topics[0]", "invalid_choice", frente.Proposal{Topics: []string{"lunch"}}},
		{"union takeaway", "takeaway", "employer_only", frente.Proposal{Side: frente.SideUnion, Takeaway: true}},
	}
	for _, c := range bad {
		p := frente.Proposal{NegotiationID: b.hayden.ID, Side: frente.SideEmployer, Date: "2026-04-01", Title: "Bad " + c.name}
		if c.p.Status != "" {
			p.Status = c.p.Status
		}
		if c.p.TargetUnitID != 0 {
			p.TargetUnitID = c.p.TargetUnitID
		}
		if c.p.NegotiationID != 0 {
			p.NegotiationID = c.p.NegotiationID
		}
		if c.p.Side != "" {
			p.Side = c.p.Side
		}
		p.Topics, p.Takeaway = c.p.Topics, c.p.Takeaway
		err := s.CreateProposal(ctx(), &p)
		wantField(t, err, c.field, c.code)
	}
	elsewhere := b.propose(t, frente.Proposal{NegotiationID: b.mission.ID, Side: frente.SideEmployer, Date: "2026-03-07", Title: "Attendance points",
		Topics: []string{"attendance"}, Text: "Employees accumulate points for every absence."})
	err = s.CreateProposal(ctx(), &frente.Proposal{NegotiationID: b.hayden.ID, Side: frente.SideUnion, Date: "2026-03-21", Title: "Answer elsewhere",
		AnswersID: elsewhere.ID, Record: b.hayden.Record})
	wantField(t, err, "answers_id", "other_negotiation")
	_, err = s.UpdateProposal(ctx(), elsewhere.ID, func(p *frente.Proposal) error {
		p.Status = frente.ProposalWithdrawn
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	_, err = s.UpdateProposal(ctx(), elsewhere.ID, func(p *frente.Proposal) error {
		p.Status = frente.ProposalAgreed
		p.Title = "Sneaked in"
		return nil
	})
	wantField(t, err, "status", "forbidden_transition")
	got, _ = s.FindProposalByID(ctx(), elsewhere.ID)
	if got.Status != frente.ProposalWithdrawn || got.Title != "Attendance points" || len(got.History) != 2 {
		t.Fatalf("a refused transition changed the proposal: %+v", got)
	}
	_, err = s.UpdateProposal(ctx(), elsewhere.ID, func(p *frente.Proposal) error {
		p.NegotiationID = b.hayden.ID
		return nil
	})
	wantField(t, err, "negotiation_id", "fixed")
	// A table whose proposals target its agreement keeps it.
	_, err = s.UpdateNegotiation(ctx(), b.hayden.ID, func(n *frente.Negotiation) error {
		n.AgreementID = b.other
		return nil
	})
	wantField(t, err, "agreement_id", "has_targets")
	// A table with proposals, and a proposal answered, are not deleted.
	wantCode(t, s.DeleteNegotiation(ctx(), b.hayden.ID), frente.ECONFLICT)
	wantCode(t, s.DeleteProposal(ctx(), drug.ID), frente.ECONFLICT)

	// Listing and filters.
	list, err := s.FindProposals(ctx(), frente.ProposalFilter{CampaignID: b.campaign.ID, Takeaways: true})
	if err != nil || list.Total != 1 || list.Items[0].ID != drug.ID {
		t.Fatalf("takeaways of the campaign: %d, %v", list.Total, err)
	}
	list, err = s.FindProposals(ctx(), frente.ProposalFilter{NegotiationID: b.hayden.ID, Topic: "drug-alcohol-testing"})
	if err != nil || list.Total != 2 {
		t.Fatalf("testing proposals at Hayden: %d, %v", list.Total, err)
	}
	// Visibility follows the proposal and its table.
	if _, err := s.FindProposalByID(b.minerosAdmin, drug.ID); err != nil {
		t.Errorf("a partner should see a shared proposal: %v", err)
	}
	_, err = s.FindProposalByID(b.outsider, drug.ID)
	wantCode(t, err, frente.ENOTFOUND)
}

func testMatrix(t *testing.T, open Opener) {
	b := newBargaining(t, open)
	s := b.s
	drug := b.propose(t, frente.Proposal{NegotiationID: b.hayden.ID, Side: frente.SideEmployer, Date: "2026-03-05",
		Title: "Testing", TargetUnitID: b.testing.ID, Takeaway: true, Text: "Random testing."})
	b.propose(t, frente.Proposal{NegotiationID: b.hayden.ID, Side: frente.SideUnion, Date: "2026-03-20",
		Title: "Counter", TargetUnitID: b.testing.ID, AnswersID: drug.ID, Text: b.testing.Text})
	ta := b.propose(t, frente.Proposal{NegotiationID: b.mission.ID, Side: frente.SideEmployer, Date: "2026-03-05",
		Title: "Testing", TargetUnitID: b.testing.ID, Takeaway: true, Text: "Random testing.", Status: frente.ProposalAgreed})
	private := b.propose(t, frente.Proposal{NegotiationID: b.mission.ID, Side: frente.SideUnion, Date: "2026-03-06", Title: "Wages",
		Topics: []string{"wages"}, Text: "Five per cent a year.", Record: frente.Record{OwnerID: b.usw.ID, Visibility: frente.Private}})

	m, err := s.CampaignMatrix(ctx(), b.campaign.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Negotiations) != 2 || !slices.Contains(m.Topics, "drug-alcohol-testing") || !slices.Contains(m.Topics, "wages") {
		t.Fatalf("matrix: %+v", m)
	}
	if c := m.Cell("drug-alcohol-testing", b.hayden.ID); c.State != frente.MatrixUnionProposal || !c.Takeaway || len(c.ProposalIDs) != 2 {
		t.Errorf("Hayden testing cell: %+v", c)
	}
	if c := m.Cell("drug-alcohol-testing", b.mission.ID); c.State != frente.MatrixAgreed || c.ProposalIDs[0] != ta.ID {
		t.Errorf("Mission testing cell: %+v", c)
	}
	if c := m.Cell("wages", b.hayden.ID); c.State != frente.MatrixNone {
		t.Errorf("Hayden wages cell: %+v", c)
	}
	if len(m.Cells) != len(m.Topics)*2 {
		t.Errorf("%d cells for %d topics × 2 tables", len(m.Cells), len(m.Topics))
	}
	if only := m.OnlyTakeaways(); slices.Contains(only.Topics, "wages") || !slices.Contains(only.Topics, "drug-alcohol-testing") {
		t.Errorf("takeaway rows: %v", only.Topics)
	}
	// A partner sees the shared proposals but not the private one.
	pm, err := s.CampaignMatrix(b.minerosAdmin, b.campaign.ID)
	if err != nil {
		t.Fatal(err)
	}
	if slices.Contains(pm.Topics, "wages") || pm.Cell("wages", b.mission.ID).State != frente.MatrixNone {
		t.Errorf("a partner sees the private proposal %d in the matrix: %v", private.ID, pm.Topics)
	}
	_, err = s.CampaignMatrix(b.outsider, b.campaign.ID+1000)
	wantCode(t, err, frente.ENOTFOUND)
}
