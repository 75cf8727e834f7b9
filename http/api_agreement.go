package http

import (
	"net/http"
	"time"

	"github.com/frente/frente"
)

// agreementAPI serves agreements like every other record, but for their
// creation: an agreement is made by uploading its file (api_agreement_upload.go),
// and its file, text and units are facts the store keeps as parsed.
var agreementAPI = &resource[frente.Agreement, frente.AgreementFilter]{
	name: "Agreement", plural: "Agreements", noun: "an agreement",
	doc: "A collective bargaining agreement: its parties, its term and the file it came from. Its units (articles, sections, ...) are read separately.",
	properties: []property{
		requiredTextProp("title", 500, "The agreement's title."),
		choiceProp("language", []string{"en", "es"}, false, "The language of its text."),
		idProp("employer_id", "The employer or corporate group that signed it."),
		idListProp("union_ids", "The unions, locals or sections that signed it."),
		idListProp("workplace_ids", "The workplaces it covers."),
		dateProp("effective_date", "When it takes effect."),
		dateProp("expiry_date", "When it expires."),
		{name: "file", doc: "The original file, kept byte for byte; read it at /original.", schema: ref("AgreementFile"), readOnly: true},
		{name: "text_sha256", doc: "The SHA-256 of its normalized text: a person's topic choices are kept by it.",
			schema: obj{"type": "string"}, readOnly: true},
		{name: "units", doc: "How many units the parser recovered.", schema: obj{"type": "integer", "minimum": 0}, readOnly: true},
	},
	params: []listParam[frente.AgreementFilter]{
		idParam("employer", "Only agreements this employer signed.",
			func(f *frente.AgreementFilter, id frente.ID) { f.EmployerID = id }),
		idParam("union", "Only agreements this union, local or section signed.",
			func(f *frente.AgreementFilter, id frente.ID) { f.UnionID = id }),
		countryParam("country", "Only agreements whose employer or a union party is in this country.",
			func(f *frente.AgreementFilter, c string) { f.Country = c }),
		inForceParam[frente.AgreementFilter](func(f *frente.AgreementFilter, d frente.Date) { f.InForce = d }),
	},
	options: func(f *frente.AgreementFilter) *frente.ListOptions { return &f.ListOptions },
	id:      func(a *frente.Agreement) frente.ID { return a.ID },
	find:    frente.Store.FindAgreementByID,
	list:    frente.Store.FindAgreements,
	update:  frente.Store.UpdateAgreement,
	remove:  frente.Store.DeleteAgreement,
}

// inForceParam filters by whether an agreement is in force today. Only
// "true" filters: the store can keep what is in force on a day, and "not
// in force" is rarely asked, so false means no filter, as an empty value.
func inForceParam[F any](set func(*F, frente.Date)) listParam[F] {
	return choiceParam("in_force", "true keeps only the agreements in force today (an unknown date does not exclude one); false, like no value, does not filter.",
		[]string{"true", "false"}, func(f *F, v string) {
			if v == "true" {
				set(f, today())
			}
		})
}

// today is the day agreements are in force on, in UTC like every date
// the server writes.
func today() frente.Date { return frente.Date(time.Now().UTC().Format(time.DateOnly)) }

func (s *Server) apiListAgreements(w http.ResponseWriter, r *http.Request) {
	agreementAPI.serveList(s, w, r)
}

func (s *Server) apiGetAgreement(w http.ResponseWriter, r *http.Request) {
	agreementAPI.serveGet(s, w, r)
}

func (s *Server) apiUpdateAgreement(w http.ResponseWriter, r *http.Request) {
	agreementAPI.serveUpdate(s, w, r)
}

func (s *Server) apiDeleteAgreement(w http.ResponseWriter, r *http.Request) {
	agreementAPI.serveDelete(s, w, r)
}

// unitList is the answer of an agreement's units.
type unitList struct {
	Items []*frente.Unit `json:"items"`
}

func (s *Server) apiAgreementUnits(w http.ResponseWriter, r *http.Request) {
	id, err := apiRecordID(r)
	if err != nil {
		s.error(w, r, err)
		return
	}
	units, err := s.Store.AgreementUnits(r.Context(), id)
	if err != nil {
		s.error(w, r, err)
		return
	}
	if units == nil {
		units = []*frente.Unit{}
	}
	for _, u := range units {
		if u.Topics == nil {
			u.Topics = []frente.UnitTopic{}
		}
	}
	s.writeJSON(w, http.StatusOK, unitList{Items: units})
}
