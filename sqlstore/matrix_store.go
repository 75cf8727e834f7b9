package sqlstore

import (
	"context"
	"fmt"

	"github.com/frente/frente"
	"github.com/frente/frente/contract/topic"
)

// topicOrder is the taxonomy's order, the matrix's rows.
var topicOrder = func() []string {
	var out []string
	for _, t := range topic.All() {
		out = append(out, t.Code)
	}
	return out
}()

// CampaignMatrix reads the campaign's tables and their proposals that the
// viewer may see, in two queries, and lays them out.
func (s *Store) CampaignMatrix(ctx context.Context, campaignID frente.ID) (m *frente.Matrix, err error) {
	err = s.ReadTx(ctx, func(tx *Tx) error {
		if _, err := findCampaign(ctx, tx, campaignID); err != nil {
			return err
		}
		var w where
		w.addVisible(ctx, "t", "negotiations")
		w.add("t.campaign_id = ?", int64(campaignID))
		rows, err := tx.Query(ctx, "SELECT t.id, t.title, t.status FROM negotiations t WHERE "+w.sql()+" ORDER BY t.sort_key, t.id", w.args...)
		if err != nil {
			return err
		}
		var negs []frente.MatrixNegotiation
		for rows.Next() {
			var n frente.MatrixNegotiation
			if err := rows.Scan(&n.ID, &n.Title, &n.Status); err != nil {
				rows.Close()
				return err
			}
			negs = append(negs, n)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		pw := proposalWhere(ctx)
		pw.add("n.campaign_id = ?", int64(campaignID))
		rows, err = tx.Query(ctx, "SELECT t.id, t.negotiation_id, t.side, t.proposal_date, t.status, t.takeaway, pt.code FROM "+proposalFrom+
			" JOIN proposal_topics pt ON pt.proposal_id = t.id WHERE "+pw.sql()+" ORDER BY t.id, pt.position", pw.args...)
		if err != nil {
			return err
		}
		defer rows.Close()
		var props []frente.MatrixProposal
		for rows.Next() {
			var p frente.MatrixProposal
			var code string
			if err := rows.Scan(&p.ID, &p.NegotiationID, &p.Side, &p.Date, &p.Status, &p.Takeaway, &code); err != nil {
				return err
			}
			if n := len(props); n > 0 && props[n-1].ID == p.ID {
				props[n-1].Topics = append(props[n-1].Topics, code)
				continue
			}
			p.Topics = []string{code}
			props = append(props, p)
		}
		if err := rows.Err(); err != nil {
			return err
		}
		m = frente.BuildMatrix(campaignID, negs, props, topicOrder)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("store: matrix of campaign %d: %w", campaignID, err)
	}
	return m, nil
}
