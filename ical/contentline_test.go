package ical

import (
	"bytes"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// TestFoldEveryOffset folds lines of one- to four-octet characters starting
// at every offset, so that each kind of character meets the fold point.
func TestFoldEveryOffset(t *testing.T) {
	for _, r := range []string{"a", "é", "€", "😀"} {
		for prefix := range 80 {
			line := strings.Repeat("x", prefix) + strings.Repeat(r, 60)
			var b bytes.Buffer
			writeLine(&b, line)
			out := b.String()
			if !strings.HasSuffix(out, "\r\n") {
				t.Fatalf("%q/%d: no CRLF at the end", r, prefix)
			}
			phys := strings.Split(strings.TrimSuffix(out, "\r\n"), "\r\n")
			for i, p := range phys {
				if len(p) > 75 {
					t.Errorf("%q/%d: physical line %d has %d octets", r, prefix, i, len(p))
				}
				if !utf8.ValidString(p) {
					t.Errorf("%q/%d: physical line %d splits a character: %q", r, prefix, i, p)
				}
				if i > 0 && !strings.HasPrefix(p, " ") {
					t.Errorf("%q/%d: continuation %d does not start with a space", r, prefix, i)
				}
				// Folding as late as possible: only a character that would
				// not fit may move to the next line.
				if i < len(phys)-1 && len(p) < 75-(utf8.RuneLen([]rune(r)[0])-1) {
					t.Errorf("%q/%d: physical line %d folded early at %d octets", r, prefix, i, len(p))
				}
			}
			if got := strings.ReplaceAll(strings.TrimSuffix(out, "\r\n"), "\r\n ", ""); got != line {
				t.Errorf("%q/%d: unfolding gives %q, want %q", r, prefix, got, line)
			}
		}
	}
}

func TestFoldShortLineUntouched(t *testing.T) {
	var b bytes.Buffer
	line := strings.Repeat("y", 75)
	writeLine(&b, line)
	if b.String() != line+"\r\n" {
		t.Errorf("a 75-octet line was folded: %q", b.String())
	}
}

func TestEscapeText(t *testing.T) {
	for in, want := range map[string]string{
		"plain":                 "plain",
		`a\b`:                   `a\\b`,
		"a;b,c":                 `a\;b\,c`,
		"one\ntwo":              `one\ntwo`,
		`C:\n`:                  `C:\\n`, // a backslash then n, not a line end
		"dos: \"comillas\" y :": "dos: \"comillas\" y :",
	} {
		if got := escapeText(cleanText(in)); got != want {
			t.Errorf("escapeText(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCleanText(t *testing.T) {
	for in, want := range map[string]string{
		"a\r\nb\rc\nd":  "a\nb\nc\nd",
		"tab\there":     "tab\there",
		"nul\x00bell\a": "nulbell",
		"bad\xffutf8":   "bad\uFFFDutf8",
		"año ✊🏽":        "año ✊🏽",
	} {
		if got := cleanText(in); got != want {
			t.Errorf("cleanText(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestFormatDuration(t *testing.T) {
	for d, want := range map[time.Duration]string{
		0:                            "",
		-time.Hour:                   "",
		time.Millisecond:             "",
		12 * time.Hour:               "PT12H",
		90 * time.Minute:             "PT1H30M",
		24 * time.Hour:               "P1D",
		36*time.Hour + 5*time.Second: "P1DT12H5S",
		7 * 24 * time.Hour:           "P7D",
	} {
		if got := formatDuration(d); got != want {
			t.Errorf("formatDuration(%v) = %q, want %q", d, got, want)
		}
	}
}
