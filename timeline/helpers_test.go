package timeline

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"strings"
	"testing"
	"time"
)

func date(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

// node is a parsed SVG element: enough of a DOM for the tests.
type node struct {
	name     string
	attrs    map[string]string
	children []*node
	text     string
}

// parse reads out as strict XML, failing the test on any error: an
// unclosed element, a bad entity, a character XML cannot hold.
func parse(t *testing.T, out []byte) *node {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(out))
	dec.Strict = true
	var stack []*node
	var root *node
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("output is not well-formed XML: %v\n%s", err, head(out))
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			n := &node{name: tok.Name.Local, attrs: map[string]string{}}
			for _, a := range tok.Attr {
				key := a.Name.Local
				if a.Name.Space == "http://www.w3.org/1999/xlink" {
					key = "xlink:" + key
				}
				n.attrs[key] = a.Value
			}
			if len(stack) == 0 {
				if root != nil {
					t.Fatalf("two root elements")
				}
				if tok.Name.Space != "http://www.w3.org/2000/svg" {
					t.Fatalf("root namespace %q, want SVG's", tok.Name.Space)
				}
				root = n
			} else {
				p := stack[len(stack)-1]
				p.children = append(p.children, n)
			}
			stack = append(stack, n)
		case xml.EndElement:
			stack = stack[:len(stack)-1]
		case xml.CharData:
			if len(stack) > 0 {
				stack[len(stack)-1].text += string(tok)
			}
		}
	}
	if root == nil || root.name != "svg" {
		t.Fatalf("no <svg> root:\n%s", head(out))
	}
	return root
}

func head(b []byte) string {
	if len(b) > 2000 {
		return string(b[:2000]) + "…"
	}
	return string(b)
}

func (n *node) walk(f func(*node)) {
	f(n)
	for _, c := range n.children {
		c.walk(f)
	}
}

// all returns the elements whose class list holds class.
func (n *node) all(class string) []*node {
	var out []*node
	n.walk(func(m *node) {
		for _, c := range strings.Fields(m.attrs["class"]) {
			if c == class {
				out = append(out, m)
				return
			}
		}
	})
	return out
}

func (n *node) child(name string) *node {
	for _, c := range n.children {
		if c.name == name {
			return c
		}
	}
	return nil
}

// title returns the text of n's <title> child, or of its link's.
func (n *node) title() string {
	if c := n.child("title"); c != nil {
		return c.text
	}
	for _, c := range n.children {
		if (c.name == "a" || c.name == "g") && c.child("title") != nil {
			return c.child("title").text
		}
	}
	return ""
}

// checkIDs fails when an id repeats or a url(#…)/aria reference points
// nowhere.
func checkIDs(t *testing.T, root *node) map[string]*node {
	t.Helper()
	ids := map[string]*node{}
	root.walk(func(n *node) {
		if id, ok := n.attrs["id"]; ok {
			if ids[id] != nil {
				t.Errorf("id %q used twice", id)
			}
			ids[id] = n
		}
	})
	root.walk(func(n *node) {
		for k, v := range n.attrs {
			if i := strings.Index(v, "url(#"); i >= 0 {
				ref := v[i+5 : strings.IndexByte(v[i:], ')')+i]
				if ids[ref] == nil {
					t.Errorf("%s=%q points to no element", k, v)
				}
			}
		}
	})
	for _, ref := range strings.Fields(root.attrs["aria-labelledby"]) {
		if ids[ref] == nil {
			t.Errorf("aria-labelledby names %q, which is no element", ref)
		}
	}
	return ids
}

// sample is a small chart like the seed letter's.
func sample() Chart {
	return Chart{
		Title: "Grupo México",
		Now:   date("2013-07-30"),
		Bars: []Bar{
			{ID: "cananea", Label: "Sección 65 (Cananea)", Kind: "strike", Start: date("2007-07-30"),
				LastConfirmed: date("2012-07-30"), Href: "/disputes/cananea",
				Events: []Marker{
					{Date: date("2010-06-06"), Kind: "eviction", Label: "police evict the strikers", Href: "/disputes/cananea#e1"},
					{Date: date("2008-01-11"), Kind: "court-ruling", Label: "strike ruled non-existent"},
				}},
			{ID: "taxco", Label: "Sección 17 (Taxco)", Kind: "strike", Start: date("2007-07-30"), End: date("2011-12-31")},
			{ID: "lock", Label: "A lockout", Kind: "lockout", Start: date("2009-03-02"), End: date("2009-09-15"),
				Events: []Marker{{Date: date("2009-05-01"), Kind: "solidarity-action"}}},
		},
		Incidents: []Marker{{Date: date("2006-02-19"), Kind: "explosion", Label: "Pasta de Conchos: 65 dead"}},
	}
}
