package align

import (
	"math"

	"github.com/frente/frente/redline"
)

// Comparison is two agreements aligned, each pair with its redline: what
// `frente compare`, the compare page and the API answer.
type Comparison struct {
	A       string         `json:"a"`
	B       string         `json:"b"`
	Pairs   []ComparedPair `json:"pairs"`
	Added   []ListedUnit   `json:"added"`
	Removed []ListedUnit   `json:"removed"`
	// AddedText and RemovedText are the texts of Added and Removed, in
	// their order, for the renderings that show them.
	AddedText   []string `json:"-"`
	RemovedText []string `json:"-"`
}

// ComparedPair is a unit of A and the unit of B it became.
type ComparedPair struct {
	A        string `json:"a"`
	B        string `json:"b"`
	Kind     string `json:"kind"`
	AKind    string `json:"a_kind,omitempty"` // when it differs from B's
	AHeading string `json:"a_heading"`
	BHeading string `json:"b_heading"`
	// Similarity is the redline's: the share of words kept, 0 to 1.
	Similarity float64 `json:"similarity"`
	// Change is Changes joined by "+", for a table.
	Change  string       `json:"change"`
	Changes []string     `json:"changes"`
	Ops     []redline.Op `json:"ops"`
	Pair    Pair         `json:"-"`
}

// ListedUnit names a unit added or removed.
type ListedUnit struct {
	Number  string `json:"number"`
	Kind    string `json:"kind"`
	Heading string `json:"heading"`
}

// Compare aligns a with b (named aName and bName) and redlines each pair.
func Compare(aName, bName string, a, b []Unit) *Comparison {
	res := Units(a, b)
	c := &Comparison{A: aName, B: bName, Pairs: []ComparedPair{}, Added: []ListedUnit{}, Removed: []ListedUnit{}}
	for _, p := range res.Pairs {
		ua, ub := a[p.A], b[p.B]
		ops := redline.Diff(ua.Text, ub.Text)
		cp := ComparedPair{A: ua.Number, B: ub.Number, Kind: ub.Kind, AHeading: ua.Heading, BHeading: ub.Heading,
			Similarity: math.Round(redline.Similarity(ops)*1000) / 1000, Change: p.Change(), Changes: p.Changes, Ops: ops, Pair: p}
		if ua.Kind != ub.Kind {
			cp.AKind = ua.Kind
		}
		if cp.Ops == nil {
			cp.Ops = []redline.Op{}
		}
		c.Pairs = append(c.Pairs, cp)
	}
	for _, j := range res.Added {
		u := b[j]
		c.Added = append(c.Added, ListedUnit{u.Number, u.Kind, u.Heading})
		c.AddedText = append(c.AddedText, u.Text)
	}
	for _, i := range res.Removed {
		u := a[i]
		c.Removed = append(c.Removed, ListedUnit{u.Number, u.Kind, u.Heading})
		c.RemovedText = append(c.RemovedText, u.Text)
	}
	return c
}
