package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

const parseFixture = `COLLECTIVE BARGAINING AGREEMENT

ARTICLE 1 – RECOGNITION

The Company recognizes the Union as the sole and exclusive bargaining agent.

ARTICLE 2 – DRUG AND ALCOHOL TESTING

2.1 Testing. A drug test may be required on reasonable suspicion.

2.2 Polygraph. No employee shall take a lie detector test.
`

func runParseCLI(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(context.Background(), args, strings.NewReader(""), &out, &errb)
	return code, out.String(), errb.String()
}

func TestParseCommand(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "agreement.txt")
	if err := os.WriteFile(file, []byte(parseFixture), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Run("outline", func(t *testing.T) {
		code, out, errs := runParseCLI(t, "parse", file)
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errs)
		}
		for _, want := range []string{"COLLECTIVE BARGAINING AGREEMENT", "language: en", "ARTICLE 1  RECOGNITION  [recognition]", "  2.1  Testing  [drug-alcohol-testing]"} {
			if !strings.Contains(out, want) {
				t.Errorf("output lacks %q:\n%s", want, out)
			}
		}
	})
	t.Run("explain", func(t *testing.T) {
		_, out, _ := runParseCLI(t, "parse", file, "--explain")
		if !strings.Contains(out, "drug-alcohol-testing: matched") || !strings.Contains(out, "in 2.1") {
			t.Errorf("no explanation:\n%s", out)
		}
	})
	t.Run("json", func(t *testing.T) {
		code, out, errs := runParseCLI(t, "parse", "--json", file)
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errs)
		}
		var doc map[string]any
		if err := json.Unmarshal([]byte(out), &doc); err != nil {
			t.Fatal(err)
		}
		if got := keys(doc); got != "language title units" {
			t.Errorf("document keys %q", got)
		}
		units := doc["units"].([]any)
		if len(units) != 2 {
			t.Fatalf("%d units", len(units))
		}
		u := units[1].(map[string]any)
		if got := keys(u); got != "children end heading kind number start text topics" {
			t.Errorf("unit keys %q", got)
		}
		if u["kind"] != "article" || u["number"] != "2" || u["heading"] != "DRUG AND ALCOHOL TESTING" {
			t.Errorf("unit %v", u)
		}
		sec := u["children"].([]any)[0].(map[string]any)
		if sec["kind"] != "section" || sec["number"] != "2.1" || sec["topics"].([]any)[0] != "drug-alcohol-testing" {
			t.Errorf("section %v", sec)
		}
		if sec2 := u["children"].([]any)[1].(map[string]any); len(sec2["topics"].([]any)) != 0 {
			t.Errorf("the lie-detector clause got topics %v", sec2["topics"])
		}
	})
	t.Run("json explain", func(t *testing.T) {
		_, out, _ := runParseCLI(t, "parse", file, "--json", "--explain")
		if !strings.Contains(out, `"explanations"`) || !strings.Contains(out, "reasonable suspicion") {
			t.Errorf("no explanations in JSON:\n%s", out)
		}
	})
	t.Run("errors", func(t *testing.T) {
		junk := filepath.Join(dir, "junk.pdf")
		if err := os.WriteFile(junk, []byte("not a pdf at all"), 0o644); err != nil {
			t.Fatal(err)
		}
		code, _, errs := runParseCLI(t, "parse", junk)
		if code != 1 || !strings.HasPrefix(errs, "frente parse: parse junk.pdf: ") {
			t.Errorf("exit %d, stderr %q", code, errs)
		}
		code, _, errs = runParseCLI(t, "parse", filepath.Join(dir, "missing.txt"))
		if code != 1 || !strings.Contains(errs, "missing.txt") {
			t.Errorf("exit %d, stderr %q", code, errs)
		}
		if code, _, _ = runParseCLI(t, "parse"); code != 2 {
			t.Errorf("no file: exit %d", code)
		}
	})
}

func keys(m map[string]any) string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return strings.Join(ks, " ")
}
