package http

import (
	"html/template"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/frente/frente"
	"github.com/frente/frente/i18n"
	"github.com/frente/frente/timeline"
)

// timelineData is what a timeline shows: the disputes and incidents of a
// campaign, an organization or a workplace, and what it is of.
type timelineData struct {
	Kind, Name, Path string // "campaign", its name, its page
	Disputes         []*frente.Dispute
	Incidents        []*frente.Incident
}

// timelineOf gathers the timeline of the record at the request's path:
// for a campaign, the disputes and incidents linked to it; for an
// organization, the disputes it is a party to and their incidents; for a
// workplace, the disputes and incidents there.
func (s *Server) timelineOf(r *http.Request, of string) (*timelineData, error) {
	ctx := r.Context()
	id, err := pathID(r)
	if err != nil {
		return nil, err
	}
	td := &timelineData{Kind: of}
	var dfs []frente.DisputeFilter
	var ifs []frente.IncidentFilter
	switch of {
	case "campaign":
		c, err := s.Store.FindCampaignByID(ctx, id)
		if err != nil {
			return nil, err
		}
		td.Name, td.Path = c.Name, "/campaigns/"+idValue(id)
		dfs, ifs = []frente.DisputeFilter{{CampaignID: id}}, []frente.IncidentFilter{{CampaignID: id}}
	case "organization":
		o, err := s.Store.FindOrganizationByID(ctx, id)
		if err != nil {
			return nil, err
		}
		td.Name, td.Path = o.Name, "/organizations/"+idValue(id)
		dfs = []frente.DisputeFilter{{UnionID: id}, {EmployerID: id}}
	case "workplace":
		wp, err := s.Store.FindWorkplaceByID(ctx, id)
		if err != nil {
			return nil, err
		}
		td.Name, td.Path = wp.Name, "/workplaces/"+idValue(id)
		dfs, ifs = []frente.DisputeFilter{{WorkplaceID: id}}, []frente.IncidentFilter{{WorkplaceID: id}}
	}
	seen := map[frente.ID]bool{}
	for _, f := range dfs {
		ds, err := loadAll(func(cursor string) (frente.Page[*frente.Dispute], error) {
			f.Limit, f.Cursor = frente.MaxLimit, cursor
			return s.Store.FindDisputes(ctx, f)
		})
		if err != nil {
			return nil, err
		}
		for _, d := range ds {
			if !seen[d.ID] {
				seen[d.ID] = true
				td.Disputes = append(td.Disputes, d)
			}
		}
	}
	if of == "organization" {
		// An organization's incidents are those of its disputes.
		ids := make([]frente.ID, len(td.Disputes))
		for i, d := range td.Disputes {
			ids[i] = d.ID
		}
		ifs = []frente.IncidentFilter{{DisputeIDs: ids}}
	}
	seenInc := map[frente.ID]bool{}
	for _, f := range ifs {
		ns, err := loadAll(func(cursor string) (frente.Page[*frente.Incident], error) {
			f.Limit, f.Cursor = frente.MaxLimit, cursor
			return s.Store.FindIncidents(ctx, f)
		})
		if err != nil {
			return nil, err
		}
		for _, n := range ns {
			if !seenInc[n.ID] {
				seenInc[n.ID] = true
				td.Incidents = append(td.Incidents, n)
			}
		}
	}
	slices.SortFunc(td.Incidents, func(a, b *frente.Incident) int { return strings.Compare(string(a.Date), string(b.Date)) })
	return td, nil
}

// chart turns the timeline into the SVG's data, in lang, as of today.
func (td *timelineData) chart(lang i18n.Lang, today time.Time, idPrefix string) timeline.Chart {
	labels := timeline.English()
	if lang == "es" {
		labels = timeline.Spanish()
	}
	labels.Kinds = map[string]string{}
	for _, k := range frente.DisputeKinds {
		labels.Kinds[string(k)] = lang.T("dispute_kind." + string(k))
	}
	for _, k := range frente.EventKinds {
		labels.Kinds[string(k)] = lang.T("event_kind." + string(k))
	}
	for _, k := range frente.IncidentKinds {
		labels.Kinds[string(k)] = lang.T("incident_kind." + string(k))
	}
	c := timeline.Chart{Title: lang.T("timeline.title", td.Name), Now: today, Labels: labels, IDPrefix: idPrefix}
	day := func(d frente.Date) time.Time {
		t, _ := time.Parse(time.DateOnly, string(d))
		return t
	}
	for _, d := range td.Disputes {
		b := timeline.Bar{ID: idValue(d.ID), Label: d.Title, Kind: string(d.Kind), Start: day(d.Start), End: day(d.End),
			LastConfirmed: day(d.LastConfirmed), Href: "/disputes/" + idValue(d.ID)}
		for _, e := range d.Events {
			label := lang.T("event_kind." + string(e.Kind))
			if e.Description != "" {
				label += ": " + e.Description
			}
			b.Events = append(b.Events, timeline.Marker{Date: day(e.Date), Kind: string(e.Kind), Label: label})
		}
		c.Bars = append(c.Bars, b)
	}
	for _, n := range td.Incidents {
		label := n.Title
		if n.Dead > 0 {
			label += " (" + lang.T("incident.dead") + ": " + strconv.Itoa(n.Dead) + ")"
		}
		c.Incidents = append(c.Incidents, timeline.Marker{Date: day(n.Date), Kind: string(n.Kind), Label: label, Href: "/incidents/" + idValue(n.ID)})
	}
	return c
}

type timelinePage struct {
	layout
	Data    *timelineData
	SVG     template.HTML
	SVGPath string
	Rows    []timelineRow
}

// timelineRow is a dispute as the table beside the chart lists it, in the
// chart's order.
type timelineRow struct {
	Dispute  *frente.Dispute
	Duration string
}

func (s *Server) timelinePage(of string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		td, err := s.timelineOf(r, of)
		if err != nil {
			s.pageError(w, r, err)
			return
		}
		lang := langOf(r)
		c := td.chart(lang, s.today(), "tl")
		p := &timelinePage{layout: layout{Nav: navOf(of)}, Data: td, SVGPath: td.Path + "/timeline.svg",
			SVG: template.HTML(timeline.SVG(c))} // timeline.SVG escapes every text and drops unsafe links
		byID := map[string]*frente.Dispute{}
		for _, d := range td.Disputes {
			byID[idValue(d.ID)] = d
		}
		for _, b := range timeline.Rows(c) {
			if d := byID[b.ID]; d != nil {
				p.Rows = append(p.Rows, timelineRow{Dispute: d, Duration: durationText(lang, d)})
			}
		}
		s.render(w, r, http.StatusOK, "timeline", p)
	}
}

func navOf(of string) string {
	switch of {
	case "campaign":
		return "campaigns"
	case "organization":
		return "organizations"
	}
	return "workplaces"
}

// timelineSVG answers the chart alone, to embed or print.
func (s *Server) timelineSVG(of string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		td, err := s.timelineOf(r, of)
		if err != nil {
			s.pageError(w, r, err)
			return
		}
		w.Header().Set("Content-Type", "image/svg+xml; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		_, _ = w.Write(timeline.SVG(td.chart(langOf(r), s.today(), "tl")))
	}
}

// today is the store's day, for what is computed as of today.
func (s *Server) today() time.Time { return time.Now().UTC() }
