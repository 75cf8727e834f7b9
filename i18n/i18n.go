// Package i18n holds every user-facing string of Frente in English and
// Spanish, as flat-key JSON catalogs embedded in the binary, and picks the
// language a person reads.
package i18n

import (
	"embed"
	"encoding/json"
	"fmt"
	"io/fs"
	"strings"
)

// Lang is a language Frente speaks.
type Lang string

const (
	English Lang = "en"
	Spanish Lang = "es"
)

// Langs lists the languages, the default first.
var Langs = []Lang{English, Spanish}

//go:embed catalog
var files embed.FS

// catalogs merges every catalog/<lang>/*.json: one file per part of the
// program, so that parts can add their strings without touching others'.
var catalogs = func() map[Lang]map[string]string {
	out := map[Lang]map[string]string{}
	for _, l := range Langs {
		names, err := fs.Glob(files, "catalog/"+string(l)+"/*.json")
		if err != nil || len(names) == 0 {
			panic(fmt.Sprintf("i18n: no catalog for %s", l))
		}
		m := map[string]string{}
		for _, name := range names {
			b, err := files.ReadFile(name)
			if err != nil {
				panic(fmt.Sprintf("i18n: %s: %v", name, err))
			}
			part := map[string]string{}
			if err := json.Unmarshal(b, &part); err != nil {
				panic(fmt.Sprintf("i18n: %s: %v", name, err))
			}
			for k, v := range part {
				if _, dup := m[k]; dup {
					panic(fmt.Sprintf("i18n: %s: key %q is defined twice", name, k))
				}
				m[k] = v
			}
		}
		out[l] = m
	}
	return out
}()

// Parse returns the language named by s ("es", "es-MX", "EN"), or false.
func Parse(s string) (Lang, bool) {
	base, _, _ := strings.Cut(strings.ToLower(strings.TrimSpace(s)), "-")
	for _, l := range Langs {
		if base == string(l) {
			return l, true
		}
	}
	return English, false
}

// Match picks the language of an Accept-Language header, honouring its
// q-values; English when it names neither language.
func Match(accept string) Lang {
	best, bestQ := English, -1.0
	for _, part := range strings.Split(accept, ",") {
		tag, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		q := 1.0
		if v, ok := strings.CutPrefix(strings.TrimSpace(params), "q="); ok {
			if _, err := fmt.Sscanf(v, "%g", &q); err != nil {
				q = 0
			}
		}
		if l, ok := Parse(tag); ok && q > bestQ && q > 0 {
			best, bestQ = l, q
		}
	}
	return best
}

// T returns the text of key in l, formatted with args (fmt verbs). A key
// missing from l falls back to English, then to the key itself, so a gap
// shows up on the page instead of breaking it; a test keeps the catalogs
// complete.
func (l Lang) T(key string, args ...any) string {
	s, ok := catalogs[l][key]
	if !ok {
		if s, ok = catalogs[English][key]; !ok {
			return key
		}
	}
	if len(args) == 0 {
		return s
	}
	return fmt.Sprintf(s, args...)
}

// Has reports whether key exists in l's catalog.
func (l Lang) Has(key string) bool {
	_, ok := catalogs[l][key]
	return ok
}

// Keys returns the keys of l's catalog.
func Keys(l Lang) []string {
	out := make([]string, 0, len(catalogs[l]))
	for k := range catalogs[l] {
		out = append(out, k)
	}
	return out
}
