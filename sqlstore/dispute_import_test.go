package sqlstore

import (
	"strings"
	"testing"

	"github.com/frente/frente"
)

// The import folds the parts of a dispute's search key one at a time,
// from a cache; the key must be the one writeDispute makes of the whole.
func TestImportSearchKeyIsWriteDisputes(t *testing.T) {
	im := &importer{fold: map[string]string{}}
	for _, d := range []frente.Dispute{
		{Title: "Work stoppage at Fundición  del Norte (USW 1010)", Place: frente.Place{City: "Gary", Region: "IN"}, Industry: "Manufacturing"},
		{Title: "Strike at Café Ñandú", Place: frente.Place{City: "  ", Region: "Sonora "}, Industry: ""},
		{Title: " Protest at ÆSIR ", Place: frente.Place{City: "Łódź", Region: ""}, Industry: "Straße\tbau"},
	} {
		want := frente.Fold(strings.Join([]string{d.Title, d.Place.City, d.Place.Region, d.Industry}, " "))
		if got := im.searchKey(&d); got != want {
			t.Errorf("searchKey = %q, writeDispute's %q", got, want)
		}
	}
}

// Names match by their folded form and nothing looser, in the order the
// index was built: the first organization under a key keeps it.
func TestOrgIndexFind(t *testing.T) {
	ix := &orgIndex{employers: map[string]*frente.Organization{}}
	gm := &frente.Organization{Record: frente.Record{ID: 1}, Name: "Grupo México", ShortName: "GMéxico"}
	other := &frente.Organization{Record: frente.Record{ID: 2}, Name: "GMexico"}
	ix.add(ix.employers, gm, frente.Fold)
	ix.add(ix.employers, other, frente.Fold)
	for name, want := range map[string]*frente.Organization{"GRUPO MEXICO": gm, "gmexico": gm, "Grupo México (GM)": nil, "Grupo": nil} {
		if got := find(ix.employers, name, frente.Fold); got != want {
			t.Errorf("find(%q) = %v, want %v", name, got, want)
		}
	}
}

func TestLocalName(t *testing.T) {
	for _, c := range [][3]string{{"USW", "12-345", "USW Local 12-345"}, {"Los Mineros", "Sección 65", "Los Mineros Sección 65"}, {"UNITE HERE", "Local 11", "UNITE HERE Local 11"}} {
		if got := localName(c[0], c[1]); got != c[2] {
			t.Errorf("localName(%q, %q) = %q, want %q", c[0], c[1], got, c[2])
		}
	}
}
