package redline

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/frente/frente/contract/corpusgen"
)

// rebuild joins the runs each side is made of.
func rebuild(ops []Op) (a, b string) {
	var sa, sb strings.Builder
	for _, op := range ops {
		if op.Kind != Insert {
			sa.WriteString(op.Text)
		}
		if op.Kind != Delete {
			sb.WriteString(op.Text)
		}
	}
	return sa.String(), sb.String()
}

// checkOps asserts what every Diff result must hold: both texts rebuild
// exactly, no run is empty, kept runs are coalesced, and every move number
// has one deleted and one inserted end.
func checkOps(t testing.TB, a, b string, ops []Op) {
	t.Helper()
	ga, gb := rebuild(ops)
	if ga != a {
		t.Fatalf("a does not rebuild:\n got %q\nwant %q", ga, a)
	}
	if gb != b {
		t.Fatalf("b does not rebuild:\n got %q\nwant %q", gb, b)
	}
	ends := map[int][2]int{}
	for i, op := range ops {
		if op.Text == "" {
			t.Fatalf("op %d is empty: %+v", i, ops)
		}
		switch op.Kind {
		case Equal, Delete, Insert:
		default:
			t.Fatalf("op %d has kind %q", i, op.Kind)
		}
		if i > 0 && op.Kind == Equal && ops[i-1].Kind == Equal {
			t.Fatalf("ops %d and %d are both equal", i-1, i)
		}
		if op.Move != 0 {
			e := ends[op.Move]
			switch op.Kind {
			case Delete:
				e[0]++
			case Insert:
				e[1]++
			default:
				t.Fatalf("op %d: an equal run cannot move", i)
			}
			ends[op.Move] = e
		}
	}
	for n, e := range ends {
		if e != [2]int{1, 1} {
			t.Fatalf("move %d has %d deleted and %d inserted ends", n, e[0], e[1])
		}
	}
}

// englishText returns about words words of a generated English agreement.
func englishText(seed int64, words int) string {
	var b strings.Builder
	for i := int64(0); b.Len() < words*8; i++ {
		for _, f := range corpusgen.GenerateWith(seed+i, 4, corpusgen.Options{Size: words * 8}) {
			if f.Lang == "en" {
				b.Write(f.Data)
				break
			}
		}
	}
	return cutWords(b.String(), words)
}

// cutWords cuts s after its nth white-space separated field.
func cutWords(s string, n int) string {
	in := false
	for i, r := range s {
		sp := isSpace(r)
		if in && sp {
			if n--; n == 0 {
				return s[:i+1]
			}
		}
		in = !sp
	}
	return s
}

// mutate changes about rate of the words of s, deterministically for a
// seed: a third are replaced by another word of s, a third deleted, and a
// third get a new word inserted before them.
func mutate(s string, rate float64, seed uint64) string {
	r := rand.New(rand.NewPCG(seed, seed^0x5eed))
	fields := strings.Fields(s)
	var b strings.Builder
	b.Grow(len(s) + len(s)/20)
	i := 0
	for i < len(s) {
		if isSpaceByte(s[i]) {
			b.WriteByte(s[i])
			i++
			continue
		}
		j := i
		for j < len(s) && !isSpaceByte(s[j]) {
			j++
		}
		word := s[i:j]
		if r.Float64() < rate {
			switch r.IntN(3) {
			case 0:
				word = fields[r.IntN(len(fields))]
			case 1:
				word = ""
			default:
				word = fields[r.IntN(len(fields))] + " " + word
			}
		}
		b.WriteString(word)
		i = j
	}
	return b.String()
}
