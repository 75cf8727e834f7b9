package http

import (
	"errors"
	"net/http"
	"net/url"

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
	if code == frente.EUNAUTHORIZED {
		// A page that needs a login sends the reader to log in, and back
		// here afterwards.
		http.Redirect(w, r, "/login?next="+url.QueryEscape(returnPath(r)), http.StatusSeeOther)
		return
	}
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

// returnPath is the page to come back to after logging in: the page asked
// for, or for a form posted without a login, the page the form was on
// when the browser says it was on this site (the Referer, which the pages'
// Referrer-Policy sends only within the site); else the home page.
func returnPath(r *http.Request) string {
	if r.Method == http.MethodGet || r.Method == http.MethodHead {
		return localPath(r.URL.RequestURI())
	}
	ref, err := url.Parse(r.Referer())
	if err != nil || ref.Host != r.Host || ref.Scheme != "http" && ref.Scheme != "https" {
		return "/"
	}
	return localPath(ref.RequestURI())
}
