package contract

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"
)

// TestParsePathological feeds inputs built to hit the worst cases of each
// stage; each must finish in reasonable time.
func TestParsePathological(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	var articles, contents, clauses, deep, caps strings.Builder
	for i := 1; i <= 100_000; i++ {
		fmt.Fprintf(&articles, "ARTICLE %d - HEADING\n", i)
	}
	for i := 0; i < 50_000; i++ {
		contents.WriteString("CONTENTS\nARTICLE 1\n")
	}
	clauses.WriteString("ARTICLE 1\n")
	for i := 0; i < 100_000; i++ {
		fmt.Fprintf(&clauses, "(%c) text of the clause.\n", 'a'+i%26)
	}
	deep.WriteString("ARTICLE 1\n")
	for i := 0; i < 20_000; i++ {
		deep.WriteString("1" + strings.Repeat(".1", i%8) + " Heading\n")
	}
	for i := 0; i < 100_000; i++ {
		caps.WriteString("\nHEADING IN CAPITALS\n")
	}
	for name, s := range map[string]string{"articles": articles.String(), "contents": contents.String(),
		"clauses": clauses.String(), "deep": deep.String(), "caps": caps.String()} {
		start := time.Now()
		// A line repeated on every "page" is a running header; with nothing
		// else, nothing is left, and saying so is right.
		if _, err := Parse(name+".txt", []byte(s), Options{}); err != nil && !(name == "caps" && errors.Is(err, ErrEmpty)) {
			t.Errorf("%s: %v", name, err)
		}
		if d := time.Since(start); d > 20*time.Second {
			t.Errorf("%s: %d bytes took %v", name, len(s), d)
		}
	}
}
