package http

import (
	"crypto/sha256"
	"encoding/hex"
	"io"
	"mime"
	"net/http"
	"path"
	"slices"
	"strconv"
	"strings"

	"github.com/frente/frente"
)

var messageAPI = &resource[frente.Message, frente.MessageFilter]{
	name: "Message", plural: "Messages", noun: "a message",
	doc: "A letter, statement, resolution, press release or bulletin from organizations, signed by people with the titles they signed with, to organizations or people; with its versions in other languages.",
	properties: []property{
		choiceProp("kind", frente.MessageKinds, false, "What it is; letter when not given."),
		{name: "date", doc: "Its date.", required: true, schema: ref("Date")},
		{name: "language", doc: "Its language, an ISO 639-1 code (en, es, pt...).", required: true, schema: obj{"type": "string", "pattern": "^[A-Za-z]{2}$"}},
		idListProp("sender_ids", "The organizations that send it; at least one."),
		{name: "signatories", doc: "The people who signed it, each with the title they signed with (which may differ from today's).",
			schema: obj{"type": "array", "items": ref("Signatory")}},
		idListProp("recipient_ids", "The organizations it is addressed to."),
		idListProp("recipient_person_ids", "The people it is addressed to."),
		requiredTextProp("subject", 500, "Its subject."),
		textProp("body", 200000, "Its text, in Markdown; pages render it with raw HTML left inert."),
		idProp("version_of", "The message this one translates: versions of one text are in different languages."),
		idListProp("campaign_ids", "The campaigns it speaks of."),
		idListProp("negotiation_ids", "The bargaining tables it speaks of."),
		idListProp("dispute_ids", "The disputes it speaks of."),
		{name: "file", doc: "The original file, when one was uploaded (PUT .../original).", readOnly: true, omitEmpty: true, schema: ref("MessageFile")},
		{name: "versions", doc: "The other versions of the same text the caller may see.", readOnly: true,
			schema: obj{"type": "array", "items": ref("MessageVersion")}},
	},
	params: []listParam[frente.MessageFilter]{
		choiceParam("kind", "Only messages of this kind.", frente.MessageKinds, func(f *frente.MessageFilter, k frente.MessageKind) { f.Kind = k }),
		choiceParam("language", "Only messages in this language.", []string{"en", "es", "pt", "fr"}, func(f *frente.MessageFilter, l string) { f.Language = l }),
		idParam("campaign", "Only the messages of this campaign.", func(f *frente.MessageFilter, id frente.ID) { f.CampaignID = id }),
		idParam("sender", "Only the messages this organization sent.", func(f *frente.MessageFilter, id frente.ID) { f.SenderID = id }),
		idParam("recipient", "Only the messages to this organization.", func(f *frente.MessageFilter, id frente.ID) { f.RecipientID = id }),
	},
	options: func(f *frente.MessageFilter) *frente.ListOptions { return &f.ListOptions },
	id:      func(m *frente.Message) frente.ID { return m.ID },
	find:    frente.Store.FindMessageByID,
	list:    frente.Store.FindMessages,
	create:  frente.Store.CreateMessage,
	update:  frente.Store.UpdateMessage,
	remove:  frente.Store.DeleteMessage,
}

var pledgeAPI = &resource[frente.Pledge, frente.PledgeFilter]{
	name: "Pledge", plural: "Pledges", noun: "a pledge",
	doc: "One organization's promise of support to another organization or to a campaign: at once, or when the supported side asks.",
	properties: []property{
		requiredIDProp("from_id", "The organization that pledges."),
		idProp("to_id", "The organization supported (or to_campaign_id)."),
		idProp("to_campaign_id", "The campaign supported (or to_id)."),
		choiceProp("kind", frente.PledgeKinds, false, "What is pledged; other when not given."),
		textProp("terms", 20000, "What exactly, in words."),
		choiceProp("activation", frente.Activations, false, "immediate, or on-request (the default): support that waits until the supported side asks."),
		{name: "amount", doc: "For money, a decimal amount such as 2500.00.", schema: obj{"type": "string", "pattern": `^([0-9]{1,12}(\.[0-9]{1,2})?)?$`}},
		{name: "currency", doc: "The ISO 4217 currency of the amount.", schema: obj{"type": "string", "pattern": "^([A-Za-z]{3})?$"}},
		dateProp("date", "The day of an action day, or when it was pledged."),
		choiceProp("status", frente.PledgeStatuses, false, "Where it stands: offered (on request) or in-progress (immediate) when not given; a request moves it to requested, its acceptance to in-progress; fulfilled and withdrawn are final."),
		idProp("message_id", "The message it was made in."),
		{name: "status_note", doc: "With a change of status, a note kept in the history; never stored on the pledge.", schema: obj{"type": "string", "maxLength": 2000}, omitEmpty: true},
		{name: "history", doc: "Every change of status, oldest first.", readOnly: true, schema: obj{"type": "array", "items": ref("StatusEvent")}},
	},
	params: []listParam[frente.PledgeFilter]{
		idParam("from", "Only the pledges of this organization.", func(f *frente.PledgeFilter, id frente.ID) { f.FromID = id }),
		idParam("to", "Only the pledges to this organization.", func(f *frente.PledgeFilter, id frente.ID) { f.ToID = id }),
		idParam("campaign", "Only the pledges to this campaign or to its members.", func(f *frente.PledgeFilter, id frente.ID) { f.CampaignID = id }),
		choiceParam("status", "Only pledges in this status.", frente.PledgeStatuses, func(f *frente.PledgeFilter, s frente.PledgeStatus) { f.Status = s }),
		choiceParam("kind", "Only pledges of this kind.", frente.PledgeKinds, func(f *frente.PledgeFilter, k frente.PledgeKind) { f.Kind = k }),
	},
	options: func(f *frente.PledgeFilter) *frente.ListOptions { return &f.ListOptions },
	id:      func(p *frente.Pledge) frente.ID { return p.ID },
	find:    frente.Store.FindPledgeByID,
	list:    frente.Store.FindPledges,
	create:  frente.Store.CreatePledge,
	update:  frente.Store.UpdatePledge,
	remove:  frente.Store.DeletePledge,
}

var requestAPI = &resource[frente.Request, frente.RequestFilter]{
	name: "Request", plural: "Requests", noun: "a request",
	doc: "The supported side asking a pledger (or a whole campaign) for something by a date, calling on pledges. The side asked accepts or declines it (PATCH {\"status\": \"accepted\"}); either side marks it done. Its pledges follow: requested, in progress, fulfilled, or back to offered.",
	properties: []property{
		idProp("from_id", "The organization asking; the caller's when not given."),
		idProp("to_id", "The organization asked; from the pledges when not given."),
		idProp("campaign_id", "For a request to the whole campaign."),
		idListProp("pledges", "The pledges it calls on."),
		requiredTextProp("summary", 20000, "What is asked."),
		dateProp("due", "By when."),
		choiceProp("status", frente.RequestStatuses, false, "open (the default), accepted, done or declined."),
		{name: "status_note", doc: "With a change of status, a note kept in the history.", schema: obj{"type": "string", "maxLength": 2000}, omitEmpty: true},
		{name: "history", doc: "Every change of status, oldest first.", readOnly: true, schema: obj{"type": "array", "items": ref("StatusEvent")}},
	},
	params: []listParam[frente.RequestFilter]{
		idParam("to", "Only the requests to this organization (or to a campaign it is in).", func(f *frente.RequestFilter, id frente.ID) { f.To = id }),
		idParam("from", "Only the requests this organization made.", func(f *frente.RequestFilter, id frente.ID) { f.From = id }),
		idParam("campaign", "Only the requests of this campaign.", func(f *frente.RequestFilter, id frente.ID) { f.CampaignID = id }),
		choiceParam("status", "Only requests in this status.", frente.RequestStatuses, func(f *frente.RequestFilter, s frente.RequestStatus) { f.Status = s }),
	},
	options: func(f *frente.RequestFilter) *frente.ListOptions { return &f.ListOptions },
	id:      func(q *frente.Request) frente.ID { return q.ID },
	find:    frente.Store.FindRequestByID,
	list:    frente.Store.FindRequests,
	create:  frente.Store.CreateRequest,
	update:  frente.Store.UpdateRequest,
	remove:  frente.Store.DeleteRequest,
}

func (s *Server) apiListMessages(w http.ResponseWriter, r *http.Request) {
	messageAPI.serveList(s, w, r)
}
func (s *Server) apiGetMessage(w http.ResponseWriter, r *http.Request) { messageAPI.serveGet(s, w, r) }
func (s *Server) apiCreateMessage(w http.ResponseWriter, r *http.Request) {
	messageAPI.serveCreate(s, w, r)
}
func (s *Server) apiUpdateMessage(w http.ResponseWriter, r *http.Request) {
	messageAPI.serveUpdate(s, w, r)
}
func (s *Server) apiDeleteMessage(w http.ResponseWriter, r *http.Request) {
	messageAPI.serveDelete(s, w, r)
}
func (s *Server) apiListPledges(w http.ResponseWriter, r *http.Request) { pledgeAPI.serveList(s, w, r) }
func (s *Server) apiGetPledge(w http.ResponseWriter, r *http.Request)   { pledgeAPI.serveGet(s, w, r) }
func (s *Server) apiCreatePledge(w http.ResponseWriter, r *http.Request) {
	pledgeAPI.serveCreate(s, w, r)
}
func (s *Server) apiUpdatePledge(w http.ResponseWriter, r *http.Request) {
	pledgeAPI.serveUpdate(s, w, r)
}
func (s *Server) apiDeletePledge(w http.ResponseWriter, r *http.Request) {
	pledgeAPI.serveDelete(s, w, r)
}
func (s *Server) apiListRequests(w http.ResponseWriter, r *http.Request) {
	requestAPI.serveList(s, w, r)
}
func (s *Server) apiGetRequest(w http.ResponseWriter, r *http.Request) { requestAPI.serveGet(s, w, r) }
func (s *Server) apiCreateRequest(w http.ResponseWriter, r *http.Request) {
	requestAPI.serveCreate(s, w, r)
}
func (s *Server) apiUpdateRequest(w http.ResponseWriter, r *http.Request) {
	requestAPI.serveUpdate(s, w, r)
}
func (s *Server) apiDeleteRequest(w http.ResponseWriter, r *http.Request) {
	requestAPI.serveDelete(s, w, r)
}

// originalMessageTypes are the types an original file is kept as; any
// other is kept as application/octet-stream.
var originalMessageTypes = []string{"application/octet-stream", "application/pdf", "image/jpeg", "image/png", "text/plain",
	"application/vnd.openxmlformats-officedocument.wordprocessingml.document"}

// maxMessageFile bounds an original file: a scanned letter of a few
// pages.
const maxMessageFile = 20 << 20

// apiPutMessageOriginal stores the body as the message's original file;
// its name comes from ?name= and its type from Content-Type.
func (s *Server) apiPutMessageOriginal(w http.ResponseWriter, r *http.Request) {
	id, err := apiRecordID(r)
	if err != nil {
		s.error(w, r, err)
		return
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxMessageFile))
	if err != nil {
		s.error(w, r, &frente.Error{Code: frente.ETOOLARGE, Key: "err.body_too_large", Args: []any{maxMessageFile},
			Message: "the file is larger than " + strconv.Itoa(maxMessageFile) + " bytes"})
		return
	}
	var inv frente.Invalid
	if len(body) == 0 {
		inv.Add("body", "required", "send the file as the request body")
	}
	name := path.Base(strings.TrimSpace(r.URL.Query().Get("name")))
	if name == "" || name == "." || name == "/" {
		inv.Add("name", "required", "name: give the file's name, as ?name=letter.pdf")
	}
	mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if err != nil || !slices.Contains(originalMessageTypes, mt) {
		mt = "application/octet-stream"
	}
	if err := inv.Err(); err != nil {
		s.error(w, r, err)
		return
	}
	sum := sha256.Sum256(body)
	m, err := s.Store.SetMessageFile(r.Context(), id, frente.MessageFile{Name: name, Type: mt, SHA256: hex.EncodeToString(sum[:])}, body)
	if err != nil {
		s.error(w, r, err)
		return
	}
	s.writeJSON(w, http.StatusOK, m)
}

// apiGetMessageOriginal answers the original file, as an attachment.
func (s *Server) apiGetMessageOriginal(w http.ResponseWriter, r *http.Request) {
	id, err := apiRecordID(r)
	if err != nil {
		s.error(w, r, err)
		return
	}
	f, b, err := s.Store.MessageFileContent(r.Context(), id)
	if err != nil {
		s.error(w, r, err)
		return
	}
	// Never rendered inline: an uploaded HTML file must not run here.
	w.Header().Set("Content-Type", f.Type)
	w.Header().Set("Content-Disposition", mime.FormatMediaType("attachment", map[string]string{"filename": f.Name}))
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.Header().Set("Cache-Control", "no-store")
	_, _ = w.Write(b)
}
