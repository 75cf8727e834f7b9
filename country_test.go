package frente

import "testing"

func TestCountries(t *testing.T) {
	if n := len(Countries()); n != 249 {
		t.Errorf("have %d ISO 3166-1 codes, want 249", n)
	}
	for _, c := range []string{"MX", "US", "PE", "CA", "GB"} {
		if !ValidCountry(c) {
			t.Errorf("%s refused", c)
		}
	}
	for _, c := range []string{"", "XX", "UK", "mx", "USA"} {
		if ValidCountry(c) {
			t.Errorf("%q accepted", c)
		}
	}
}

func TestFold(t *testing.T) {
	for in, want := range map[string]string{
		"Sección 65 (Cananea)":   "seccion 65 (cananea)",
		"  Grupo   México ":      "grupo mexico",
		"Napoleón Gómez Urrutia": "napoleon gomez urrutia",
		"Sindicato Nacional\tde": "sindicato nacional de",
	} {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
}
