package frente

import (
	"cmp"
	"slices"
)

// MatrixState is the latest state of one topic at one bargaining table.
type MatrixState string

const (
	MatrixNone             MatrixState = "none"
	MatrixUnionProposal    MatrixState = "union-proposal"
	MatrixEmployerProposal MatrixState = "employer-proposal"
	MatrixEmployerTakeaway MatrixState = "employer-takeaway"
	MatrixAgreed           MatrixState = "tentatively-agreed"
	MatrixWithdrawn        MatrixState = "withdrawn"
)

// MatrixStates lists the states in the order a legend shows them.
var MatrixStates = []MatrixState{MatrixEmployerTakeaway, MatrixEmployerProposal, MatrixUnionProposal, MatrixAgreed, MatrixWithdrawn, MatrixNone}

// Matrix is the coordinated-bargaining matrix of a campaign: a row a
// topic, a column a table, a cell the latest state of the topic there.
type Matrix struct {
	CampaignID   ID                  `json:"campaign_id"`
	Topics       []string            `json:"topics"`
	Negotiations []MatrixNegotiation `json:"negotiations"`
	Cells        []MatrixCell        `json:"cells"`
}

// MatrixNegotiation is a column.
type MatrixNegotiation struct {
	ID     ID                `json:"id"`
	Title  string            `json:"title"`
	Status NegotiationStatus `json:"status"`
}

// MatrixCell is one topic at one table. ProposalIDs are its proposals,
// oldest first; Takeaway says whether any of them is a takeaway, so that
// an employer's takeaway stays visible after the union answers it.
type MatrixCell struct {
	Topic       string      `json:"topic"`
	Negotiation ID          `json:"negotiation"`
	State       MatrixState `json:"state"`
	Takeaway    bool        `json:"takeaway"`
	ProposalIDs []ID        `json:"proposal_ids"`
}

// MatrixProposal is what the matrix needs of a proposal.
type MatrixProposal struct {
	ID            ID
	NegotiationID ID
	Side          Side
	Date          Date
	Status        ProposalStatus
	Takeaway      bool
	Topics        []string
}

// State is the matrix state a proposal puts its cell in when it is the
// latest there. A rejected or countered proposal is still its side's
// position until it is withdrawn or agreed (its answer, being later,
// decides the cell anyway).
func (p MatrixProposal) State() MatrixState {
	switch {
	case p.Status == ProposalAgreed:
		return MatrixAgreed
	case p.Status == ProposalWithdrawn:
		return MatrixWithdrawn
	case p.Side == SideUnion:
		return MatrixUnionProposal
	case p.Takeaway:
		return MatrixEmployerTakeaway
	}
	return MatrixEmployerProposal
}

// BuildMatrix lays out the proposals of the tables. Topics are the
// topics any proposal has, in the order of order (the taxonomy's; topics
// it does not list go last, by code); every table has a cell on every
// row, "none" where nothing was proposed. The latest proposal of a cell,
// by date then by id, decides its state.
func BuildMatrix(campaignID ID, negotiations []MatrixNegotiation, proposals []MatrixProposal, order []string) *Matrix {
	m := &Matrix{CampaignID: campaignID, Topics: []string{}, Negotiations: negotiations, Cells: []MatrixCell{}}
	if m.Negotiations == nil {
		m.Negotiations = []MatrixNegotiation{}
	}
	column := make(map[ID]int, len(negotiations))
	for i, n := range negotiations {
		column[n.ID] = i
	}
	slices.SortFunc(proposals, func(a, b MatrixProposal) int {
		return cmp.Or(cmp.Compare(a.Date, b.Date), cmp.Compare(a.ID, b.ID))
	})
	type key struct {
		topic string
		col   int
	}
	cells := map[key]*MatrixCell{}
	seen := map[string]bool{}
	for _, p := range proposals {
		col, ok := column[p.NegotiationID]
		if !ok {
			continue
		}
		for _, t := range p.Topics {
			seen[t] = true
			c := cells[key{t, col}]
			if c == nil {
				c = &MatrixCell{Topic: t, Negotiation: p.NegotiationID}
				cells[key{t, col}] = c
			}
			c.State = p.State()
			c.Takeaway = c.Takeaway || p.Takeaway
			c.ProposalIDs = append(c.ProposalIDs, p.ID)
		}
	}
	rank := make(map[string]int, len(order))
	for i, t := range order {
		rank[t] = i
	}
	for t := range seen {
		m.Topics = append(m.Topics, t)
	}
	slices.SortFunc(m.Topics, func(a, b string) int {
		ra, oka := rank[a]
		rb, okb := rank[b]
		switch {
		case oka && okb:
			return cmp.Compare(ra, rb)
		case oka:
			return -1
		case okb:
			return 1
		}
		return cmp.Compare(a, b)
	})
	for _, t := range m.Topics {
		for col, n := range negotiations {
			if c := cells[key{t, col}]; c != nil {
				m.Cells = append(m.Cells, *c)
			} else {
				m.Cells = append(m.Cells, MatrixCell{Topic: t, Negotiation: n.ID, State: MatrixNone, ProposalIDs: []ID{}})
			}
		}
	}
	return m
}

// Cell returns the cell of a topic at a table.
func (m *Matrix) Cell(topic string, negotiation ID) MatrixCell {
	for _, c := range m.Cells {
		if c.Topic == topic && c.Negotiation == negotiation {
			return c
		}
	}
	return MatrixCell{Topic: topic, Negotiation: negotiation, State: MatrixNone, ProposalIDs: []ID{}}
}

// OnlyTakeaways keeps the rows where an employer's takeaway was tabled
// at any table.
func (m *Matrix) OnlyTakeaways() *Matrix {
	keep := map[string]bool{}
	for _, c := range m.Cells {
		if c.Takeaway {
			keep[c.Topic] = true
		}
	}
	out := &Matrix{CampaignID: m.CampaignID, Topics: []string{}, Negotiations: m.Negotiations, Cells: []MatrixCell{}}
	for _, t := range m.Topics {
		if keep[t] {
			out.Topics = append(out.Topics, t)
		}
	}
	for _, c := range m.Cells {
		if keep[c.Topic] {
			out.Cells = append(out.Cells, c)
		}
	}
	return out
}
