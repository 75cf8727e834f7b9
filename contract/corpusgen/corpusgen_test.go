package corpusgen

import (
	"bytes"
	"testing"
)

func TestGenerateIsReproducible(t *testing.T) {
	a, b := Generate(7, 6), Generate(7, 6)
	for i := range a {
		if a[i].Name != b[i].Name || !bytes.Equal(a[i].Data, b[i].Data) {
			t.Fatalf("file %d differs between runs", i)
		}
		if n := len(a[i].Data); n < 60_000 || n > 140_000 {
			t.Errorf("%s: %d bytes", a[i].Name, n)
		}
	}
	if bytes.Equal(Generate(8, 1)[0].Data, a[0].Data) {
		t.Error("another seed gave the same agreement")
	}
	es := 0
	for _, f := range Generate(1, 100) {
		if f.Lang == "es" {
			es++
		}
	}
	if es < 5 || es > 30 {
		t.Errorf("%d Spanish agreements of 100", es)
	}
}
