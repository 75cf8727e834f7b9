// Package auth holds the secrets work of accounts: password hashes
// (argon2id), and the random tokens behind sessions, API tokens and
// one-time links, which are stored only as hashes.
package auth

import (
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"errors"
	"fmt"
	"strings"
	"sync"

	"golang.org/x/crypto/argon2"
)

// Argon2id parameters: RFC 9106's second recommended option (64 MiB,
// 3 passes), with 2 lanes for the 2-core machines Frente runs on.
const (
	argonTime    = 3
	argonMemory  = 64 * 1024
	argonThreads = 2
	argonKeyLen  = 32
	saltLen      = 16
)

// MinPasswordLength is the shortest password accepted.
const MinPasswordLength = 10

var b64 = base64.RawStdEncoding

// HashPassword returns an encoded argon2id hash of password, in the PHC
// string format ($argon2id$v=19$m=...,t=...,p=...$salt$hash).
func HashPassword(password string) (string, error) {
	salt := make([]byte, saltLen)
	if _, err := rand.Read(salt); err != nil {
		return "", fmt.Errorf("hash password: %w", err)
	}
	key := argon2.IDKey([]byte(password), salt, argonTime, argonMemory, argonThreads, argonKeyLen)
	return fmt.Sprintf("$argon2id$v=%d$m=%d,t=%d,p=%d$%s$%s", argon2.Version, argonMemory, argonTime, argonThreads,
		b64.EncodeToString(salt), b64.EncodeToString(key)), nil
}

// ErrMismatch is returned when a password does not match its hash.
var ErrMismatch = errors.New("password does not match")

// CheckPassword compares password with an encoded hash in constant time.
func CheckPassword(encoded, password string) error {
	parts := strings.Split(encoded, "$")
	if len(parts) != 6 || parts[1] != "argon2id" {
		return errors.New("unknown password hash format")
	}
	var version int
	var m uint32
	var t uint32
	var p uint8
	if _, err := fmt.Sscanf(parts[2], "v=%d", &version); err != nil || version != argon2.Version {
		return errors.New("unknown argon2 version")
	}
	if _, err := fmt.Sscanf(parts[3], "m=%d,t=%d,p=%d", &m, &t, &p); err != nil {
		return fmt.Errorf("password hash parameters: %w", err)
	}
	salt, err := b64.DecodeString(parts[4])
	if err != nil {
		return fmt.Errorf("password hash salt: %w", err)
	}
	want, err := b64.DecodeString(parts[5])
	if err != nil {
		return fmt.Errorf("password hash: %w", err)
	}
	got := argon2.IDKey([]byte(password), salt, t, m, p, uint32(len(want)))
	if subtle.ConstantTimeCompare(got, want) != 1 {
		return ErrMismatch
	}
	return nil
}

// dummyHash is checked against when an account does not exist, so that a
// wrong email costs the same time as a wrong password. It is made on first
// use: hashing at start-up cost every command 170 ms and 64 MB.
var dummyHash = sync.OnceValue(func() string {
	h, _ := HashPassword("frente-dummy-password")
	return h
})

// CheckNoAccount spends the time a password check takes, and fails.
func CheckNoAccount(password string) error {
	_ = CheckPassword(dummyHash(), password)
	return ErrMismatch
}

// NewSecret returns a random secret for a session, token or link, with a
// prefix that says what it is ("frs_" session, "frt_" API token).
func NewSecret(prefix string) string {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		// crypto/rand does not fail on supported platforms; if it ever
		// does, no secret is better than a guessable one.
		panic("auth: crypto/rand: " + err.Error())
	}
	return prefix + base64.RawURLEncoding.EncodeToString(b)
}

// HashSecret is what the database keeps of a secret: its SHA-256, hex.
// Secrets are long and random, so a fast hash suffices.
func HashSecret(secret string) string {
	sum := sha256.Sum256([]byte(secret))
	return fmt.Sprintf("%x", sum)
}

// WellFormed reports whether s looks like a secret with this prefix, so
// that malformed ones are refused before any database lookup.
func WellFormed(s, prefix string) bool {
	if !strings.HasPrefix(s, prefix) || len(s) != len(prefix)+43 {
		return false
	}
	_, err := base64.RawURLEncoding.DecodeString(s[len(prefix):])
	return err == nil
}

// GeneratePassword returns a random password for `frente user add`
// without one given.
func GeneratePassword() string {
	b := make([]byte, 15)
	if _, err := rand.Read(b); err != nil {
		panic("auth: crypto/rand: " + err.Error())
	}
	return base64.RawURLEncoding.EncodeToString(b)
}

// Prefixes of the secrets, so that a leaked one says what it is.
const (
	SessionPrefix = "frs_"
	TokenPrefix   = "frt_"
	SetupPrefix   = "fru_"
)
