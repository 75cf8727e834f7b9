package align

import (
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/frente/frente/contract"
)

const oregonDir = "/work/shared/corpus/agreements/oregon"

var term = regexp.MustCompile(`-(\d{4})-(?:to-)?(\d{4})`)

// successorPairs finds the agreements of one bargaining unit in two
// consecutive terms, by file name: state-aee-...-2023-2025.md and
// state-aee-...-2025-2027.md.
func successorPairs(t *testing.T) [][2]string {
	t.Helper()
	if _, err := os.Stat(oregonDir); err != nil {
		t.Skip("no Oregon corpus at " + oregonDir)
	}
	byUnit := map[string][]string{}
	err := filepath.WalkDir(oregonDir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".md") || strings.Contains(path, "blackline") {
			return err
		}
		name := filepath.Base(path)
		if !term.MatchString(name) {
			return nil
		}
		unit := filepath.Dir(path) + "/" + term.ReplaceAllString(name, "")
		byUnit[unit] = append(byUnit[unit], path)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	var pairs [][2]string
	for _, files := range byUnit {
		sort.Strings(files) // the earlier term first: its years sort first
		for i := 1; i < len(files); i++ {
			pairs = append(pairs, [2]string{files[i-1], files[i]})
		}
	}
	sort.Slice(pairs, func(i, j int) bool { return pairs[i][0] < pairs[j][0] })
	return pairs
}

func parseFile(t *testing.T, path string) []Unit {
	t.Helper()
	d, err := contract.ParseFile(path, contract.Options{NoPdftotext: true})
	if err != nil {
		t.Fatal(err)
	}
	return FromDocument(d)
}

// headingAgreement counts the predecessor articles whose heading is unique
// on both sides, and how many of them the alignment pairs with the
// successor article of that heading.
func headingAgreement(a, b []Unit, res Result) (n, same int) {
	count := func(us []Unit) map[string]int {
		m := map[string]int{}
		for _, u := range us {
			m[comparableHeading(u.Heading)]++
		}
		return m
	}
	ca, cb := count(a), count(b)
	byA := pairsOf(res)
	for i, u := range a {
		h := comparableHeading(u.Heading)
		if h == "" || ca[h] != 1 || cb[h] != 1 {
			continue
		}
		n++
		for _, p := range byA[i] {
			if comparableHeading(b[p.B].Heading) == h {
				same++
				break
			}
		}
	}
	return n, same
}

func comparableHeading(h string) string {
	return strings.TrimRight(strings.ToLower(normalizeSpace(h)), ".:) ")
}

func TestOregonSuccessors(t *testing.T) {
	pairs := successorPairs(t)
	if len(pairs) == 0 {
		t.Skip("no successor pairs found")
	}
	if testing.Short() {
		pairs = pairs[:min(3, len(pairs))]
	}
	totalN, totalSame := 0, 0
	for _, p := range pairs {
		a, b := parseFile(t, p[0]), parseFile(t, p[1])
		res := Units(a, b)
		n, same := headingAgreement(a, b, res)
		totalN += n
		totalSame += same
		t.Logf("%s → %s: %d/%d units paired; headings %d/%d; %d added, %d removed",
			filepath.Base(p[0]), filepath.Base(p[1]), len(res.Pairs), len(b), same, n, len(res.Added), len(res.Removed))
		if n >= 5 && float64(same) < 0.9*float64(n) {
			t.Errorf("%s: only %d of %d articles with a unique heading paired with the successor's article of that heading",
				filepath.Base(p[1]), same, n)
		}
		shown := 0
		for _, q := range res.Pairs {
			if q.Has(Same) || shown >= 4 {
				continue
			}
			shown++
			t.Logf("    %s %s %q → %s %q  %.2f %s", a[q.A].Kind, a[q.A].Number, a[q.A].Heading, b[q.B].Number, b[q.B].Heading, q.Similarity, q.Change())
		}
	}
	t.Logf("all pairs: %d of %d articles with a unique heading paired with the same heading", totalSame, totalN)
}

// TestSEIUBlackline aligns the 2023-2025 SEIU master agreement with the
// 2025-2027 blackline print, which marks changes in ways the parser does
// not know: most articles must still find their successor.
func TestSEIUBlackline(t *testing.T) {
	dir := filepath.Join(oregonDir, "state", "cba")
	old := filepath.Join(dir, "state-seiu-master-agreement-collective-bargaining-agreement-2023-2025.md")
	blackline := filepath.Join(dir, "state-seiu-2025-2027-blackline-as-of-02202026.md")
	for _, f := range []string{old, blackline} {
		if _, err := os.Stat(f); err != nil {
			t.Skip("no SEIU files in the Oregon corpus")
		}
	}
	a, b := parseFile(t, old), parseFile(t, blackline)
	res := Units(a, b)
	n, same := headingAgreement(a, b, res)
	t.Logf("SEIU: %d and %d units, %d pairs, %d added, %d removed; headings %d/%d", len(a), len(b), len(res.Pairs), len(res.Added), len(res.Removed), same, n)
	counts := map[string]int{}
	for _, p := range res.Pairs {
		for _, c := range p.Changes {
			counts[c]++
		}
	}
	t.Logf("SEIU changes: %v", counts)
	for k, p := range res.Pairs {
		if k%15 == 0 {
			t.Logf("    %s %q → %s %q  %.2f %s", a[p.A].Number, a[p.A].Heading, b[p.B].Number, b[p.B].Heading, p.Similarity, p.Change())
		}
	}
	if n < 20 || float64(same) < 0.8*float64(n) {
		t.Errorf("SEIU: %d of %d articles with a unique heading paired with the same heading", same, n)
	}
}
