package http

import (
	"context"
	"net/http"
	"strconv"
	"strings"

	"github.com/frente/frente"
)

// apiPrefix is where the JSON API lives.
const apiPrefix = "/api/v1"

// resource is one kind of record in the JSON API: its five operations,
// written once for every kind. T is the record type, F its filter. The
// store methods are method expressions on frente.Store, so a resource is a
// plain value that needs no server to be built, and the OpenAPI document
// can be made from the same values that serve requests.
type resource[T any, F any] struct {
	// name is the record's name in the API ("Organization"): the prefix
	// of its schemas and the suffix of its operation ids.
	name string
	// plural names the collection ("Organizations") and, in lower case,
	// its path.
	plural string
	// noun is the record's name in a sentence ("an organization").
	noun string
	// doc describes the record in the OpenAPI document.
	doc string
	// properties are the record's JSON properties beyond frente.Record's.
	properties []property

	params  []listParam[F]
	options func(*F) *frente.ListOptions
	id      func(*T) frente.ID

	find   func(frente.Store, context.Context, frente.ID) (*T, error)
	list   func(frente.Store, context.Context, F) (frente.Page[*T], error)
	create func(frente.Store, context.Context, *T) error
	update func(frente.Store, context.Context, frente.ID, func(*T) error) (*T, error)
	remove func(frente.Store, context.Context, frente.ID) error
}

// path is the path of the collection.
func (res *resource[T, F]) path() string { return apiPrefix + "/" + strings.ToLower(res.plural) }

func (res *resource[T, F]) serveList(s *Server, w http.ResponseWriter, r *http.Request) {
	f, err := parseList(r.URL.RawQuery, res.options, res.params)
	if err != nil {
		s.error(w, r, err)
		return
	}
	page, err := res.list(s.Store, r.Context(), f)
	if err != nil {
		s.error(w, r, err)
		return
	}
	s.writeJSON(w, http.StatusOK, page)
}

func (res *resource[T, F]) serveGet(s *Server, w http.ResponseWriter, r *http.Request) {
	id, err := apiRecordID(r)
	if err != nil {
		s.error(w, r, err)
		return
	}
	v, err := res.find(s.Store, r.Context(), id)
	if err != nil {
		s.error(w, r, err)
		return
	}
	s.writeJSON(w, http.StatusOK, v)
}

func (res *resource[T, F]) serveCreate(s *Server, w http.ResponseWriter, r *http.Request) {
	body, err := readObject(w, r)
	if err != nil {
		s.error(w, r, err)
		return
	}
	v := new(T)
	if err := body.decodeInto(v); err != nil {
		s.error(w, r, err)
		return
	}
	if err := res.create(s.Store, r.Context(), v); err != nil {
		s.error(w, r, err)
		return
	}
	w.Header().Set("Location", res.path()+"/"+strconv.FormatInt(int64(res.id(v)), 10))
	s.writeJSON(w, http.StatusCreated, v)
}

// serveUpdate decodes the body into the record as the store loaded it,
// inside the store's transaction: what the body leaves out keeps its
// stored value, and nothing is written unless the whole result is valid.
func (res *resource[T, F]) serveUpdate(s *Server, w http.ResponseWriter, r *http.Request) {
	id, err := apiRecordID(r)
	if err != nil {
		s.error(w, r, err)
		return
	}
	body, err := readObject(w, r)
	if err != nil {
		s.error(w, r, err)
		return
	}
	v, err := res.update(s.Store, r.Context(), id, func(v *T) error { return body.decodeInto(v) })
	if err != nil {
		s.error(w, r, err)
		return
	}
	s.writeJSON(w, http.StatusOK, v)
}

func (res *resource[T, F]) serveDelete(s *Server, w http.ResponseWriter, r *http.Request) {
	id, err := apiRecordID(r)
	if err != nil {
		s.error(w, r, err)
		return
	}
	if err := res.remove(s.Store, r.Context(), id); err != nil {
		s.error(w, r, err)
		return
	}
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(http.StatusNoContent)
}

// apiRecordID reads the {id} of the path. Text that is not an id names
// no record, so it is a 404 like an id that names none, as on the pages.
func apiRecordID(r *http.Request) (frente.ID, error) {
	id, err := frente.ParseID(r.PathValue("id"))
	if err != nil {
		return 0, &frente.Error{Code: frente.ENOTFOUND, Key: "err.route_not_found", Message: "there is nothing at this address"}
	}
	return id, nil
}
