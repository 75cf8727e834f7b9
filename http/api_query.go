package http

import (
	"fmt"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/frente/frente"
)

// maxQueryLen bounds q and ref: every word of q becomes one condition of
// the store's query, so an unbounded q would be an unbounded query.
const maxQueryLen = 200

// listParam is a filter of one listing: a query parameter beyond those
// every listing takes (q, ref, limit, cursor). The same value serves the
// parser and the OpenAPI document, so the two cannot disagree.
type listParam[F any] struct {
	name string
	doc  string
	// schema is the OpenAPI schema of the parameter's value.
	schema obj
	// set checks value and puts it into the filter; it reports a problem
	// with the value on inv, under the parameter's name.
	set func(f *F, value string, inv *frente.Invalid)
}

// idParam is a filter by the id of a related record.
func idParam[F any](name, doc string, set func(*F, frente.ID)) listParam[F] {
	return listParam[F]{name: name, doc: doc, schema: obj{"type": "integer", "format": "int64", "minimum": 1},
		set: func(f *F, value string, inv *frente.Invalid) {
			id, err := frente.ParseID(value)
			if err != nil {
				inv.Add(name, "invalid_filter", fmt.Sprintf("%s: %q is not a record id", name, value), value)
				return
			}
			set(f, id)
		}}
}

// countryParam is a filter by country; the code is upper-cased, as stored.
func countryParam[F any](name, doc string, set func(*F, string)) listParam[F] {
	return listParam[F]{name: name, doc: doc + " An ISO 3166-1 alpha-2 code, in any case.",
		schema: obj{"type": "string", "pattern": "^[A-Za-z]{2}$"},
		set: func(f *F, value string, inv *frente.Invalid) {
			code := strings.ToUpper(strings.TrimSpace(value))
			if !frente.ValidCountry(code) {
				inv.Add(name, "unknown_country", fmt.Sprintf("%s: %q is not an ISO 3166-1 alpha-2 country code", name, value), value)
				return
			}
			set(f, code)
		}}
}

// choiceParam is a filter by one of a fixed set of values.
func choiceParam[F any, K ~string](name, doc string, choices []K, set func(*F, K)) listParam[F] {
	return listParam[F]{name: name, doc: doc, schema: obj{"type": "string", "enum": choices},
		set: func(f *F, value string, inv *frente.Invalid) {
			if !slices.Contains(choices, K(value)) {
				inv.Add(name, "invalid_filter", fmt.Sprintf("%s: %q is not one of %s", name, value, joinStrings(choices)), value)
				return
			}
			set(f, K(value))
		}}
}

func joinStrings[K ~string](ks []K) string {
	s := make([]string, len(ks))
	for i, k := range ks {
		s[i] = string(k)
	}
	return strings.Join(s, ", ")
}

// commonListParams are the parameters of every listing, in the order the
// OpenAPI document lists them.
var commonListParams = []struct {
	name, doc string
	schema    obj
}{
	{"q", "Search: every word must occur in the name (or the other searchable text), without regard to case or accents.",
		obj{"type": "string", "maxLength": maxQueryLen}},
	{"ref", "Only the record with this external key.", obj{"type": "string", "maxLength": maxQueryLen}},
	{"limit", fmt.Sprintf("Records per page, %d by default.", frente.DefaultLimit),
		obj{"type": "integer", "minimum": 1, "maximum": frente.MaxLimit, "default": frente.DefaultLimit}},
	{"cursor", "Where the page starts: the `next` of the previous page.", obj{"type": "string"}},
}

// parseList reads the query string of a listing into its filter. Every
// problem is reported at once, each under the name of its parameter; a
// parameter the listing does not know is a problem too, so that a typo
// ("countyr") is not silently taken for "no filter". An empty value means
// no filter, as an empty field of a search form does.
func parseList[F any](rawQuery string, options func(*F) *frente.ListOptions, params []listParam[F]) (F, error) {
	var (
		f   F
		inv frente.Invalid
		opt = options(&f)
	)
	query, err := url.ParseQuery(rawQuery)
	if err != nil {
		inv.Add("query", "malformed_query", "the query string is malformed: "+err.Error(), err.Error())
	}
	names := make([]string, 0, len(query))
	for name := range query {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		values := query[name]
		if len(values) > 1 {
			inv.Add(name, "repeated_parameter", name+" is given more than once")
			continue
		}
		value := values[0]
		switch name {
		case "q":
			opt.Q = checkText(&inv, name, value)
		case "ref":
			opt.Ref = checkText(&inv, name, value)
		case "cursor":
			opt.Cursor = checkText(&inv, name, value)
		case "limit":
			opt.Limit = parseLimit(&inv, value)
		default:
			i := slices.IndexFunc(params, func(p listParam[F]) bool { return p.name == name })
			if i < 0 {
				known := knownParams(params)
				inv.Add(name, "unknown_parameter", fmt.Sprintf("there is no parameter %q here; the parameters are %s", name, known), known)
			} else if value != "" {
				params[i].set(&f, value, &inv)
			}
		}
	}
	return f, inv.Err()
}

// checkText refuses text that no stored record can hold: too long, not
// UTF-8, or with control characters (PostgreSQL refuses NUL outright).
func checkText(inv *frente.Invalid, name, value string) string {
	switch {
	case !utf8.ValidString(value) || strings.ContainsFunc(value, unicode.IsControl):
		inv.Add(name, "invalid_text", name+" is not valid text")
	case utf8.RuneCountInString(value) > maxQueryLen:
		inv.Add(name, "too_long", fmt.Sprintf("%s is longer than %d characters", name, maxQueryLen), maxQueryLen)
	}
	return value
}

func parseLimit(inv *frente.Invalid, value string) int {
	if value == "" {
		return 0
	}
	n, err := strconv.Atoi(value)
	if err != nil || n < 1 || n > frente.MaxLimit {
		inv.Add("limit", "out_of_range", fmt.Sprintf("limit must be a whole number from 1 to %d, not %q", frente.MaxLimit, value), 1, frente.MaxLimit)
	}
	return n
}

func knownParams[F any](params []listParam[F]) string {
	names := make([]string, 0, len(commonListParams)+len(params))
	for _, p := range commonListParams {
		names = append(names, p.name)
	}
	for _, p := range params {
		names = append(names, p.name)
	}
	return strings.Join(names, ", ")
}
