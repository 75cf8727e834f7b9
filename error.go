package frente

import (
	"errors"
	"fmt"
)

// Error codes. Each maps to one HTTP status and one translated title in the
// http package, so callers decide on the code and never on the wording.
const (
	ECONFLICT       = "conflict"
	EINTERNAL       = "internal"
	EINVALID        = "invalid"
	ENOTFOUND       = "not_found"
	EUNAUTHORIZED   = "unauthorized"
	EFORBIDDEN      = "forbidden"
	ENOTIMPLEMENTED = "not_implemented"
	ETOOLARGE       = "too_large"
)

// Error is the one error type that crosses package boundaries with meaning:
// a code, a message safe to show (in English; the http package translates
// by Key), and for invalid input the fields at fault.
type Error struct {
	Code    string
	Message string
	// Key and Args let the presentation layer translate Message.
	Key    string
	Args   []any
	Fields []FieldError
}

func (e *Error) Error() string {
	if len(e.Fields) == 0 {
		return fmt.Sprintf("frente: %s: %s", e.Code, e.Message)
	}
	s := fmt.Sprintf("frente: %s: %s:", e.Code, e.Message)
	for i, f := range e.Fields {
		if i > 0 {
			s += ";"
		}
		s += " " + f.Field + ": " + f.Message
	}
	return s
}

// FieldError names one field of the input and what is wrong with it.
// Code is a stable identifier ("required", "unknown_country", ...) that the
// presentation layer translates; Message is the English text.
type FieldError struct {
	Field   string `json:"field"`
	Code    string `json:"code"`
	Message string `json:"message"`
	Args    []any  `json:"-"`
}

// Errorf returns an *Error with the given code and an English message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// NotFound reports a missing record of the given entity, by id.
func NotFound(entity string, id ID) *Error {
	return &Error{Code: ENOTFOUND, Message: fmt.Sprintf("%s %d not found", entity, id),
		Key: "err.not_found", Args: []any{entity, int64(id)}}
}

// ErrorCode returns the code of err, or EINTERNAL when err carries none.
func ErrorCode(err error) string {
	var e *Error
	if err == nil {
		return ""
	} else if errors.As(err, &e) {
		return e.Code
	}
	return EINTERNAL
}

// ErrorMessage returns the message of err that is safe to show to a user.
// Internal errors answer a generic message: their detail goes to the log.
func ErrorMessage(err error) string {
	var e *Error
	if err == nil {
		return ""
	} else if errors.As(err, &e) {
		return e.Message
	}
	return "internal error"
}

// Invalid collects field errors during validation.
type Invalid struct {
	fields []FieldError
}

// Add records a problem with one field.
func (v *Invalid) Add(field, code, message string, args ...any) {
	v.fields = append(v.fields, FieldError{Field: field, Code: code, Message: message, Args: args})
}

// Err returns nil when nothing was added, or an EINVALID *Error.
func (v *Invalid) Err() error {
	if len(v.fields) == 0 {
		return nil
	}
	return &Error{Code: EINVALID, Message: "invalid input", Key: "err.invalid", Fields: v.fields}
}

// Fields returns the problems recorded so far.
func (v *Invalid) Fields() []FieldError { return v.fields }
