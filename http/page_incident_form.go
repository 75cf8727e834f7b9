package http

import (
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/frente/frente"
)

var incidentSpec = formSpec{fields: []string{"title", "date", "kind", "workplace_id", "dead", "injured", "description", "incident_demands",
	"dispute_ids", "campaign_ids"}, required: []string{"title", "date", "kind"}}

func incidentValues(n *frente.Incident) url.Values {
	v := url.Values{}
	v.Set("title", n.Title)
	v.Set("date", string(n.Date))
	v.Set("kind", string(n.Kind))
	v.Set("workplace_id", idValue(n.WorkplaceID))
	v.Set("dead", strconv.Itoa(n.Dead))
	v.Set("injured", strconv.Itoa(n.Injured))
	v.Set("description", n.Description)
	lines := make([]string, len(n.Demands))
	for i, d := range n.Demands {
		lines[i] = string(d.Status) + " | " + string(d.Since) + " | " + string(d.Until) + " | " + d.Text
	}
	v.Set("incident_demands", strings.Join(lines, "\n"))
	v["dispute_ids"] = idValues(n.DisputeIDs)
	v["campaign_ids"] = idValues(n.CampaignIDs)
	return recordValues(v, &n.Record)
}

func readIncident(f *form) *frente.Incident {
	n := &frente.Incident{Title: f.Get("title"), Date: frente.Date(strings.TrimSpace(f.Get("date"))), Kind: frente.IncidentKind(f.Get("kind")),
		WorkplaceID: f.id("workplace_id"), Description: f.Get("description"), DisputeIDs: f.ids("dispute_ids"), CampaignIDs: f.ids("campaign_ids")}
	for _, x := range []struct {
		name string
		to   *int
	}{{"dead", &n.Dead}, {"injured", &n.Injured}} {
		if s := strings.TrimSpace(f.Get(x.name)); s != "" {
			v, err := strconv.Atoi(s)
			if err != nil {
				f.add(x.name, f.lang.T("field.not_a_number"))
			}
			*x.to = v
		}
	}
	n.Demands = []frente.IncidentDemand{}
	var lines []int
	for i, line := range strings.Split(f.Get("incident_demands"), "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		parts := strings.SplitN(line, "|", 4)
		if len(parts) < 4 {
			// A line without the separators is the demand alone, open.
			parts = []string{"", "", "", line}
		}
		n.Demands = append(n.Demands, frente.IncidentDemand{Status: frente.DemandStatus(strings.TrimSpace(parts[0])),
			Since: frente.Date(strings.TrimSpace(parts[1])), Until: frente.Date(strings.TrimSpace(parts[2])), Text: strings.TrimSpace(parts[3])})
		lines = append(lines, i+1)
	}
	// The store names demands[i]; the form's field is incident_demands.
	f.setLines("demands", lines)
	f.alias = map[string]string{"demands": "incident_demands"}
	applyRecord(f, &n.Record)
	return n
}

func (s *Server) newIncidentPage(w http.ResponseWriter, r *http.Request) {
	n := &frente.Incident{Kind: frente.IncidentExplosion, Record: frente.Record{Visibility: frente.Private}}
	s.incidentForm(w, r, http.StatusOK, newForm(r, incidentValues(n), incidentSpec), nil, "")
}

func (s *Server) createIncidentPage(w http.ResponseWriter, r *http.Request) {
	f, ok := s.readForm(w, r, incidentSpec)
	if !ok {
		return
	}
	n := readIncident(f)
	again := func(status int) { s.incidentForm(w, r, status, f, nil, "") }
	if s.submit(w, r, f, n, func() error { return s.Store.CreateIncident(r.Context(), n) }, again) {
		http.Redirect(w, r, "/incidents/"+idValue(n.ID), http.StatusSeeOther)
	}
}

func (s *Server) editIncidentPage(w http.ResponseWriter, r *http.Request) {
	s.editIncident(w, r, http.StatusOK, "")
}

func (s *Server) editIncident(w http.ResponseWriter, r *http.Request, status int, deleteProblem string) {
	id, err := pathID(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	n, err := s.Store.FindIncidentByID(r.Context(), id)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	s.incidentForm(w, r, status, newForm(r, incidentValues(n), incidentSpec), n, deleteProblem)
}

func (s *Server) updateIncidentPage(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	stored, err := s.Store.FindIncidentByID(r.Context(), id)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	f, ok := s.readForm(w, r, incidentSpec)
	if !ok {
		return
	}
	n := readIncident(f)
	again := func(status int) { s.incidentForm(w, r, status, f, stored, "") }
	write := func() error {
		_, err := s.Store.UpdateIncident(r.Context(), id, func(old *frente.Incident) error {
			n.Ref = old.Ref
			*old = *n
			return nil
		})
		return err
	}
	if s.submit(w, r, f, n, write, again) {
		http.Redirect(w, r, "/incidents/"+idValue(id), http.StatusSeeOther)
	}
}

func (s *Server) deleteIncidentPage(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	s.remove(w, r, func() error { return s.Store.DeleteIncident(r.Context(), id) }, "/incidents",
		func(status int, problem string) { s.editIncident(w, r, status, problem) })
}

func (s *Server) incidentForm(w http.ResponseWriter, r *http.Request, status int, f *form, stored *frente.Incident, deleteProblem string) {
	ctx := r.Context()
	lang := f.lang
	orgs, err := s.loadOrganizations(ctx, frente.OrganizationFilter{})
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	p := &formPage{layout: layout{Nav: "disputes", Path: "/incidents/new"}, Form: f, Action: "/incidents", Cancel: "/incidents", DeleteProblem: deleteProblem}
	if stored != nil {
		id := idValue(stored.ID)
		p.Name, p.Action, p.Delete, p.Cancel, p.Path = stored.Title, "/incidents/"+id, "/incidents/"+id+"/delete", "/incidents/"+id, "/incidents/"+id+"/edit"
	}
	var kinds optionGroup
	for _, k := range frente.IncidentKinds {
		kinds.Options = append(kinds.Options, option{Value: string(k), Label: lang.T("incident_kind." + string(k))})
	}
	f.setOptions("kind", kinds)
	wps, err := s.loadWorkplaces(ctx, frente.WorkplaceFilter{})
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	wg := noneOption(f)
	for _, x := range wps {
		wg.Options = append(wg.Options, option{Value: idValue(x.ID), Label: x.Name})
	}
	f.setOptions("workplace_id", wg)
	ds, err := loadAll(func(cursor string) (frente.Page[*frente.Dispute], error) {
		return s.Store.FindDisputes(ctx, frente.DisputeFilter{ListOptions: frente.ListOptions{Limit: frente.MaxLimit, Cursor: cursor}})
	})
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	var dg optionGroup
	for _, d := range ds {
		dg.Options = append(dg.Options, option{Value: idValue(d.ID), Label: d.Title + " (" + string(d.Start) + ")"})
	}
	f.setOptions("dispute_ids", dg)
	_, campaigns, err := s.bargainingChoices(ctx)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	f.setOptions("campaign_ids", campaigns)
	if err := s.recordOptions(ctx, f, orgs, true); err != nil {
		s.pageError(w, r, err)
		return
	}
	s.render(w, r, status, "incident_form", p)
}
