package contract

import (
	"archive/zip"
	"bytes"
	"path/filepath"
	"strings"
)

// source is what extraction hands to the structure stage.
type source struct {
	text      string // valid UTF-8, NFC, "\n" line ends, "\f" page breaks
	format    string // txt, md, html, docx, pdf
	markdown  bool   // lines may carry Markdown ("#" headings, tables)
	title     string // from the format's own metadata, if any
	fm        frontMatter
	extractor string
}

// extract reads data as the format its content and name say. Content wins
// over the name for binary formats, so a PDF saved as .txt still reads.
func extract(name string, data []byte, opt Options) (*source, error) {
	if len(data) > MaxSize {
		return nil, detailf(ErrTooLarge, "%d MiB; the limit is %d MiB", len(data)>>20, MaxSize>>20)
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, detailf(ErrEmpty, "there is no text in it")
	}
	ext := strings.ToLower(filepath.Ext(name))
	src := &source{}
	var err error
	switch {
	case isPDF(data):
		src.format = "pdf"
		src.text, src.extractor, err = extractPDF(data, opt)
	case bytes.HasPrefix(data, []byte("PK\x03\x04")):
		src.format = "docx"
		src.markdown = true
		src.text, src.title, err = extractDOCX(data)
	case ext == ".pdf":
		return nil, detailf(ErrCorrupt, "not a PDF: it does not start with %%PDF")
	case ext == ".docx":
		return nil, detailf(ErrCorrupt, "not a .docx: it is not a ZIP archive")
	default:
		var s string
		s, err = decodeText(data)
		if err != nil {
			return nil, err
		}
		switch {
		case ext == ".html" || ext == ".htm" || ext == ".xhtml" || looksHTML(s):
			src.format = "html"
			src.markdown = true
			src.text, src.title = htmlToText(s)
		case ext == ".md" || ext == ".markdown":
			src.format = "md"
			src.markdown = true
			src.text = s
		default:
			src.format = "txt"
			src.text = s
		}
	}
	if err != nil {
		return nil, err
	}
	src.text = cleanText(src.text)
	if fm, body, ok := splitFrontMatter(src.text); ok {
		src.fm, src.text = fm, body
		if src.format == "txt" {
			// A YAML header is a Markdown habit; such files use "#" too.
			src.markdown = true
		}
	}
	if strings.TrimSpace(src.text) == "" {
		return nil, detailf(ErrEmpty, "the %s file has no text", src.format)
	}
	return src, nil
}

// isPDF looks for the header where readers accept it: within the first KiB.
func isPDF(b []byte) bool {
	if len(b) > 1024 {
		b = b[:1024]
	}
	return bytes.Contains(b, []byte("%PDF-"))
}

func looksHTML(s string) bool {
	head := s
	if len(head) > 512 {
		head = head[:512]
	}
	head = strings.ToLower(strings.TrimSpace(head))
	return strings.HasPrefix(head, "<!doctype html") || strings.HasPrefix(head, "<html") ||
		(strings.HasPrefix(head, "<?xml") && strings.Contains(head, "<html"))
}

// openZip opens data as a ZIP archive, with the format's errors.
func openZip(data []byte) (*zip.Reader, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, detailf(ErrCorrupt, "damaged ZIP archive: %v", err)
	}
	return zr, nil
}
