package i18n

import (
	"sort"
	"strings"
	"testing"
)

// TestCatalogsComplete keeps English and Spanish in step: every key in
// both, and the same format verbs in each pair.
func TestCatalogsComplete(t *testing.T) {
	en, es := Keys(English), Keys(Spanish)
	sort.Strings(en)
	sort.Strings(es)
	for _, k := range en {
		if !Spanish.Has(k) {
			t.Errorf("key %q has no Spanish text", k)
		}
	}
	for _, k := range es {
		if !English.Has(k) {
			t.Errorf("key %q has no English text", k)
		}
	}
	for _, k := range en {
		if Spanish.Has(k) && strings.Count(English.T(k), "%") != strings.Count(Spanish.T(k), "%") {
			t.Errorf("key %q: English and Spanish take different arguments", k)
		}
	}
}

func TestMatch(t *testing.T) {
	for header, want := range map[string]Lang{
		"":                        English,
		"es":                      Spanish,
		"es-MX,es;q=0.9,en;q=0.8": Spanish,
		"en-US,en;q=0.9,es;q=0.8": English,
		"fr-FR,fr;q=0.9,es;q=0.5": Spanish,
		"de":                      English,
		"en;q=0.2, es;q=0.7":      Spanish,
		"es;q=0, en":              English,
		"garbage;;;q=,,":          English,
	} {
		if got := Match(header); got != want {
			t.Errorf("Match(%q) = %s, want %s", header, got, want)
		}
	}
}
