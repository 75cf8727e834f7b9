package demo

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/frente/frente"
	"github.com/frente/frente/contract"
	"github.com/frente/frente/ingest"
)

// illustrativeText marks the demo's contract language: the letter names
// the takeaways, not the clauses, so the clauses are written for the demo.
var illustrativeText = frente.Source{Text: "Illustrative: contract language written for the demo to show the five takeaways the letter names " +
	"(drug and alcohol testing, attendance, family medical emergency absences, civil rights committees, the grievance procedure); it is not ASARCO's or the USW's text."}

// Clauses of the illustrative current agreements and the employer's
// proposals against them, by topic.
var clauses = []struct {
	topic, number, heading, current, employer string
}{
	{"drug-alcohol-testing", "14", "DRUG AND ALCOHOL TESTING",
		"An employee may be tested for drugs or alcohol only upon reasonable suspicion, documented in writing by two supervisors, with a union representative present. " +
			"No employee shall be disciplined on the basis of a test that a certified laboratory has not confirmed.",
		"Employees shall be subject to random drug and alcohol testing at any time, at the sole discretion of the Company. " +
			"A positive test is grounds for discharge."},
	{"attendance", "15", "ATTENDANCE",
		"Absences supported by a doctor's note, a family emergency or union business shall not be counted against an employee. " +
			"Discipline for absence shall be for just cause only, after a written warning and a meeting with the employee's steward.",
		"The Company may adopt and change an attendance policy at its discretion. Every absence, excused or not, counts as one occurrence; " +
			"eight occurrences in a rolling year are grounds for termination."},
	{"leave-family-medical", "16", "FAMILY MEDICAL EMERGENCY",
		"An employee shall be excused without loss of pay for up to five days a year to attend a family medical emergency, " +
			"and shall be entitled to further unpaid leave for as long as the emergency lasts.",
		"An employee may be excused for up to two days a year to attend a family medical emergency, without pay, subject to management approval."},
	{"civil-rights-committee", "17", "CIVIL RIGHTS COMMITTEE",
		"A joint labor-management Civil Rights Committee shall be established at each plant. It shall meet every quarter, review complaints of " +
			"discrimination and recommend remedies. Union members of the Committee shall be paid for the time spent in its meetings.",
		""},
	{"grievance-procedure", "18", "GRIEVANCE PROCEDURE",
		"A grievance shall be presented within thirty days of the event. It shall be heard in four steps, each answered in writing within ten days. " +
			"A grievance not settled at Step 3 may be referred by the Union to arbitration, and the arbitrator's decision shall be final and binding on both parties.",
		"A grievance shall be presented in writing within five days of the event. It shall be answered by the plant manager, whose answer is final " +
			"unless the Company agrees to arbitration. The Union shall bear the cost of any arbitration it requests."},
}

// tableStates says, for each of the five tables (in uswLocals' order),
// where each takeaway stands: "" none, "open", "countered" (with a union
// counter-proposal), "rejected", "withdrawn" or "agreed".
var tableStates = []struct {
	status   frente.NegotiationStatus
	opened   frente.Date
	takeaway map[string]string
}{
	{frente.NegotiationBargaining, "2026-06-01", map[string]string{"drug-alcohol-testing": "countered", "attendance": "open",
		"leave-family-medical": "open", "civil-rights-committee": "open", "grievance-procedure": "open"}},
	{frente.NegotiationBargaining, "2026-06-03", map[string]string{"drug-alcohol-testing": "agreed", "attendance": "open",
		"grievance-procedure": "countered"}},
	{frente.NegotiationImpasse, "2026-05-20", map[string]string{"drug-alcohol-testing": "open", "leave-family-medical": "open",
		"civil-rights-committee": "withdrawn"}},
	{frente.NegotiationBargaining, "2026-06-10", map[string]string{"attendance": "agreed", "grievance-procedure": "open",
		"leave-family-medical": "rejected"}},
	{frente.NegotiationPreparing, "2026-07-01", map[string]string{"drug-alcohol-testing": "countered", "civil-rights-committee": "open"}},
}

// currentAgreement is the illustrative agreement of one local.
func currentAgreement(site string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "AGREEMENT BETWEEN ASARCO LLC AND THE UNITED STEELWORKERS, LOCAL AT %s (ILLUSTRATIVE)\n\n", strings.ToUpper(site))
	b.WriteString("ARTICLE 1 – RECOGNITION\n\nThe Company recognizes the Union as the sole bargaining agent of the production and maintenance employees at " + site + ".\n\n")
	for _, c := range clauses {
		fmt.Fprintf(&b, "ARTICLE %s – %s\n\n%s\n\n", c.number, c.heading, c.current)
	}
	return b.String()
}

// bargaining loads the five USW–ASARCO tables of the seed, each
// renegotiating its local's illustrative agreement, and the employer's
// five takeaways in different states at different tables; private to the
// USW and shared with the campaign.
func (l *loader) bargaining(ctx context.Context) error {
	usw, campaign := l.ids[RefUSW], l.ids[RefCampaign]
	shared := func(ref string) frente.Record {
		return frente.Record{Ref: ref, OwnerID: usw, Visibility: frente.CampaignVisible, Campaigns: []frente.ID{campaign},
			Sources: []frente.Source{letter, illustrativeText}}
	}
	// The current agreements expire a few months after the demo is loaded,
	// so that the campaign's bargaining calendar always has them: the
	// tables bargain ahead of expiry.
	now := time.Now().UTC()
	expiry := time.Date(now.Year(), now.Month()+5, 0, 0, 0, 0, 0, time.UTC)
	expires, effective := frente.Date(expiry.Format(time.DateOnly)), frente.Date(expiry.AddDate(-4, 0, 1).Format(time.DateOnly))
	for i, loc := range uswLocals {
		site := strings.TrimPrefix(loc.site, "the ")
		res, err := ingest.File(ctx, l.store, "asarco-usw-"+strings.ReplaceAll(strings.ToLower(site), " ", "-")+".txt", []byte(currentAgreement(site)),
			ingest.Meta{EmployerID: l.ids[RefASARCO], UnionIDs: []frente.ID{l.ids[loc.ref]}, WorkplaceIDs: []frente.ID{l.ids[loc.workplaceRef]},
				EffectiveDate: effective, ExpiryDate: expires, OwnerID: usw, Visibility: frente.CampaignVisible,
				Campaigns: []frente.ID{campaign}, Sources: []frente.Source{illustrativeText}}, contract.Options{NoPdftotext: true})
		if err != nil {
			return fmt.Errorf("agreement of %s: %w", loc.site, err)
		}
		if !res.Existing {
			l.created++
		}
		units, err := l.store.AgreementUnits(ctx, res.Agreement.ID)
		if err != nil {
			return err
		}
		unitOf := map[string]frente.ID{}
		for _, u := range units {
			unitOf[u.Number] = u.ID
		}
		st := tableStates[i]
		negRef := "demo:negotiation:" + strings.TrimPrefix(loc.ref, "demo:org:")
		n := frente.Negotiation{Record: shared(negRef), Title: "ASARCO – USW local at " + loc.site + ", 2026",
			UnionIDs: []frente.ID{l.ids[loc.ref]}, EmployerID: l.ids[RefASARCO], AgreementID: res.Agreement.ID, CampaignID: campaign,
			Opened: st.opened, CurrentExpiry: expires, Status: st.status,
			Sessions: []frente.BargainingSession{{Date: st.opened, Place: loc.city, Notes: "Opening session: the Company tables its proposals."}}}
		if err := ensure(ctx, l, negRef,
			func(ctx context.Context, opt frente.ListOptions) (frente.Page[*frente.Negotiation], error) {
				return l.store.FindNegotiations(ctx, frente.NegotiationFilter{ListOptions: opt})
			},
			func(n *frente.Negotiation) frente.ID { return n.ID },
			func(ctx context.Context) (frente.ID, error) {
				err := l.store.CreateNegotiation(ctx, &n)
				return n.ID, err
			}); err != nil {
			return err
		}
		for _, c := range clauses {
			state := st.takeaway[c.topic]
			if state == "" {
				continue
			}
			ref := negRef + ":" + c.topic
			p := frente.Proposal{Record: shared(ref), NegotiationID: l.ids[negRef], Side: frente.SideEmployer, Date: st.opened,
				Title: takeawayTitles[c.topic], TargetUnitID: unitOf[c.number], Topics: []string{c.topic}, Text: c.employer,
				Takeaway: true, TakeawayReason: takeawayReasons[c.topic]}
			switch state {
			case "withdrawn":
				p.Status = frente.ProposalWithdrawn
			case "agreed":
				p.Status = frente.ProposalAgreed
				p.Notes = "The local gave ground here: the Company's language was tentatively agreed."
			case "rejected":
				p.Status = frente.ProposalRejected
			}
			if err := l.proposal(ctx, p); err != nil {
				return err
			}
			if state == "countered" {
				counter := frente.Proposal{Record: shared(ref + ":counter"), NegotiationID: l.ids[negRef], Side: frente.SideUnion,
					Date: frente.Date(string(st.opened[:8]) + "15"), Title: "Union counter: keep " + strings.ToLower(c.heading),
					TargetUnitID: unitOf[c.number], Topics: []string{c.topic}, AnswersID: l.ids[ref],
					Text: c.current + " The parties shall review this Article jointly once a year."}
				if err := l.proposal(ctx, counter); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

var takeawayTitles = map[string]string{
	"drug-alcohol-testing":   "Impose random drug and alcohol testing",
	"attendance":             "New attendance policy with occurrence points",
	"leave-family-medical":   "Fewer absences for a family medical emergency",
	"civil-rights-committee": "Eliminate the civil rights committee",
	"grievance-procedure":    "Shorten the grievance procedure and limit arbitration",
}

var takeawayReasons = map[string]string{
	"drug-alcohol-testing":   "Random testing at the Company's discretion replaces reasonable suspicion and the union representative.",
	"attendance":             "Every absence counts, excused or not, and discipline no longer needs just cause.",
	"leave-family-medical":   "Five paid days become two unpaid days, at management's approval.",
	"civil-rights-committee": "The joint committee is deleted.",
	"grievance-procedure":    "Thirty days become five, the steps go, and arbitration needs the Company's consent.",
}

func (l *loader) proposal(ctx context.Context, p frente.Proposal) error {
	return ensure(ctx, l, p.Ref,
		func(ctx context.Context, opt frente.ListOptions) (frente.Page[*frente.Proposal], error) {
			return l.store.FindProposals(ctx, frente.ProposalFilter{ListOptions: opt})
		},
		func(p *frente.Proposal) frente.ID { return p.ID },
		func(ctx context.Context) (frente.ID, error) { err := l.store.CreateProposal(ctx, &p); return p.ID, err })
}
