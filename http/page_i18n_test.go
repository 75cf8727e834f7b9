package http

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"
	"text/template/parse"

	"github.com/frente/frente"
	"github.com/frente/frente/align"
	"github.com/frente/frente/i18n"
)

// templateKeys parses every template and returns the catalog keys it
// names: the argument of each {{t "key"}}, and the label of each
// {{field .Form "name"}} ("label.name").
func templateKeys(t *testing.T) map[string][]string {
	t.Helper()
	keys := map[string][]string{}
	err := fs.WalkDir(templateFiles, "templates", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		text, err := templateFiles.ReadFile(name)
		if err != nil {
			return err
		}
		tree := parse.New(name)
		tree.Mode = parse.SkipFuncCheck | parse.ParseComments
		trees := map[string]*parse.Tree{}
		if _, err := tree.Parse(string(text), "{{", "}}", trees); err != nil {
			return err
		}
		for _, tr := range trees {
			walkKeys(tr.Root, func(key string) { keys[key] = append(keys[key], name) })
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return keys
}

func walkKeys(n parse.Node, found func(string)) {
	switch n := n.(type) {
	case *parse.ListNode:
		if n != nil {
			for _, c := range n.Nodes {
				walkKeys(c, found)
			}
		}
	case *parse.ActionNode:
		walkKeys(n.Pipe, found)
	case *parse.PipeNode:
		if n != nil {
			for _, c := range n.Cmds {
				walkKeys(c, found)
			}
		}
	case *parse.CommandNode:
		if id, ok := n.Args[0].(*parse.IdentifierNode); ok {
			switch {
			case id.Ident == "t" && len(n.Args) > 1:
				if s, ok := n.Args[1].(*parse.StringNode); ok {
					found(s.Text)
				}
			case id.Ident == "field" && len(n.Args) > 2:
				if s, ok := n.Args[2].(*parse.StringNode); ok {
					found("label." + s.Text)
				}
			}
		}
		for _, a := range n.Args {
			walkKeys(a, found)
		}
	case *parse.IfNode:
		walkKeys(n.Pipe, found)
		walkKeys(n.List, found)
		walkKeys(n.ElseList, found)
	case *parse.RangeNode:
		walkKeys(n.Pipe, found)
		walkKeys(n.List, found)
		walkKeys(n.ElseList, found)
	case *parse.WithNode:
		walkKeys(n.Pipe, found)
		walkKeys(n.List, found)
		walkKeys(n.ElseList, found)
	case *parse.TemplateNode:
		walkKeys(n.Pipe, found)
	}
}

// goKeys finds the keys the pages' Go code names literally: lang.T("key").
func goKeys(t *testing.T) map[string][]string {
	t.Helper()
	files, err := filepath.Glob("page_*.go")
	if err != nil {
		t.Fatal(err)
	}
	more, _ := filepath.Glob("template*.go")
	files = append(files, more...)
	files = slices.DeleteFunc(files, func(f string) bool { return strings.HasSuffix(f, "_test.go") })
	re := regexp.MustCompile(`\.T\("([a-z_.]+)"[,)]`)
	keys := map[string][]string{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range re.FindAllStringSubmatch(string(b), -1) {
			keys[m[1]] = append(keys[m[1]], f)
		}
	}
	return keys
}

// dynamicKeys are the keys the pages build from a value.
func dynamicKeys() []string {
	var out []string
	for _, k := range frente.OrgKinds {
		out = append(out, "kind."+string(k))
	}
	for _, k := range frente.WorkplaceKinds {
		out = append(out, "workplace_kind."+string(k))
	}
	for _, v := range frente.Visibilities {
		out = append(out, "visibility."+string(v))
	}
	for _, r := range frente.Roles {
		out = append(out, "role."+string(r))
	}
	for _, n := range accountNotices {
		out = append(out, "account.notice."+n)
	}
	for _, n := range memberNotices {
		out = append(out, "members.notice."+n)
	}
	for _, st := range frente.NegotiationStatuses {
		out = append(out, "negotiation_status."+string(st))
	}
	for _, st := range frente.ProposalStatuses {
		out = append(out, "proposal_status."+string(st))
	}
	for _, sd := range frente.Sides {
		out = append(out, "side."+string(sd))
	}
	for _, st := range frente.MatrixStates {
		out = append(out, "matrix_state."+string(st), "matrix_symbol."+string(st))
	}
	for _, c := range []string{align.Same, align.Split, align.Merged, align.Moved, align.Renumbered, align.Renamed, align.Modified} {
		out = append(out, "change."+c)
	}
	for _, k := range frente.DisputeKinds {
		out = append(out, "dispute_kind."+string(k))
	}
	for _, k := range frente.AuthorizedValues {
		out = append(out, "authorized."+string(k))
	}
	for _, k := range frente.EventKinds {
		out = append(out, "event_kind."+string(k))
	}
	for _, k := range frente.IncidentKinds {
		out = append(out, "incident_kind."+string(k))
	}
	for _, k := range frente.DemandStatuses {
		out = append(out, "demand_status."+string(k))
	}
	for _, a := range []string{"create", "update", "delete"} {
		out = append(out, "audit.action."+a)
	}
	for _, e := range auditEntities {
		out = append(out, "audit.entity."+e, "entity."+auditSingular[e])
	}
	for _, c := range []string{frente.ECONFLICT, frente.EINTERNAL, frente.EINVALID, frente.ENOTFOUND,
		frente.EUNAUTHORIZED, frente.EFORBIDDEN, frente.ENOTIMPLEMENTED, frente.ETOOLARGE} {
		out = append(out, "err.title."+c)
	}
	return out
}

// TestPageKeysTranslated keeps every string the pages show in both
// catalogs: a key missing in one language would show as the bare key.
func TestPageKeysTranslated(t *testing.T) {
	keys := templateKeys(t)
	if len(keys) < 50 {
		t.Fatalf("found only %d keys in the templates; is the walk broken?", len(keys))
	}
	for k, where := range goKeys(t) {
		keys[k] = append(keys[k], where...)
	}
	for _, k := range dynamicKeys() {
		keys[k] = append(keys[k], "(built from a value)")
	}
	var names []string
	for k := range keys {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		for _, lang := range i18n.Langs {
			if !lang.Has(k) {
				t.Errorf("key %q (used in %s) has no %s text", k, keys[k][0], lang)
			}
		}
	}
}
