package topic

// Topic is one subject of the taxonomy. Codes are stable identifiers that
// storage and URLs use; labels are for people.
type Topic struct {
	Code    string `json:"code"`
	LabelEN string `json:"label_en"`
	LabelES string `json:"label_es"`
}

// Label returns the topic's label in lang ("es" or anything else for
// English).
func (t Topic) Label(lang string) string {
	if lang == "es" {
		return t.LabelES
	}
	return t.LabelEN
}

// All returns the taxonomy in its fixed order.
func All() []Topic {
	out := make([]Topic, len(rules))
	for i, r := range rules {
		out[i] = Topic{Code: r.Code, LabelEN: r.EN, LabelES: r.ES}
	}
	return out
}

// Lookup returns the topic with the code.
func Lookup(code string) (Topic, bool) {
	for _, r := range rules {
		if r.Code == code {
			return Topic{Code: r.Code, LabelEN: r.EN, LabelES: r.ES}, true
		}
	}
	return Topic{}, false
}

// Valid reports whether code is in the taxonomy.
func Valid(code string) bool {
	_, ok := Lookup(code)
	return ok
}
