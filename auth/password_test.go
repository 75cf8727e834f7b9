package auth

import (
	"strings"
	"testing"
)

func TestPassword(t *testing.T) {
	h, err := HashPassword("solidarity")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(h, "$argon2id$v=19$m=65536,t=3,p=2$") {
		t.Fatalf("hash %q", h)
	}
	if err := CheckPassword(h, "solidarity"); err != nil {
		t.Fatal(err)
	}
	if err := CheckPassword(h, "Solidarity"); err != ErrMismatch {
		t.Fatalf("wrong password: %v", err)
	}
	h2, _ := HashPassword("solidarity")
	if h2 == h {
		t.Fatal("two hashes of one password are equal: no salt")
	}
	for _, bad := range []string{"", "$argon2i$v=19$m=1,t=1,p=1$aa$bb", "$argon2id$v=19$m=x$aa$bb", "plain"} {
		if err := CheckPassword(bad, "x"); err == nil || err == ErrMismatch {
			t.Errorf("CheckPassword(%q) = %v, want a format error", bad, err)
		}
	}
	if CheckNoAccount("x") != ErrMismatch {
		t.Fatal("CheckNoAccount must fail")
	}
}

func TestSecret(t *testing.T) {
	s := NewSecret("frt_")
	if !WellFormed(s, "frt_") || WellFormed(s, "frs_") || WellFormed(s[:20], "frt_") || WellFormed("frt_"+strings.Repeat("!", 43), "frt_") {
		t.Fatalf("WellFormed wrong for %q", s)
	}
	if NewSecret("frt_") == s {
		t.Fatal("secrets repeat")
	}
	if h := HashSecret(s); len(h) != 64 || h == HashSecret(s+"x") {
		t.Fatal("HashSecret")
	}
}
