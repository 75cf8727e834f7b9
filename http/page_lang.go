package http

import (
	"net/http"
	"net/url"
	"strings"

	"github.com/frente/frente/i18n"
)

// langCookieAge keeps the choice of language for a year.
const langCookieAge = 365 * 24 * 60 * 60

// setLanguage remembers the language chosen with the switch in the header
// and goes back to the page it was chosen on.
func (s *Server) setLanguage(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, MaxBodyBytes)
	// A body that cannot be read leaves the choice as it was.
	_ = r.ParseForm()
	if l, ok := i18n.Parse(r.PostForm.Get("lang")); ok {
		http.SetCookie(w, &http.Cookie{Name: "lang", Value: string(l), Path: "/", MaxAge: langCookieAge,
			HttpOnly: true, SameSite: http.SameSiteLaxMode, Secure: r.TLS != nil})
	}
	http.Redirect(w, r, localPath(r.PostForm.Get("next")), http.StatusSeeOther)
}

// localPath returns next when it is a path on this site, else "/": a
// redirect target taken from a form must never send the reader elsewhere.
// "//host" and "/\host" are refused because browsers read them as hosts.
func localPath(next string) string {
	if next == "" || next[0] != '/' || len(next) > 1 && (next[1] == '/' || next[1] == '\\') {
		return "/"
	}
	u, err := url.Parse(next)
	if err != nil || u.Scheme != "" || u.Host != "" || u.User != nil || strings.ContainsAny(next, "\\\r\n\t") {
		return "/"
	}
	return next
}
