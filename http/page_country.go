package http

import (
	"sort"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"github.com/frente/frente"
	"github.com/frente/frente/i18n"
)

// regionNamers name countries in each language; CLDR's names are better
// than any table kept by hand.
var regionNamers = map[i18n.Lang]display.Namer{
	i18n.English: display.English.Regions(),
	i18n.Spanish: display.Spanish.Regions(),
}

// countryName is the name of an ISO 3166-1 code in lang, or the code when
// it names no country.
func countryName(lang i18n.Lang, code string) string {
	if code == "" {
		return ""
	}
	r, err := language.ParseRegion(code)
	if err != nil {
		return code
	}
	if n := regionNamers[lang].Name(r); n != "" {
		return n
	}
	return code
}

// countryOptions lists every country for a select, in the alphabetical
// order of its name in lang (so Spanish readers find "Perú" after "México").
var countryOptions = func() map[i18n.Lang][]option {
	out := map[i18n.Lang][]option{}
	for _, lang := range i18n.Langs {
		opts := make([]option, 0, 250)
		for _, c := range frente.Countries() {
			opts = append(opts, option{Value: c, Label: countryName(lang, c)})
		}
		sort.SliceStable(opts, func(i, j int) bool { return frente.Fold(opts[i].Label) < frente.Fold(opts[j].Label) })
		out[lang] = opts
	}
	return out
}()

// countryGroup is a set of things in one country, for pages that group by
// country in the reader's language.
type countryGroup[T any] struct {
	Code  string
	Name  string
	Items []T
}

// groupByCountry groups items by country, groups ordered by country name
// in lang, items kept in their order.
func groupByCountry[T any](lang i18n.Lang, items []T, country func(T) string) []countryGroup[T] {
	var groups []countryGroup[T]
	index := map[string]int{}
	for _, it := range items {
		c := country(it)
		i, ok := index[c]
		if !ok {
			i = len(groups)
			index[c] = i
			groups = append(groups, countryGroup[T]{Code: c, Name: countryName(lang, c)})
		}
		groups[i].Items = append(groups[i].Items, it)
	}
	sort.SliceStable(groups, func(i, j int) bool { return frente.Fold(groups[i].Name) < frente.Fold(groups[j].Name) })
	return groups
}
