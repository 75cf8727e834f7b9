package http

import (
	"bytes"
	"html/template"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/renderer/html"
)

// markdown renders message bodies. Raw HTML in the text is left out (not
// rendered) and links to javascript:, vbscript:, file: and data: are
// dropped: goldmark does both unless told it is safe, which it never is
// here, since bodies come from anyone who may write a message.
var markdown = goldmark.New(goldmark.WithRendererOptions(html.WithHardWraps()))

// renderMarkdown turns a message body into HTML that is inert.
func renderMarkdown(src string) template.HTML {
	var b bytes.Buffer
	if err := markdown.Convert([]byte(src), &b); err != nil {
		// Goldmark fails only on a writer error; show the text as text.
		return template.HTML(template.HTMLEscapeString(src)) // escaped
	}
	return template.HTML(b.String()) // goldmark escapes text and omits raw HTML
}
