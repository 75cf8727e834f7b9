package redline

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/frente/frente/contract"
)

const oregonState = "../../shared/corpus/agreements/oregon/state/cba"

// articles parses one agreement and returns the full text (heading,
// own text and children) of each article, by number and heading.
func articles(t *testing.T, path string) map[string]string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := contract.Parse(filepath.Base(path), data, contract.Options{NoPdftotext: true})
	if err != nil {
		t.Fatalf("parse %s: %v", path, err)
	}
	out := map[string]string{}
	contract.Walk(doc.Units, func(u *contract.Unit, _ int) bool {
		if u.Kind == contract.KindArticle {
			out[u.Number+" "+u.Heading] = doc.Text[u.Start:u.End]
			return false
		}
		return true
	})
	return out
}

// TestOregonSuccessorAgreements diffs every article that two successive
// agreements of the same bargaining units have in common.
func TestOregonSuccessorAgreements(t *testing.T) {
	olds, _ := filepath.Glob(filepath.Join(oregonState, "*-2023-2025.md"))
	if len(olds) == 0 {
		t.Skip("Oregon corpus not present")
	}
	if len(olds) > 6 && testing.Short() {
		olds = olds[:6]
	}
	pairs, identical, changed := 0, 0, 0
	for _, old := range olds {
		next := strings.TrimSuffix(old, "2023-2025.md") + "2025-2027.md"
		if _, err := os.Stat(next); err != nil {
			continue
		}
		pairs++
		a, b := articles(t, old), articles(t, next)
		for key, at := range a {
			bt, ok := b[key]
			if !ok {
				continue
			}
			ops := Diff(at, bt)
			checkOps(t, at, bt, ops)
			sim := Similarity(ops)
			switch {
			case at == bt:
				identical++
				if sim != 1 || len(ops) != 1 {
					t.Errorf("%s %s: identical article has similarity %v in %d runs", filepath.Base(old), key, sim, len(ops))
				}
			case squeeze(at) == squeeze(bt):
				// Only the spacing changed (lines re-wrapped, "sub-
				// section" joined, "d iem" split by a PDF): at most a
				// word split or joined may be marked, nothing else.
				for _, c := range clusters(ops) {
					if squeeze(c[0]) != squeeze(c[1]) {
						t.Errorf("%s %s: spacing change marked as %q -> %q", filepath.Base(old), key, c[0], c[1])
					}
				}
			case slices.Equal(wordRE.FindAllString(at, -1), wordRE.FindAllString(bt, -1)):
				// Punctuation alone changed, or a word was split at a
				// hyphen ("on-call" -> "on -call"): every change keeps
				// its letters.
				for _, c := range clusters(ops) {
					if !slices.Equal(wordRE.FindAllString(c[0], -1), wordRE.FindAllString(c[1], -1)) {
						t.Errorf("%s %s: same words, but %q -> %q", filepath.Base(old), key, c[0], c[1])
					}
				}
			default:
				changed++
				if sim == 1 || sim == 0 {
					t.Errorf("%s %s: changed article has similarity %v", filepath.Base(old), key, sim)
				}
			}
		}
	}
	if pairs == 0 || identical == 0 || changed == 0 {
		t.Fatalf("%d pairs, %d identical and %d changed articles: the corpus is not what this test expects", pairs, identical, changed)
	}
	t.Logf("%d pairs: %d identical and %d changed articles", pairs, identical, changed)
}

// TestOregonKnownChange checks one change read by hand: the engineers'
// 2025 agreement made article 3.7 gender-neutral.
func TestOregonKnownChange(t *testing.T) {
	base := filepath.Join(oregonState, "state-aee-association-of-engineering-employees-")
	if _, err := os.Stat(base + "2023-2025.md"); err != nil {
		t.Skip("Oregon corpus not present")
	}
	key := "3.7 ASSOCIATION OFFICERS"
	a, b := articles(t, base+"2023-2025.md")[key], articles(t, base+"2025-2027.md")[key]
	if a == "" || b == "" {
		t.Fatalf("article %s not found in both agreements", key)
	}
	ops := Diff(a, b)
	checkOps(t, a, b, ops)
	got := Text(ops)
	if !strings.Contains(got, "resign from [-his or her-] {+their+} position") && !strings.Contains(got, "resign from [-his or her-]{+their+} position") {
		t.Errorf("the change is not where it should be:\n%s", got)
	}
	if s := Summarize(ops); s.Deleted != 3 || s.Inserted != 1 {
		t.Errorf("stats %+v: the re-wrapped line is counted as a change", s)
	}
}

var wordRE = regexp.MustCompile(`[\p{L}\p{N}]+`)

// squeeze drops all white space.
func squeeze(s string) string { return strings.Join(strings.Fields(s), "") }

// clusters returns the deleted and inserted text of each change.
func clusters(ops []Op) [][2]string {
	var out [][2]string
	open := false
	for _, op := range ops {
		if op.Kind == Equal {
			open = false
			continue
		}
		if !open {
			out = append(out, [2]string{})
			open = true
		}
		c := &out[len(out)-1]
		if op.Kind == Delete {
			c[0] += op.Text
		} else {
			c[1] += op.Text
		}
	}
	return out
}
