package align

import "testing"

// BenchmarkAlign50 aligns a generated 50-article agreement with its derived
// successor (see successor): the target is 10 ms.
func BenchmarkAlign50(b *testing.B) {
	benchAlign(b, 50)
}

// BenchmarkAlign450 is the same at about 1 MB of text a side.
func BenchmarkAlign450(b *testing.B) {
	benchAlign(b, 450)
}

func benchAlign(b *testing.B, n int) {
	a := predecessor(b, 21, n)
	s, _ := successor(a)
	size := 0
	for _, u := range a {
		size += len(u.Text)
	}
	for _, u := range s {
		size += len(u.Text)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		if res := Units(a, s); len(res.Pairs) == 0 {
			b.Fatal("no pairs")
		}
	}
}
