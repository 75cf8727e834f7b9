package sqlstore

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/frente/frente"
	"github.com/frente/frente/bargain"
	"github.com/frente/frente/contract/topic"
)

const (
	proposalColumns = recordColumns + ", " +
		"t.negotiation_id, t.side, t.proposal_date, t.title, t.target_unit_id, t.body, t.status, t.answers_id, " +
		"t.takeaway, t.takeaway_reason, t.suggestion, t.notes"
	// proposalFrom joins the table: a proposal is seen only with it.
	proposalFrom = "proposals t JOIN negotiations n ON n.id = t.negotiation_id"
)

func scanProposal(sc scanner) (*frente.Proposal, cursor, error) {
	var (
		p               frente.Proposal
		rs              recordScan
		target, answers nullInt
		suggestion      string
		c               cursor
	)
	dest := append(rs.targets(&p.Record), &p.NegotiationID, &p.Side, &p.Date, &p.Title, &target, &p.Text, &p.Status, &answers,
		&p.Takeaway, &p.TakeawayReason, &suggestion, &p.Notes, &c.key)
	if err := sc.Scan(dest...); err != nil {
		return nil, c, err
	}
	p.TargetUnitID, p.AnswersID = frente.ID(target.Int64), frente.ID(answers.Int64)
	p.Topics, p.History = []string{}, []frente.ProposalEvent{}
	if err := json.Unmarshal([]byte(suggestion), &p.Suggestion); err != nil {
		return nil, c, fmt.Errorf("proposal %d: suggestion: %w", p.ID, err)
	}
	c.id = p.ID
	return &p, c, rs.finish(&p.Record)
}

// proposalWhere starts the conditions of a proposals query.
func proposalWhere(ctx context.Context) where {
	var w where
	w.addVisible(ctx, "t", "proposals")
	w.addVisible(ctx, "n", "negotiations")
	return w
}

func findProposal(ctx context.Context, tx *Tx, id frente.ID) (*frente.Proposal, error) {
	w := proposalWhere(ctx)
	w.add("t.id = ?", int64(id))
	p, _, err := scanProposal(tx.QueryRow(ctx, "SELECT "+proposalColumns+", t.sort_key FROM "+proposalFrom+" WHERE "+w.sql(), w.args...))
	if isNoRows(err) {
		return nil, frente.NotFound("proposal", id)
	} else if err != nil {
		return nil, fmt.Errorf("store: find proposal %d: %w", id, err)
	}
	if err := loadShares(ctx, tx, "proposals", []*frente.Proposal{p}); err != nil {
		return nil, err
	}
	return p, loadProposalParts(ctx, tx, []*frente.Proposal{p})
}

// loadProposalParts fills the topics, history and target of proposals.
func loadProposalParts(ctx context.Context, tx *Tx, ps []*frente.Proposal) error {
	if len(ps) == 0 {
		return nil
	}
	ids := make([]frente.ID, len(ps))
	byID := make(map[frente.ID]*frente.Proposal, len(ps))
	var targets []frente.ID
	for i, p := range ps {
		ids[i] = p.ID
		byID[p.ID] = p
		if p.TargetUnitID != 0 {
			targets = append(targets, p.TargetUnitID)
		}
	}
	rows, err := tx.Query(ctx, "SELECT proposal_id, code FROM proposal_topics WHERE proposal_id IN ("+placeholders(len(ids))+") ORDER BY proposal_id, position", idArgs(ids)...)
	if err != nil {
		return fmt.Errorf("read proposal topics: %w", err)
	}
	for rows.Next() {
		var id int64
		var code string
		if err := rows.Scan(&id, &code); err != nil {
			rows.Close()
			return err
		}
		byID[frente.ID(id)].Topics = append(byID[frente.ID(id)].Topics, code)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	rows, err = tx.Query(ctx, "SELECT proposal_id, at, user_id, from_status, to_status, note FROM proposal_history WHERE proposal_id IN ("+
		placeholders(len(ids))+") ORDER BY proposal_id, seq", idArgs(ids)...)
	if err != nil {
		return fmt.Errorf("read proposal history: %w", err)
	}
	for rows.Next() {
		var id int64
		var e frente.ProposalEvent
		var user nullInt
		if err := rows.Scan(&id, scanTime{&e.At}, &user, &e.From, &e.To, &e.Note); err != nil {
			rows.Close()
			return err
		}
		e.At, e.UserID = e.At.UTC(), frente.ID(user.Int64)
		byID[frente.ID(id)].History = append(byID[frente.ID(id)].History, e)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	if len(targets) == 0 {
		return nil
	}
	units, err := readUnits(ctx, tx, "u.id IN ("+placeholders(len(targets))+")", idArgs(targets)...)
	if err != nil {
		return fmt.Errorf("read proposal targets: %w", err)
	}
	refs := make(map[frente.ID]*frente.UnitRef, len(units))
	for _, u := range units {
		refs[u.ID] = unitRef(u)
	}
	for _, p := range ps {
		p.Target = refs[p.TargetUnitID]
	}
	return nil
}

func unitRef(u *frente.Unit) *frente.UnitRef {
	r := &frente.UnitRef{ID: u.ID, AgreementID: u.AgreementID, Kind: u.Kind, Number: u.Number, Heading: u.Heading, Topics: []string{}}
	for _, t := range u.Topics {
		r.Topics = append(r.Topics, t.Code)
	}
	return r
}

// FindProposalByID returns one proposal the viewer may see, with its table.
func (s *Store) FindProposalByID(ctx context.Context, id frente.ID) (p *frente.Proposal, err error) {
	err = s.ReadTx(ctx, func(tx *Tx) error {
		p, err = findProposal(ctx, tx, id)
		return err
	})
	return p, err
}

// FindProposals lists proposals by date, oldest first.
func (s *Store) FindProposals(ctx context.Context, f frente.ProposalFilter) (pg frente.Page[*frente.Proposal], err error) {
	w := proposalWhere(ctx)
	w.search("t", f.Q)
	if f.NegotiationID != 0 {
		w.add("t.negotiation_id = ?", int64(f.NegotiationID))
	}
	if f.CampaignID != 0 {
		w.add("n.campaign_id = ?", int64(f.CampaignID))
	}
	if f.Side != "" {
		w.add("t.side = ?", string(f.Side))
	}
	if f.Status != "" {
		w.add("t.status = ?", string(f.Status))
	}
	if f.Topic != "" {
		w.add("t.id IN (SELECT proposal_id FROM proposal_topics WHERE code = ?)", f.Topic)
	}
	if f.Takeaways {
		w.add("t.takeaway = ?", true)
	}
	err = s.ReadTx(ctx, func(tx *Tx) error {
		if pg, err = page(ctx, tx, listing{table: "proposals", from: proposalFrom, columns: proposalColumns}, w, f.ListOptions, scanProposal); err != nil {
			return err
		}
		return loadProposalParts(ctx, tx, pg.Items)
	})
	if err != nil {
		return pg, fmt.Errorf("store: find proposals: %w", err)
	}
	return pg, nil
}

var proposals = kind[*frente.Proposal]{entity: "proposal", table: "proposals", find: findProposal, write: writeProposal}

// CreateProposal validates and stores a new proposal. A proposal that
// answers an open or rejected one marks that one countered, with the
// change in its history.
func (s *Store) CreateProposal(ctx context.Context, p *frente.Proposal) error {
	return proposals.create(ctx, s, p)
}

// UpdateProposal changes a proposal in one transaction; a change of status
// the history does not allow is refused.
func (s *Store) UpdateProposal(ctx context.Context, id frente.ID, change func(*frente.Proposal) error) (*frente.Proposal, error) {
	return proposals.update(ctx, s, id, change)
}

// DeleteProposal removes a proposal; one that another answers is refused.
func (s *Store) DeleteProposal(ctx context.Context, id frente.ID) error {
	return proposals.remove(ctx, s, id)
}

// ProposalTarget returns the unit a proposal changes with its whole
// current text: its own and its sections', as the redline needs it.
func (s *Store) ProposalTarget(ctx context.Context, id frente.ID) (u *frente.Unit, err error) {
	err = s.ReadTx(ctx, func(tx *Tx) error {
		p, err := findProposal(ctx, tx, id)
		if err != nil {
			return err
		}
		if p.TargetUnitID == 0 {
			return nil
		}
		u, err = targetUnit(ctx, tx, p.TargetUnitID)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("store: target of proposal %d: %w", id, err)
	}
	return u, nil
}

// targetUnit reads a unit with the text of all its descendants folded
// into Text, each under its number and heading.
func targetUnit(ctx context.Context, tx *Tx, unitID frente.ID) (*frente.Unit, error) {
	us, err := readUnits(ctx, tx, "u.id = ?", int64(unitID))
	if err != nil {
		return nil, err
	}
	if len(us) == 0 {
		return nil, frente.NotFound("unit", unitID)
	}
	u := us[0]
	inner, err := readUnits(ctx, tx, "u.agreement_id = ? AND u.seq > ? AND u.start_offset >= ? AND u.end_offset <= ?",
		int64(u.AgreementID), u.Seq, u.Start, u.End)
	if err != nil {
		return nil, err
	}
	var b strings.Builder
	b.WriteString(u.Text)
	for _, c := range inner {
		if c.Depth <= u.Depth {
			break
		}
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		head := strings.TrimSpace(c.Number + " " + c.Heading)
		if head != "" {
			b.WriteString(head)
			if c.Text != "" {
				b.WriteString("\n")
			}
		}
		b.WriteString(c.Text)
	}
	u.Text = b.String()
	return u, nil
}

func writeProposal(ctx context.Context, tx *Tx, p *frente.Proposal, insert bool) error {
	s := tx.s
	var v frente.Invalid
	if err := checkOwner(ctx, tx, &v, p.OwnerID); err != nil {
		return err
	}
	var before *frente.Proposal
	if !insert {
		var err error
		if before, err = findProposal(ctx, tx, p.ID); err != nil {
			return err
		}
		// The history is the store's to write: what a caller sent for it
		// is not kept.
		p.History = before.History
		if before.NegotiationID != p.NegotiationID {
			v.Add("negotiation_id", "fixed", "negotiation_id: a proposal stays at the table it was tabled at")
			return v.Err()
		}
	}
	neg, err := findNegotiation(ctx, tx, p.NegotiationID)
	if frente.ErrorCode(err) == frente.ENOTFOUND {
		v.Add("negotiation_id", "unknown_ref", fmt.Sprintf("negotiation_id: there is no negotiation %d", p.NegotiationID), int64(p.NegotiationID))
		return v.Err()
	} else if err != nil {
		return err
	}
	var target *frente.Unit
	if p.TargetUnitID != 0 {
		if target, err = checkTarget(ctx, tx, &v, neg, p.TargetUnitID); err != nil {
			return err
		}
	}
	var answered *frente.Proposal
	if p.AnswersID != 0 {
		answered, err = findProposal(ctx, tx, p.AnswersID)
		switch {
		case frente.ErrorCode(err) == frente.ENOTFOUND:
			v.Add("answers_id", "unknown_ref", fmt.Sprintf("answers_id: there is no proposal %d", p.AnswersID), int64(p.AnswersID))
		case err != nil:
			return err
		case answered.NegotiationID != p.NegotiationID:
			v.Add("answers_id", "other_negotiation", fmt.Sprintf("answers_id: proposal %d was tabled at another negotiation", p.AnswersID), int64(p.AnswersID))
		}
	}
	if len(p.Topics) == 0 && target != nil {
		for _, t := range target.Topics {
			p.Topics = append(p.Topics, t.Code)
		}
	}
	for i, code := range p.Topics {
		if !topic.Valid(code) {
			v.Add(fmt.Sprintf("topics[%d]", i), "invalid_choice", fmt.Sprintf("topics[%d]: %q is not a topic code", i, code), code)
		}
	}
	if before != nil && !before.Status.CanBecome(p.Status) {
		v.Add("status", "forbidden_transition", fmt.Sprintf("status: a proposal that is %s cannot become %s", before.Status, p.Status),
			"proposal_status."+string(before.Status), "proposal_status."+string(p.Status))
	}
	if err := v.Err(); err != nil {
		return err
	}
	p.Suggestion = frente.TakeawaySuggestion{}
	if p.Side == frente.SideEmployer {
		current := ""
		if target != nil {
			current = target.Text
		}
		p.Suggestion = bargain.SuggestTakeaway(current, p.Text)
	}
	suggestion, err := json.Marshal(p.Suggestion)
	if err != nil {
		return err
	}
	s.stampFor(&p.Record, insert)
	vals, err := recordValues(&p.Record)
	if err != nil {
		return err
	}
	// Oldest first; the title and the text are what a name search finds.
	sortKey := string(p.Date) + " " + frente.Fold(p.Title)
	vals = append(vals, int64(p.NegotiationID), string(p.Side), string(p.Date), p.Title, nullID(p.TargetUnitID), p.Text, string(p.Status),
		nullID(p.AnswersID), p.Takeaway, p.TakeawayReason, string(suggestion), p.Notes, sortKey, frente.Fold(p.Title+" "+neg.Title))
	if insert {
		err = tx.QueryRow(ctx, `INSERT INTO proposals (ref, owner_id, visibility, sources, created_at, updated_at,
			negotiation_id, side, proposal_date, title, target_unit_id, body, status, answers_id, takeaway, takeaway_reason,
			suggestion, notes, sort_key, search_key) VALUES (`+placeholders(len(vals))+`) RETURNING id`, vals...).Scan(&p.ID)
	} else {
		_, err = tx.Exec(ctx, `UPDATE proposals SET ref = ?, owner_id = ?, visibility = ?, sources = ?, created_at = ?, updated_at = ?,
			negotiation_id = ?, side = ?, proposal_date = ?, title = ?, target_unit_id = ?, body = ?, status = ?, answers_id = ?,
			takeaway = ?, takeaway_reason = ?, suggestion = ?, notes = ?, sort_key = ?, search_key = ? WHERE id = ?`, append(vals, int64(p.ID))...)
	}
	if err != nil {
		return s.constraint(err, "proposal", "ref")
	}
	if _, err := tx.Exec(ctx, "DELETE FROM proposal_topics WHERE proposal_id = ?", int64(p.ID)); err != nil {
		return fmt.Errorf("write proposal topics: %w", err)
	}
	for i, code := range p.Topics {
		if _, err := tx.Exec(ctx, "INSERT INTO proposal_topics (proposal_id, code, position) VALUES (?, ?, ?)", int64(p.ID), code, i); err != nil {
			return fmt.Errorf("write proposal topics: %w", err)
		}
	}
	switch {
	case insert:
		if err := addProposalEvent(ctx, tx, p, "", p.Status, p.StatusNote); err != nil {
			return err
		}
	case before.Status != p.Status:
		if err := addProposalEvent(ctx, tx, p, before.Status, p.Status, p.StatusNote); err != nil {
			return err
		}
	}
	p.StatusNote = ""
	if p.Target = nil; target != nil {
		p.Target = unitRef(target)
	}
	if insert && answered != nil && answered.Status.CanBecome(frente.ProposalCountered) && answered.Status != frente.ProposalCountered {
		return counter(ctx, tx, answered, p)
	}
	return nil
}

// checkTarget checks that a unit belongs to the agreement the table
// renegotiates, and returns it with its whole text.
func checkTarget(ctx context.Context, tx *Tx, v *frente.Invalid, neg *frente.Negotiation, unitID frente.ID) (*frente.Unit, error) {
	if neg.AgreementID == 0 {
		v.Add("target_unit_id", "no_agreement", "target_unit_id: this negotiation renegotiates no agreement; the proposal is new language")
		return nil, nil
	}
	if _, err := findAgreement(ctx, tx, neg.AgreementID); frente.ErrorCode(err) == frente.ENOTFOUND {
		v.Add("target_unit_id", "unknown_ref", fmt.Sprintf("target_unit_id: there is no unit %d", unitID), int64(unitID))
		return nil, nil
	} else if err != nil {
		return nil, err
	}
	u, err := targetUnit(ctx, tx, unitID)
	switch {
	case frente.ErrorCode(err) == frente.ENOTFOUND:
		v.Add("target_unit_id", "unknown_ref", fmt.Sprintf("target_unit_id: there is no unit %d", unitID), int64(unitID))
		return nil, nil
	case err != nil:
		return nil, err
	case u.AgreementID != neg.AgreementID:
		v.Add("target_unit_id", "other_agreement", fmt.Sprintf("target_unit_id: unit %d is not in agreement %d, which this negotiation renegotiates", unitID, neg.AgreementID),
			int64(unitID), int64(neg.AgreementID))
		return nil, nil
	}
	return u, nil
}

// counter marks the proposal answered as countered by p.
func counter(ctx context.Context, tx *Tx, answered, p *frente.Proposal) error {
	before, err := json.Marshal(answered)
	if err != nil {
		return err
	}
	from := answered.Status
	answered.Status = frente.ProposalCountered
	tx.s.touch(&answered.Record)
	if _, err := tx.Exec(ctx, "UPDATE proposals SET status = ?, updated_at = ? WHERE id = ?", string(answered.Status), answered.UpdatedAt, int64(answered.ID)); err != nil {
		return fmt.Errorf("counter proposal %d: %w", answered.ID, err)
	}
	if err := addProposalEvent(ctx, tx, answered, from, answered.Status, fmt.Sprintf("#%d", p.ID)); err != nil {
		return err
	}
	return audit(ctx, tx, "proposals", &answered.Record, "update", before, answered)
}

// addProposalEvent appends a change of status to a proposal's history.
func addProposalEvent(ctx context.Context, tx *Tx, p *frente.Proposal, from, to frente.ProposalStatus, note string) error {
	e := frente.ProposalEvent{At: tx.s.now(), UserID: frente.ViewerFrom(ctx).UserID, From: from, To: to, Note: note}
	_, err := tx.Exec(ctx, `INSERT INTO proposal_history (proposal_id, seq, at, user_id, from_status, to_status, note)
		VALUES (?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM proposal_history WHERE proposal_id = ?), ?, ?, ?, ?, ?)`,
		int64(p.ID), int64(p.ID), e.At, nullID(e.UserID), string(from), string(to), note)
	if err != nil {
		return fmt.Errorf("proposal history: %w", err)
	}
	p.History = append(p.History, e)
	return nil
}
