package storetest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/frente/frente/postgres"
	"github.com/frente/frente/sqlite"
	"github.com/frente/frente/sqlstore"
)

// PostgresEnv names the variable that holds the DSN of a PostgreSQL
// database for tests; when it is empty, PostgreSQL tests are skipped.
const PostgresEnv = "FRENTE_TEST_POSTGRES"

// SQLite opens a new store in a file of the test's temporary directory.
func SQLite(t testing.TB) *sqlstore.Store {
	t.Helper()
	s, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "frente.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// Postgres opens a new store in a schema of its own in the database named
// by FRENTE_TEST_POSTGRES, dropped when the test ends; it skips the test
// when the variable is empty.
func Postgres(t testing.TB) *sqlstore.Store {
	t.Helper()
	dsn := PostgresDSN(t)
	s, err := postgres.Open(context.Background(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// PostgresDSN creates a schema for one test and returns a DSN whose
// search_path points at it; it skips the test when no database is set.
func PostgresDSN(t testing.TB) string {
	t.Helper()
	base := os.Getenv(PostgresEnv)
	if base == "" {
		t.Skip(PostgresEnv + " is not set")
	}
	b := make([]byte, 6)
	rand.Read(b)
	schema := "frente_test_" + hex.EncodeToString(b)
	ctx := context.Background()
	admin, err := postgres.OpenDB(ctx, base)
	if err != nil {
		t.Fatalf("%s: %v", PostgresEnv, err)
	}
	if _, err := admin.ExecContext(ctx, "CREATE SCHEMA "+schema); err != nil {
		admin.Close()
		t.Fatal(err)
	}
	t.Cleanup(func() {
		admin.ExecContext(context.Background(), "DROP SCHEMA "+schema+" CASCADE")
		admin.Close()
	})
	return withSearchPath(base, schema)
}

func withSearchPath(dsn, schema string) string {
	if postgres.IsURL(dsn) {
		u, err := url.Parse(dsn)
		if err == nil {
			q := u.Query()
			q.Set("search_path", schema)
			u.RawQuery = q.Encode()
			return u.String()
		}
	}
	return strings.TrimSpace(dsn) + " search_path=" + schema
}

// Stores runs f once on SQLite and once on PostgreSQL (when configured).
func Stores(t *testing.T, f func(t *testing.T, s *sqlstore.Store)) {
	t.Run("sqlite", func(t *testing.T) { f(t, SQLite(t)) })
	t.Run("postgres", func(t *testing.T) { f(t, Postgres(t)) })
}
