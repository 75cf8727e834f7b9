package http

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"reflect"
	"slices"
	"strings"

	"github.com/frente/frente"
)

// jsonObject is a request body that is a JSON object, one raw value per
// member. It is read whole before the store is called, so that a client
// sending slowly never holds a transaction open.
type jsonObject map[string]json.RawMessage

// readObject reads the request body, which must be a JSON object.
func readObject(w http.ResponseWriter, r *http.Request) (jsonObject, error) {
	var raw json.RawMessage
	if err := decodeJSON(w, r, &raw); err != nil {
		return nil, err
	}
	var o jsonObject
	// A body of null decodes without error into a nil map: it is no
	// object either.
	if err := json.Unmarshal(raw, &o); err != nil || o == nil {
		return nil, &frente.Error{Code: frente.EINVALID, Key: "err.body_not_object", Message: "the request body must be a JSON object",
			Fields: []frente.FieldError{{Field: "body", Code: "not_object", Message: "the request body must be a JSON object"}}}
	}
	return o, nil
}

// decodeInto writes the members of o into the struct v points to, with
// the semantics of a JSON merge patch (RFC 7396): a member replaces the
// field's value whole (arrays too), null empties the field, and a field
// whose member is absent keeps its value. Members are decoded one at a
// time so that each problem names its field, and every problem of the body
// is reported at once.
func (o jsonObject) decodeInto(v any) error {
	var fields []frente.FieldError
	names := make([]string, 0, len(o))
	for name := range o {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		// encoding/json decodes an array into the elements already there,
		// keeping what the new ones leave out; emptying first avoids that.
		if !clearField(v, name) {
			fields = append(fields, frente.FieldError{Field: name, Code: "unknown_field", Message: name + ": no such field"})
			continue
		}
		if string(bytes.TrimSpace(o[name])) == "null" {
			continue
		}
		key, err := json.Marshal(name)
		if err != nil {
			return fmt.Errorf("decode %s: %w", name, err)
		}
		member := append(append(append([]byte("{"), key...), ':'), o[name]...)
		if err := DecodeJSONBytes(append(member, '}'), v); err != nil {
			fs, err := memberErrors(err, name)
			if err != nil {
				return err
			}
			fields = append(fields, fs...)
		}
	}
	if len(fields) > 0 {
		return &frente.Error{Code: frente.EINVALID, Key: "err.invalid", Message: "invalid input", Fields: fields}
	}
	return nil
}

// memberErrors turns the error of decoding one member into errors on its
// field. encoding/json names fields of embedded structs by their Go path
// ("Record.sources"), and errors of a value's own UnmarshalJSON (an id
// that is not a number) by no field at all; both are put right here.
func memberErrors(err error, name string) ([]frente.FieldError, error) {
	var e *frente.Error
	if !errors.As(err, &e) || len(e.Fields) == 0 {
		return nil, fmt.Errorf("decode %s: %w", name, err)
	}
	out := make([]frente.FieldError, 0, len(e.Fields))
	for _, f := range e.Fields {
		f.Field = strings.TrimPrefix(f.Field, "Record.")
		f.Message = strings.ReplaceAll(f.Message, "Record.", "")
		switch {
		case f.Field == "body" || f.Field == "":
			f.Field, f.Code = name, "wrong_type"
			f.Message = name + ": " + f.Message
		case f.Code == "unknown_field" && !strings.HasPrefix(f.Field, name+"."):
			// A member of an object inside the value, such as a source.
			f.Field = name + "." + f.Field
		}
		// Only the codes whose translation shows the message take it as
		// an argument: fmt marks an argument that a text does not use.
		f.Args = nil
		if f.Code == "wrong_type" || f.Code == "malformed_json" {
			f.Args = []any{f.Message}
		}
		out = append(out, f)
	}
	return out, nil
}

// clearField sets the field of the struct v points to whose JSON name is
// name (matched without regard to case, as encoding/json does) to its
// zero value; it reports whether there is such a field.
func clearField(v any, name string) bool {
	return clearIn(reflect.ValueOf(v).Elem(), name)
}

func clearIn(s reflect.Value, name string) bool {
	t := s.Type()
	for i := range t.NumField() {
		sf := t.Field(i)
		tag, _, _ := strings.Cut(sf.Tag.Get("json"), ",")
		switch {
		case sf.Anonymous && tag == "" && sf.Type.Kind() == reflect.Struct:
			if clearIn(s.Field(i), name) {
				return true
			}
		case !sf.IsExported() || tag == "-":
		case strings.EqualFold(cmp.Or(tag, sf.Name), name):
			s.Field(i).SetZero()
			return true
		}
	}
	return false
}
