package sqlstore

import (
	"context"
	"fmt"

	"github.com/frente/frente"
	"github.com/frente/frente/textsearch"
)

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
	res, err = s.searchRanked(ctx, sq, q, w)
	if err != nil {
		return frente.SearchResult{Items: []frente.SearchHit{}}, fmt.Errorf("store: search %q: %w", sq.Q, err)
	}
	return res, nil
}
