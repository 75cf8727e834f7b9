package sqlstore

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"

	"github.com/frente/frente"
)

const requestColumns = recordColumns + ", t.from_id, t.to_id, t.campaign_id, t.summary, t.due, t.status"

func scanRequest(sc scanner) (*frente.Request, cursor, error) {
	var (
		q            frente.Request
		rs           recordScan
		to, campaign nullInt
		c            cursor
	)
	dest := append(rs.targets(&q.Record), &q.FromID, &to, &campaign, &q.Summary, &q.Due, &q.Status, &c.key)
	if err := sc.Scan(dest...); err != nil {
		return nil, c, err
	}
	q.ToID, q.CampaignID = frente.ID(to.Int64), frente.ID(campaign.Int64)
	q.PledgeIDs, q.History = []frente.ID{}, []frente.StatusEvent{}
	c.id = q.ID
	return &q, c, rs.finish(&q.Record)
}

// requestWhere starts the conditions of a requests query: a request is
// seen by those who see it as a record, and always by the side asked (the
// organization, or the members of the campaign asked), so that it reaches
// their inbox whatever its visibility.
func requestWhere(ctx context.Context) where {
	var w where
	v := frente.ViewerFrom(ctx)
	cond, args := visible(ctx, "t", "requests")
	if !v.All && v.UserID != 0 {
		u := int64(v.UserID)
		cond = "(" + cond + " OR t.to_id IN (" + authoritySQL + ") OR (t.to_id IS NULL AND t.campaign_id IN (SELECT campaign_id FROM campaign_members" +
			" WHERE organization_id IN (" + affiliationSQL + ") OR organization_id IN (" + authoritySQL + "))))"
		args = append(args, u, u, u)
	}
	w.add(cond, args...)
	return w
}

func loadRequestParts(ctx context.Context, tx *Tx, qs []*frente.Request) error {
	if len(qs) == 0 {
		return nil
	}
	ids := make([]frente.ID, len(qs))
	for i, q := range qs {
		ids[i] = q.ID
	}
	links, err := readLinks(ctx, tx, "request_pledges", "request_id", "pledge_id", ids)
	if err != nil {
		return err
	}
	hist, err := readStatusEvents(ctx, tx, "request_history", "request_id", ids)
	if err != nil {
		return err
	}
	for _, q := range qs {
		if l := links[q.ID]; l != nil {
			q.PledgeIDs = l
		}
		if h := hist[q.ID]; h != nil {
			q.History = h
		}
	}
	return nil
}

func findRequest(ctx context.Context, tx *Tx, id frente.ID) (*frente.Request, error) {
	w := requestWhere(ctx)
	w.add("t.id = ?", int64(id))
	q, _, err := scanRequest(tx.QueryRow(ctx, "SELECT "+requestColumns+", t.sort_key FROM requests t WHERE "+w.sql(), w.args...))
	if isNoRows(err) {
		return nil, frente.NotFound("request", id)
	} else if err != nil {
		return nil, fmt.Errorf("store: find request %d: %w", id, err)
	}
	if err := loadShares(ctx, tx, "requests", []*frente.Request{q}); err != nil {
		return nil, err
	}
	return q, loadRequestParts(ctx, tx, []*frente.Request{q})
}

// FindRequestByID returns one request the viewer may see.
func (s *Store) FindRequestByID(ctx context.Context, id frente.ID) (q *frente.Request, err error) {
	err = s.ReadTx(ctx, func(tx *Tx) error {
		q, err = findRequest(ctx, tx, id)
		return err
	})
	return q, err
}

// FindRequests lists requests, open ones first, by due date.
func (s *Store) FindRequests(ctx context.Context, f frente.RequestFilter) (p frente.Page[*frente.Request], err error) {
	w := requestWhere(ctx)
	w.search("t", f.Q)
	if f.To != 0 {
		w.add("(t.to_id = ? OR (t.to_id IS NULL AND t.campaign_id IN (SELECT campaign_id FROM campaign_members WHERE organization_id = ?)))", int64(f.To), int64(f.To))
	}
	if f.From != 0 {
		w.add("t.from_id = ?", int64(f.From))
	}
	if f.CampaignID != 0 {
		// A campaign's requests: to the campaign, or between its members.
		c := int64(f.CampaignID)
		w.add("(t.campaign_id = ? OR (t.from_id IN (SELECT organization_id FROM campaign_members WHERE campaign_id = ?)"+
			" AND t.to_id IN (SELECT organization_id FROM campaign_members WHERE campaign_id = ?)))", c, c, c)
	}
	if f.Status != "" {
		w.add("t.status = ?", string(f.Status))
	}
	if f.PledgeID != 0 {
		w.add("t.id IN (SELECT request_id FROM request_pledges WHERE pledge_id = ?)", int64(f.PledgeID))
	}
	err = s.ReadTx(ctx, func(tx *Tx) error {
		if p, err = page(ctx, tx, listing{table: "requests", from: "requests t", columns: requestColumns}, w, f.ListOptions, scanRequest); err != nil {
			return err
		}
		return loadRequestParts(ctx, tx, p.Items)
	})
	if err != nil {
		return p, fmt.Errorf("store: find requests: %w", err)
	}
	return p, nil
}

// Inbox lists the requests to the viewer's organizations (and to the
// campaigns they are in) and those they made, open ones first.
func (s *Store) Inbox(ctx context.Context) (to, from []*frente.Request, err error) {
	v := frente.ViewerFrom(ctx)
	if v.UserID == 0 {
		return nil, nil, &frente.Error{Code: frente.EUNAUTHORIZED, Message: "log in to see your inbox", Key: "err.login_required"}
	}
	u := int64(v.UserID)
	err = s.ReadTx(ctx, func(tx *Tx) error {
		read := func(cond string, args ...any) ([]*frente.Request, error) {
			w := requestWhere(ctx)
			w.add(cond, args...)
			rows, err := tx.Query(ctx, "SELECT "+requestColumns+", t.sort_key FROM requests t WHERE "+w.sql()+" ORDER BY t.sort_key, t.id LIMIT 500", w.args...)
			if err != nil {
				return nil, err
			}
			var out []*frente.Request
			for rows.Next() {
				q, _, err := scanRequest(rows)
				if err != nil {
					rows.Close()
					return nil, err
				}
				out = append(out, q)
			}
			rows.Close()
			if err := rows.Err(); err != nil {
				return nil, err
			}
			if err := loadShares(ctx, tx, "requests", out); err != nil {
				return nil, err
			}
			return out, loadRequestParts(ctx, tx, out)
		}
		var err error
		if to, err = read("(t.to_id IN ("+authoritySQL+") OR (t.to_id IS NULL AND t.campaign_id IN (SELECT campaign_id FROM campaign_members"+
			" WHERE organization_id IN ("+affiliationSQL+") OR organization_id IN ("+authoritySQL+"))) AND t.from_id NOT IN ("+authoritySQL+"))", u, u, u, u); err != nil {
			return err
		}
		from, err = read("t.from_id IN ("+authoritySQL+")", u)
		return err
	})
	if err != nil {
		return nil, nil, fmt.Errorf("store: inbox: %w", err)
	}
	return to, from, nil
}

// CreateRequest stores a request and moves the offered pledges it calls
// on to requested.
func (s *Store) CreateRequest(ctx context.Context, q *frente.Request) error {
	q.ID = 0
	q.Normalize()
	err := s.WithTx(ctx, func(tx *Tx) error {
		if q.FromID == 0 {
			if q.OwnerID != 0 {
				q.FromID = q.OwnerID
			} else {
				owner, err := defaultOwner(ctx, tx)
				if err != nil {
					return err
				}
				q.FromID = owner
			}
		}
		if q.OwnerID == 0 {
			q.OwnerID = q.FromID
		}
		ps, err := checkRequest(ctx, tx, q)
		if err != nil {
			return err
		}
		if err := q.Validate(); err != nil {
			return err
		}
		// Asking is for the organization asking.
		if err := requireRole(ctx, tx, q.FromID, frente.RoleEditor); err != nil {
			return err
		}
		if err := requests.mayWrite(ctx, tx, &q.Record); err != nil {
			return err
		}
		if err := writeRequest(ctx, tx, q, true); err != nil {
			return err
		}
		if err := writeShares(ctx, tx, "requests", &q.Record); err != nil {
			return err
		}
		for _, p := range ps {
			if p.Status == frente.PledgeOffered {
				if err := movePledge(ctx, tx, p, frente.PledgeRequested, fmt.Sprintf("#%d", q.ID)); err != nil {
					return err
				}
			}
		}
		return audit(ctx, tx, "requests", &q.Record, "create", nil, q)
	})
	if err != nil {
		return fmt.Errorf("store: create request: %w", err)
	}
	return nil
}

// UpdateRequest changes a request. The side asked accepts or declines
// it; either side marks it done; the side asking changes the rest. Its
// pledges follow: accepted ones go in progress, those of a declined
// request back to offered, those of a request done to fulfilled.
func (s *Store) UpdateRequest(ctx context.Context, id frente.ID, change func(*frente.Request) error) (q *frente.Request, err error) {
	err = s.WithTx(ctx, func(tx *Tx) error {
		if q, err = findRequest(ctx, tx, id); err != nil {
			return err
		}
		before := *q
		beforeJSON, err := json.Marshal(q)
		if err != nil {
			return err
		}
		if err := change(q); err != nil {
			return err
		}
		q.ID, q.CreatedAt, q.History = before.ID, before.CreatedAt, before.History
		q.Normalize()
		if err := q.Validate(); err != nil {
			return err
		}
		statusChanged := q.Status != before.Status
		if statusChanged && !before.Status.CanBecome(q.Status) {
			var v frente.Invalid
			v.Add("status", "forbidden_transition", fmt.Sprintf("status: a request that is %s cannot become %s", before.Status, q.Status),
				"request_status."+string(before.Status), "request_status."+string(q.Status))
			return v.Err()
		}
		// Who may: the status is the side asked's (or either side's, for
		// done); the rest of the request is the asking side's.
		rest := *q
		rest.Status, rest.StatusNote = before.Status, before.StatusNote
		restJSON, err := json.Marshal(&rest)
		if err != nil {
			return err
		}
		if !statusChanged || string(restJSON) != string(beforeJSON) {
			if err := requests.mayWrite(ctx, tx, &before.Record); err != nil {
				return err
			}
		}
		if statusChanged {
			if err := mayMoveRequest(ctx, tx, &before, q.Status); err != nil {
				return err
			}
		}
		ps, err := checkRequest(ctx, tx, q)
		if err != nil {
			return err
		}
		if err := writeRequest(ctx, tx, q, false); err != nil {
			return err
		}
		if err := writeShares(ctx, tx, "requests", &q.Record); err != nil {
			return err
		}
		if statusChanged {
			note := fmt.Sprintf("#%d", q.ID)
			for _, p := range ps {
				var to frente.PledgeStatus
				switch q.Status {
				case frente.RequestAccepted:
					to = frente.PledgeInProgress
				case frente.RequestDeclined:
					if p.Status != frente.PledgeRequested {
						continue
					}
					to = frente.PledgeOffered
				case frente.RequestDone:
					to = frente.PledgeFulfilled
				case frente.RequestOpen:
					if p.Status != frente.PledgeOffered {
						continue
					}
					to = frente.PledgeRequested
				}
				if err := movePledge(ctx, tx, p, to, note); err != nil {
					return err
				}
			}
		}
		return audit(ctx, tx, "requests", &q.Record, "update", beforeJSON, q)
	})
	if err != nil {
		return nil, fmt.Errorf("store: update request %d: %w", id, err)
	}
	return q, nil
}

// mayMoveRequest checks that the viewer may move a request to status:
// accepting and declining are for the side asked (an editor of the
// organization asked, or, for a request to a campaign, of an organization
// in it); marking it done, for either side; reopening, for the side asking.
func mayMoveRequest(ctx context.Context, tx *Tx, q *frente.Request, status frente.RequestStatus) error {
	asker := func() error { return requireRole(ctx, tx, q.FromID, frente.RoleEditor) }
	asked := func() error {
		if q.ToID != 0 {
			return requireRole(ctx, tx, q.ToID, frente.RoleEditor)
		}
		rows, err := tx.Query(ctx, "SELECT organization_id FROM campaign_members WHERE campaign_id = ?", int64(q.CampaignID))
		if err != nil {
			return err
		}
		var orgs []frente.ID
		for rows.Next() {
			var id int64
			if err := rows.Scan(&id); err != nil {
				rows.Close()
				return err
			}
			orgs = append(orgs, frente.ID(id))
		}
		rows.Close()
		refused := error(&frente.Error{Code: frente.EFORBIDDEN, Key: "err.role_required", Args: []any{"role.editor"},
			Message: "only the side asked accepts or declines a request"})
		for _, o := range orgs {
			if o == q.FromID {
				continue
			}
			err := requireRole(ctx, tx, o, frente.RoleEditor)
			if err == nil {
				return nil
			}
			if frente.ErrorCode(err) != frente.EFORBIDDEN {
				return err
			}
		}
		if frente.ViewerFrom(ctx).UserID == 0 && !frente.ViewerFrom(ctx).All {
			return &frente.Error{Code: frente.EUNAUTHORIZED, Message: "log in to make changes", Key: "err.login_required"}
		}
		if frente.ViewerFrom(ctx).All {
			return nil
		}
		return refused
	}
	switch status {
	case frente.RequestAccepted, frente.RequestDeclined:
		return asked()
	case frente.RequestDone:
		if err := asked(); err == nil {
			return nil
		}
		return asker()
	}
	return asker()
}

// checkRequest checks the pledges a request calls on, and completes whom
// it asks from them: each pledge must be one the viewer sees, made by the
// organization asked, or to the campaign asked, and still open to being
// called on. It returns the pledges.
func checkRequest(ctx context.Context, tx *Tx, q *frente.Request) ([]*frente.Pledge, error) {
	var v frente.Invalid
	if err := checkOrgRef(ctx, tx, &v, "from_id", q.FromID, nil, ""); err != nil {
		return nil, err
	}
	if q.ToID != 0 {
		if err := checkOrgRef(ctx, tx, &v, "to_id", q.ToID, nil, ""); err != nil {
			return nil, err
		}
	}
	if q.CampaignID != 0 {
		if err := checkRef(ctx, tx, &v, "campaign_id", "campaign", q.CampaignID, existsCampaign); err != nil {
			return nil, err
		}
	}
	var ps []*frente.Pledge
	for i, id := range q.PledgeIDs {
		f := fmt.Sprintf("pledges[%d]", i)
		p, err := findPledge(ctx, tx, id)
		switch {
		case frente.ErrorCode(err) == frente.ENOTFOUND:
			v.Add(f, "unknown_ref", fmt.Sprintf("%s: there is no pledge %d", f, id), int64(id))
			continue
		case err != nil:
			return nil, err
		}
		ps = append(ps, p)
		if q.ToID == 0 && q.CampaignID == 0 {
			q.ToID = p.FromID
		}
		switch {
		case q.CampaignID != 0 && p.ToCampaignID != 0 && p.ToCampaignID != q.CampaignID:
			v.Add(f, "other_campaign", fmt.Sprintf("%s: pledge %d was made to another campaign", f, id), int64(id))
		case q.ToID != 0 && p.FromID != q.ToID:
			v.Add(f, "other_pledger", fmt.Sprintf("%s: pledge %d was not made by the organization asked", f, id), int64(id))
		case p.Status == frente.PledgeWithdrawn || p.Status == frente.PledgeFulfilled:
			if !slices.Contains([]frente.RequestStatus{frente.RequestDone}, q.Status) {
				v.Add(f, "closed_pledge", fmt.Sprintf("%s: pledge %d is %s", f, id, p.Status), int64(id), "pledge_status."+string(p.Status))
			}
		}
	}
	if q.ToID != 0 && q.ToID == q.FromID {
		v.Add("to_id", "self_request", "an organization does not ask itself")
	}
	return ps, v.Err()
}

var requests = kind[*frente.Request]{entity: "request", table: "requests", find: findRequest, write: writeRequest,
	beforeDelete: func(ctx context.Context, tx *Tx, id frente.ID) error {
		q, err := findRequest(ctx, tx, id)
		if err != nil {
			return err
		}
		if q.Status != frente.RequestOpen {
			return nil
		}
		for _, pid := range q.PledgeIDs {
			p, err := findPledge(ctx, tx, pid)
			if err != nil {
				return err
			}
			if p.Status == frente.PledgeRequested {
				if err := movePledge(ctx, tx, p, frente.PledgeOffered, fmt.Sprintf("#%d withdrawn", id)); err != nil {
					return err
				}
			}
		}
		return nil
	}}

// DeleteRequest removes a request; its pledges called on go back to
// offered when it was still open.
func (s *Store) DeleteRequest(ctx context.Context, id frente.ID) error {
	return requests.remove(ctx, s, id)
}

func writeRequest(ctx context.Context, tx *Tx, q *frente.Request, insert bool) error {
	s := tx.s
	var before frente.RequestStatus
	if !insert {
		if err := tx.QueryRow(ctx, "SELECT status FROM requests WHERE id = ?", int64(q.ID)).Scan(&before); err != nil {
			return err
		}
	}
	s.stampFor(&q.Record, insert)
	vals, err := recordValues(&q.Record)
	if err != nil {
		return err
	}
	state := "1"
	if q.Status == frente.RequestOpen || q.Status == frente.RequestAccepted {
		state = "0"
	}
	vals = append(vals, int64(q.FromID), nullID(q.ToID), nullID(q.CampaignID), q.Summary, string(q.Due), string(q.Status),
		state+string(q.Due), frente.Fold(q.Summary))
	if insert {
		err = tx.QueryRow(ctx, `INSERT INTO requests (ref, owner_id, visibility, sources, created_at, updated_at,
			from_id, to_id, campaign_id, summary, due, status, sort_key, search_key) VALUES (`+placeholders(len(vals))+`) RETURNING id`, vals...).Scan(&q.ID)
	} else {
		_, err = tx.Exec(ctx, `UPDATE requests SET ref = ?, owner_id = ?, visibility = ?, sources = ?, created_at = ?, updated_at = ?,
			from_id = ?, to_id = ?, campaign_id = ?, summary = ?, due = ?, status = ?, sort_key = ?, search_key = ? WHERE id = ?`, append(vals, int64(q.ID))...)
	}
	if err != nil {
		return s.constraint(err, "request", "ref")
	}
	if err := writeLinks(ctx, tx, "request_pledges", "request_id", "pledge_id", q.ID, q.PledgeIDs); err != nil {
		return err
	}
	if insert || before != q.Status {
		e, err := addStatusEvent(ctx, tx, "request_history", "request_id", q.ID, string(before), string(q.Status), q.StatusNote)
		if err != nil {
			return err
		}
		q.History = append(q.History, e)
	}
	q.StatusNote = ""
	return nil
}
