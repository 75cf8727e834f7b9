package http

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"

	"github.com/frente/frente"
	"github.com/frente/frente/i18n"
)

// statuses maps error codes to HTTP statuses, in one place.
var statuses = map[string]int{
	frente.ECONFLICT:       http.StatusConflict,
	frente.EINVALID:        http.StatusBadRequest,
	frente.ENOTFOUND:       http.StatusNotFound,
	frente.EUNAUTHORIZED:   http.StatusUnauthorized,
	frente.EFORBIDDEN:      http.StatusForbidden,
	frente.ENOTIMPLEMENTED: http.StatusNotImplemented,
	frente.ETOOLARGE:       http.StatusRequestEntityTooLarge,
	frente.EINTERNAL:       http.StatusInternalServerError,
}

// StatusOf returns the HTTP status of an error code.
func StatusOf(code string) int {
	if s, ok := statuses[code]; ok {
		return s
	}
	return http.StatusInternalServerError
}

// Problem is an RFC 9457 problem detail.
type Problem struct {
	Type   string         `json:"type"`
	Title  string         `json:"title"`
	Status int            `json:"status"`
	Detail string         `json:"detail"`
	Code   string         `json:"code"`
	Errors []ProblemField `json:"errors,omitempty"`
}

// ProblemField is one field at fault.
type ProblemField struct {
	Field   string `json:"field"`
	Code    string `json:"code"`
	Message string `json:"message"`
}

// problemOf translates err into a problem in lang. Internal errors get a
// generic message; their detail belongs in the log, not in the answer.
func problemOf(err error, lang i18n.Lang) Problem {
	code := frente.ErrorCode(err)
	p := Problem{Type: "about:blank", Code: code, Status: StatusOf(code), Title: lang.T("err.title." + code)}
	var e *frente.Error
	if code == frente.EINTERNAL || !errors.As(err, &e) {
		p.Detail = lang.T("err.internal")
		return p
	}
	p.Detail = translate(lang, e.Key, e.Message, e.Args)
	for _, f := range e.Fields {
		p.Errors = append(p.Errors, ProblemField{Field: f.Field, Code: f.Code, Message: FieldMessage(lang, f)})
	}
	return p
}

// translate renders key with args in lang, naming entities in lang; it
// falls back to the English message when there is no key.
func translate(lang i18n.Lang, key, fallback string, args []any) string {
	if key == "" || !lang.Has(key) {
		return fallback
	}
	args = append([]any(nil), args...)
	for i, a := range args {
		s, ok := a.(string)
		switch {
		case !ok:
		case lang.Has("entity." + s):
			args[i] = lang.T("entity." + s)
		case strings.HasPrefix(s, "kind.") || strings.HasPrefix(s, "want.") || strings.HasPrefix(s, "role.") || strings.HasPrefix(s, "proposal_status."):
			// Arguments that are catalog keys name things in lang.
			args[i] = lang.T(s)
		}
	}
	return lang.T(key, args...)
}

// FieldMessage is the message to show next to a field, in lang.
func FieldMessage(lang i18n.Lang, f frente.FieldError) string {
	return translate(lang, "field."+f.Code, f.Message, f.Args)
}

// error answers err as problem+json, logging internal errors.
func (s *Server) error(w http.ResponseWriter, r *http.Request, err error) {
	if frente.ErrorCode(err) == frente.EINTERNAL {
		s.Logger.Error("internal error", "method", r.Method, "path", r.URL.Path, "err", err)
	}
	p := problemOf(err, langOf(r))
	w.Header().Set("Content-Type", "application/problem+json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(p.Status)
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	_ = enc.Encode(p)
}

// writeJSON answers v as JSON with status.
func (s *Server) writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		s.Logger.Error("write json", "err", err)
	}
}

// decodeJSON reads the request body, at most MaxBodyBytes, into v. Unknown
// fields, trailing data, wrong types and malformed JSON are EINVALID errors
// that name the field or the offset; a body too large is ETOOLARGE.
func decodeJSON(w http.ResponseWriter, r *http.Request, v any) error {
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, MaxBodyBytes))
	var tooLarge *http.MaxBytesError
	if errors.As(err, &tooLarge) {
		return &frente.Error{Code: frente.ETOOLARGE, Key: "err.body_too_large", Args: []any{MaxBodyBytes},
			Message: fmt.Sprintf("the request body is larger than %d bytes", MaxBodyBytes)}
	} else if err != nil {
		return &frente.Error{Code: frente.EINVALID, Message: "cannot read the request body: " + err.Error(),
			Fields: []frente.FieldError{{Field: "body", Code: "invalid_text", Message: "cannot read the request body"}}}
	}
	return DecodeJSONBytes(body, v)
}

// DecodeJSONBytes decodes body into v strictly, as decodeJSON does.
func DecodeJSONBytes(body []byte, v any) error {
	dec := json.NewDecoder(strings.NewReader(string(body)))
	dec.DisallowUnknownFields()
	err := dec.Decode(v)
	if err == nil && dec.More() {
		err = errors.New("data after the JSON value")
	}
	if err == nil {
		return nil
	}
	field, code, msg := "body", "malformed_json", err.Error()
	var typeErr *json.UnmarshalTypeError
	var syntaxErr *json.SyntaxError
	switch {
	case errors.As(err, &typeErr):
		// Fields of embedded structs (frente.Record) come named through
		// the struct; the JSON has them at the top.
		field, code = strings.TrimPrefix(typeErr.Field, "Record."), "wrong_type"
		if field == "" {
			field = "body"
		}
		msg = fmt.Sprintf("%s: expected %s, got JSON %s", field, typeErr.Type, typeErr.Value)
	case errors.As(err, &syntaxErr):
		msg = fmt.Sprintf("malformed JSON at byte %d: %s", syntaxErr.Offset, syntaxErr.Error())
	case strings.HasPrefix(err.Error(), "json: unknown field "):
		field, code = strings.Trim(strings.TrimPrefix(err.Error(), "json: unknown field "), `"`), "unknown_field"
		msg = field + ": no such field"
	case errors.Is(err, io.EOF):
		msg = "the request body is empty"
	}
	fe := frente.FieldError{Field: field, Code: code, Message: msg}
	if code != "unknown_field" {
		fe.Args = []any{msg}
	}
	return &frente.Error{Code: frente.EINVALID, Key: "err.malformed_json", Args: []any{msg}, Message: "invalid JSON: " + msg,
		Fields: []frente.FieldError{fe}}
}
