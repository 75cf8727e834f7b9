package align

import (
	"math"
	"slices"
	"unicode"
	"unicode/utf8"

	"github.com/frente/frente"
)

// A feature's kind is kept in the two low bits of its hash, so that a word,
// a word pair and a one-word sentence never collide and each can be
// weighted: a shared sentence is stronger evidence of the same article than
// a shared word pair, and that than a shared word.
const (
	kindWord     = 1
	kindPair     = 2
	kindSentence = 3
	kindMask     = 3

	sentenceSeed = 0x165667b19e3779f9

	// minSentence is the fewest words a sentence needs to count as one:
	// "(a)" or "General." would match everywhere.
	minSentence = 4
)

// token is one word of a unit's text, hashed, and whether a sentence ends
// after it.
type token struct {
	h   uint64
	end bool
}

// profile is what scoring needs of one unit.
type profile struct {
	vec       []feat   // TF-IDF vector over feature ids, unit length
	pairs     []int32  // distinct word pairs
	sentences []int32  // distinct sentences
	heading   []uint64 // distinct heading words, sorted
	number    string   // normalized number
	text      string   // comparableText, for "same"
}

type feat struct {
	id int32
	w  float32
}

// kindWeight: with words and pairs weighted alike, two generated articles
// on one subject (same phrase book, different sentences) scored 0.6-0.7,
// near an edited article and its own successor; weighting whole sentences
// up brings look-alikes under 0.35 and leaves true pairs above 0.8.
var kindWeight = [4]float64{kindWord: 0.3, kindPair: 1, kindSentence: 5}

func withKind(h uint64, kind uint64) uint64 { return h&^kindMask | kind }

func mix(h uint64) uint64 {
	// splitmix64's finalizer: pairs and sentences are built by combining
	// word hashes, and this keeps the combination well spread.
	h ^= h >> 30
	h *= 0xbf58476d1ce4e5b9
	h ^= h >> 27
	h *= 0x94d049bb133111eb
	h ^= h >> 31
	return h
}

// tokenize splits text into folded words: runs of letters and digits,
// lower case, without accents. Words of digits only are dropped: they are
// section numbers, dates and amounts, which change on every renumbering and
// every term without making it another article. A sentence ends at . ; : ! ?
// followed by a space, and at a blank line.
func tokenize(s string, dst []token) []token {
	var word []byte
	ascii, letters := true, false
	emit := func() {
		if len(word) == 0 {
			return
		}
		if letters {
			w := word
			if !ascii {
				w = []byte(frente.Fold(string(word)))
			}
			const offset, prime = 14695981039346656037, 1099511628211
			h := uint64(offset)
			for _, c := range w {
				h = (h ^ uint64(c)) * prime
			}
			dst = append(dst, token{h: h})
		}
		word = word[:0]
		ascii, letters = true, false
	}
	endSentence := func() {
		if n := len(dst); n > 0 {
			dst[n-1].end = true
		}
	}
	newlines := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case 'a' <= c && c <= 'z':
				word = append(word, c)
				letters = true
			case 'A' <= c && c <= 'Z':
				word = append(word, c+'a'-'A')
				letters = true
			case '0' <= c && c <= '9':
				word = append(word, c)
			default:
				emit()
				switch c {
				case '.', ';', ':', '!', '?':
					if i+1 == len(s) || s[i+1] == ' ' || s[i+1] == '\n' || s[i+1] == '\t' || s[i+1] == '\r' {
						endSentence()
					}
				case '\n':
					newlines++
					if newlines == 2 {
						endSentence()
					}
				}
			}
			if c != '\n' && c != ' ' && c != '\t' && c != '\r' {
				newlines = 0
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsLetter(r) || unicode.Is(unicode.Mn, r):
			word = append(word, s[i:i+size]...)
			ascii, letters = false, true
		case unicode.IsDigit(r):
			word = append(word, s[i:i+size]...)
			ascii = false
		default:
			emit()
		}
		newlines = 0
		i += size
	}
	emit()
	endSentence()
	return dst
}

// sortedSet sorts hs and drops repeats, in place.
func sortedSet(hs []uint64) []uint64 {
	slices.Sort(hs)
	return slices.Compact(hs)
}

// dictionary numbers the features of both agreements, so that counting,
// weighting and indexing them is array work rather than hashing.
type dictionary struct {
	ids  map[uint64]int32
	kind []uint8
	df   []int32 // how many units have the feature
	// count and seen are scratch, by id, for the unit being read.
	count []int32
	seen  []int32
}

func (d *dictionary) id(h uint64) int32 {
	id, ok := d.ids[h]
	if !ok {
		id = int32(len(d.kind))
		d.ids[h] = id
		d.kind = append(d.kind, uint8(h&kindMask))
		d.df = append(d.df, 0)
		d.count = append(d.count, 0)
	}
	return id
}

// add reads one unit's tokens: its features with their counts (as vec, to
// be weighted later) and its sets of word pairs and sentences.
func (d *dictionary) add(toks []token, p *profile) {
	d.seen = d.seen[:0]
	note := func(h uint64) {
		id := d.id(h)
		if d.count[id] == 0 {
			d.seen = append(d.seen, id)
		}
		d.count[id]++
	}
	sent, sentLen := uint64(sentenceSeed), 0
	for i, t := range toks {
		note(withKind(mix(t.h), kindWord))
		if i > 0 {
			note(withKind(mix(toks[i-1].h*31^t.h), kindPair))
		}
		sent = mix(sent ^ t.h)
		sentLen++
		if t.end {
			if sentLen >= minSentence {
				note(withKind(sent, kindSentence))
			}
			sent, sentLen = sentenceSeed, 0
		}
	}
	p.vec = make([]feat, len(d.seen))
	for k, id := range d.seen {
		p.vec[k] = feat{id, float32(d.count[id])}
		d.count[id] = 0
		d.df[id]++
		switch d.kind[id] {
		case kindPair:
			p.pairs = append(p.pairs, id)
		case kindSentence:
			p.sentences = append(p.sentences, id)
		}
	}
}

// profiles builds the TF-IDF vectors of both sides at once, so that a
// feature's rarity is measured over both agreements. It returns the size of
// the dictionary too: feature ids are below it.
func profiles(a, b []Unit) (pa, pb []profile, features int) {
	pa, pb = make([]profile, len(a)), make([]profile, len(b))
	d := &dictionary{ids: make(map[uint64]int32, 8192)}
	var toks []token
	for _, side := range []struct {
		units []Unit
		ps    []profile
	}{{a, pa}, {b, pb}} {
		for i, u := range side.units {
			p := &side.ps[i]
			toks = tokenize(u.Text, toks[:0])
			d.add(toks, p)
			p.heading = headingWords(u.Heading)
			p.number = normalizeNumber(u.Number)
			p.text = comparableText(u.Text)
		}
	}
	n := float64(len(a) + len(b))
	idf := make([]float32, len(d.df))
	for id, df := range d.df {
		idf[id] = float32(kindWeight[d.kind[id]] * math.Log(1+n/float64(df)))
	}
	var tf [32]float32
	for c := range tf {
		tf[c] = float32(1 + math.Log(float64(c)))
	}
	weigh := func(p *profile) {
		var norm float64
		for k, f := range p.vec {
			c := int(f.w)
			t := float32(1 + math.Log(float64(c)))
			if c < len(tf) {
				t = tf[c]
			}
			w := t * idf[f.id]
			p.vec[k].w = w
			norm += float64(w) * float64(w)
		}
		if norm > 0 {
			inv := float32(1 / math.Sqrt(norm))
			for k := range p.vec {
				p.vec[k].w *= inv
			}
		}
	}
	for i := range pa {
		weigh(&pa[i])
	}
	for i := range pb {
		weigh(&pb[i])
	}
	return pa, pb, len(d.kind)
}
