package http

import (
	"context"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/frente/frente"
	"github.com/frente/frente/contract/topic"
	"github.com/frente/frente/i18n"
)

// agreementRow is an agreement with the organizations it names, for lists.
type agreementRow struct {
	Agreement *frente.Agreement
	Employer  *frente.Organization
	Unions    []*frente.Organization
}

// agreementFilter is the filter form above the list of agreements.
type agreementFilter struct {
	Q, Employer, Country string
	InForce              bool
	Employers            []option
	Countries            []option
}

// agreementsPage is the list of agreements and, for those who may store
// one, the upload form.
type agreementsPage struct {
	listPage[agreementRow]
	AgreementFilter agreementFilter
	Upload          *form
}

func (s *Server) listAgreementsPage(w http.ResponseWriter, r *http.Request) {
	var upload *form
	if userOf(r) != nil {
		upload = newForm(r, url.Values{"visibility": {string(frente.Private)}}, uploadSpec)
	}
	s.agreementsList(w, r, http.StatusOK, upload)
}

// agreementsList draws the list with the upload form as given: empty, or
// sent back with its problems.
func (s *Server) agreementsList(w http.ResponseWriter, r *http.Request, status int, upload *form) {
	ctx := r.Context()
	q := r.URL.Query()
	lang := langOf(r)
	af := agreementFilter{Q: strings.TrimSpace(q.Get("q")), Employer: q.Get("employer"),
		Country: strings.ToUpper(strings.TrimSpace(q.Get("country"))), InForce: q.Get("in_force") == "true", Countries: countryOptions[lang]}
	f := frente.AgreementFilter{ListOptions: frente.ListOptions{Q: af.Q, Cursor: q.Get("cursor")}, Country: af.Country}
	if id, err := frente.ParseID(af.Employer); err == nil {
		f.EmployerID = id
	}
	if af.InForce {
		f.InForce = today()
	}
	res, err := s.Store.FindAgreements(ctx, f)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	orgs, err := s.loadOrganizations(ctx, frente.OrganizationFilter{})
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	for _, o := range orgs {
		if o.Kind.IsEmployer() {
			af.Employers = append(af.Employers, option{Value: idValue(o.ID), Label: o.Name})
		}
	}
	p := &agreementsPage{listPage: listPage[agreementRow]{layout: layout{Nav: "agreements", Path: "/agreements"}, Total: res.Total,
		Filter: listFilter{Action: "/agreements"}}, AgreementFilter: af, Upload: upload}
	if r.Method == http.MethodGet {
		p.Path = r.URL.RequestURI()
	}
	p.Items = agreementRows(res.Items, orgMap(orgs))
	p.FirstURL, p.NextURL = agreementPageURLs(r, res.Next)
	if upload != nil {
		if err := s.uploadOptions(ctx, upload, orgs); err != nil {
			s.pageError(w, r, err)
			return
		}
	}
	s.render(w, r, status, "agreements", p)
}

func orgMap(orgs []*frente.Organization) map[frente.ID]*frente.Organization {
	m := make(map[frente.ID]*frente.Organization, len(orgs))
	for _, o := range orgs {
		m[o.ID] = o
	}
	return m
}

func agreementRows(as []*frente.Agreement, orgs map[frente.ID]*frente.Organization) []agreementRow {
	rows := make([]agreementRow, len(as))
	for i, a := range as {
		rows[i] = agreementRow{Agreement: a, Employer: orgs[a.EmployerID]}
		for _, id := range a.UnionIDs {
			if o := orgs[id]; o != nil {
				rows[i].Unions = append(rows[i].Unions, o)
			}
		}
	}
	return rows
}

// agreementPage is an agreement, whole: its details, table of contents and
// every unit with its topics.
type agreementPage struct {
	layout
	Agreement  *frente.Agreement
	Employer   *frente.Organization
	Unions     []*frente.Organization
	Workplaces []*frente.Workplace
	// Expired and ExpiresSoon (within six months) warn of the term.
	Expired, ExpiresSoon bool
	TOC                  []*frente.Unit
	Units                []unitView
	Meta                 recordMeta
	Download             string
}

// unitView is a unit with its topic chips and the topics it could be given.
type unitView struct {
	Unit    *frente.Unit
	Chips   []topicChip
	Addable []option
}

// topicChip is a topic of a unit, labelled in the reader's language.
type topicChip struct {
	Code, Label, Reason string
	ByPerson            bool
}

// inTOC says whether a unit belongs in the table of contents: parts,
// chapters, articles, appendices and their sections, but not the clauses
// inside sections ("(a)", "12.3.1"), which would bury the articles.
func inTOC(u *frente.Unit, kindOf map[frente.ID]string) bool {
	return u.Kind != "section" || kindOf[u.ParentID] != "section"
}

func (s *Server) showAgreement(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r)
	if err == nil {
		var p *agreementPage
		if p, err = s.agreementPage(r.Context(), langOf(r), id); err == nil {
			s.render(w, r, http.StatusOK, "agreement", p)
			return
		}
	}
	s.pageError(w, r, err)
}

func (s *Server) agreementPage(ctx context.Context, lang i18n.Lang, id frente.ID) (*agreementPage, error) {
	a, err := s.Store.FindAgreementByID(ctx, id)
	if err != nil {
		return nil, err
	}
	units, err := s.Store.AgreementUnits(ctx, id)
	if err != nil {
		return nil, err
	}
	p := &agreementPage{layout: layout{Nav: "agreements"}, Agreement: a, Download: agreementAPI.path() + "/" + idValue(a.ID) + "/original"}
	ids := append([]frente.ID{a.EmployerID}, a.UnionIDs...)
	orgs, err := s.loadOrganizationMap(ctx, ids)
	if err != nil {
		return nil, err
	}
	p.Employer = orgs[a.EmployerID]
	for _, id := range a.UnionIDs {
		if o := orgs[id]; o != nil {
			p.Unions = append(p.Unions, o)
		}
	}
	for _, id := range a.WorkplaceIDs {
		wp, err := s.Store.FindWorkplaceByID(ctx, id)
		switch {
		case err == nil:
			p.Workplaces = append(p.Workplaces, wp)
		case frente.ErrorCode(err) != frente.ENOTFOUND:
			return nil, err
		}
	}
	p.Expired, p.ExpiresSoon = expiry(a.ExpiryDate, time.Now().UTC())
	kindOf := make(map[frente.ID]string, len(units))
	for _, u := range units {
		kindOf[u.ID] = u.Kind
		if inTOC(u, kindOf) {
			p.TOC = append(p.TOC, u)
		}
		p.Units = append(p.Units, newUnitView(lang, u))
	}
	p.Meta, err = s.recordMeta(ctx, a.Record)
	return p, err
}

// expiry tells whether an agreement that expires on day has expired by
// now, or will within six months: time to prepare its bargaining.
func expiry(day frente.Date, now time.Time) (expired, soon bool) {
	if day == "" || !day.Valid() {
		return false, false
	}
	d := string(day)
	switch {
	case d < now.Format(time.DateOnly):
		return true, false
	case d <= now.AddDate(0, 6, 0).Format(time.DateOnly):
		return false, true
	}
	return false, false
}

func newUnitView(lang i18n.Lang, u *frente.Unit) unitView {
	v := unitView{Unit: u}
	has := map[string]bool{}
	for _, t := range u.Topics {
		has[t.Code] = true
		v.Chips = append(v.Chips, topicChip{Code: t.Code, Label: topicLabel(lang, t.Code), Reason: t.Reason, ByPerson: t.ByPerson})
	}
	for _, t := range topic.All() {
		if !has[t.Code] {
			v.Addable = append(v.Addable, option{Value: t.Code, Label: t.Label(string(lang))})
		}
	}
	return v
}

// topicLabel names a topic in lang; a code the taxonomy no longer has
// shows as itself.
func topicLabel(lang i18n.Lang, code string) string {
	if t, ok := topic.Lookup(code); ok {
		return t.Label(string(lang))
	}
	return code
}

// agreementPageURLs are the links to the first and next pages of the
// list, keeping its filters.
func agreementPageURLs(r *http.Request, next string) (first, nextURL string) {
	v := url.Values{}
	for _, k := range []string{"q", "employer", "country", "in_force"} {
		if s := r.URL.Query().Get(k); s != "" {
			v.Set(k, s)
		}
	}
	if r.URL.Query().Get("cursor") != "" {
		first = "/agreements?" + v.Encode()
	}
	if next != "" {
		v.Set("cursor", next)
		nextURL = "/agreements?" + v.Encode()
	}
	return first, nextURL
}
