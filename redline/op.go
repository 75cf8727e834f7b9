package redline

// Kind says whether a run of text is kept, deleted or inserted.
type Kind string

// The kinds of run.
const (
	Equal  Kind = "equal"
	Delete Kind = "delete"
	Insert Kind = "insert"
)

// Op is one run of text. Move is non-zero when a deleted run reappears
// (nearly) as an inserted run elsewhere: both ends carry the same Move number.
type Op struct {
	Kind Kind   `json:"op"`
	Text string `json:"text"`
	Move int    `json:"move,omitempty"`
}

// Stats counts words.
//
// Deleted and Inserted count every word taken out or put in, moved ones
// included; Moved counts the words of the moved runs once (on their
// deleted side). A word is a run of letters, digits and marks, with inner
// apostrophes, points, commas, hyphens and slashes: "1,200.50" is one word.
type Stats struct {
	Equal, Deleted, Inserted, Moved int
}

// Summarize counts the words of ops.
func Summarize(ops []Op) Stats {
	var s Stats
	for _, op := range ops {
		n := countWords(op.Text)
		switch op.Kind {
		case Equal:
			s.Equal += n
		case Delete:
			s.Deleted += n
			if op.Move != 0 {
				s.Moved += n
			}
		case Insert:
			s.Inserted += n
		}
	}
	return s
}

// Similarity is 2*equal words / (words of a + words of b), 1 for two empty texts.
// Moved words count as changed.
func Similarity(ops []Op) float64 {
	s := Summarize(ops)
	total := 2*s.Equal + s.Deleted + s.Inserted
	if total == 0 {
		return 1
	}
	return float64(2*s.Equal) / float64(total)
}
