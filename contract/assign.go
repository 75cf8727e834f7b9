package contract

import (
	"fmt"
	"strings"

	"github.com/frente/frente/contract/topic"
)

var kindNames = map[string]map[Kind]string{
	"en": {KindPart: "Part", KindChapter: "Chapter", KindArticle: "Article", KindSection: "Section", KindAppendix: "Appendix"},
	"es": {KindPart: "Título", KindChapter: "Capítulo", KindArticle: "Artículo", KindSection: "Apartado", KindAppendix: "Anexo"},
}

// Ref names a unit the way a reader cites it: "Article 12", "12.3",
// "Article 12, Section 3", "12.3(a)", "Appendix A".
func Ref(path []*Unit, lang string) string {
	if len(path) == 0 {
		return ""
	}
	names := kindNames["en"]
	if lang == "es" {
		names = kindNames["es"]
	}
	u := path[len(path)-1]
	var parent string
	if len(path) > 1 && path[len(path)-2].Kind != KindPart && path[len(path)-2].Kind != KindChapter {
		parent = Ref(path[:len(path)-1], lang)
	}
	switch {
	case u.Kind != KindSection:
		if u.Number == "" {
			if u.Heading != "" {
				return fmt.Sprintf("%s %q", names[u.Kind], u.Heading)
			}
			return names[u.Kind]
		}
		return names[u.Kind] + " " + u.Number
	case strings.Contains(u.Number, "."):
		return u.Number
	case parent == "":
		return names[KindSection] + " " + u.Number
	case len(path) > 1 && path[len(path)-2].Kind == KindSection || isClauseLabel(u.Number):
		return parent + "(" + u.Number + ")"
	default:
		return parent + ", " + names[KindSection] + " " + u.Number
	}
}

func isClauseLabel(s string) bool {
	if s == "" || len(s) > 4 {
		return false
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') {
			return false
		}
	}
	return true
}

// worthHandingUp keeps a child's topic for its parent when the child's
// heading named it or its text argued for it strongly; weak evidence in
// one clause of a long article would only blur what the article is about.
func worthHandingUp(m topic.Match, t int) bool {
	return m.Heading || m.Score >= 2*t
}

func threshold(u *Unit) int { return 4 + len(u.Text)/6000 }

// classify gives every unit the topics of its own heading and text, then
// hands each unit's topics up to the units that contain it, so that an
// article lists what its sections deal with.
func classify(units []*Unit, lang string, clf *topic.Classifier) {
	var visit func(u *Unit, path []*Unit)
	visit = func(u *Unit, path []*Unit) {
		path = append(path, u)
		where := func() string { return Ref(path, lang) }
		for _, m := range clf.ClassifyAt(where, u.Heading, u.Text) {
			addTopic(u, m)
		}
		for _, c := range u.Children {
			visit(c, path)
		}
		for _, c := range u.Children {
			for _, m := range c.Explanations {
				if worthHandingUp(m, threshold(c)) {
					addTopic(u, topic.Match{Code: m.Code, Reason: m.Reason, Heading: m.Heading, Score: m.Score})
				}
			}
		}
	}
	for _, u := range units {
		visit(u, nil)
	}
}

func hasTopic(u *Unit, code string) bool {
	for _, t := range u.Topics {
		if t == code {
			return true
		}
	}
	return false
}

func addTopic(u *Unit, m topic.Match) {
	if hasTopic(u, m.Code) {
		return
	}
	u.Topics = append(u.Topics, m.Code)
	u.Explanations = append(u.Explanations, m)
}
