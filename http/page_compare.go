package http

import (
	"html/template"
	"net/http"
	"strings"

	"github.com/frente/frente"
	"github.com/frente/frente/align"
	"github.com/frente/frente/redline"
)

// comparePage aligns two stored agreements the reader picks.
type comparePage struct {
	layout
	Agreements []option
	A, B       string
	AgreementA *frente.Agreement
	AgreementB *frente.Agreement
	Comparison *align.Comparison
	Pairs      []comparePairView
	Added      []compareUnitView
	Removed    []compareUnitView
	Changed    int
}

type comparePairView struct {
	align.ComparedPair
	Modified bool
	Percent  int
	HTML     template.HTML
}

type compareUnitView struct {
	align.ListedUnit
	HTML template.HTML
}

// compareAgreements loads two agreements the viewer may see and compares
// them; a and b are their ids as given.
func (s *Server) compareAgreements(r *http.Request, a, b string) (*frente.Agreement, *frente.Agreement, *align.Comparison, error) {
	var inv frente.Invalid
	idA, errA := frente.ParseID(a)
	if errA != nil {
		inv.Add("a", "invalid_id", "a: "+a+" is not an agreement id", a)
	}
	idB, errB := frente.ParseID(b)
	if errB != nil {
		inv.Add("b", "invalid_id", "b: "+b+" is not an agreement id", b)
	}
	if err := inv.Err(); err != nil {
		return nil, nil, nil, err
	}
	ctx := r.Context()
	load := func(id frente.ID) (*frente.Agreement, []align.Unit, error) {
		ag, err := s.Store.FindAgreementByID(ctx, id)
		if err != nil {
			return nil, nil, err
		}
		units, err := s.Store.AgreementUnits(ctx, id)
		if err != nil {
			return nil, nil, err
		}
		return ag, align.FromStored(units), nil
	}
	agA, ua, err := load(idA)
	if err != nil {
		return nil, nil, nil, err
	}
	agB, ub, err := load(idB)
	if err != nil {
		return nil, nil, nil, err
	}
	if len(ua)*len(ub) > align.MaxPairs {
		return nil, nil, nil, frente.Errorf(frente.EINVALID, "too many articles to align: %d and %d", len(ua), len(ub))
	}
	return agA, agB, align.Compare(agA.Title, agB.Title, ua, ub), nil
}

func (s *Server) comparePage(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	p := &comparePage{layout: layout{Nav: "agreements"}, A: q.Get("a"), B: q.Get("b")}
	all, err := loadAll(func(cursor string) (frente.Page[*frente.Agreement], error) {
		return s.Store.FindAgreements(r.Context(), frente.AgreementFilter{ListOptions: frente.ListOptions{Limit: frente.MaxLimit, Cursor: cursor}})
	})
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	for _, a := range all {
		label := a.Title
		if a.EffectiveDate != "" || a.ExpiryDate != "" {
			label += " (" + string(a.EffectiveDate) + " – " + string(a.ExpiryDate) + ")"
		}
		p.Agreements = append(p.Agreements, option{Value: idValue(a.ID), Label: label})
	}
	if p.A != "" && p.B != "" {
		var c *align.Comparison
		p.AgreementA, p.AgreementB, c, err = s.compareAgreements(r, p.A, p.B)
		if err != nil {
			s.pageError(w, r, err)
			return
		}
		p.Comparison = c
		lang := string(langOf(r))
		for _, pr := range c.Pairs {
			v := comparePairView{ComparedPair: pr, Modified: pr.Pair.Has(align.Modified), Percent: int(pr.Similarity * 100)}
			if v.Modified {
				p.Changed++
				v.HTML = template.HTML(redline.HTMLIn(pr.Ops, lang)) // redline.HTML escapes every text
			}
			p.Pairs = append(p.Pairs, v)
		}
		for k, u := range c.Added {
			p.Added = append(p.Added, compareUnitView{ListedUnit: u, HTML: template.HTML(redline.HTMLIn(redline.Diff("", strings.TrimSpace(c.AddedText[k])), lang))})
		}
		for k, u := range c.Removed {
			p.Removed = append(p.Removed, compareUnitView{ListedUnit: u, HTML: template.HTML(redline.HTMLIn(redline.Diff(strings.TrimSpace(c.RemovedText[k]), ""), lang))})
		}
	}
	s.render(w, r, http.StatusOK, "compare", p)
}

// apiCompare answers the comparison of two stored agreements.
func (s *Server) apiCompare(w http.ResponseWriter, r *http.Request) {
	var inv frente.Invalid
	q := r.URL.Query()
	for name := range q {
		if name != "a" && name != "b" {
			inv.Add(name, "unknown_parameter", "there is no parameter "+name+" here; the parameters are a, b", "a, b")
		}
	}
	for _, name := range []string{"a", "b"} {
		if q.Get(name) == "" {
			inv.Add(name, "required", name+" is required")
		}
	}
	if err := inv.Err(); err != nil {
		s.error(w, r, err)
		return
	}
	_, _, c, err := s.compareAgreements(r, q.Get("a"), q.Get("b"))
	if err != nil {
		s.error(w, r, err)
		return
	}
	s.writeJSON(w, http.StatusOK, c)
}
