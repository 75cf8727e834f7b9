package bargain

import (
	"slices"
	"strings"
	"unicode"

	"github.com/frente/frente"
)

// protective are terms whose loss from a clause usually means a loss of
// protection: obligations on the employer, rights, pay, the bodies and
// procedures that enforce them. English and Spanish, folded.
var protective = []string{
	"shall", "must", "will", "shall not", "may not", "no employee", "guarantee", "guaranteed", "entitled", "right", "rights",
	"just cause", "seniority", "with pay", "without loss of pay", "paid", "committee", "committees", "grievance", "arbitration",
	"arbitrator", "union representative", "steward", "notice", "family", "leave", "excused",
	"debera", "deberan", "tendra derecho", "tendran derecho", "derecho", "derechos", "garantiza", "justa causa", "antiguedad",
	"con goce de salario", "comision", "comisiones", "comite", "queja", "arbitraje", "permiso", "no podra", "representante sindical",
}

// narrowing are terms whose arrival in a clause usually narrows it: the
// employer's discretion, exceptions, testing and discipline.
var narrowing = []string{
	"may", "sole discretion", "discretion", "unless", "except", "only", "solely", "subject to", "at any time", "without notice",
	"random", "reasonable suspicion", "discipline", "disciplinary", "termination", "discharge", "points", "occurrence",
	"eliminated", "abolished", "discontinued", "management", "final and binding on the union",
	"podra", "a juicio de la empresa", "discrecion", "salvo", "excepto", "unicamente", "solamente", "sin previo aviso",
	"aleatorio", "aleatoria", "sancion", "rescision", "despido", "se elimina", "se suprime", "suprimido", "eliminado",
}

// shrinkFlag is the share of a clause's words an employer's proposal must
// drop for its length alone to suggest a takeaway.
const shrinkFlag = 0.4

// SuggestTakeaway compares the current text of a clause with an
// employer's proposed text. current is "" for new language; proposed ""
// deletes the clause. The suggestion names what it found, so a person
// can judge it.
func SuggestTakeaway(current, proposed string) frente.TakeawaySuggestion {
	var s frente.TakeawaySuggestion
	cw, pw := words(current), words(proposed)
	if len(cw) > 0 && len(pw) == 0 {
		s.Removed, s.Suggested = true, true
		s.Deleted = found(cw, protective)
		return s
	}
	cc, pc := counts(cw, protective), counts(pw, protective)
	for _, t := range protective {
		if cc[t] > pc[t] {
			s.Deleted = append(s.Deleted, t)
		}
	}
	cn, pn := counts(cw, narrowing), counts(pw, narrowing)
	for _, t := range narrowing {
		if pn[t] > cn[t] {
			s.Added = append(s.Added, t)
		}
	}
	if len(cw) > 0 {
		if gone := 1 - float64(len(pw))/float64(len(cw)); gone >= shrinkFlag {
			s.Shrink = float64(int(gone*100+0.5)) / 100
		}
	}
	s.Deleted, s.Added = dropCovered(s.Deleted), dropCovered(s.Added)
	s.Suggested = len(s.Deleted) > 0 || len(s.Added) > 0 || s.Shrink > 0
	return s
}

// words splits folded text into words.
func words(s string) []string {
	return strings.FieldsFunc(frente.Fold(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// counts counts each term's occurrences in ws, a term of several words
// as a phrase.
func counts(ws []string, terms []string) map[string]int {
	out := map[string]int{}
	for _, t := range terms {
		tw := strings.Fields(t)
		for i := 0; i+len(tw) <= len(ws); i++ {
			if slices.Equal(ws[i:i+len(tw)], tw) {
				out[t]++
			}
		}
	}
	return out
}

func found(ws []string, terms []string) []string {
	var out []string
	c := counts(ws, terms)
	for _, t := range terms {
		if c[t] > 0 {
			out = append(out, t)
		}
	}
	return dropCovered(out)
}

// dropCovered leaves out a term that is a word of a longer term also
// listed ("shall" beside "shall not"), so the explanation names each
// change once.
func dropCovered(terms []string) []string {
	var out []string
	for _, t := range terms {
		covered := false
		for _, u := range terms {
			if u != t && strings.Contains(" "+u+" ", " "+t+" ") {
				covered = true
				break
			}
		}
		if !covered {
			out = append(out, t)
		}
	}
	return out
}
