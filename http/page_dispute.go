package http

import (
	"net/http"
	"net/url"

	"github.com/frente/frente"
)

// disputeRow is a dispute with what a list shows of it.
type disputeRow struct {
	Dispute  *frente.Dispute
	Employer *frente.Organization
	Duration string
}

type disputesPage struct {
	layout
	Rows              []disputeRow
	Total             int
	Q, Kind           string
	Ongoing, Stale    bool
	Kinds             []option
	NextURL, FirstURL string
}

func (s *Server) listDisputesPage(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	lang := langOf(r)
	q := r.URL.Query()
	p := &disputesPage{layout: layout{Nav: "disputes", Q: q.Get("q")}, Q: q.Get("q"), Kind: q.Get("kind"),
		Ongoing: q.Get("ongoing") == "true", Stale: q.Get("needs_confirmation") == "true"}
	f := frente.DisputeFilter{ListOptions: frente.ListOptions{Q: p.Q, Cursor: q.Get("cursor")}, NeedsConfirmation: p.Stale}
	if p.Ongoing {
		f.Ongoing = "true"
	}
	for _, k := range frente.DisputeKinds {
		p.Kinds = append(p.Kinds, option{Value: string(k), Label: lang.T("dispute_kind." + string(k))})
		if string(k) == p.Kind {
			f.Kind = k
		}
	}
	if id, err := frente.ParseID(q.Get("campaign")); err == nil {
		f.CampaignID = id
	}
	res, err := s.Store.FindDisputes(ctx, f)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	var employers []frente.ID
	for _, d := range res.Items {
		employers = append(employers, d.EmployerID)
	}
	orgs, err := s.loadOrganizationMap(ctx, employers)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	for _, d := range res.Items {
		p.Rows = append(p.Rows, disputeRow{Dispute: d, Employer: orgs[d.EmployerID], Duration: durationText(lang, d)})
	}
	p.Total = res.Total
	v := url.Values{}
	for _, k := range []string{"q", "kind", "ongoing", "needs_confirmation", "campaign"} {
		if x := q.Get(k); x != "" {
			v.Set(k, x)
		}
	}
	if q.Get("cursor") != "" {
		p.FirstURL = "/disputes?" + v.Encode()
	}
	if res.Next != "" {
		v.Set("cursor", res.Next)
		p.NextURL = "/disputes?" + v.Encode()
	}
	s.render(w, r, http.StatusOK, "disputes", p)
}

type disputePage struct {
	layout
	Dispute    *frente.Dispute
	Duration   string
	Employer   *frente.Organization
	Unions     []*frente.Organization
	Workplaces []*frente.Workplace
	Campaigns  []*frente.Campaign
	Incidents  []*frente.Incident
	Meta       recordMeta
}

func (s *Server) showDispute(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	id, err := pathID(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	d, err := s.Store.FindDisputeByID(ctx, id)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	p := &disputePage{layout: layout{Nav: "disputes"}, Dispute: d, Duration: durationText(langOf(r), d)}
	orgs, err := s.loadOrganizationMap(ctx, append([]frente.ID{d.EmployerID}, d.UnionIDs...))
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	p.Employer = orgs[d.EmployerID]
	for _, u := range d.UnionIDs {
		if o := orgs[u]; o != nil {
			p.Unions = append(p.Unions, o)
		}
	}
	for _, wid := range d.WorkplaceIDs {
		if wp, err := s.Store.FindWorkplaceByID(ctx, wid); err == nil {
			p.Workplaces = append(p.Workplaces, wp)
		} else if frente.ErrorCode(err) != frente.ENOTFOUND {
			s.pageError(w, r, err)
			return
		}
	}
	for _, cid := range d.CampaignIDs {
		if c, err := s.Store.FindCampaignByID(ctx, cid); err == nil {
			p.Campaigns = append(p.Campaigns, c)
		} else if frente.ErrorCode(err) != frente.ENOTFOUND {
			s.pageError(w, r, err)
			return
		}
	}
	inc, err := s.Store.FindIncidents(ctx, frente.IncidentFilter{DisputeID: id, ListOptions: frente.ListOptions{Limit: frente.MaxLimit}})
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	p.Incidents = inc.Items
	if p.Meta, err = s.recordMeta(ctx, d.Record); err != nil {
		s.pageError(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "dispute", p)
}

type incidentsPage struct {
	layout
	Items []*frente.Incident
	Total int
	More  string
}

func (s *Server) listIncidentsPage(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	res, err := s.Store.FindIncidents(r.Context(), frente.IncidentFilter{ListOptions: frente.ListOptions{Q: q.Get("q"), Cursor: q.Get("cursor")}})
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	p := &incidentsPage{layout: layout{Nav: "disputes", Q: q.Get("q")}, Items: res.Items, Total: res.Total}
	if res.Next != "" {
		v := url.Values{"cursor": {res.Next}}
		if x := q.Get("q"); x != "" {
			v.Set("q", x)
		}
		p.More = "/incidents?" + v.Encode()
	}
	s.render(w, r, http.StatusOK, "incidents", p)
}

type incidentPage struct {
	layout
	Incident  *frente.Incident
	Workplace *frente.Workplace
	Disputes  []*frente.Dispute
	Campaigns []*frente.Campaign
	Meta      recordMeta
}

func (s *Server) showIncident(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	id, err := pathID(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	n, err := s.Store.FindIncidentByID(ctx, id)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	p := &incidentPage{layout: layout{Nav: "disputes"}, Incident: n}
	if n.WorkplaceID != 0 {
		if p.Workplace, err = s.Store.FindWorkplaceByID(ctx, n.WorkplaceID); err != nil && frente.ErrorCode(err) != frente.ENOTFOUND {
			s.pageError(w, r, err)
			return
		}
	}
	for _, did := range n.DisputeIDs {
		if d, err := s.Store.FindDisputeByID(ctx, did); err == nil {
			p.Disputes = append(p.Disputes, d)
		} else if frente.ErrorCode(err) != frente.ENOTFOUND {
			s.pageError(w, r, err)
			return
		}
	}
	for _, cid := range n.CampaignIDs {
		if c, err := s.Store.FindCampaignByID(ctx, cid); err == nil {
			p.Campaigns = append(p.Campaigns, c)
		} else if frente.ErrorCode(err) != frente.ENOTFOUND {
			s.pageError(w, r, err)
			return
		}
	}
	if p.Meta, err = s.recordMeta(ctx, n.Record); err != nil {
		s.pageError(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "incident", p)
}
