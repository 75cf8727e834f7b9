package http

import (
	"bytes"
	"embed"
	"fmt"
	"html/template"
	"io/fs"
	"net/http"
	"path"
	"slices"
	"strings"
	"sync"

	"github.com/frente/frente"
	"github.com/frente/frente/auth"
	"github.com/frente/frente/i18n"
)

//go:embed templates
var templateFiles embed.FS

// pageTemplates holds one template set per language and page. Binding the
// language into the function map when parsing lets every template, partials
// included, write {{t "key"}} with nothing threaded through, and costs
// nothing per request. They are parsed on first use, not at start-up, so
// that the command-line tools, which draw no page, do not pay for them.
var pageTemplates = sync.OnceValue(mustParsePages)

func mustParsePages() map[i18n.Lang]map[string]*template.Template {
	files, err := fs.Glob(templateFiles, "templates/*.html")
	if err != nil {
		panic(err)
	}
	out := map[i18n.Lang]map[string]*template.Template{}
	for _, lang := range i18n.Langs {
		out[lang] = map[string]*template.Template{}
		for _, file := range files {
			name := strings.TrimSuffix(path.Base(file), ".html")
			if name == "layout" {
				continue
			}
			t := template.New("layout.html").Funcs(templateFuncs(lang))
			out[lang][name] = template.Must(t.ParseFS(templateFiles, "templates/layout.html", "templates/partials/*.html", file))
		}
	}
	return out
}

// templateFuncs are the functions templates call, speaking lang.
func templateFuncs(lang i18n.Lang) template.FuncMap {
	return template.FuncMap{
		"t":             func(key string, args ...any) string { return lang.T(key, args...) },
		"lang":          func() string { return string(lang) },
		"static":        staticURL,
		"kind":          func(k frente.OrgKind) string { return lang.T("kind." + string(k)) },
		"workplaceKind": func(k frente.WorkplaceKind) string { return lang.T("workplace_kind." + string(k)) },
		"visibility":    func(v frente.Visibility) string { return lang.T("visibility." + string(v)) },
		"country":       func(code string) string { return countryName(lang, code) },
		"countries":     func(codes []string) string { return countryList(lang, codes) },
		"place":         func(city, region, country string) string { return place(lang, city, region, country) },
		"field":         func(f *form, name string) fieldView { return f.field(lang, name) },
		"input":         newInputView,
		"role":          func(r frente.Role) string { return lang.T("role." + string(r)) },
		"minPassword":   func() int { return auth.MinPasswordLength },
		"topicLabel":    func(code string) string { return topicLabel(lang, code) },
		"last":          func(ids []frente.ID) int { return len(ids) - 1 },
	}
}

// inputView is a field drawn as an <input> of a given type, with the
// autocomplete hint that lets password managers fill login forms.
type inputView struct {
	fieldView
	Type, Autocomplete string
}

// newInputView makes an inputView. A password is never written back into
// the page, even in a form sent back for correction.
func newInputView(v fieldView, typ, autocomplete string) inputView {
	if typ == "password" {
		v.Value = ""
	}
	return inputView{fieldView: v, Type: typ, Autocomplete: autocomplete}
}

// countryList names countries in lang, in the alphabetical order of their
// names there.
func countryList(lang i18n.Lang, codes []string) string {
	names := make([]string, len(codes))
	for i, c := range codes {
		names[i] = countryName(lang, c)
	}
	slices.SortFunc(names, func(a, b string) int { return strings.Compare(frente.Fold(a), frente.Fold(b)) })
	return strings.Join(names, ", ")
}

// place writes a location from the most to the least precise part.
func place(lang i18n.Lang, city, region, country string) string {
	var parts []string
	for _, p := range []string{city, region, countryName(lang, country)} {
		if p != "" {
			parts = append(parts, p)
		}
	}
	return strings.Join(parts, ", ")
}

// layout is what every page shows around its content; page data structs
// embed it.
type layout struct {
	// Path is where the language switch returns to.
	Path string
	// Q fills the search box of the header.
	Q string
	// Nav names the section of the navigation to mark as current.
	Nav string
	// LoggedIn is the user of the request, nil for an anonymous reader:
	// the header shows them and their logout button, or a login link.
	LoggedIn *frente.User
	// LoginNext is where the header's login link returns to.
	LoginNext string
	// roleIn tells the user's role in an organization; render sets it.
	roleIn func(frente.ID) (frente.Role, error)
}

func (l *layout) base() *layout { return l }

// Administers reports whether the reader administers the organization (or
// one above it), so that a page offers the history of the records it keeps
// only to those who may read it. Site administrators administer all, also
// records that have no owner (id 0). It is asked by the templates, so the
// handlers of record pages need not know about roles; the answer costs a
// query only on pages that ask, and only for a logged-in reader.
func (l *layout) Administers(id frente.ID) (bool, error) {
	role, err := l.role(id)
	return role.AtLeast(frente.RoleAdmin), err
}

// Edits reports whether the reader may change the records the
// organization keeps, so that pages offer Edit only to those who may save.
func (l *layout) Edits(id frente.ID) (bool, error) {
	role, err := l.role(id)
	return role.AtLeast(frente.RoleEditor), err
}

// Belongs reports whether the reader has a role in the organization (or
// one above it): its members list is theirs to read.
func (l *layout) Belongs(id frente.ID) (bool, error) {
	role, err := l.role(id)
	return role.AtLeast(frente.RoleViewer), err
}

func (l *layout) role(id frente.ID) (frente.Role, error) {
	switch {
	case l.LoggedIn == nil || l.roleIn == nil:
		return "", nil
	case l.LoggedIn.SiteAdmin:
		return frente.RoleAdmin, nil
	case id == 0:
		return "", nil
	}
	return l.roleIn(id)
}

// page is the data of a page: any struct that embeds layout.
type page interface{ base() *layout }

// render writes the page name with data and status. The page is rendered
// into a buffer first, so that a template error becomes a clean 500 page
// instead of half a page.
func (s *Server) render(w http.ResponseWriter, r *http.Request, status int, name string, data page) {
	b := data.base()
	if b.Path == "" {
		b.Path = r.URL.Path
		if r.Method == http.MethodGet {
			b.Path = r.URL.RequestURI()
		}
	}
	if b.LoggedIn = userOf(r); b.LoggedIn != nil {
		b.roleIn = s.roleFinder(r.Context(), b.LoggedIn)
	}
	// The login page's own link keeps the page it was opened for, instead
	// of sending the reader back to the login page after logging in.
	// The setup page's secret stays out of other links.
	switch b.LoginNext = b.Path; r.URL.Path {
	case "/login":
		b.LoginNext = localPath(r.URL.Query().Get("next"))
	case "/setup":
		b.LoginNext = "/"
	}
	lang := langOf(r)
	t, ok := pageTemplates()[lang][name]
	var buf bytes.Buffer
	err := fmt.Errorf("no template %q", name)
	if ok {
		err = t.Execute(&buf, data)
	}
	if err != nil {
		s.Logger.Error("render page", "page", name, "path", r.URL.Path, "err", err)
		if name != "error" {
			s.pageError(w, r, frente.Errorf(frente.EINTERNAL, "render %s: %v", name, err))
			return
		}
		http.Error(w, lang.T("err.internal"), http.StatusInternalServerError)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "same-origin")
	// Pages carry no script and no inline style, so the policy can be tight.
	h.Set("Content-Security-Policy", "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
	w.WriteHeader(status)
	_, _ = w.Write(buf.Bytes())
}
