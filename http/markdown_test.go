package http

import (
	"strings"
	"testing"
)

func TestRenderMarkdownIsInert(t *testing.T) {
	out := string(renderMarkdown("**Solidaridad**\n\n<script>alert('x')</script>\n\n<img src=x onerror=alert(1)>\n\n[click](javascript:alert(1)) and [the USW](https://www.usw.org)"))
	for _, bad := range []string{"<script", "onerror", "javascript:", "<img"} {
		if strings.Contains(out, bad) {
			t.Errorf("rendered body keeps %q:\n%s", bad, out)
		}
	}
	for _, good := range []string{"<strong>Solidaridad</strong>", `<a href="https://www.usw.org">the USW</a>`} {
		if !strings.Contains(out, good) {
			t.Errorf("rendered body lacks %q:\n%s", good, out)
		}
	}
}
