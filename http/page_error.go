package http

import (
	"errors"
	"net/http"

	"github.com/frente/frente"
)

// errorPage is the data of the HTML error page.
type errorPage struct {
	layout
	Status  int
	Title   string
	Message string
	Details []string
}

// pageError answers err as an HTML page in the reader's language. Internal
// errors show a generic message; their detail goes to the log only.
func (s *Server) pageError(w http.ResponseWriter, r *http.Request, err error) {
	code := frente.ErrorCode(err)
	lang := langOf(r)
	p := &errorPage{Status: StatusOf(code), Title: lang.T("err.title." + code), Message: lang.T("err.internal")}
	var e *frente.Error
	if code == frente.EINTERNAL || !errors.As(err, &e) {
		s.Logger.Error("internal error", "method", r.Method, "path", r.URL.Path, "err", err)
	} else {
		p.Message = translate(lang, e.Key, e.Message, e.Args)
		for _, f := range e.Fields {
			p.Details = append(p.Details, FieldMessage(lang, f))
		}
	}
	s.render(w, r, p.Status, "error", p)
}

// notFoundPage answers every address no route claims.
func (s *Server) notFoundPage(w http.ResponseWriter, r *http.Request) {
	s.pageError(w, r, routeNotFound())
}

func routeNotFound() error {
	return &frente.Error{Code: frente.ENOTFOUND, Key: "err.route_not_found", Message: "there is nothing at this address"}
}

// pathID reads the {id} of the route. An id that is not a number names no
// page, so it is a 404 like any other missing record.
func pathID(r *http.Request) (frente.ID, error) {
	id, err := frente.ParseID(r.PathValue("id"))
	if err != nil {
		return 0, routeNotFound()
	}
	return id, nil
}
