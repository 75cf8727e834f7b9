package http

import (
	"net/http"

	"github.com/frente/frente"
	"github.com/frente/frente/contract/topic"
)

// topicList is the answer of the taxonomy.
type topicList struct {
	Items []topic.Topic `json:"items"`
}

func (s *Server) apiTopics(w http.ResponseWriter, r *http.Request) {
	s.writeJSON(w, http.StatusOK, topicList{Items: topic.All()})
}

func (s *Server) apiAddUnitTopic(w http.ResponseWriter, r *http.Request) {
	s.apiSetUnitTopic(w, r, true)
}

func (s *Server) apiRemoveUnitTopic(w http.ResponseWriter, r *http.Request) {
	s.apiSetUnitTopic(w, r, false)
}

// apiSetUnitTopic records a person's choice of a topic for a unit. The
// store checks that the caller sees the unit and edits its agreement.
func (s *Server) apiSetUnitTopic(w http.ResponseWriter, r *http.Request, on bool) {
	id, err := apiRecordID(r)
	if err != nil {
		s.error(w, r, err)
		return
	}
	code, err := topicCode(r.PathValue("code"))
	if err != nil {
		s.error(w, r, err)
		return
	}
	if err := s.Store.SetUnitTopic(r.Context(), id, code, on); err != nil {
		s.error(w, r, err)
		return
	}
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(http.StatusNoContent)
}

// topicCode checks a topic code against the taxonomy: the store keeps
// whatever code it is given, and a typo would be a topic nobody can find.
func topicCode(code string) (string, error) {
	if !topic.Valid(code) {
		return "", &frente.Error{Code: frente.EINVALID, Key: "err.invalid", Message: "unknown topic " + code,
			Fields: []frente.FieldError{{Field: "code", Code: "unknown_topic", Message: "code: there is no topic " + code, Args: []any{code}}}}
	}
	return code, nil
}
