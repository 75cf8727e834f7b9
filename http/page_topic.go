package http

import (
	"context"
	"net/http"
	"strings"

	"github.com/frente/frente"
	"github.com/frente/frente/contract/topic"
)

// maxTopicColumns bounds the agreements the topic page compares: each
// costs a read of its units, and more columns than this are no longer
// side by side for anyone.
const maxTopicColumns = 60

// topicsPage lists the taxonomy, each topic linking to its comparison.
type topicsPage struct {
	layout
	Topics []option
	// Campaign, when given, is carried on to each topic's comparison.
	Campaign *frente.Campaign
}

func (s *Server) topicsPage(w http.ResponseWriter, r *http.Request) {
	lang := langOf(r)
	p := &topicsPage{layout: layout{Nav: "agreements"}}
	suffix := ""
	if c := r.URL.Query().Get("campaign"); c != "" {
		id, err := frente.ParseID(c)
		if err == nil {
			p.Campaign, err = s.Store.FindCampaignByID(r.Context(), id)
		}
		if err != nil {
			s.pageError(w, r, err)
			return
		}
		suffix = "?campaign=" + idValue(id)
	}
	for _, t := range topic.All() {
		p.Topics = append(p.Topics, option{Value: "/topics/" + t.Code + suffix, Label: t.Label(string(lang))})
	}
	s.render(w, r, http.StatusOK, "topics", p)
}

// topicPage is one topic across agreements: a column per agreement with
// the units that have it.
type topicPage struct {
	layout
	Code, Label string
	// Q narrows the agreements by title.
	Q         string
	Campaign  *frente.Campaign
	Campaigns []option
	Columns   []topicColumn
	// Without counts the agreements seen that lack the topic.
	Without int
	// Capped is true when there were more agreements than columns.
	Capped bool
}

// topicColumn is an agreement and its units with the topic.
type topicColumn struct {
	Agreement *frente.Agreement
	Units     []*frente.Unit
}

func (s *Server) topicPage(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	lang := langOf(r)
	t, ok := topic.Lookup(r.PathValue("code"))
	if !ok {
		s.pageError(w, r, routeNotFound())
		return
	}
	p := &topicPage{layout: layout{Nav: "agreements"}, Code: t.Code, Label: t.Label(string(lang)), Q: strings.TrimSpace(r.URL.Query().Get("q"))}
	keep := func(*frente.Agreement) bool { return true }
	if c := r.URL.Query().Get("campaign"); c != "" {
		id, err := frente.ParseID(c)
		if err != nil {
			s.pageError(w, r, routeNotFound())
			return
		}
		if p.Campaign, err = s.Store.FindCampaignByID(ctx, id); err != nil {
			s.pageError(w, r, err)
			return
		}
		if keep, err = s.campaignAgreements(ctx, p.Campaign); err != nil {
			s.pageError(w, r, err)
			return
		}
	}
	campaigns, err := loadAll(func(cursor string) (frente.Page[*frente.Campaign], error) {
		return s.Store.FindCampaigns(ctx, frente.CampaignFilter{ListOptions: frente.ListOptions{Limit: frente.MaxLimit, Cursor: cursor}})
	})
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	for _, c := range campaigns {
		p.Campaigns = append(p.Campaigns, option{Value: idValue(c.ID), Label: c.Name})
	}
	if err := s.topicColumns(ctx, p, keep); err != nil {
		s.pageError(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "topic", p)
}

// topicColumns reads the agreements the reader sees that keep accepts,
// and the units of each that have the topic.
func (s *Server) topicColumns(ctx context.Context, p *topicPage, keep func(*frente.Agreement) bool) error {
	as, err := loadAll(func(cursor string) (frente.Page[*frente.Agreement], error) {
		return s.Store.FindAgreements(ctx, frente.AgreementFilter{ListOptions: frente.ListOptions{Q: p.Q, Limit: frente.MaxLimit, Cursor: cursor}})
	})
	if err != nil {
		return err
	}
	for _, a := range as {
		if !keep(a) {
			continue
		}
		if len(p.Columns) == maxTopicColumns {
			p.Capped = true
			break
		}
		units, err := s.Store.AgreementUnits(ctx, a.ID)
		if err != nil {
			return err
		}
		col := topicColumn{Agreement: a, Units: withTopic(units, p.Code)}
		if col.Units == nil {
			p.Without++
			continue
		}
		p.Columns = append(p.Columns, col)
	}
	return nil
}

// withTopic returns the units with the topic and, after each, the units
// inside it: an article about the grievance procedure has its text in its
// sections, which the reader must see even when the rules tagged only the
// article.
func withTopic(units []*frente.Unit, code string) []*frente.Unit {
	var out []*frente.Unit
	inside := -1 // the depth of the unit being shown whole, or -1
	for _, u := range units {
		switch {
		case inside >= 0 && u.Depth > inside:
			out = append(out, u)
		case hasTopic(u, code):
			out = append(out, u)
			inside = u.Depth
		default:
			inside = -1
		}
	}
	return out
}

func hasTopic(u *frente.Unit, code string) bool {
	for _, t := range u.Topics {
		if t.Code == code {
			return true
		}
	}
	return false
}

// campaignAgreements says which agreements belong to a campaign: those
// signed by its target or any employer in the target's corporate tree, or
// by a member union or any body below one (a local of a member union). An
// agreement of a member at another employer is part of the front too: it
// shows what the union has won elsewhere.
func (s *Server) campaignAgreements(ctx context.Context, c *frente.Campaign) (func(*frente.Agreement) bool, error) {
	employers, unions := map[frente.ID]bool{}, map[frente.ID]bool{}
	add := func(set map[frente.ID]bool, root frente.ID) error {
		tree, err := s.Store.OrganizationSubtree(ctx, root)
		if frente.ErrorCode(err) == frente.ENOTFOUND {
			return nil
		}
		for _, o := range tree {
			set[o.ID] = true
		}
		return err
	}
	if c.TargetID != 0 {
		if err := add(employers, c.TargetID); err != nil {
			return nil, err
		}
	}
	for _, m := range c.Members {
		if err := add(unions, m); err != nil {
			return nil, err
		}
	}
	return func(a *frente.Agreement) bool {
		if employers[a.EmployerID] {
			return true
		}
		for _, u := range a.UnionIDs {
			if unions[u] {
				return true
			}
		}
		return false
	}, nil
}

// setUnitTopicPage adds (on=1) or removes (on=0) a topic of a unit by a
// person's choice, then goes back to the unit on its agreement's page.
func (s *Server) setUnitTopicPage(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	f, ok := s.readForm(w, r, formSpec{})
	if !ok {
		return
	}
	code, err := topicCode(f.Get("code"))
	if err == nil {
		err = s.Store.SetUnitTopic(r.Context(), id, code, f.Get("on") == "1")
	}
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	// The agreement's id only builds the way back, a local path: a forged
	// one leads to a page the reader may or may not see, nothing more.
	back := "/agreements"
	if a, err := frente.ParseID(f.Get("agreement")); err == nil {
		back = "/agreements/" + idValue(a) + "#unit-" + idValue(id)
	}
	http.Redirect(w, r, back, http.StatusSeeOther)
}
