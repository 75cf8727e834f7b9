package sqlstore

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strconv"

	"github.com/frente/frente"
	"github.com/frente/frente/textsearch"
)

// TermsIndex is a dialect's search index: it finds units by the terms of
// their text and by those of their headings, and each unit keeps its
// index terms as text (textsearch.AnalyzeUnit output), which Search reads
// for a bounded number of candidates and ranks in Go (textsearch.Ranker).
// A query thus costs what it reads, however many units hold its words,
// and both stores rank alike.
type TermsIndex interface {
	// TermsColumn is the column of units that holds their terms as text.
	TermsColumn() string
	// MatchIDs returns a query selecting (id) of the units whose text
	// matches the query text (QueryText's), highest id first.
	MatchIDs(queryText string) (string, []any)
	// MatchHeadingIDs returns a query selecting (id) of the units that hold
	// one of q's phrases in their heading, whether or not they match q,
	// highest id first; "" when q has no phrase to look for.
	MatchHeadingIDs(q *textsearch.Query, lang string) (string, []any)
	// PhraseQueryText is the query text of the ranker's phrase i alone.
	PhraseQueryText(r *textsearch.Ranker, i int) string
}

// The candidates a ranked search reads: the units that hold a phrase of
// the query in their heading (most often the articles about it: an
// "Overtime" or "Grievance Procedure" article) and the latest units that
// match anywhere. A query with fewer matches than rankText ranks them all
// and counts them exactly; one with more ranks these and says there are
// more (SearchResult.More). Each candidate costs about a microsecond and
// a half (its row, its agreement's row for visibility and filters, its
// terms), so these bound a search at a millisecond or two of reading.
const (
	rankHeading = 200
	rankText    = 300
	// dfProbe is how many matches of a phrase are counted to weigh it; a
	// phrase with more is weighed by extrapolating from where its
	// dfProbe-th match lies among the units' ids.
	dfProbe = 256
)

// searchRanked is Search over the dialect's TermsIndex.
func (s *Store) searchRanked(ctx context.Context, sq frente.SearchQuery, q *textsearch.Query, w where) (frente.SearchResult, error) {
	d := s.dialect
	res := frente.SearchResult{Items: []frente.SearchHit{}}
	ranker, matcher := q.Ranker(sq.Lang), q.Matcher(sq.Lang)
	err := s.ReadTx(ctx, func(tx *Tx) error {
		type cand struct {
			id    frente.ID
			terms string
		}
		var cands []cand
		seen := map[frente.ID]bool{}
		// read appends the candidates that match (the subquery of ids and
		// its args), pass the filters and, when check is set, match the
		// whole query, from the first k read; it returns how many it read,
		// reading one more than k to tell whether there are more.
		read := func(match string, args []any, k int, check bool) (int, error) {
			rows, err := tx.QueryCached(ctx, "SELECT m.id, u."+d.TermsColumn()+" FROM ("+match+") m JOIN units u ON u.id = m.id JOIN agreements t ON t.id = u.agreement_id WHERE "+
				w.sql()+" ORDER BY m.id DESC LIMIT "+strconv.Itoa(k+1), append(args, w.args...)...)
			if err != nil {
				return 0, err
			}
			defer rows.Close()
			n := 0
			for rows.Next() {
				var c cand
				if err := rows.Scan(&c.id, &c.terms); err != nil {
					return n, err
				}
				n++
				if n > k || (check && !matcher.Match(c.terms)) {
					continue
				}
				if !seen[c.id] {
					seen[c.id] = true
					cands = append(cands, c)
				}
			}
			return n, rows.Err()
		}
		if match, args := d.MatchHeadingIDs(q, sq.Lang); match != "" {
			if _, err := read(match, args, rankHeading, true); err != nil {
				return err
			}
		}
		match, args := d.MatchIDs(d.QueryText(q, sq.Lang))
		n, err := read(match, args, rankText, false)
		if err != nil {
			return err
		}
		res.Total, res.More = len(cands), n > rankText
		if len(cands) == 0 {
			return nil
		}
		if ranker.Phrases() > 1 {
			// Only a query of several phrases needs their weights: one
			// phrase's weight scales every score alike.
			if err := weighPhrases(ctx, tx, d, ranker); err != nil {
				return err
			}
		}
		terms := make([]string, len(cands))
		for i, c := range cands {
			terms[i] = c.terms
		}
		scores := ranker.Rank(terms)
		order := make([]int, len(cands))
		for i := range order {
			order[i] = i
		}
		slices.SortFunc(order, func(a, b int) int {
			if c := cmp.Compare(scores[b], scores[a]); c != 0 {
				return c
			}
			return cmp.Compare(cands[a].id, cands[b].id)
		})
		from := min(max(sq.Offset, 0), len(order))
		page := order[from:min(from+sq.Limit, len(order))]
		if len(page) == 0 {
			return nil
		}
		ids := make([]any, len(page))
		for i, o := range page {
			ids[i] = int64(cands[o].id)
		}
		rows, err := tx.QueryCached(ctx, "SELECT u.id, u.kind, u.number, u.heading, u.body, t.id, t.title, t.language FROM units u JOIN agreements t ON t.id = u.agreement_id WHERE u.id IN ("+
			placeholders(len(ids))+")", ids...)
		if err != nil {
			return err
		}
		defer rows.Close()
		hits := map[frente.ID]frente.SearchHit{}
		for rows.Next() {
			var h frente.SearchHit
			var body, lang string
			if err := rows.Scan(&h.UnitID, &h.UnitKind, &h.UnitNumber, &h.Heading, &body, &h.AgreementID, &h.AgreementTitle, &lang); err != nil {
				return err
			}
			if body == "" {
				// A heading-only unit (its text is in its sections).
				body = h.Heading
			}
			h.Snippet = q.Snippet(body, lang, snippetWords)
			hits[h.UnitID] = h
		}
		if err := rows.Err(); err != nil {
			return err
		}
		for _, o := range page {
			h, ok := hits[cands[o].id]
			if !ok {
				continue
			}
			h.Score = scores[o]
			res.Items = append(res.Items, h)
		}
		return nil
	})
	if err != nil {
		return frente.SearchResult{Items: []frente.SearchHit{}}, err
	}
	return res, nil
}

// weighPhrases sets the weight of each of the ranker's phrases from how
// many units hold it: counted up to dfProbe, estimated beyond from the id
// of the dfProbe-th match (ids grow as units are stored, so the share of
// the id range the first dfProbe matches span is the share of all units
// they are).
func weighPhrases(ctx context.Context, tx *Tx, d Dialect, r *textsearch.Ranker) error {
	var lo, hi int64
	if err := tx.QueryRow(ctx, "SELECT COALESCE((SELECT MIN(id) FROM units), 0), COALESCE((SELECT MAX(id) FROM units), 0)").Scan(&lo, &hi); err != nil {
		return err
	}
	units := float64(hi - lo + 1)
	for i := range r.Phrases() {
		match, args := d.MatchIDs(d.PhraseQueryText(r, i))
		var n, last int64
		if err := tx.QueryRow(ctx, "SELECT COUNT(*), COALESCE(MIN(id), 0) FROM ("+match+" LIMIT "+strconv.Itoa(dfProbe)+") p", args...).Scan(&n, &last); err != nil {
			return err
		}
		df := float64(n)
		if n == dfProbe && hi >= last {
			df = min(units, df*units/float64(hi-last+1))
		}
		r.SetDocFreq(i, df, units)
	}
	return nil
}

// SearchOptimizer is a dialect whose search needs some upkeep after many
// writes: merging SQLite's index, refreshing PostgreSQL's statistics.
type SearchOptimizer interface {
	OptimizeSearch(ctx context.Context, tx *Tx) error
}

// OptimizeSearch readies the search after a bulk ingest: SQLite's index,
// written agreement by agreement, is in many parts, and each query term is
// looked up in every part (on 2,000 agreements, merged searches took
// 20–40% less time: BENCHMARKS.md); PostgreSQL's planner needs the new
// rows' statistics. A store without the need does nothing.
func (s *Store) OptimizeSearch(ctx context.Context) error {
	o, ok := s.dialect.(SearchOptimizer)
	if !ok {
		return nil
	}
	if err := s.WithTx(ctx, func(tx *Tx) error { return o.OptimizeSearch(ctx, tx) }); err != nil {
		return fmt.Errorf("store: optimize search index: %w", err)
	}
	return nil
}
