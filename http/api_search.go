package http

import (
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/frente/frente"
	"github.com/frente/frente/contract/topic"
)

// maxSearchLimit is the most hits a page of search results holds; the
// store caps it there too.
const maxSearchLimit = 100

// searchParams are the parameters of a full-text search. The same values
// parse the query string and describe it in the OpenAPI document.
var searchParams = []listParam[frente.SearchQuery]{
	{name: "q", doc: "The query: words (each must occur, stemmed in English and Spanish, accents optional), \"phrases\", AND, OR, NOT. Required.",
		schema: obj{"type": "string", "minLength": 1, "maxLength": maxQueryLen},
		set: func(q *frente.SearchQuery, v string, inv *frente.Invalid) {
			q.Q = strings.TrimSpace(checkText(inv, "q", v))
		}},
	{name: "lang", doc: "The language of the query: en or es; both when not given.",
		schema: obj{"type": "string", "enum": []string{"en", "es"}},
		set: func(q *frente.SearchQuery, v string, inv *frente.Invalid) {
			if v != "en" && v != "es" {
				inv.Add("lang", "invalid_filter", fmt.Sprintf("lang: %q is not one of en, es", v), v)
			}
			q.Lang = v
		}},
	{name: "topic", doc: "Only units with this topic (a code of /api/v1/topics).",
		schema: obj{"type": "string", "enum": topicCodes()},
		set: func(q *frente.SearchQuery, v string, inv *frente.Invalid) {
			if !topic.Valid(v) {
				inv.Add("topic", "invalid_filter", fmt.Sprintf("topic: %q is not a topic code", v), v)
			}
			q.Topic = v
		}},
	idParam("employer", "Only agreements this employer signed.", func(q *frente.SearchQuery, id frente.ID) { q.EmployerID = id }),
	countryParam("country", "Only agreements whose employer or a union party is in this country.",
		func(q *frente.SearchQuery, c string) { q.Country = c }),
	inForceParam(func(q *frente.SearchQuery, d frente.Date) { q.InForce = d }),
	{name: "limit", doc: fmt.Sprintf("Hits per page, 20 by default, at most %d.", maxSearchLimit),
		schema: obj{"type": "integer", "minimum": 1, "maximum": maxSearchLimit, "default": 20},
		set: func(q *frente.SearchQuery, v string, inv *frente.Invalid) {
			n, err := strconv.Atoi(v)
			if err != nil || n < 1 || n > maxSearchLimit {
				inv.Add("limit", "out_of_range", fmt.Sprintf("limit must be a whole number from 1 to %d, not %q", maxSearchLimit, v), 1, maxSearchLimit)
			}
			q.Limit = n
		}},
	{name: "offset", doc: "How many hits to skip: the page of results starts after them.",
		schema: obj{"type": "integer", "minimum": 0, "maximum": 100000},
		set: func(q *frente.SearchQuery, v string, inv *frente.Invalid) {
			n, err := strconv.Atoi(v)
			if err != nil || n < 0 || n > 100000 {
				inv.Add("offset", "out_of_range", fmt.Sprintf("offset must be a whole number from 0 to 100000, not %q", v), 0, 100000)
			}
			q.Offset = n
		}},
}

func topicCodes() []string {
	var out []string
	for _, t := range topic.All() {
		out = append(out, t.Code)
	}
	return out
}

// parseParams reads a query string strictly, as parseList does for
// listings: an unknown or repeated parameter is refused, every problem is
// reported at once, and an empty value means no filter.
func parseParams[F any](rawQuery string, params []listParam[F]) (F, error) {
	var (
		f   F
		inv frente.Invalid
	)
	query, err := url.ParseQuery(rawQuery)
	if err != nil {
		inv.Add("query", "malformed_query", "the query string is malformed: "+err.Error(), err.Error())
	}
	names := make([]string, 0, len(query))
	for name := range query {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		i := slices.IndexFunc(params, func(p listParam[F]) bool { return p.name == name })
		switch {
		case i < 0:
			known := make([]string, len(params))
			for j, p := range params {
				known[j] = p.name
			}
			list := strings.Join(known, ", ")
			inv.Add(name, "unknown_parameter", fmt.Sprintf("there is no parameter %q here; the parameters are %s", name, list), list)
		case len(query[name]) > 1:
			inv.Add(name, "repeated_parameter", name+" is given more than once")
		case query[name][0] != "":
			params[i].set(&f, query[name][0], &inv)
		}
	}
	return f, inv.Err()
}

// readSearch reads a search from the query string; q is required.
func readSearch(r *http.Request) (frente.SearchQuery, error) {
	q, err := parseParams(r.URL.RawQuery, searchParams)
	if err == nil && q.Q == "" {
		err = invalidField("q", "required", "q: the query is required")
	}
	return q, err
}

func (s *Server) apiSearch(w http.ResponseWriter, r *http.Request) {
	q, err := readSearch(r)
	if err != nil {
		s.error(w, r, err)
		return
	}
	res, err := s.Store.Search(r.Context(), q)
	if err != nil {
		s.error(w, r, err)
		return
	}
	if res.Items == nil {
		res.Items = []frente.SearchHit{}
	}
	s.writeJSON(w, http.StatusOK, res)
}
