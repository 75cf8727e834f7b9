package sqlstore

import (
	"context"
	"fmt"
	"strconv"

	"github.com/frente/frente"
	"github.com/frente/frente/textsearch"
)

// searchCap bounds the matches a query ranks. A word found in most units
// would otherwise rank every one of them (notes/search-measurements.md)
// on a RankingIndex (PostgreSQL):
// a query with more matches ranks the first searchCap, in ingest order,
// and says so through its total.
const searchCap = 1000

// snippetWords is the length of a search result's excerpt.
const snippetWords = 32

// Search finds the units of the agreements the viewer may see that match
// the query, best first, with highlighted excerpts.
func (s *Store) Search(ctx context.Context, sq frente.SearchQuery) (res frente.SearchResult, err error) {
	res.Items = []frente.SearchHit{}
	q, err := textsearch.ParseQuery(sq.Q)
	if err != nil {
		return res, err
	}
	if sq.Lang != "" && sq.Lang != "en" && sq.Lang != "es" {
		return res, &frente.Error{Code: frente.EINVALID, Message: "invalid input", Key: "err.invalid",
			Fields: []frente.FieldError{{Field: "lang", Code: "invalid_choice", Message: "lang must be en or es", Args: []any{sq.Lang}}}}
	}
	if sq.Limit <= 0 || sq.Limit > 100 {
		sq.Limit = 20
	}
	var w where
	w.addVisible(ctx, "t", "agreements")
	if sq.Lang != "" {
		// A query stemmed as English matches Spanish words that happen to
		// share a stem ("just cause", "justa causa"): a query in one
		// language searches the agreements in it.
		w.add("t.language = ?", sq.Lang)
	}
	if sq.Topic != "" {
		w.add("u.id IN (SELECT unit_id FROM unit_topics WHERE code = ?)", sq.Topic)
	}
	if sq.EmployerID != 0 {
		w.add("t.employer_id = ?", int64(sq.EmployerID))
	}
	if sq.Country != "" {
		addAgreementCountry(&w, sq.Country)
	}
	if sq.InForce != "" {
		addInForce(&w, sq.InForce)
	}
	if ti, ok := s.dialect.(TermsIndex); ok {
		res, err = s.searchRanked(ctx, sq, q, ti, w)
		if err != nil {
			return frente.SearchResult{Items: []frente.SearchHit{}}, fmt.Errorf("store: search %q: %w", sq.Q, err)
		}
		return res, nil
	}
	ri, ok := s.dialect.(RankingIndex)
	if !ok {
		return res, fmt.Errorf("store: search: the %s store has no search index", s.dialect.Name())
	}
	match, matchArgs := ri.MatchUnits(s.dialect.QueryText(q, sq.Lang), searchCap)
	w.args = append(matchArgs, w.args...)
	from := " FROM (" + match + ") m JOIN units u ON u.id = m.id JOIN agreements t ON t.id = u.agreement_id WHERE " + w.sql()
	err = s.ReadTx(ctx, func(tx *Tx) error {
		// The total comes with the page (a window over all matches), so
		// the matches are found once, not once to count and once to show.
		// Rank and count over ids and scores only; the texts are read for
		// the page's rows alone, not carried through the sort.
		ranked := "SELECT m.id, m.score, COUNT(*) OVER () AS total" + from +
			" ORDER BY m.score DESC, m.id LIMIT " + strconv.Itoa(sq.Limit) + " OFFSET " + strconv.Itoa(max(sq.Offset, 0))
		rows, err := tx.Query(ctx, "SELECT u.id, u.kind, u.number, u.heading, u.body, t.id, t.title, t.language, r.score, r.total FROM ("+
			ranked+") r JOIN units u ON u.id = r.id JOIN agreements t ON t.id = u.agreement_id ORDER BY r.score DESC, r.id", w.args...)
		if err != nil {
			return fmt.Errorf("search: %w", err)
		}
		defer rows.Close()
		for rows.Next() {
			var h frente.SearchHit
			var body, lang string
			if err := rows.Scan(&h.UnitID, &h.UnitKind, &h.UnitNumber, &h.Heading, &body, &h.AgreementID, &h.AgreementTitle, &lang, &h.Score, &res.Total); err != nil {
				return err
			}
			if body == "" {
				// A heading-only unit (its text is in its sections).
				body = h.Heading
			}
			h.Snippet = q.Snippet(body, lang, snippetWords)
			res.Items = append(res.Items, h)
		}
		if err := rows.Err(); err != nil {
			return err
		}
		if len(res.Items) == 0 && sq.Offset > 0 {
			// Past the last page the window has no row to carry the total.
			if err := tx.QueryRow(ctx, "SELECT COUNT(*)"+from, w.args...).Scan(&res.Total); err != nil {
				return err
			}
		}
		res.More = res.Total >= searchCap
		return rows.Err()
	})
	if err != nil {
		return frente.SearchResult{Items: []frente.SearchHit{}}, fmt.Errorf("store: search %q: %w", sq.Q, err)
	}
	return res, nil
}
