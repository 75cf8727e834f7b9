package http

import (
	"context"
	"net/http"
	"net/url"
	"strings"

	"github.com/frente/frente"
)

var messageSpec = formSpec{fields: []string{"kind", "date", "language", "sender_ids", "signatories", "recipient_ids", "recipient_person_ids",
	"subject", "body", "version_of", "campaign_ids", "dispute_ids"}, required: []string{"kind", "date", "language", "sender_ids", "subject"}}

// messageValues writes a message into the form; signatories are lines
// "Name | title as signed".
func messageValues(m *frente.Message) url.Values {
	v := url.Values{}
	v.Set("kind", string(m.Kind))
	v.Set("date", string(m.Date))
	v.Set("language", m.Language)
	v["sender_ids"] = idValues(m.SenderIDs)
	lines := make([]string, len(m.Signatories))
	for i, sg := range m.Signatories {
		lines[i] = strings.TrimRight(sg.Name+" | "+sg.Title, " |")
	}
	v.Set("signatories", strings.Join(lines, "\n"))
	v["recipient_ids"] = idValues(m.RecipientIDs)
	v["recipient_person_ids"] = idValues(m.RecipientPersonIDs)
	v.Set("subject", m.Subject)
	v.Set("body", m.Body)
	v.Set("version_of", idValue(m.VersionOf))
	v["campaign_ids"] = idValues(m.CampaignIDs)
	v["dispute_ids"] = idValues(m.DisputeIDs)
	return recordValues(v, &m.Record)
}

// readMessage reads the form; each signatory line names a person the
// reader sees, by name (or by id).
func (s *Server) readMessage(ctx context.Context, f *form, stored *frente.Message) (*frente.Message, error) {
	m := &frente.Message{}
	if stored != nil {
		*m = *stored
	}
	m.Kind, m.Date, m.Language = frente.MessageKind(f.Get("kind")), frente.Date(strings.TrimSpace(f.Get("date"))), f.Get("language")
	m.SenderIDs, m.RecipientIDs, m.RecipientPersonIDs = f.ids("sender_ids"), f.ids("recipient_ids"), f.ids("recipient_person_ids")
	m.Subject, m.Body, m.VersionOf = f.Get("subject"), f.Get("body"), f.id("version_of")
	m.CampaignIDs, m.DisputeIDs = f.ids("campaign_ids"), f.ids("dispute_ids")
	people, err := loadAll(func(cursor string) (frente.Page[*frente.Person], error) {
		return s.Store.FindPeople(ctx, frente.PersonFilter{ListOptions: frente.ListOptions{Limit: frente.MaxLimit, Cursor: cursor}})
	})
	if err != nil {
		return nil, err
	}
	byName := map[string]frente.ID{}
	for _, p := range people {
		byName[frente.Fold(p.Name)] = p.ID
	}
	m.Signatories = []frente.Signatory{}
	var lines []int
	for i, line := range strings.Split(f.Get("signatories"), "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		name, title, _ := strings.Cut(line, "|")
		name = strings.TrimSpace(name)
		id := byName[frente.Fold(name)]
		if id == 0 {
			if n, err := frente.ParseID(name); err == nil {
				id = n
			}
		}
		if id == 0 {
			f.add("signatories", f.lang.T("form.line", i+1, f.lang.T("field.no_person_named", name)))
			continue
		}
		m.Signatories = append(m.Signatories, frente.Signatory{PersonID: id, Title: strings.TrimSpace(title)})
		lines = append(lines, i+1)
	}
	f.setLines("signatories", lines)
	applyRecord(f, &m.Record)
	return m, nil
}

// newMessagePage offers an empty form; "?version_of=" starts a
// translation of that message, from its senders, in another language.
func (s *Server) newMessagePage(w http.ResponseWriter, r *http.Request) {
	m := &frente.Message{Kind: frente.MessageLetter, Language: string(langOf(r)), Record: frente.Record{Visibility: frente.Private}}
	if id, err := frente.ParseID(r.URL.Query().Get("version_of")); err == nil {
		if o, err := s.Store.FindMessageByID(r.Context(), id); err == nil {
			m.VersionOf, m.Kind, m.Date, m.SenderIDs, m.Signatories = o.ID, o.Kind, o.Date, o.SenderIDs, o.Signatories
			m.RecipientIDs, m.RecipientPersonIDs, m.CampaignIDs, m.Record = o.RecipientIDs, o.RecipientPersonIDs, o.CampaignIDs, o.Record
			m.Ref, m.ID = "", 0
			m.Language = "es"
			if o.Language == "es" {
				m.Language = "en"
			}
		}
	}
	if id, err := frente.ParseID(r.URL.Query().Get("campaign")); err == nil {
		m.CampaignIDs = []frente.ID{id}
	}
	s.messageForm(w, r, http.StatusOK, newForm(r, messageValues(m), messageSpec), nil, "")
}

func (s *Server) createMessagePage(w http.ResponseWriter, r *http.Request) {
	f, ok := s.readForm(w, r, messageSpec)
	if !ok {
		return
	}
	m, err := s.readMessage(r.Context(), f, nil)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	again := func(status int) { s.messageForm(w, r, status, f, nil, "") }
	if s.submit(w, r, f, m, func() error { return s.Store.CreateMessage(r.Context(), m) }, again) {
		http.Redirect(w, r, "/messages/"+idValue(m.ID), http.StatusSeeOther)
	}
}

func (s *Server) editMessagePage(w http.ResponseWriter, r *http.Request) {
	s.editMessage(w, r, http.StatusOK, "")
}

func (s *Server) editMessage(w http.ResponseWriter, r *http.Request, status int, deleteProblem string) {
	id, err := pathID(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	m, err := s.Store.FindMessageByID(r.Context(), id)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	s.messageForm(w, r, status, newForm(r, messageValues(m), messageSpec), m, deleteProblem)
}

func (s *Server) updateMessagePage(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	stored, err := s.Store.FindMessageByID(r.Context(), id)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	f, ok := s.readForm(w, r, messageSpec)
	if !ok {
		return
	}
	m, err := s.readMessage(r.Context(), f, stored)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	again := func(status int) { s.messageForm(w, r, status, f, stored, "") }
	write := func() error {
		_, err := s.Store.UpdateMessage(r.Context(), id, func(old *frente.Message) error {
			m.Ref = old.Ref
			*old = *m
			return nil
		})
		return err
	}
	if s.submit(w, r, f, m, write, again) {
		http.Redirect(w, r, "/messages/"+idValue(id), http.StatusSeeOther)
	}
}

func (s *Server) deleteMessagePage(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	s.remove(w, r, func() error { return s.Store.DeleteMessage(r.Context(), id) }, "/messages",
		func(status int, problem string) { s.editMessage(w, r, status, problem) })
}

func (s *Server) messageForm(w http.ResponseWriter, r *http.Request, status int, f *form, stored *frente.Message, deleteProblem string) {
	ctx := r.Context()
	lang := f.lang
	orgs, err := s.loadOrganizations(ctx, frente.OrganizationFilter{})
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	p := &formPage{layout: layout{Nav: "messages", Path: "/messages/new"}, Form: f, Action: "/messages", Cancel: "/messages", DeleteProblem: deleteProblem}
	if stored != nil {
		id := idValue(stored.ID)
		p.Name, p.Action, p.Delete, p.Cancel, p.Path = stored.Subject, "/messages/"+id, "/messages/"+id+"/delete", "/messages/"+id, "/messages/"+id+"/edit"
	}
	var kinds optionGroup
	for _, k := range frente.MessageKinds {
		kinds.Options = append(kinds.Options, option{Value: string(k), Label: lang.T("message_kind." + string(k))})
	}
	f.setOptions("kind", kinds)
	var langs optionGroup
	for _, l := range []string{"en", "es", "pt", "fr"} {
		langs.Options = append(langs.Options, option{Value: l, Label: lang.T("language." + l)})
	}
	f.setOptions("language", langs)
	f.setOptions("sender_ids", orgOptions(lang, orgs, nil, false)...)
	f.setOptions("recipient_ids", orgOptions(lang, orgs, nil, false)...)
	people, err := loadAll(func(cursor string) (frente.Page[*frente.Person], error) {
		return s.Store.FindPeople(ctx, frente.PersonFilter{ListOptions: frente.ListOptions{Limit: frente.MaxLimit, Cursor: cursor}})
	})
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	var pg optionGroup
	for _, x := range people {
		pg.Options = append(pg.Options, option{Value: idValue(x.ID), Label: x.Name})
	}
	f.setOptions("recipient_person_ids", pg)
	msgs, err := loadAll(func(cursor string) (frente.Page[*frente.Message], error) {
		return s.Store.FindMessages(ctx, frente.MessageFilter{ListOptions: frente.ListOptions{Limit: frente.MaxLimit, Cursor: cursor}})
	})
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	mg := noneOption(f)
	for _, x := range msgs {
		if stored == nil || x.ID != stored.ID {
			mg.Options = append(mg.Options, option{Value: idValue(x.ID), Label: x.Language + " · " + string(x.Date) + " · " + x.Subject})
		}
	}
	f.setOptions("version_of", mg)
	_, campaigns, err := s.bargainingChoices(ctx)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	f.setOptions("campaign_ids", campaigns)
	ds, err := loadAll(func(cursor string) (frente.Page[*frente.Dispute], error) {
		return s.Store.FindDisputes(ctx, frente.DisputeFilter{ListOptions: frente.ListOptions{Limit: frente.MaxLimit, Cursor: cursor}})
	})
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	var dg optionGroup
	for _, d := range ds {
		dg.Options = append(dg.Options, option{Value: idValue(d.ID), Label: d.Title})
	}
	f.setOptions("dispute_ids", dg)
	if err := s.recordOptions(ctx, f, orgs, true); err != nil {
		s.pageError(w, r, err)
		return
	}
	s.render(w, r, status, "message_form", p)
}
