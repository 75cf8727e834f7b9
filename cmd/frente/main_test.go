package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/frente/frente/storetest"
)

// startMain starts the real program on a free port over a new database.
func startMain(t *testing.T, dsn string) *Main {
	t.Helper()
	m := &Main{DB: dsn, Addr: "127.0.0.1:0", Demo: true}
	if err := m.Run(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := m.Close(); err != nil {
			t.Error(err)
		}
	})
	return m
}

func get(t *testing.T, url, lang string) (int, string) {
	t.Helper()
	req, _ := http.NewRequest("GET", url, nil)
	if lang != "" {
		req.Header.Set("Accept-Language", lang)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// TestMainServesDemo walks what the issue checks, against the real server
// on SQLite and on PostgreSQL.
func TestMainServesDemo(t *testing.T) {
	for name, dsn := range map[string]func(t *testing.T) string{
		"sqlite":   func(t *testing.T) string { return filepath.Join(t.TempDir(), "frente.db") },
		"postgres": func(t *testing.T) string { return storetest.PostgresDSN(t) },
	} {
		t.Run(name, func(t *testing.T) {
			m := startMain(t, dsn(t))
			if code, _ := get(t, m.URL()+"/healthz", ""); code != 200 {
				t.Fatalf("healthz %d", code)
			}
			code, body := get(t, m.URL()+"/api/v1/organizations?q=Cananea", "")
			var page struct {
				Items []struct {
					Name, Country, Number string
				}
				Total int
			}
			if err := json.Unmarshal([]byte(body), &page); err != nil || code != 200 {
				t.Fatalf("q=Cananea: %d %s", code, body)
			}
			if page.Total != 1 || page.Items[0].Number != "65" || page.Items[0].Country != "MX" {
				t.Fatalf("q=Cananea: %+v", page)
			}
			code, body = get(t, m.URL()+"/api/v1/organizations?country=US&limit=500", "")
			if code != 200 || !strings.Contains(body, `"ASARCO"`) || !strings.Contains(body, `"United Steelworkers"`) {
				t.Fatalf("country=US: %d %s", code, body)
			}
			for lang, want := range map[string]string{"es": `lang="es"`, "en": `lang="en"`} {
				code, body := get(t, m.URL()+"/", lang)
				if code != 200 || !strings.Contains(body, want) || !strings.Contains(body, "Grupo México") {
					t.Fatalf("home in %s: %d %.300s", lang, code, body)
				}
			}
			if code, body := get(t, m.URL()+"/api/v1/openapi.json", ""); code != 200 || !strings.Contains(body, `"openapi": "3.1`) {
				t.Fatalf("openapi: %d %.200s", code, body)
			}
		})
	}
}

func runCLI(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(context.Background(), args, strings.NewReader(""), &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestCLI(t *testing.T) {
	db := filepath.Join(t.TempDir(), "frente.db")
	if code, out, errOut := runCLI(t, "demo", "--db", db); code != 0 || !strings.Contains(out, "Loaded the demo") {
		t.Fatalf("demo: %d %q %q", code, out, errOut)
	}
	if code, out, _ := runCLI(t, "demo", "--db", db); code != 0 || !strings.Contains(out, "nothing changed") {
		t.Fatalf("demo again: %d %q", code, out)
	}
	if code, out, _ := runCLI(t, "migrate", "--db", db); code != 0 || !strings.Contains(out, "up to date") {
		t.Fatalf("migrate: %d %q", code, out)
	}
	t.Setenv("FRENTE_DB", db)
	code, out, _ := runCLI(t, "list", "organizations", "--country", "mx", "--kind", "local", "--json")
	if code != 0 || !strings.Contains(out, `"total": 3`) || !strings.Contains(out, "Sección 65") {
		t.Fatalf("list from FRENTE_DB: %d %s", code, out)
	}
	if code, out, _ := runCLI(t, "list", "people", "--q", "gomez"); code != 0 || !strings.Contains(out, "Napoleón Gómez Urrutia") {
		t.Fatalf("list people: %d %s", code, out)
	}
	if code, _, errOut := runCLI(t, "list", "organizations", "--country", "XX"); code != 1 || !strings.Contains(errOut, "--country") {
		t.Fatalf("bad country: %d %q", code, errOut)
	}
	if code, _, errOut := runCLI(t, "show", "organization", "99999"); code != 1 || !strings.Contains(errOut, "not found") {
		t.Fatalf("show missing: %d %q", code, errOut)
	}
	if code, _, _ := runCLI(t, "frobnicate"); code != 2 {
		t.Fatalf("unknown command: exit %d, want 2", code)
	}
	if code, _, _ := runCLI(t, "serve", "--no-such-flag"); code != 2 {
		t.Fatalf("unknown flag: exit %d, want 2", code)
	}
	t.Setenv("FRENTE_DEMO", "perhaps")
	if code, _, errOut := runCLI(t, "serve"); code != 1 || !strings.Contains(errOut, "FRENTE_DEMO") {
		t.Fatalf("bad FRENTE_DEMO: %d %q", code, errOut)
	}
	if code, out, _ := runCLI(t, "version"); code != 0 || !strings.HasPrefix(out, "frente ") {
		t.Fatalf("version: %d %q", code, out)
	}
}

func TestUserAndTokenCommands(t *testing.T) {
	db := filepath.Join(t.TempDir(), "frente.db")
	if code, _, errOut := runCLI(t, "demo", "--db", db); code != 0 {
		t.Fatal(errOut)
	}
	var out, errOut bytes.Buffer
	code := run(context.Background(), []string{"user", "add", "organizer@example.org", "--org", "2", "--role", "editor", "--db", db},
		strings.NewReader("a long enough password\n"), &out, &errOut)
	if code != 0 || !strings.Contains(out.String(), "Added organizer@example.org") || strings.Contains(out.String(), "Password") {
		t.Fatalf("user add with a piped password: %d %q %q", code, out.String(), errOut.String())
	}
	code, stdout, _ := runCLI(t, "user", "add", "second@example.org", "--org", "1", "--role", "viewer", "--db", db)
	if code != 0 || !strings.Contains(stdout, "Password (shown once): ") {
		t.Fatalf("user add with a generated password: %d %q", code, stdout)
	}
	if code, _, errOut := runCLI(t, "user", "add", "second@example.org", "--org", "1", "--db", db); code != 1 || !strings.Contains(errOut, "email") {
		t.Fatalf("user add twice: %d %q", code, errOut)
	}
	if code, _, errOut := runCLI(t, "user", "add", "x@example.org", "--org", "1", "--role", "boss", "--db", db); code != 1 || !strings.Contains(errOut, "--role") {
		t.Fatalf("bad role: %d %q", code, errOut)
	}
	if code, _, errOut := runCLI(t, "user", "add", "x@example.org", "--org", "9999", "--db", db); code != 1 || !strings.Contains(errOut, "--org") {
		t.Fatalf("unknown org: %d %q", code, errOut)
	}
	code, stdout, _ = runCLI(t, "user", "list", "--db", db)
	if code != 0 || !strings.Contains(stdout, "organizer@example.org") || !strings.Contains(stdout, "admin of United Steelworkers") {
		t.Fatalf("user list: %d %s", code, stdout)
	}
	code, stdout, _ = runCLI(t, "token", "create", "--user", "usw@example.org", "--db", db)
	lines := strings.Split(strings.TrimSpace(stdout), "\n")
	if code != 0 || !strings.HasPrefix(lines[len(lines)-1], "frt_") {
		t.Fatalf("token create: %d %q", code, stdout)
	}
	if code, _, errOut := runCLI(t, "token", "create", "--user", "nobody@example.org", "--db", db); code != 1 || !strings.Contains(errOut, "nobody@example.org") {
		t.Fatalf("token for unknown user: %d %q", code, errOut)
	}
}

func TestIngestAndSearchCommands(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "frente.db")
	if code, _, errOut := runCLI(t, "demo", "--db", db); code != 0 {
		t.Fatal(errOut)
	}
	files := filepath.Join(dir, "agreements")
	if err := os.MkdirAll(files, 0o755); err != nil {
		t.Fatal(err)
	}
	write := func(name, text string) {
		if err := os.WriteFile(filepath.Join(files, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("ray.txt", "AGREEMENT AT RAY OPERATIONS\n\nARTICLE 1 – RECOGNITION\n\nThe Company recognizes the Union.\n\n"+
		"ARTICLE 2 – GRIEVANCE PROCEDURE\n\nA grievance goes to an arbitrator at the Kearny hall when it is not settled.\n\n"+
		"ARTICLE 3 – ATTENDANCE\n\nAbsences for a family medical emergency are excused.\n")
	write("empty.txt", "")
	write("notes.json", "{}") // not a format ingest reads: skipped
	code, out, errOut := runCLI(t, "ingest", files, "--union", "USW", "--employer", "ASARCO", "--db", db)
	if code != 1 || !strings.Contains(out, "Stored 1 agreements") || !strings.Contains(errOut, "empty.txt") || strings.Contains(errOut, "notes.json") {
		t.Fatalf("ingest a folder with one bad file: %d\n%s\n%s", code, out, errOut)
	}
	code, out, _ = runCLI(t, "ingest", filepath.Join(files, "ray.txt"), "--union", "USW", "--db", db)
	if code != 0 || !strings.Contains(out, "1 were there already") {
		t.Fatalf("the same file again: %d %s", code, out)
	}
	if code, _, errOut := runCLI(t, "ingest", filepath.Join(files, "ray.txt"), "--union", "No such union", "--db", db); code != 1 || !strings.Contains(errOut, "--union") {
		t.Fatalf("unknown union: %d %s", code, errOut)
	}
	// The demo's agreements speak of arbitration too; Kearny is Ray's alone.
	code, out, _ = runCLI(t, "search", "arbitrating kearny", "--db", db)
	if code != 0 || !strings.Contains(out, "1 units match") || !strings.Contains(out, "*arbitrator*") {
		t.Fatalf("search: %d %s", code, out)
	}
	code, out, _ = runCLI(t, "search", "family medical", "--topic", "attendance", "--json", "--db", db)
	if code != 0 || !strings.Contains(out, `"total": 1`) || !strings.Contains(out, `"unit_number": "3"`) {
		t.Fatalf("search --json --topic: %d %s", code, out)
	}
	if code, _, errOut := runCLI(t, "search", `"unbalanced`, "--db", db); code != 1 || !strings.Contains(errOut, "q") {
		t.Fatalf("bad query: %d %s", code, errOut)
	}
}

func TestBackupCommand(t *testing.T) {
	dir := t.TempDir()
	db, copyPath := filepath.Join(dir, "frente.db"), filepath.Join(dir, "copy.db")
	if code, _, errOut := runCLI(t, "demo", "--db", db); code != 0 {
		t.Fatal(errOut)
	}
	if code, out, errOut := runCLI(t, "backup", copyPath, "--db", db); code != 0 || !strings.Contains(out, "Backed up") {
		t.Fatalf("backup: %d %q %q", code, out, errOut)
	}
	// The copy is a working database with the same records.
	code, out, _ := runCLI(t, "list", "organizations", "--q", "Cananea", "--db", copyPath)
	if code != 0 || !strings.Contains(out, "Sección 65") {
		t.Fatalf("list from the copy: %d %s", code, out)
	}
	if code, _, errOut := runCLI(t, "backup", copyPath, "--db", db); code != 1 || !strings.Contains(errOut, "exists already") {
		t.Fatalf("backup over an existing file: %d %q", code, errOut)
	}
	if code, _, errOut := runCLI(t, "backup", filepath.Join(dir, "x.db"), "--db", filepath.Join(dir, "missing.db")); code != 1 || !strings.Contains(errOut, "missing.db") {
		t.Fatalf("backup of a missing database: %d %q", code, errOut)
	}
}

func TestListDisputesCommand(t *testing.T) {
	db := filepath.Join(t.TempDir(), "frente.db")
	if code, _, errOut := runCLI(t, "demo", "--db", db); code != 0 {
		t.Fatal(errOut)
	}
	code, out, _ := runCLI(t, "list", "disputes", "--needs-confirmation", "--db", db)
	if code != 0 || strings.Count(out, "needs confirmation") != 3 || !strings.Contains(out, "≥ 2193") {
		t.Fatalf("list disputes: %d\n%s", code, out)
	}
	code, out, _ = runCLI(t, "list", "incidents", "--kind", "explosion", "--json", "--db", db)
	if code != 0 || !strings.Contains(out, `"dead": 65`) {
		t.Fatalf("list incidents: %d\n%s", code, out)
	}
	if code, _, errOut := runCLI(t, "list", "disputes", "--kind", "riot", "--db", db); code != 1 || !strings.Contains(errOut, "--kind") {
		t.Fatalf("a bad kind: %d %s", code, errOut)
	}
}
