package http

import (
	"errors"
	"html"
	"html/template"
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"

	"github.com/frente/frente"
	"github.com/frente/frente/contract/topic"
)

// searchPageSize is how many hits a page of the search shows.
const searchPageSize = 20

// textSearchPage is the full-text search of agreements and its results.
type textSearchPage struct {
	layout
	Query                               textSearchForm
	Searched                            bool
	Hits                                []searchRow
	Total                               int
	More                                bool
	From, To                            int
	PrevURL, NextURL                    string
	Problems                            []string
	Topics, Employers, Countries, Langs []option
}

// textSearchForm is the search form as the reader filled it.
type textSearchForm struct {
	Q, Topic, Employer, Country, Lang string
	InForce                           bool
}

// searchRow is a hit with its excerpt ready to show.
type searchRow struct {
	Hit     frente.SearchHit
	Snippet template.HTML
}

// searchAgreementsPage searches the units of the agreements the reader
// sees. Problems with the query show above the form; the page is a 200
// so that a typo reads as a hint, not as an error.
func (s *Server) searchAgreementsPage(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	lang := langOf(r)
	v := r.URL.Query()
	p := &textSearchPage{layout: layout{Nav: "agreements"}, Query: textSearchForm{Q: strings.TrimSpace(v.Get("q")), Topic: v.Get("topic"),
		Employer: v.Get("employer"), Country: strings.ToUpper(v.Get("country")), Lang: v.Get("lang"), InForce: v.Get("in_force") == "true"},
		Countries: countryOptions[lang]}
	for _, t := range topic.All() {
		p.Topics = append(p.Topics, option{Value: t.Code, Label: t.Label(string(lang))})
	}
	p.Langs = []option{{Value: "en", Label: lang.T("lang.en")}, {Value: "es", Label: lang.T("lang.es")}}
	orgs, err := s.loadOrganizations(ctx, frente.OrganizationFilter{})
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	for _, o := range orgs {
		if o.Kind.IsEmployer() {
			p.Employers = append(p.Employers, option{Value: idValue(o.ID), Label: o.Name})
		}
	}
	if p.Query.Q != "" {
		// The page reads its parameters as the API does, so the two agree
		// on what a query means; only the pieces the form has are kept.
		kept := url.Values{}
		for _, k := range []string{"q", "topic", "employer", "country", "in_force", "lang", "offset"} {
			if x := v.Get(k); x != "" {
				kept.Set(k, x)
			}
		}
		q, err := parseParams(kept.Encode(), searchParams)
		if err == nil {
			q.Limit = searchPageSize
			var res frente.SearchResult
			if res, err = s.Store.Search(ctx, q); err == nil {
				p.fill(res, q.Offset, kept)
			}
		}
		var e *frente.Error
		switch {
		case err == nil:
		case frente.ErrorCode(err) == frente.EINVALID && errors.As(err, &e):
			for _, f := range e.Fields {
				p.Problems = append(p.Problems, FieldMessage(lang, f))
			}
		default:
			s.pageError(w, r, err)
			return
		}
	}
	s.render(w, r, http.StatusOK, "agreement_search", p)
}

// fill puts a page of results and the links to the pages around it.
func (p *textSearchPage) fill(res frente.SearchResult, offset int, kept url.Values) {
	p.Searched, p.Total, p.More = true, res.Total, res.More
	for _, h := range res.Items {
		p.Hits = append(p.Hits, searchRow{Hit: h, Snippet: safeSnippet(h.Snippet)})
	}
	p.From, p.To = offset+1, offset+len(res.Items)
	at := func(o int) string {
		v := url.Values{}
		for k, x := range kept {
			v[k] = x
		}
		v.Del("offset")
		if o > 0 {
			v.Set("offset", strconv.Itoa(o))
		}
		return "/agreements/search?" + v.Encode()
	}
	if offset > 0 {
		p.PrevURL = at(max(offset-searchPageSize, 0))
	}
	if offset+len(res.Items) < res.Total {
		p.NextURL = at(offset + searchPageSize)
	}
}

// snippetEntity matches the character references html.EscapeString writes
// and numeric ones.
var snippetEntity = regexp.MustCompile(`&(amp|lt|gt|quot|apos|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});`)

// safeSnippet trusts a search excerpt as HTML only when it is escaped text
// with <mark> and </mark> and nothing else; anything more (a store bug, a
// tag in the text left unescaped) is shown as plain text, marks dropped.
// The excerpt comes from the store, but the page must not depend on it for
// its safety.
func safeSnippet(s string) template.HTML {
	rest := strings.NewReplacer("<mark>", "", "</mark>", "").Replace(s)
	bare := snippetEntity.ReplaceAllString(rest, "")
	if !strings.ContainsAny(bare, "<>&") {
		return template.HTML(s) // #nosec: checked above
	}
	return template.HTML(html.EscapeString(html.UnescapeString(rest)))
}
