package contract

import (
	"strings"
)

// frontMatter is what the parser reads from a YAML header. Only a few flat
// keys matter, so a small reader of top-level scalars does, instead of a
// YAML library: it must never fail on a header it does not understand.
type frontMatter struct {
	Title, Effective, Expiry, Language string
}

// splitFrontMatter separates a leading "---" YAML block from the body. It
// returns the body unchanged when there is no well-formed block.
func splitFrontMatter(s string) (frontMatter, string, bool) {
	var fm frontMatter
	t := strings.TrimLeft(s, "\uFEFF")
	if !strings.HasPrefix(t, "---\n") && !strings.HasPrefix(t, "---\r\n") {
		return fm, s, false
	}
	rest := t[strings.IndexByte(t, '\n')+1:]
	limit := len(rest)
	if limit > 256<<10 {
		limit = 256 << 10
	}
	end, bodyStart := -1, 0
	for i := 0; i < limit; {
		j := strings.IndexByte(rest[i:], '\n')
		lineEnd := len(rest)
		if j >= 0 {
			lineEnd = i + j
		}
		l := strings.TrimRight(rest[i:lineEnd], " \r")
		if l == "---" || l == "..." {
			end, bodyStart = i, lineEnd+1
			break
		}
		if j < 0 {
			break
		}
		i = lineEnd + 1
	}
	if end < 0 {
		return fm, s, false
	}
	values := yamlScalars(rest[:end])
	fm.Title = values["title"]
	fm.Effective = firstNonEmpty(values["effective_date"], values["effective"], values["start_date"])
	fm.Expiry = firstNonEmpty(values["expiry_date"], values["expiration_date"], values["expires"], values["end_date"])
	fm.Language = firstNonEmpty(values["language"], values["lang"])
	if bodyStart > len(rest) {
		bodyStart = len(rest)
	}
	return fm, rest[bodyStart:], true
}

func firstNonEmpty(s ...string) string {
	for _, v := range s {
		if v != "" {
			return v
		}
	}
	return ""
}

// yamlScalars reads the top-level "key: value" pairs of a YAML mapping:
// plain, single- and double-quoted scalars, plain scalars folded over
// indented lines, and "|" or ">" blocks. Anything else is skipped.
func yamlScalars(src string) map[string]string {
	out := map[string]string{}
	lines := strings.Split(src, "\n")
	for i := 0; i < len(lines); i++ {
		l := strings.TrimRight(lines[i], " \r")
		if l == "" || l[0] == ' ' || l[0] == '#' || l[0] == '-' {
			continue
		}
		colon := strings.Index(l, ":")
		if colon <= 0 {
			continue
		}
		key := strings.TrimSpace(l[:colon])
		val := strings.TrimSpace(l[colon+1:])
		// Gather the indented continuation lines.
		var cont []string
		for i+1 < len(lines) {
			n := strings.TrimRight(lines[i+1], " \r")
			if n != "" && n[0] != ' ' {
				break
			}
			cont = append(cont, n)
			i++
		}
		out[key] = yamlValue(val, cont)
	}
	return out
}

func yamlValue(val string, cont []string) string {
	if strings.HasPrefix(val, "|") || strings.HasPrefix(val, ">") {
		sep := " "
		if val[0] == '|' {
			sep = "\n"
		}
		var parts []string
		for _, c := range cont {
			parts = append(parts, strings.TrimSpace(c))
		}
		return strings.TrimSpace(strings.Join(parts, sep))
	}
	if len(cont) > 0 {
		var b strings.Builder
		b.WriteString(val)
		for _, c := range cont {
			c = strings.TrimSpace(c)
			if c == "" || strings.HasPrefix(c, "- ") {
				continue
			}
			b.WriteByte(' ')
			b.WriteString(c)
		}
		val = b.String()
	}
	if strings.HasPrefix(val, "#") {
		return ""
	}
	switch {
	case len(val) >= 2 && val[0] == '\'' && val[len(val)-1] == '\'':
		return strings.ReplaceAll(val[1:len(val)-1], "''", "'")
	case len(val) >= 2 && val[0] == '"' && val[len(val)-1] == '"':
		r := strings.NewReplacer(`\"`, `"`, `\\`, `\`, `\n`, "\n", `\t`, " ")
		return r.Replace(val[1 : len(val)-1])
	case val == "~" || val == "null" || val == "[]" || val == "{}":
		return ""
	}
	if i := strings.Index(val, " #"); i >= 0 {
		val = strings.TrimSpace(val[:i])
	}
	return val
}
