package http

import (
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/frente/frente"
	"github.com/frente/frente/i18n"
)

// form is an HTML form as the reader filled it: the values exactly as
// entered, so that a form sent back for correction loses nothing, and the
// problems found, translated, by field.
type form struct {
	Values url.Values
	// Problems are all the problems in order, for the summary at the top.
	Problems []formProblem
	errors   map[string][]string
	options  map[string][]optionGroup
	spec     formSpec
	// lines maps, for a text area read as a list (sources, events), the
	// index of each item to its line, so that an error on sources[2]
	// can name the line.
	lines map[string][]int
	// alias maps a field the store names to the form's field that holds
	// it, where the two differ.
	alias map[string]string
	lang  i18n.Lang
}

// formProblem is one entry of the summary: the field's label and anchor.
type formProblem struct {
	ID, Label, Message string
	rank               int
}

type optionGroup struct {
	Label   string
	Options []option
}

type option struct {
	Value, Label string
}

// formSpec names the fields of a form in the order the page shows them,
// which is the order of the summary of problems, and those it requires.
type formSpec struct {
	fields   []string
	required []string
}

// recordFields are the fields every record's form ends with.
var recordFields = []string{"owner_id", "visibility", "campaigns", "sources"}

func newForm(r *http.Request, values url.Values, spec formSpec) *form {
	return &form{Values: values, errors: map[string][]string{}, options: map[string][]optionGroup{}, spec: spec, lang: langOf(r)}
}

// readForm reads a posted form, bounded like every request body.
func (s *Server) readForm(w http.ResponseWriter, r *http.Request, spec formSpec) (*form, bool) {
	r.Body = http.MaxBytesReader(w, r.Body, MaxBodyBytes)
	if err := r.ParseForm(); err != nil {
		var tooLarge *http.MaxBytesError
		if errors.As(err, &tooLarge) {
			s.pageError(w, r, &frente.Error{Code: frente.ETOOLARGE, Key: "err.body_too_large", Args: []any{MaxBodyBytes},
				Message: fmt.Sprintf("the request body is larger than %d bytes", MaxBodyBytes)})
		} else {
			s.pageError(w, r, frente.Errorf(frente.EINVALID, "cannot read the form: %v", err))
		}
		return nil, false
	}
	return newForm(r, r.PostForm, spec), true
}

// Get returns the value of a field.
func (f *form) Get(name string) string { return f.Values.Get(name) }

// Has reports whether the field holds value, for selects and checkboxes.
func (f *form) Has(name, value string) bool {
	for _, v := range f.Values[name] {
		if v == value {
			return true
		}
	}
	return false
}

// ok reports whether no problem has been found.
func (f *form) ok() bool { return len(f.Problems) == 0 }

// add records a problem with a field of the form, keeping the summary in
// the order of the fields on the page.
func (f *form) add(name, message string) {
	f.errors[name] = append(f.errors[name], message)
	p := formProblem{ID: "f-" + name, Label: f.lang.T("label." + name), Message: message, rank: f.rank(name)}
	i := len(f.Problems)
	for i > 0 && f.Problems[i-1].rank > p.rank {
		i--
	}
	f.Problems = slices.Insert(f.Problems, i, p)
}

// rank is the place of a field on the page; fields the page does not show
// come last.
func (f *form) rank(name string) int {
	if i := slices.Index(f.spec.fields, name); i >= 0 {
		return i
	}
	if i := slices.Index(recordFields, name); i >= 0 {
		return len(f.spec.fields) + i
	}
	return len(f.spec.fields) + len(recordFields)
}

// indexed matches the field names the store gives list items:
// "sources[2].url", "members[0]".
var indexed = regexp.MustCompile(`^([a-z_]+)\[(\d+)\]`)

// addError records the field errors of err against the form's fields and
// reports whether err was of that kind; any other error is the caller's.
func (f *form) addError(err error) bool {
	var e *frente.Error
	if err == nil || !errors.As(err, &e) || len(e.Fields) == 0 {
		return false
	}
	for _, fe := range e.Fields {
		name, msg := fe.Field, FieldMessage(f.lang, fe)
		switch {
		case fe.Code == "invalid_choice" && strings.TrimSpace(f.Get(name)) == "":
			// Nothing chosen is a missing answer, not a wrong one.
			msg = FieldMessage(f.lang, frente.FieldError{Field: name, Code: "required", Message: "required"})
		case fe.Code == "wrong_kind" && len(fe.Args) >= 2:
			// Next to a select, naming the choice and its kind says enough;
			// what would have fitted is in the choices themselves.
			kind := fmt.Sprint(fe.Args[1])
			if !strings.HasPrefix(kind, "kind.") {
				kind = "kind." + kind
			}
			msg = f.lang.T("form.wrong_kind", fe.Args[0], f.lang.T(kind))
		}
		if m := indexed.FindStringSubmatch(fe.Field); m != nil {
			name = m[1]
			if i, _ := strconv.Atoi(m[2]); i < len(f.lines[name]) {
				msg = f.lang.T("form.line", f.lines[name][i], msg)
			}
		}
		if a, ok := f.alias[name]; ok {
			name = a
		}
		f.add(name, msg)
	}
	return true
}

// setLines records the line of each item of a list read from a text area.
func (f *form) setLines(name string, lines []int) {
	if f.lines == nil {
		f.lines = map[string][]int{}
	}
	f.lines[name] = lines
}

// id reads an optional record id from a select; "" is no record.
func (f *form) id(name string) frente.ID {
	s := strings.TrimSpace(f.Get(name))
	if s == "" {
		return 0
	}
	id, err := frente.ParseID(s)
	if err != nil {
		f.add(name, FieldMessage(f.lang, frente.FieldError{Field: name, Code: "invalid_id", Message: "not a record id"}))
	}
	return id
}

// ids reads the record ids of a set of checkboxes.
func (f *form) ids(name string) []frente.ID {
	out := []frente.ID{}
	for _, s := range f.Values[name] {
		id, err := frente.ParseID(s)
		if err != nil {
			f.add(name, FieldMessage(f.lang, frente.FieldError{Field: name, Code: "invalid_id", Message: "not a record id"}))
			continue
		}
		out = append(out, id)
	}
	return out
}

// setOptions gives a select or a set of checkboxes its choices. A value
// that is not among them (an unknown country typed into a crafted request,
// a record since hidden) is kept as a choice of its own, so that the form
// sent back shows what was sent.
func (f *form) setOptions(name string, groups ...optionGroup) {
	known := map[string]bool{}
	for _, g := range groups {
		for _, o := range g.Options {
			known[o.Value] = true
		}
	}
	var extra []option
	for _, v := range f.Values[name] {
		if !known[v] {
			known[v] = true
			extra = append(extra, option{Value: v, Label: v})
		}
	}
	if extra != nil {
		groups = append([]optionGroup{{Options: extra}}, groups...)
	}
	groups = slices.DeleteFunc(groups, func(g optionGroup) bool { return len(g.Options) == 0 })
	f.options[name] = groups
}

// fieldView is what the field partials need to draw one field.
type fieldView struct {
	ID, Name, Label, Hint, Value string
	Errors                       []string
	Required                     bool
	Groups                       []optionGroup
	form                         *form
}

// Selected reports whether value is chosen in this field.
func (v fieldView) Selected(value string) bool { return v.form.Has(v.Name, value) }

// field describes a field: its label is "label.<name>" and its optional
// hint "hint.<name>" in the catalogs.
func (f *form) field(lang i18n.Lang, name string) fieldView {
	v := fieldView{ID: "f-" + name, Name: name, Label: lang.T("label." + name), Value: f.Get(name),
		Errors: f.errors[name], Required: slices.Contains(f.spec.required, name), Groups: f.options[name], form: f}
	if lang.Has("hint." + name) {
		v.Hint = lang.T("hint." + name)
	}
	return v
}

// recordValues writes the fields every record has into a form's values.
func recordValues(v url.Values, r *frente.Record) url.Values {
	v.Set("owner_id", idValue(r.OwnerID))
	v.Set("visibility", string(r.Visibility))
	v["campaigns"] = idValues(r.Campaigns)
	v.Set("sources", sourcesText(r.Sources))
	return v
}

// applyRecord reads the fields every record has from a form.
func applyRecord(f *form, r *frente.Record) {
	r.OwnerID = f.id("owner_id")
	r.Visibility = frente.Visibility(f.Get("visibility"))
	r.Campaigns = f.ids("campaigns")
	var lines []int
	r.Sources, lines = parseSources(f.Get("sources"))
	f.setLines("sources", lines)
}

func idValue(id frente.ID) string {
	if id == 0 {
		return ""
	}
	return strconv.FormatInt(int64(id), 10)
}

func idValues(ids []frente.ID) []string {
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = idValue(id)
	}
	return out
}

// parseSources reads the sources text area: one source a line, a URL
// optionally followed by text, or text alone. It also returns the line of
// each source, counted from 1.
func parseSources(text string) ([]frente.Source, []int) {
	out, lines := []frente.Source{}, []int{}
	for i, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		first, rest, _ := strings.Cut(line, " ")
		// Anything that looks like an address is taken as one, so that a
		// mistyped or non-web one is refused rather than kept as text.
		if lower := strings.ToLower(first); strings.Contains(lower, "://") || strings.HasPrefix(lower, "http:") || strings.HasPrefix(lower, "https:") {
			out = append(out, frente.Source{URL: first, Text: strings.TrimSpace(rest)})
		} else {
			out = append(out, frente.Source{Text: line})
		}
		lines = append(lines, i+1)
	}
	return out, lines
}

// sourcesText writes sources the way parseSources reads them.
func sourcesText(ss []frente.Source) string {
	lines := make([]string, len(ss))
	for i, s := range ss {
		lines[i] = strings.TrimSpace(s.URL + " " + s.Text)
	}
	return strings.Join(lines, "\n")
}
