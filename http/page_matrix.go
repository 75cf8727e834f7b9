package http

import (
	"encoding/csv"
	"net/http"
	"strconv"
	"strings"

	"github.com/frente/frente"
	"github.com/frente/frente/contract/topic"
	"github.com/frente/frente/i18n"
)

// matrixPage is the coordinated-bargaining matrix of a campaign.
type matrixPage struct {
	layout
	Campaign  *frente.Campaign
	Matrix    *frente.Matrix
	Rows      []matrixRow
	Takeaways bool
	States    []frente.MatrixState
}

// matrixRow is a topic and its cells in the columns' order.
type matrixRow struct {
	Code, Label string
	Cells       []frente.MatrixCell
}

func (s *Server) matrixPage(w http.ResponseWriter, r *http.Request) {
	c, m, only, err := s.campaignMatrix(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	lang := langOf(r)
	p := &matrixPage{layout: layout{Nav: "campaigns"}, Campaign: c, Matrix: m, Takeaways: only, States: frente.MatrixStates, Rows: matrixRows(lang, m)}
	s.render(w, r, http.StatusOK, "matrix", p)
}

// matrixRows lays the cells out by topic, in the reader's language.
func matrixRows(lang i18n.Lang, m *frente.Matrix) []matrixRow {
	rows := make([]matrixRow, 0, len(m.Topics))
	byTopic := make(map[string][]frente.MatrixCell, len(m.Topics))
	for _, c := range m.Cells {
		byTopic[c.Topic] = append(byTopic[c.Topic], c)
	}
	for _, code := range m.Topics {
		label := code
		if t, ok := topic.Lookup(code); ok {
			label = t.Label(string(lang))
		}
		rows = append(rows, matrixRow{Code: code, Label: label, Cells: byTopic[code]})
	}
	return rows
}

// campaignMatrix reads the campaign and its matrix, filtered to takeaways
// when ?takeaways=true.
func (s *Server) campaignMatrix(r *http.Request) (*frente.Campaign, *frente.Matrix, bool, error) {
	id, err := pathID(r)
	if err != nil {
		return nil, nil, false, err
	}
	c, err := s.Store.FindCampaignByID(r.Context(), id)
	if err != nil {
		return nil, nil, false, err
	}
	m, err := s.Store.CampaignMatrix(r.Context(), id)
	if err != nil {
		return nil, nil, false, err
	}
	only := r.URL.Query().Get("takeaways") == "true"
	if only {
		m = m.OnlyTakeaways()
	}
	return c, m, only, nil
}

// matrixCSV exports the matrix: a row a topic, a column a table, each
// cell its state and the ids of its proposals.
func (s *Server) matrixCSV(w http.ResponseWriter, r *http.Request) {
	c, m, _, err := s.campaignMatrix(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	lang := langOf(r)
	w.Header().Set("Content-Type", "text/csv; charset=utf-8")
	w.Header().Set("Content-Disposition", `attachment; filename="matrix-`+strconv.FormatInt(int64(c.ID), 10)+`.csv"`)
	w.Header().Set("Cache-Control", "no-store")
	cw := csv.NewWriter(w)
	head := []string{lang.T("matrix.topic"), lang.T("matrix.topic_code")}
	for _, n := range m.Negotiations {
		head = append(head, n.Title)
	}
	_ = cw.Write(head)
	for _, row := range matrixRows(lang, m) {
		rec := []string{row.Label, row.Code}
		for _, cell := range row.Cells {
			v := lang.T("matrix_state." + string(cell.State))
			if len(cell.ProposalIDs) > 0 {
				ids := make([]string, len(cell.ProposalIDs))
				for i, id := range cell.ProposalIDs {
					ids[i] = "#" + strconv.FormatInt(int64(id), 10)
				}
				v += " (" + strings.Join(ids, " ") + ")"
			}
			rec = append(rec, v)
		}
		_ = cw.Write(rec)
	}
	cw.Flush()
}
